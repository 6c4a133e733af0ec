// A1 notation parsing and formatting, and how fixed boxes move with inserted/deleted rows.
import { describe, expect, it } from 'vitest';
import { a1Absolute, a1Format, a1Parse, columnLetters, columnNumber } from '../../../src/local/emulator/a1';
import { boxRowsDelete, boxRowsInsert } from '../../../src/local/emulator/box-shift';

describe('A1 notation', () => {
  it('converts column letters both ways', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'az', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 52, 703]);
  });

  it('parses cells, rectangles, whole columns, whole rows and open-ended ranges', () => {
    expect(a1Parse('B3').box(1000, 26)).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(a1Parse('$B$3:D10').box(1000, 26)).toEqual({ row: 3, column: 2, numRows: 8, numColumns: 3 });
    expect(a1Parse('D10:B3').box(1000, 26)).toEqual({ row: 3, column: 2, numRows: 8, numColumns: 3 });
    expect(a1Parse('A:C').box(500, 26)).toEqual({ row: 1, column: 1, numRows: 500, numColumns: 3, wholeColumns: true });
    expect(a1Parse('2:4').box(500, 10)).toEqual({ row: 2, column: 1, numRows: 3, numColumns: 10, wholeRows: true });
    expect(a1Parse('A2:A').box(1000, 26)).toEqual({ row: 2, column: 1, numRows: 999, numColumns: 1 });
  });

  it('reads quoted and plain sheet prefixes', () => {
    expect(a1Parse("'客户 A'!A1:B2").sheetName).toBe('客户 A');
    expect(a1Parse("'It''s'!A1").sheetName).toBe("It's");
    expect(a1Parse('Sales!C:C').sheetName).toBe('Sales');
    expect(a1Parse('C5').sheetName).toBeUndefined();
  });

  it('rejects malformed references like Sheets', () => {
    expect(() => a1Parse('A1:B2:C3')).toThrow('Range not found');
    expect(() => a1Parse('1A')).toThrow('Range not found');
    expect(() => a1Parse('A')).toThrow('Range not found');
  });

  it('formats boxes as getA1Notation does', () => {
    expect(a1Format({ row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe('A1');
    expect(a1Format({ row: 2, column: 2, numRows: 3, numColumns: 2 })).toBe('B2:C4');
    expect(a1Format({ row: 1, column: 3, numRows: 1000, numColumns: 1, wholeColumns: true })).toBe('C:C');
    expect(a1Format({ row: 2, column: 1, numRows: 2, numColumns: 26, wholeRows: true })).toBe('2:3');
    expect(a1Absolute('My Sheet', { row: 2, column: 1, numRows: 9, numColumns: 2 })).toBe("'My Sheet'!$A$2:$B$10");
    expect(a1Absolute('Sales', { row: 1, column: 3, numRows: 1000, numColumns: 1, wholeColumns: true })).toBe('Sales!$C:$C');
  });
});

describe('fixed boxes under structure edits', () => {
  const box = { row: 5, column: 1, numRows: 3, numColumns: 1 };
  it('moves down or grows when rows are inserted', () => {
    expect(boxRowsInsert(box, 2, 2)).toMatchObject({ row: 7, numRows: 3 });
    expect(boxRowsInsert(box, 6, 2)).toMatchObject({ row: 5, numRows: 5 });
    expect(boxRowsInsert(box, 9, 2)).toEqual(box);
  });
  it('moves up, shrinks, or disappears when rows are deleted', () => {
    expect(boxRowsDelete(box, 1, 2)).toMatchObject({ row: 3, numRows: 3 });
    expect(boxRowsDelete(box, 6, 1)).toMatchObject({ row: 5, numRows: 2 });
    expect(boxRowsDelete(box, 4, 2)).toMatchObject({ row: 4, numRows: 2 });
    expect(boxRowsDelete(box, 5, 3)).toBeUndefined();
  });
});
