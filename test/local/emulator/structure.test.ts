// Structure edits: named ranges, formulas, formats, protections and metadata move with inserted/deleted rows and columns.
import { describe, expect, it } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';

function bookNew() {
  const emu = createEmulator({ timeZone: 'UTC', today: '2026-03-31' });
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sales = ss.getSheets()[0]!.setName('Sales');
  seedSheet(sales, [
    ['Customer', 'Amount'],
    ['C1', 10],
    ['C2', 20],
  ]);
  ss.setNamedRange('SalesAmount', sales.getRange('B2:B3'));
  ss.setNamedRange('SalesCustomer', sales.getRange('A:A'));
  const report = ss.insertSheet('Report');
  report.getRange('A1').setFormula('=SUM(SalesAmount)');
  report.getRange('A2').setFormula('=SUMIFS(Sales!B:B, Sales!A:A, "C2")');
  return { emu, ss, sales, report };
}

describe('structure edits', () => {
  it('keeps named ranges pointing at the same cells when columns are inserted before them', () => {
    const { ss, sales, report } = bookNew();
    sales.insertColumnsBefore(1, 2);
    expect(ss.getRangeByName('SalesAmount')!.getA1Notation()).toBe('D2:D3');
    expect(ss.getRangeByName('SalesCustomer')!.getA1Notation()).toBe('C:C');
    expect(report.getRange('A1:A2').getValues()).toEqual([[30], [20]]);
    expect(report.getRange('A2').getFormula()).toBe('=SUMIFS(Sales!D:D, Sales!C:C, "C2")');
  });

  it('grows a named range when rows are inserted inside it, as Sheets does', () => {
    const { ss, sales, report } = bookNew();
    sales.insertRowsAfter(2, 1);
    expect(ss.getRangeByName('SalesAmount')!.getA1Notation()).toBe('B2:B4');
    sales.getRange('A3:B3').setValues([['C3', 5]]);
    expect(report.getRange('A1').getValue()).toBe(35);
    sales.insertRowsBefore(1, 1);
    expect(ss.getRangeByName('SalesAmount')!.getA1Notation()).toBe('B3:B5');
    expect(ss.getNamedRanges().map((n) => n.getName()).sort()).toEqual(['SalesAmount', 'SalesCustomer']);
  });

  it('shrinks named ranges and formulas when rows are deleted', () => {
    const { ss, sales, report } = bookNew();
    sales.deleteRow(2);
    expect(ss.getRangeByName('SalesAmount')!.getA1Notation()).toBe('B2');
    expect(report.getRange('A1').getValue()).toBe(20);
    expect(sales.getMaxRows()).toBe(999);
  });

  it('moves number formats, notes and validations with their cells', () => {
    const { emu, sales } = bookNew();
    sales.getRange('B2').setNumberFormat('0.00').setNote('checked');
    sales.getRange('B3').setDataValidation(emu.globals.SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
    sales.insertRowBefore(2);
    sales.insertColumnBefore(1);
    expect(sales.getRange('C3').getNumberFormat()).toBe('0.00');
    expect(sales.getRange('C3').getNote()).toBe('checked');
    expect(sales.getRange('C4').getDataValidation()?.getCriteriaValues()).toEqual([0]);
    expect(sales.getRange('B2').getNote()).toBe('');
  });

  it('moves protected ranges and row/column metadata, and drops them with their rows', () => {
    const { ss, sales } = bookNew();
    const p = sales.getRange('A2:B3').protect().setDescription('data');
    sales.getRange('3:3').addDeveloperMetadata('row', 'C2');
    sales.insertRowsBefore(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A4:B5');
    const found = ss.createDeveloperMetadataFinder().withKey('row').find();
    expect(found[0]!.getLocation().getRow()!.getA1Notation()).toBe('5:5');
    sales.deleteRows(5, 1);
    expect(ss.createDeveloperMetadataFinder().withKey('row').find()).toHaveLength(0);
    expect(p.getRange().getA1Notation()).toBe('A4:B4');
  });

  it('renames and deletes sheets, updating formulas and named ranges', () => {
    const { ss, sales, report } = bookNew();
    sales.setName('销售 记录');
    expect(report.getRange('A2').getFormula()).toBe("=SUMIFS('销售 记录'!B:B, '销售 记录'!A:A, \"C2\")");
    expect(ss.getRangeByName('SalesAmount')!.getSheet().getName()).toBe('销售 记录');
    expect(() => ss.insertSheet('Report')).toThrow('A sheet with the name "Report" already exists. Please enter another name.');
    ss.deleteSheet(ss.getSheetByName('销售 记录')!);
    expect(report.getRange('A2').getValue()).toBe('#REF!');
    expect(ss.getRangeByName('SalesAmount')).toBeNull();
  });
});
