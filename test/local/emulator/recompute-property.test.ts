// Random edits, inserts and deletes never leave SUMIFS/COUNTIFS cells stale: they always equal a recount of the data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';

const KEYS = ['K0', 'K1', 'K2'];
type Op =
  | { kind: 'amount'; row: number; value: number }
  | { kind: 'key'; row: number; key: string }
  | { kind: 'insert'; row: number }
  | { kind: 'delete'; row: number }
  | { kind: 'append'; key: string; value: number }
  | { kind: 'formulaAgain'; index: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('amount' as const), row: fc.integer({ min: 1, max: 12 }), value: fc.integer({ min: -50, max: 50 }) }),
  fc.record({ kind: fc.constant('key' as const), row: fc.integer({ min: 1, max: 12 }), key: fc.constantFrom(...KEYS, 'other') }),
  fc.record({ kind: fc.constant('insert' as const), row: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('delete' as const), row: fc.integer({ min: 2, max: 12 }) }),
  fc.record({ kind: fc.constant('append' as const), key: fc.constantFrom(...KEYS), value: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('formulaAgain' as const), index: fc.integer({ min: 0, max: KEYS.length - 1 }) }),
);

function formulasOf(i: number): string[] {
  const key = KEYS[i]!;
  return [`=SUMIFS(Data!B:B, Data!A:A, "${key}")`, `=COUNTIFS(Data!A:A, "${key}", Data!B:B, ">0")`];
}

describe('recomputation under random edits', () => {
  it('keeps every *IFS result equal to a recount of the current data', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.integer({ min: -9, max: 9 })), { minLength: 2, maxLength: 8 }), fc.array(opArb, { maxLength: 12 }), (rows, ops) => {
        const emu = createEmulator();
        const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
        const data = ss.getSheets()[0]!.setName('Data');
        seedSheet(data, rows);
        const out = ss.insertSheet('Out');
        out.getRange(1, 1, KEYS.length, 2).setFormulas(KEYS.map((_, i) => formulasOf(i)));
        for (const op of ops) {
          if (op.kind === 'amount') data.getRange(op.row, 2).setValue(op.value);
          if (op.kind === 'key') data.getRange(op.row, 1).setValue(op.key);
          if (op.kind === 'insert') data.insertRowsBefore(op.row, 1);
          if (op.kind === 'delete') data.deleteRow(op.row);
          if (op.kind === 'append') data.appendRow([op.key, op.value]);
          if (op.kind === 'formulaAgain') out.getRange(op.index + 1, 1, 1, 2).setFormulas([formulasOf(op.index)]);
          const current = data.getLastRow() === 0 ? [] : data.getRange(1, 1, data.getLastRow(), 2).getValues();
          const expected = KEYS.map((key) => {
            const mine = current.filter((r) => r[0] === key);
            return [mine.reduce((s, r) => s + (typeof r[1] === 'number' ? r[1] : 0), 0), mine.filter((r) => typeof r[1] === 'number' && r[1] > 0).length];
          });
          expect(out.getRange(1, 1, KEYS.length, 2).getValues()).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
