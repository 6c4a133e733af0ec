// A 20,000-row book with SUMIFS/COUNTIFS/MAXIFS columns computes right values (its timings are in npm run bench).
import { describe, expect, it } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';

const ROWS = 20_000;

function bookSeed() {
  const emu = createEmulator({ today: '2026-03-31', timeZone: 'UTC' });
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const alloc = ss.getSheets()[0]!.setName('Allocations');
  const rows: unknown[][] = [['Source', 'Invoice', 'Amount', 'Date', 'Rule', 'At', 'By', 'X', 'Y', 'Z']];
  for (let i = 0; i < ROWS; i++) rows.push([`P${i}`, `INV-${i % 5000}`, (i % 97) + 0.5, 46000 + (i % 300), 'fifo', 'now', 'me', i, i * 2, `t${i}`]);
  seedSheet(alloc, rows);
  const inv = ss.insertSheet('Invoices');
  const invRows: unknown[][] = [['Invoice', 'Paid', 'Count', 'Last']];
  for (let i = 0; i < ROWS; i++) {
    const r = i + 2;
    invRows.push([
      `INV-${i % 5000}`,
      `=SUMIFS(Allocations!C:C, Allocations!B:B, A${r})`,
      `=COUNTIFS(Allocations!B:B, A${r}, Allocations!C:C, ">10")`,
      `=MAXIFS(Allocations!D:D, Allocations!B:B, A${r})`,
    ]);
  }
  return { emu, ss, alloc, inv, invRows };
}

describe('a 20k-row book', () => {
  it('computes 20k SUMIFS/COUNTIFS/MAXIFS rows, recomputes after an edit and reads 20k x 10 values', () => {
    const { emu, alloc, inv, invRows } = bookSeed();
    seedSheet(inv, invRows);
    const values = alloc.getRange(1, 1, ROWS + 1, 10).getValues();
    const computed = inv.getRange(2, 1, ROWS, 4).getValues();
    // INV-7 appears at i = 7, 5007, 10007, 15007 with amounts (i % 97) + 0.5.
    const expected = [7, 5007, 10007, 15007].reduce((sum, i) => sum + (i % 97) + 0.5, 0);
    expect(computed[7]?.[1]).toBeCloseTo(expected, 9);
    // Of those amounts (7.5, 60.5, 16.5, 69.5) three exceed 10; the latest serial is 46000 + 5007 % 300.
    expect(computed[7]?.[2]).toBe(3);
    expect(computed[7]?.[3]).toBe(46207);
    expect(values).toHaveLength(ROWS + 1);
    alloc.getRange('C9').setValue(1000);
    expect(inv.getRange('B9').getValue()).toBeCloseTo(expected - ((7 % 97) + 0.5) + 1000, 9);
    emu.setCustomFunctions({ DOUBLE: (x: unknown) => Number(x) * 2 });
    inv.getRange('E2').setFormula('=DOUBLE(B9)');
    expect(inv.getRange('E2').getValue()).toBeCloseTo(2 * (expected - 7.5 + 1000), 9);
  }, 60_000);
});
