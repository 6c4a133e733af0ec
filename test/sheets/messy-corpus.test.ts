// The messy-input corpus: real-world and hostile cells, each with the canonical value or the problem code it gives.
import { describe, expect, it } from 'vitest';
import { decimalToString } from '../../src/core/decimal';
import { moneyToDecimalString } from '../../src/core/money';
import type { Decimal, Minor } from '../../src/core/types';
import { adjustmentTypeChoices, invoiceStatusChoices, customerStatusChoices } from '../../src/sheets/choices';
import { cellIsBlank, cellKey, cellTextSafe } from '../../src/sheets/cell-text';
import {
  cellBoolean, cellChoice, cellCurrency, cellDate, cellDays, cellDecimal, cellMoney, cellRate, type CellResult,
} from '../../src/sheets/cell-values';

/** The value as comparable text, or "!code" for a failure. */
function shown<T>(result: CellResult<T>, show: (value: T) => string): string {
  return result.ok ? show(result.value) : `!${result.code}`;
}

const cny = (cell: unknown): string => shown(cellMoney(cell, 'CNY'), (m: Minor) => moneyToDecimalString(m, 'CNY'));
const jpy = (cell: unknown): string => shown(cellMoney(cell, 'JPY'), (m: Minor) => moneyToDecimalString(m, 'JPY'));
const decimal = (cell: unknown): string => shown(cellDecimal(cell), (d: Decimal) => decimalToString(d));
const rate = (cell: unknown): string => shown(cellRate(cell), (d: Decimal) => decimalToString(d));
const ymd = (cell: unknown): string => shown(cellDate(cell, null), String);
const mdy = (cell: unknown): string => shown(cellDate(cell, 'MDY'), String);
const dmy = (cell: unknown): string => shown(cellDate(cell, 'DMY'), String);

const moneyCases: [unknown, string][] = [
  [1234.5, '1234.50'],
  [0.1 + 0.2, '0.30'],
  [1234.565, '1234.57'],
  [-0.005, '-0.01'],
  [0, '0.00'],
  [1e-7, '0.00'],
  ['1234.5', '1234.50'],
  ['¥1,234.50', '1234.50'],
  ['￥1,234.50', '1234.50'],
  ['1,234.50元', '1234.50'],
  ['1,234.50 元', '1234.50'],
  ['RMB 1,234.50', '1234.50'],
  ['rmb1234.5', '1234.50'],
  ['CNY 1,234.50', '1234.50'],
  ['1234.50 CNY', '1234.50'],
  ['人民币1,234.50元', '1234.50'],
  ['$1,234.50', '1234.50'],
  ['US$1,234.50', '1234.50'],
  ['USD 1,234.50', '1234.50'],
  ['(1,234.50)', '-1234.50'],
  ['（1,234.50）', '-1234.50'],
  ['(¥1,234.50)', '-1234.50'],
  ['-1,234.50', '-1234.50'],
  ['－1,234.50', '-1234.50'],
  ['−1,234.50', '-1234.50'],
  ['-¥1,234.50', '-1234.50'],
  ['¥-1,234.50', '-1234.50'],
  ['+1,234.50', '1234.50'],
  ['１２３４．５', '1234.50'],
  ['１，２３４．５０', '1234.50'],
  ['￥１２３４', '1234.00'],
  ['  1234.5  ', '1234.50'],
  ['\u30001234.5\u3000', '1234.50'],
  ['\u00a01234.5', '1234.50'],
  ['1 234.50', '1234.50'],
  ['1 234 567.89', '1234567.89'],
  ['1,234,567.891', '1234567.89'],
  ['1234.005', '1234.01'],
  ['.5', '0.50'],
  ['0.50', '0.50'],
  ['007', '7.00'],
  ['1.5万', '15000.00'],
  ['1.5万元', '15000.00'],
  ['12万', '120000.00'],
  ['1,000', '1000.00'],
  ['999999999999.99', '999999999999.99'],
  ['1 234,50', '!invalid-amount'],
  ['12,5', '!invalid-amount'],
  ['1,23', '!invalid-amount'],
  ['1,2345', '!invalid-amount'],
  ['1.234,50', '!invalid-amount'],
  ['1,234 567', '!invalid-amount'],
  ['abc', '!invalid-amount'],
  ['12abc', '!invalid-amount'],
  ['N/A', '!invalid-amount'],
  ['-', '!invalid-amount'],
  ['()', '!invalid-amount'],
  ['¥', '!invalid-amount'],
  ['1.2.3', '!invalid-amount'],
  ['1e5', '!invalid-amount'],
  ['0x10', '!invalid-amount'],
  ['Infinity', '!invalid-amount'],
  ['NaN', '!invalid-amount'],
  ['--5', '!invalid-amount'],
  ['5%', '!invalid-amount'],
  ['=SUM(A1:A3)', '!invalid-amount'],
  ['=HYPERLINK("http://evil.example","click")', '!invalid-amount'],
  ['+1-555-0100', '!invalid-amount'],
  ['@SUM(1+1)', '!invalid-amount'],
  ['１２３４５６７８９０１２３４５６７８９', '!invalid-amount'],
  ['9999999999999999', '!invalid-amount'],
  [Number.NaN, '!invalid-amount'],
  [Number.POSITIVE_INFINITY, '!invalid-amount'],
  [1e309, '!invalid-amount'],
  [1e21, '!invalid-amount'],
  [1e16, '!invalid-amount'],
  [true, '!invalid-amount'],
  [new Date(2026, 0, 5), '!invalid-amount'],
  [{ toString: () => '5' }, '!invalid-amount'],
  [[1, 2], '!invalid-amount'],
];

const jpyCases: [unknown, string][] = [
  ['¥1,234', '1234'],
  ['1234.5', '1235'],
  ['JPY 980', '980'],
  ['1,234円', '1234'],
];

const decimalCases: [unknown, string][] = [
  [3, '3'],
  [2.5, '2.5'],
  ['2.500', '2.5'],
  ['１０', '10'],
  ['1,000', '1000'],
  ['-2', '-2'],
  ['12.3456', '12.3456'],
  ['¥12.345', '12.345'],
  ['three', '!invalid-number'],
  ['3 pcs', '!invalid-number'],
  ['', '!invalid-number'],
  [Number.NaN, '!invalid-number'],
];

const rateCases: [unknown, string][] = [
  ['13%', '0.13'],
  ['13 %', '0.13'],
  ['１３％', '0.13'],
  ['6%', '0.06'],
  ['0%', '0'],
  ['9.5%', '0.095'],
  [0.13, '0.13'],
  ['0.13', '0.13'],
  [13, '0.13'],
  ['13', '0.13'],
  [1, '0.01'],
  [3, '0.03'],
  [0, '0'],
  [0.06, '0.06'],
  ['99.9%', '0.999'],
  ['100%', '!invalid-rate'],
  [100, '!invalid-rate'],
  ['150%', '!invalid-rate'],
  ['-13%', '!invalid-rate'],
  [-0.13, '!invalid-rate'],
  ['13%%', '!invalid-rate'],
  ['VAT', '!invalid-rate'],
  ['=0.13', '!invalid-rate'],
];

const dateCases: [unknown, string][] = [
  ['2026-01-05', '2026-01-05'],
  ['2026/1/5', '2026-01-05'],
  ['2026/01/05', '2026-01-05'],
  ['2026.1.5', '2026-01-05'],
  ['2026-1-5', '2026-01-05'],
  ['2026年1月5日', '2026-01-05'],
  ['2026 年 1 月 5 日', '2026-01-05'],
  ['２０２６年１月５日', '2026-01-05'],
  ['２０２６－０１－０５', '2026-01-05'],
  ['20260105', '2026-01-05'],
  ['2026-01-05 14:30', '2026-01-05'],
  ['2026-01-05T14:30:00', '2026-01-05'],
  ['2026-01-05T23:30:00Z', '2026-01-05'],
  ['2026/1/5 9:05:00', '2026-01-05'],
  ['  2026-01-05 ', '2026-01-05'],
  ['2024-02-29', '2024-02-29'],
  [46027, '2026-01-05'],
  [46027.75, '2026-01-05'],
  [45658, '2025-01-01'],
  [61, '1900-03-01'],
  [new Date(2026, 0, 5), '2026-01-05'],
  [new Date(2026, 0, 5, 23, 59, 59), '2026-01-05'],
  [new Date(2026, 11, 31, 0, 0, 0), '2026-12-31'],
  ['25/12/2026', '2026-12-25'],
  ['12/25/2026', '2026-12-25'],
  ['5/5/2026', '2026-05-05'],
  ['1/5/2026', '!ambiguous-date'],
  ['05.01.2026', '!ambiguous-date'],
  ['2026-02-30', '!invalid-date'],
  ['2025-02-29', '!invalid-date'],
  ['2026-13-01', '!invalid-date'],
  ['2026-00-10', '!invalid-date'],
  ['26/1/5', '!invalid-date'],
  ['1/5/26', '!invalid-date'],
  ['Jan 5, 2026', '!invalid-date'],
  ['5 January 2026', '!invalid-date'],
  ['yesterday', '!invalid-date'],
  ['2026', '!invalid-date'],
  ['=TODAY()', '!invalid-date'],
  ['0026-01-05', '!invalid-date'],
  [new Date(Number.NaN), '!invalid-date'],
  [Number.NaN, '!invalid-date'],
  [-5, '!invalid-date'],
  [1e9, '!invalid-date'],
  [true, '!invalid-date'],
];

const mdyCases: [unknown, string][] = [
  ['1/5/2026', '2026-01-05'],
  ['01/05/2026', '2026-01-05'],
  ['25/12/2026', '2026-12-25'],
];

const dmyCases: [unknown, string][] = [
  ['1/5/2026', '2026-05-01'],
  ['05.01.2026', '2026-01-05'],
  ['12/25/2026', '2026-12-25'],
];

const daysCases: [unknown, string][] = [
  [30, '30'],
  ['30', '30'],
  ['30天', '30'],
  ['30 天', '30'],
  ['３０天', '30'],
  ['45 days', '45'],
  ['Net 30', '30'],
  ['N60', '30'.replace('30', '60')],
  ['0', '0'],
  ['30.0', '30'],
  ['30.5', '!invalid-number'],
  ['-30', '!invalid-number'],
  ['thirty', '!invalid-number'],
  ['一个月', '!invalid-number'],
];

const choiceCases: [unknown, string][] = [
  ['Issued', 'Issued'],
  ['issued', 'Issued'],
  [' ISSUED ', 'Issued'],
  ['已开具', 'Issued'],
  ['Draft', 'Draft'],
  ['草稿', 'Draft'],
  ['Void', 'Void'],
  ['作废', 'Void'],
  ['已作废', 'Void'],
  ['Ｖｏｉｄ', 'Void'],
  ['Paid', '!invalid-choice'],
  ['=Issued', '!invalid-choice'],
];

const typeCases: [unknown, string][] = [
  ['Credit Note', 'CreditNote'],
  ['credit note', 'CreditNote'],
  ['CreditNote', 'CreditNote'],
  ['贷项', 'CreditNote'],
  ['红字', 'CreditNote'],
  ['Write-off', 'WriteOff'],
  ['write off', 'WriteOff'],
  ['坏账核销', 'WriteOff'],
  ['Debit', 'Debit'],
  ['借项', 'Debit'],
  ['Refund', '!invalid-choice'],
];

const statusCases: [unknown, string][] = [
  ['Active', 'Active'],
  ['正常', 'Active'],
  ['启用', 'Active'],
  ['Inactive', 'Inactive'],
  ['停用', 'Inactive'],
  ['maybe', '!invalid-choice'],
];

const currencyCases: [unknown, string][] = [
  ['CNY', 'CNY'],
  ['cny', 'CNY'],
  [' usd ', 'USD'],
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['￥', 'CNY'],
  ['美元', 'USD'],
  ['US$', 'USD'],
  ['ＥＵＲ', 'EUR'],
  ['港币', 'HKD'],
  ['JPY', 'JPY'],
  ['SGD', 'SGD'],
  ['dollars', '!invalid-currency'],
  ['CN', '!invalid-currency'],
  ['12', '!invalid-currency'],
];

const booleanCases: [unknown, string][] = [
  [true, 'true'],
  [false, 'false'],
  ['TRUE', 'true'],
  ['FALSE', 'false'],
  ['true', 'true'],
  ['是', 'true'],
  ['否', 'false'],
  ['Yes', 'true'],
  ['no', 'false'],
  [1, 'true'],
  [0, 'false'],
  ['perhaps', '!invalid-choice'],
];

const keyCases: [unknown, string][] = [
  ['C001', 'C001'],
  [' C001 ', 'C001'],
  ['Ｃ００１', 'C001'],
  ['\u3000C001\u3000', 'C001'],
  ['INV-2026-0001', 'INV-2026-0001'],
  ['INV  2026', 'INV 2026'],
  [1001, '1001'],
  ['=HYPERLINK("x")', '=HYPERLINK("x")'],
];

describe('messy corpus', () => {
  it.each(moneyCases)('money (CNY) %j → %s', (input, expected) => expect(cny(input)).toBe(expected));
  it.each(jpyCases)('money (JPY) %j → %s', (input, expected) => expect(jpy(input)).toBe(expected));
  it.each(decimalCases)('decimal %j → %s', (input, expected) => expect(decimal(input)).toBe(expected));
  it.each(rateCases)('tax rate %j → %s', (input, expected) => expect(rate(input)).toBe(expected));
  it.each(dateCases)('date %j → %s', (input, expected) => expect(ymd(input)).toBe(expected));
  it.each(mdyCases)('date (M/D/Y) %j → %s', (input, expected) => expect(mdy(input)).toBe(expected));
  it.each(dmyCases)('date (D/M/Y) %j → %s', (input, expected) => expect(dmy(input)).toBe(expected));
  it.each(daysCases)('payment terms %j → %s', (input, expected) =>
    expect(shown(cellDays(input), String)).toBe(expected));
  it.each(choiceCases)('invoice status %j → %s', (input, expected) =>
    expect(shown(cellChoice(invoiceStatusChoices, input), String)).toBe(expected));
  it.each(typeCases)('adjustment type %j → %s', (input, expected) =>
    expect(shown(cellChoice(adjustmentTypeChoices, input), String)).toBe(expected));
  it.each(statusCases)('customer status %j → %s', (input, expected) =>
    expect(shown(cellChoice(customerStatusChoices, input), String)).toBe(expected));
  it.each(currencyCases)('currency %j → %s', (input, expected) =>
    expect(shown(cellCurrency(input), String)).toBe(expected));
  it.each(booleanCases)('boolean %j → %s', (input, expected) =>
    expect(shown(cellBoolean(input), String)).toBe(expected));
  it.each(keyCases)('key %j → %s', (input, expected) => expect(cellKey(input)).toBe(expected));

  it('holds at least 150 cells', () => {
    const all = [
      moneyCases, jpyCases, decimalCases, rateCases, dateCases, mdyCases, dmyCases, daysCases, choiceCases,
      typeCases, statusCases, currencyCases, booleanCases, keyCases,
    ];
    expect(all.reduce((n, cases) => n + cases.length, 0)).toBeGreaterThanOrEqual(150);
  });
});

describe('blank cells and safe text', () => {
  it.each([[undefined], [null], [''], ['   '], ['\u3000'], ['\u200b']])('%j is blank', (cell) =>
    expect(cellIsBlank(cell)).toBe(true));
  it.each([[0], [false], ['0'], ['-']])('%j is not blank', (cell) => expect(cellIsBlank(cell)).toBe(false));

  it.each([
    ['=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'],
    ['+1-555-0100', "'+1-555-0100"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['上海明辉贸易', '上海明辉贸易'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('cellTextSafe(%j) = %j', (input, expected) => expect(cellTextSafe(input)).toBe(expected));
});
