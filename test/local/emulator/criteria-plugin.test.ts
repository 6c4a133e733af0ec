// The indexed *IFS functions agree with HyperFormula's own implementation on random data and criteria.
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';
import { sheetsErrorText } from '../../../src/local/emulator/formula-engine';

const keyArb = fc.constantFrom('C1', 'c1', 'C2', 'Ç1', 'C10', '', '7', 'x y');
const cellArb = fc.oneof(keyArb, fc.integer({ min: -5, max: 12 }), fc.constantFrom(true, false, 2.5));
const criterionArb = fc.constantFrom('"C1"', '"c*"', '"C?"', '"<>C1"', '">3"', '"<=7"', '7', '"7"', '""', '"=C2"', 'TRUE()', '"Ç1"');

describe('indexed SUMIFS/COUNTIFS/MAXIFS/MINIFS/SUMIF/COUNTIF', () => {
  it('match HyperFormula built-ins', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellArb, cellArb, fc.integer({ min: -100, max: 100 })), { minLength: 1, maxLength: 25 }), criterionArb, criterionArb, (rows, c1, c2) => {
        const formulas = [
          `=SUMIFS(Data!C:C, Data!A:A, ${c1})`,
          `=SUMIFS(Data!C:C, Data!A:A, ${c1}, Data!B:B, ${c2})`,
          `=COUNTIFS(Data!A:A, ${c1}, Data!B:B, ${c2})`,
          `=MAXIFS(Data!C:C, Data!B:B, ${c2})`,
          `=MINIFS(Data!C:C, Data!A:A, ${c1})`,
          `=SUMIF(Data!A:A, ${c1}, Data!C:C)`,
          `=COUNTIF(Data!B:B, ${c2})`,
        ];
        const emu = createEmulator();
        const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
        seedSheet(ss.getSheets()[0]!.setName('Data'), rows);
        const out = ss.insertSheet('Out');
        out.getRange(1, 1, formulas.length, 1).setFormulas(formulas.map((f) => [f]));
        const ours = out.getRange(1, 1, formulas.length, 1).getValues().map((r) => r[0]);

        const hf = HyperFormula.buildFromSheets({ Data: rows.map((r) => r.map((v) => (v === '' ? null : v))), Out: formulas.map((f) => [f]) }, { licenseKey: 'gpl-v3', smartRounding: false });
        const theirs = hf.getSheetValues(hf.getSheetId('Out')!).map((r) => (typeof r[0] === 'object' && r[0] !== null ? sheetsErrorText(r[0].type) : r[0]));
        hf.destroy();
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 80 },
    );
  });
});
