// =BALANCE, =AGING, =OUTSTANDING, =INVOICE_STATUS, =DSO typed into cells of the emulator: equal to the engine's reports.
import { describe, expect, it } from 'vitest';
import { benchBookTables } from '../../../bench/bench-book';
import { bookBuild } from '../../../src/core/book';
import type { Book } from '../../../src/core/book-types';
import { dateToDayNumber } from '../../../src/core/dates';
import { moneyToDecimalString } from '../../../src/core/money';
import { agingByCustomer } from '../../../src/core/reports/aging';
import { customerBalanceReport } from '../../../src/core/reports/customer-balance';
import { INVOICE_PAYMENT_STATUS_LABELS, invoiceStatusReport } from '../../../src/core/reports/invoice-status';
import type { IsoDate, Minor } from '../../../src/core/types';
import { createEmulator, seedSheet } from '../../../src/local/emulator';
import { sampleBookTables, sampleLastDate } from '../../../src/local/sample/sample-book';
import { bundleCodeRead, loadBundle } from '../../../src/local/sandbox';
import { bookRead } from '../../../src/sheets/book-read';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet, TIME_ZONE } from './sandbox-fixture';

timeZoneOfSpreadsheet();

const AS_OF = '2026-11-20' as IsoDate;
const TABLES = 'Customers!A:L, Sales!A:H, Invoices!A:K, Payments!A:J, Adjustments!A:F';
const customerIds = sampleBookTables('en').Customers.slice(1).map((row) => String(row[0]));
const invoiceNos = sampleBookTables('en').Invoices.slice(1).map((row) => String(row[0]));
const book: Book = bookBuild(bookRead(sampleBookTables('en'), { lang: 'en' }).input);
const major = (amount: number, currency: string) => Number(moneyToDecimalString(amount as Minor, currency));
const currencyOf = (id: string) => book.customerById.get(id)!.currency;
let sheetSeq = 0;

/** Writes `ids` into column A of a new sheet, `formula` into B1, and returns the block it fills. */
function filled(fixture: ReturnType<typeof sandboxWithSampleBook>, ids: string[], formula: string, width = 1): unknown[][] {
  const sheet = fixture.spreadsheet.insertSheet(`Check${++sheetSeq}`);
  sheet.getRange(1, 1, ids.length, 1).setValues(ids.map((id) => [id]));
  sheet.getRange('B1').setFormula(formula);
  return sheet.getRange(1, 2, ids.length, width).getValues();
}

function one(fixture: ReturnType<typeof sandboxWithSampleBook>, formula: string): unknown {
  const sheet = fixture.spreadsheet.insertSheet(`One${++sheetSeq}`);
  sheet.getRange('A1').setFormula(formula);
  return sheet.getRange('A1').getValue();
}

describe('=OUTSTANDING and =BALANCE', () => {
  const aging = agingByCustomer(book, { asOf: AS_OF });
  const balances = customerBalanceReport(book, AS_OF).rows;

  it('OUTSTANDING fills a column with each customer’s open items (Σ aging buckets)', () => {
    const fixture = sandboxWithSampleBook();
    const values = filled(fixture, customerIds, `=OUTSTANDING(A1:A${customerIds.length}, DATE(2026,11,20), ${TABLES})`);
    expect(values.map((r) => r[0])).toEqual(aging.customers.map((row) => major(row.total, row.currency)));
  });

  it('BALANCE = OUTSTANDING − unapplied credit, and the two differ for customers with unapplied money', () => {
    const fixture = sandboxWithSampleBook();
    const balance = filled(fixture, customerIds, `=BALANCE(A1:A${customerIds.length}, "2026-11-20")`).map((r) => r[0]);
    const outstanding = filled(fixture, customerIds, `=OUTSTANDING(A1:A${customerIds.length}, "2026-11-20")`).map((r) => r[0]);
    expect(balance).toEqual(balances.map((row) => major(row.balance, row.currency)));
    customerIds.forEach((id, i) => {
      const unapplied = major(aging.customers[i]!.unapplied, currencyOf(id));
      expect(Math.round(((outstanding[i] as number) - unapplied) * 100) / 100).toBe(balance[i]);
    });
    expect(aging.customers.some((row) => row.unapplied > 0)).toBe(true);
  });
});

describe('=AGING', () => {
  const aging = agingByCustomer(book, { asOf: AS_OF });

  it('without a bucket gives a row of every bucket per customer', () => {
    const fixture = sandboxWithSampleBook();
    const values = filled(fixture, customerIds, `=AGING(A1:A${customerIds.length}, , DATE(2026,11,20), ${TABLES})`, 5);
    expect(values).toEqual(aging.customers.map((row) => row.amounts.map((a) => major(a, row.currency))));
  });

  it('takes a bucket by label in either language, by days past due, or Total', () => {
    const fixture = sandboxWithSampleBook();
    const column = (bucket: string) => filled(fixture, customerIds, `=AGING(A1:A${customerIds.length}, ${bucket}, "2026-11-20")`).map((r) => r[0]);
    const expected = (b: number) => aging.customers.map((row) => major(row.amounts[b]!, row.currency));
    expect(column('"31-60"')).toEqual(expected(2));
    expect(column('"31–60天"')).toEqual(expected(2));
    expect(column('45')).toEqual(expected(2));
    expect(column('"90+"')).toEqual(expected(4));
    expect(column('"未到期"')).toEqual(expected(0));
    expect(column('"Total"')).toEqual(aging.customers.map((row) => major(row.total, row.currency)));
    expect(aging.customers.some((row) => row.amounts[4]! > 0)).toBe(true);
  });

  it('names a bucket it does not know, listing the ones it does', () => {
    const fixture = sandboxWithSampleBook();
    expect(one(fixture, `=AGING("${customerIds[0]}", "soon")`)).toBe('#UNKNOWN BUCKET soon: use one of Not Due, 1–30, 31–60, 61–90, 90+, Total, or a number of days past due');
  });
});

describe('=INVOICE_STATUS', () => {
  it('fills a column with each invoice’s payment status as the engine reports it', () => {
    const fixture = sandboxWithSampleBook();
    const values = filled(fixture, invoiceNos, `=INVOICE_STATUS(A1:A${invoiceNos.length}, DATE(2026,11,20), ${TABLES})`).map((r) => r[0]);
    const report = invoiceStatusReport(book, AS_OF);
    expect(values).toEqual(report.map((row) => INVOICE_PAYMENT_STATUS_LABELS[row.status].en));
    expect(new Set(values).size).toBeGreaterThanOrEqual(3);
  });

  it('speaks Chinese for a Chinese user and names an unknown invoice', () => {
    const fixture = sandboxWithSampleBook('zh-CN');
    const report = invoiceStatusReport(book, AS_OF);
    expect(one(fixture, `=INVOICE_STATUS("${invoiceNos[0]}", "2026-11-20")`)).toBe(INVOICE_PAYMENT_STATUS_LABELS[report[0]!.status]['zh-CN']);
    expect(one(fixture, '=INVOICE_STATUS("INV-1999-0001")')).toBe('#未知账单 INV-1999-0001');
  });
});

describe('=DSO', () => {
  /** The definition, from the engine's figures: max(0, balance) / credit sales of (as_of − days, as_of] × days. */
  function dsoExpected(id: string, days: number): number | string {
    const index = book.customers.findIndex((c) => c.id === id);
    const balance = Math.max(0, customerBalanceReport(book, AS_OF).rows[index]!.balance);
    if (balance === 0) return 0;
    const last = dateToDayNumber(AS_OF);
    const sales = book.items.filter((item) => item.customerId === id && item.issueDay > last - days && item.issueDay <= last).reduce((s, i) => s + i.amount, 0);
    if (sales === 0) return `#NO SALES IN ${days} DAYS: DSO is undefined while money is owed`;
    return Math.round((balance / sales) * days * 10) / 10;
  }

  it('equals the definition for every customer, over 90 days by default and over 30', () => {
    const fixture = sandboxWithSampleBook();
    const d90 = filled(fixture, customerIds, `=DSO(A1:A${customerIds.length}, , "2026-11-20", ${TABLES})`).map((r) => r[0]);
    const d30 = filled(fixture, customerIds, `=DSO(A1:A${customerIds.length}, 30, "2026-11-20")`).map((r) => r[0]);
    expect(d90).toEqual(customerIds.map((id) => dsoExpected(id, 90)));
    expect(d30).toEqual(customerIds.map((id) => dsoExpected(id, 30)));
    expect(d90.some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('refuses a window that is not a whole number of days', () => {
    const fixture = sandboxWithSampleBook('zh-CN');
    expect(one(fixture, `=DSO("${customerIds[0]}", 0)`)).toBe('#天数无效 0：天数须为 1 至 3660 的整数');
  });
});

describe('bad arguments give a #-text in the cell, never an error', () => {
  it('unknown customer, in English and Chinese, in every function', () => {
    const en = sandboxWithSampleBook();
    const zh = sandboxWithSampleBook('zh-CN');
    for (const fn of ['BALANCE', 'OUTSTANDING', 'AGING', 'DSO']) {
      expect(one(en, `=${fn}("C099")`)).toBe('#UNKNOWN CUSTOMER C099');
      expect(one(zh, `=${fn}("C099")`)).toBe('#未知客户 C099');
    }
  });

  it('a date it cannot read, a missing table, a range that is not the table', () => {
    const fixture = sandboxWithSampleBook();
    expect(one(fixture, '=OUTSTANDING("C001", "next Tuesday")')).toBe('#BAD DATE next Tuesday: as_of must be a date, YYYY-MM-DD text or a date serial');
    expect(one(fixture, '=AGING("C001", , , , , , Customers!A:L)')).toBe('#NOT A Payments TABLE: its header row lacks Date, Customer ID, Amount');
    fixture.spreadsheet.deleteSheet(fixture.spreadsheet.getSheetByName('Sales')!);
    expect(one(fixture, '=INVOICE_STATUS("INV-2026-0001")')).toBe('#NO Sales TABLE: pass it as an argument or add the tab');
    expect(fixture.emulator.cellError(fixture.spreadsheet.getSheets().at(-1)!.getName(), 'A1')).toBeUndefined();
  });

  it('blank ids give blank cells', () => {
    const fixture = sandboxWithSampleBook();
    expect(filled(fixture, [customerIds[0]!, '', customerIds[1]!], '=OUTSTANDING(A1:A3)').map((r) => r[0])[1]).toBe('');
  });
});

describe('recomputing', () => {
  it('follows the ledger when a range argument changes', () => {
    const fixture = sandboxWithSampleBook();
    const sheet = fixture.spreadsheet.insertSheet('Live');
    const id = customerIds[0]!;
    sheet.getRange('A1').setFormula(`=BALANCE("${id}", "2026-11-20", ${TABLES})`);
    const before = sheet.getRange('A1').getValue() as number;
    const payments = fixture.spreadsheet.getSheetByName('Payments')!;
    const row = payments.getLastRow() + 1;
    payments.getRange(row, 1, 1, 4).setValues([['P09999', '2026-11-01', id, 100]]);
    expect(sheet.getRange('A1').getValue()).toBe(Math.round((before - 100) * 100) / 100);
  });
});

describe('a 2,000-row book', () => {
  it('fills a 200-customer column of each function in well under Sheets’ 30 s, equal to the engine', { timeout: 120_000 }, () => {
    const tables = benchBookTables({ customers: 200, invoices: 2_000, payments: 2_000 });
    const emulator = createEmulator({ timeZone: TIME_ZONE, today: sampleLastDate });
    const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
    Object.entries(tables).forEach(([name, rows], index) => {
      seedSheet(index === 0 ? spreadsheet.getSheets()[0]!.setName(name) : spreadsheet.insertSheet(name), rows);
    });
    loadBundle(emulator, bundleCodeRead());
    const ids = tables.Customers.slice(1).map((row) => String(row[0]));
    const big = bookBuild(bookRead(tables, { lang: 'en' }).input);
    const aging = agingByCustomer(big, { asOf: AS_OF });
    const sheet = spreadsheet.insertSheet('Check');
    sheet.getRange(1, 1, ids.length, 1).setValues(ids.map((id) => [id]));
    const started = performance.now();
    sheet.getRange('B1').setFormula(`=OUTSTANDING(A1:A${ids.length}, "2026-11-20", Customers!A:E, Sales!A:H, Invoices!A:E, Payments!A:G)`);
    sheet.getRange('C1').setFormula(`=AGING(A1:A${ids.length}, "90+", "2026-11-20", Customers!A:E, Sales!A:H, Invoices!A:E, Payments!A:G)`);
    const values = sheet.getRange(1, 2, ids.length, 2).getValues();
    const elapsed = performance.now() - started;
    expect(values.map((r) => r[0])).toEqual(aging.customers.map((row) => major(row.total, row.currency)));
    expect(values.map((r) => r[1])).toEqual(aging.customers.map((row) => major(row.amounts[4]!, row.currency)));
    expect(elapsed).toBeLessThan(10_000);
    console.log(`2,000-row book: two 200-customer custom-function columns in ${Math.round(elapsed)} ms`);
  });
});
