// Formula evaluation by HyperFormula: the add-on's dialect over named ranges and whole columns, TODAY on the virtual clock.
import { describe, expect, it } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';

function bookNew() {
  const emu = createEmulator({ today: '2026-03-31', timeZone: 'Asia/Shanghai' });
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sales = ss.getSheets()[0]!.setName('Sales');
  seedSheet(sales, [
    ['Customer', 'Amount', 'Date'],
    ['C1', 100, '2026-01-05'],
    ['C2', 50.25, '2026-02-01'],
    ['C1', 20, '2026-03-15'],
    ['c1', 5, '2026-03-20'],
    ['C3', 7, '2026-04-02'],
  ]);
  const report = ss.insertSheet('Report');
  return { emu, ss, sales, report };
}

describe('formulas', () => {
  it('evaluates SUMIFS, COUNTIFS and MAXIFS over whole columns (case-insensitive like Sheets)', () => {
    const { report } = bookNew();
    report.getRange('A1:C1').setFormulas([['=SUMIFS(Sales!B:B, Sales!A:A, "C1")', '=COUNTIFS(Sales!A:A, "C1", Sales!B:B, ">10")', '=MAXIFS(Sales!C:C, Sales!A:A, "C1")']]);
    const [sum, count, latest] = report.getRange('A1:C1').getValues()[0]!;
    expect(sum).toBe(125);
    expect(count).toBe(2);
    expect(latest).toBeTypeOf('number');
    expect(report.getRange('D1').setFormula('=MAXIFS(Sales!B:B, Sales!A:A, "nobody")').getValue()).toBe(0);
  });

  it('matches a brute-force SUMIFS for operators, wildcards and numeric criteria', () => {
    const { report } = bookNew();
    const criteria = ['">=50"', '"<>C1"', '"C*"', '100', '"=20"', '""'];
    report.getRange(1, 1, criteria.length, 1).setFormulas(criteria.map((c) => [`=SUMIFS(Sales!B:B, Sales!B:B, ${c})`]));
    expect(report.getRange(1, 1, criteria.length, 1).getValues().map((r) => r[0])).toEqual([150.25, 182.25, 0, 100, 20, 0]);
  });

  it('uses named ranges in formulas', () => {
    const { ss, sales, report } = bookNew();
    ss.setNamedRange('SalesCustomer', sales.getRange('A:A'));
    ss.setNamedRange('SalesAmount', sales.getRange('B:B'));
    ss.setNamedRange('SalesFive', sales.getRange('B2:B6'));
    report.getRange('A1').setFormula('=SUMIFS(SalesAmount, SalesCustomer, "C2") + 0');
    expect(report.getRange('A1').getValue()).toBeCloseTo(50.25, 10);
    report.getRange('A2').setFormula('=ROUND(SUM(SalesFive)/3, 2)');
    expect(report.getRange('A2').getValue()).toBe(60.75);
  });

  it('evaluates INDEX/MATCH, IF and IFERROR', () => {
    const { report } = bookNew();
    report.getRange('A1:C1').setFormulas([['=INDEX(Sales!B:B, MATCH("C2", Sales!A:A, 0))', '=IFERROR(MATCH("zz", Sales!A:A, 0), "none")', '=IF(A1>60, "big", "small")']]);
    expect(report.getRange('A1:C1').getValues()).toEqual([[50.25, 'none', 'small']]);
  });

  it('DATE results are Dates and TODAY() follows the injected clock, recomputing on setToday', () => {
    const { emu, report } = bookNew();
    report.getRange('A1:C1').setFormulas([['=TODAY()', '=DATE(2026,1,31)', '=TODAY()-B1']]);
    expect(report.getRange('A1').getValue()).toEqual(new Date('2026-03-30T16:00:00Z'));
    expect(report.getRange('B1').getDisplayValue()).toBe('2026-01-31');
    expect(report.getRange('C1').getValue()).toBe(59);
    emu.setToday('2026-04-30');
    expect(report.getRange('C1').getValue()).toBe(89);
    expect(emu.today()).toBe('2026-04-30');
  });

  it('recomputes dependents after edits', () => {
    const { sales, report } = bookNew();
    report.getRange('A1').setFormula('=SUMIFS(Sales!B:B, Sales!A:A, "C3")');
    expect(report.getRange('A1').getValue()).toBe(7);
    sales.appendRow(['C3', 3, '2026-04-03']);
    expect(report.getRange('A1').getValue()).toBe(10);
    sales.getRange('B6').setValue(1);
    expect(report.getRange('A1').getValue()).toBe(4);
  });

  it('reports circular references as #REF! like Sheets', () => {
    const { report } = bookNew();
    report.getRange('A1:B1').setFormulas([['=B1+1', '=A1+1']]);
    expect(report.getRange('A1:B1').getValues()).toEqual([['#REF!', '#REF!']]);
  });

  it('keeps dependencies live for formulas added in separate writes over the same ranges', () => {
    const { sales, report } = bookNew();
    report.getRange('A1').setFormula('=SUMIFS(Sales!B:B, Sales!A:A, "C1")');
    report.getRange('A2').setFormula('=SUMIFS(Sales!B:B, Sales!A:A, "C2")');
    report.getRange('A2').setFormula('=SUMIFS(Sales!B:B, Sales!A:A, "C3")');
    report.getRange('A3').setFormula('=COUNTIFS(Sales!A:A, "C3")');
    sales.getRange('A3:B3').setValues([['C3', 1000]]);
    expect(report.getRange('A1:A3').getValues()).toEqual([[125], [1007], [2]]);
    sales.insertRowsBefore(2, 1);
    sales.getRange('A2:B2').setValues([['C1', 1]]);
    expect(report.getRange('A1:A3').getValues()).toEqual([[126], [1007], [2]]);
  });

  it('says clearly that non-ASCII named-range names are beyond HyperFormula', () => {
    const { ss, sales } = bookNew();
    expect(() => ss.setNamedRange('金额', sales.getRange('B2:B6'))).toThrow('Emulator: named range name "金额" is not supported');
    expect(() => ss.setNamedRange('A1', sales.getRange('B2:B6'))).toThrow('Named range name "A1" is invalid.');
  });
});
