// Range values: get/setValues shapes and errors, Sheets' typing of written values, dates, formats, bounds.
import { describe, expect, it } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';

function sheetNew(timeZone = 'Asia/Shanghai') {
  const emu = createEmulator({ timeZone, today: '2026-03-31' });
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { emu, ss, sheet: ss.getSheets()[0]! };
}

describe('Range values', () => {
  it('round-trips numbers, strings, booleans and empty cells', () => {
    const { sheet } = sheetNew();
    sheet.getRange(1, 1, 2, 3).setValues([
      [1.5, 'text', true],
      ['', null, 0],
    ]);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      [1.5, 'text', true],
      ['', '', 0],
    ]);
    expect(sheet.getRange('B1').getValue()).toBe('text');
    expect(sheet.getRange(1, 1, 1, 1).getA1Notation()).toBe('A1');
  });

  it('rejects data whose shape differs from the range, with Sheets messages', () => {
    const { sheet } = sheetNew();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('parses written text as Sheets does: "=…" is a formula, numbers and ISO dates are typed, apostrophe keeps text', () => {
    const { sheet } = sheetNew('UTC');
    sheet.getRange('A1:E1').setValues([['=1+2', '42', "'=SUM(1)", "'007", '2026-01-05']]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(row?.slice(0, 4)).toEqual([3, 42, '=SUM(1)', '007']);
    expect(row?.[4]).toBeInstanceOf(Date);
    expect((row?.[4] as Date).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+2');
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it('keeps text in plain-text (@) cells, even text that looks like a formula', () => {
    const { sheet } = sheetNew();
    sheet.getRange('A1:B1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([['=1+1', '0012']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=1+1', '0012']]);
  });

  it('stores a written Date as a serial with a date format and returns a Date in the sheet zone', () => {
    const { sheet } = sheetNew('Asia/Shanghai');
    const midnight = new Date('2026-02-28T16:00:00Z'); // 2026-03-01 00:00 in Shanghai
    sheet.getRange('A1').setValue(midnight);
    expect(sheet.getRange('A1').getValue()).toEqual(midnight);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-03-01');
    sheet.getRange('B1').setFormula('=A1+30');
    expect(sheet.getRange('B1').getValue()).toEqual(new Date('2026-03-30T16:00:00Z'));
    sheet.getRange('C1').setFormula('=A1*1');
    sheet.getRange('C1').setNumberFormat('0');
    expect(sheet.getRange('C1').getValue()).toBe(46082);
  });

  it('reads display values with number formats', () => {
    const { sheet } = sheetNew();
    sheet.getRange('A1:C1').setValues([[1234.5, 0.125, -3]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    sheet.getRange('B1').setNumberFormat('0.0%');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,234.50', '12.5%', '-3']]);
  });

  it('shows errors as Sheets error strings', () => {
    const { sheet } = sheetNew();
    sheet.getRange('A1:D1').setFormulas([['=1/0', '=NA()', '=B7+"x"', '=FOO(1)']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#DIV/0!', '#N/A', '#VALUE!', '#NAME?']]);
  });

  it('tracks the last row and column with content, data range and appendRow', () => {
    const { sheet } = sheetNew();
    expect(sheet.getLastRow()).toBe(0);
    seedSheet(sheet, [['h1', 'h2'], [1, 2], [3]]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
    sheet.appendRow(['x', 'y', 'z']);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    sheet.getRange('A4:C4').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });

  it('refuses ranges outside the sheet, as Sheets does', () => {
    const { sheet } = sheetNew();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getA1Notation()).toBe('A1005');
  });

  it('reads whole columns and offsets', () => {
    const { sheet, ss } = sheetNew();
    seedSheet(sheet, [[1], [2], [3]]);
    const col = sheet.getRange('A:A');
    expect(col.getA1Notation()).toBe('A:A');
    expect(col.getNumRows()).toBe(1000);
    expect(col.getValues().slice(0, 4)).toEqual([[1], [2], [3], ['']]);
    expect(sheet.getRange('A1').offset(1, 1, 2, 2).getA1Notation()).toBe('B2:C3');
    expect(ss.getRange('Sheet1!A2').getValue()).toBe(2);
  });

  it('stores notes, backgrounds, font weights and number formats per cell', () => {
    const { sheet } = sheetNew();
    const r = sheet.getRange('A1:B1');
    r.setNote('why').setBackground('#ff0000').setFontWeight('bold');
    expect(r.getNotes()).toEqual([['why', 'why']]);
    expect(sheet.getRange('B1').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    r.clear();
    expect(r.getNote()).toBe('');
    expect(r.getFontWeight()).toBe('normal');
  });
});
