// Custom functions in cells: Sheets' argument shapes, scalar and spilled array results, errors, recomputation.
import { describe, expect, it } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';

function sheetWithData() {
  const emu = createEmulator({ today: '2026-03-31', timeZone: 'UTC' });
  const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  seedSheet(sheet, [
    ['C1', 10, new Date('2026-01-05T00:00:00Z')],
    ['C2', 20, ''],
    ['C1', 5, true],
  ]);
  return { emu, sheet };
}

describe('custom functions', () => {
  it('passes a single cell as a scalar and a range as a 2-D array of Sheets values', () => {
    const { emu, sheet } = sheetWithData();
    const seen: unknown[] = [];
    emu.setCustomFunctions({
      PROBE: (...args: unknown[]) => {
        seen.push(...args);
        return 1;
      },
    });
    sheet.getRange('E1').setFormula('=PROBE(B1, A1:C2, C1, "x", 2)');
    expect(sheet.getRange('E1').getValue()).toBe(1);
    expect(seen).toEqual([10, [['C1', 10, new Date('2026-01-05T00:00:00Z')], ['C2', 20, '']], new Date('2026-01-05T00:00:00Z'), 'x', 2]);
  });

  it('returns scalars (case-insensitive names) and recomputes when a referenced cell changes', () => {
    const { emu, sheet } = sheetWithData();
    let calls = 0;
    emu.setCustomFunctions({
      balance: (ids: unknown, amounts: unknown, who: unknown) => {
        calls++;
        const rows = ids as unknown[][];
        return rows.reduce((sum, r, i) => (r[0] === who ? sum + Number((amounts as unknown[][])[i]?.[0]) : sum), 0);
      },
    });
    sheet.getRange('E1').setFormula('=BALANCE(A1:A3, B1:B3, "C1")');
    expect(sheet.getRange('E1').getValue()).toBe(15);
    sheet.getRange('B3').setValue(7);
    expect(sheet.getRange('E1').getValue()).toBe(17);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('spills a 2-D array result down and right, and resizes when the result grows or shrinks', () => {
    const { emu, sheet } = sheetWithData();
    emu.setCustomFunctions({
      LISTIDS: (ids: unknown) => [...new Set((ids as unknown[][]).map((r) => r[0]).filter((v) => v !== ''))].map((id) => [id, `${String(id)}!`]),
    });
    sheet.getRange('E1').setFormula('=LISTIDS(A1:A10)');
    expect(sheet.getRange('E1:F3').getValues()).toEqual([
      ['C1', 'C1!'],
      ['C2', 'C2!'],
      ['', ''],
    ]);
    expect(sheet.getRange('E2').getFormula()).toBe('');
    sheet.getRange('A4').setValue('C9');
    expect(sheet.getRange('E1:E3').getValues()).toEqual([['C1'], ['C2'], ['C9']]);
    sheet.getRange('A2:A4').setValues([['C1'], ['C1'], ['C1']]);
    expect(sheet.getRange('E1:E3').getValues()).toEqual([['C1'], [''], ['']]);
  });

  it('treats a 1-D array result as a column, and a blocked spill as #REF!', () => {
    const { emu, sheet } = sheetWithData();
    emu.setCustomFunctions({ THREE: () => [1, 2, 3] });
    sheet.getRange('H1').setFormula('=THREE()');
    expect(sheet.getRange('H1:H3').getValues()).toEqual([[1], [2], [3]]);
    sheet.getRange('I2').setValue('in the way');
    sheet.getRange('I1').setFormula('=THREE()');
    expect(sheet.getRange('I1').getValue()).toBe('#REF!');
  });

  it('shows a thrown error as #ERROR! with its message retrievable', () => {
    const { emu, sheet } = sheetWithData();
    emu.setCustomFunctions({
      FAILS: () => {
        throw new Error('Customer not found: C7');
      },
    });
    sheet.getRange('E1').setFormula('=FAILS()');
    expect(sheet.getRange('E1').getValue()).toBe('#ERROR!');
    expect(emu.cellError('Sheet1', 'E1')).toBe('Customer not found: C7');
  });

  it('evaluates formulas written before the functions were registered, and returns Dates as date cells', () => {
    const { emu, sheet } = sheetWithData();
    sheet.getRange('E1').setFormula('=DUE(C1, 30)');
    expect(sheet.getRange('E1').getValue()).toBe('#NAME?');
    emu.setCustomFunctions({ DUE: (d: unknown, days: unknown) => new Date((d as Date).getTime() + Number(days) * 86_400_000) });
    expect(sheet.getRange('E1').getValue()).toEqual(new Date('2026-02-04T00:00:00Z'));
  });

  it('passes a whole column as every row of the sheet, blank rows as empty strings', () => {
    const { emu, sheet } = sheetWithData();
    emu.setCustomFunctions({ SHAPE: (x: unknown) => `${(x as unknown[][]).length}x${(x as unknown[][])[0]!.length}:${JSON.stringify((x as unknown[][])[3])}` });
    sheet.getRange('E1:E2').setFormulas([['=SHAPE(A:A)'], ['=SHAPE(A:B)']]);
    expect(sheet.getRange('E1:E2').getValues()).toEqual([['1000x1:[""]'], ['1000x2:["",""]']]);
  });
});
