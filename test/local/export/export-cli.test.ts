// customer-ledger export: a CSV folder in, an .xlsx with every tab out; bad options give one error line.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRun } from '../../../src/local/cli/main';
import { sampleWrite } from '../../../src/local/cli/sample-write';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env: { LANG: 'en_US.UTF-8' } } };
}

describe('customer-ledger export', () => {
  it('writes the book as .xlsx with every tab and the Reconciliation formulas', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-export-'));
    sampleWrite(path.join(dir, 'data'), 'en');
    const file = path.join(dir, 'book.xlsx');
    const run = io();
    expect(await cliRun(['export', '--data', path.join(dir, 'data'), '--out', file, '--as-of', '2026-11-20'], run.io)).toBe(0);
    expect(run.out.join('')).toContain('Exported');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toContain('Reconciliation');
    const cell = workbook.getWorksheet('Reconciliation')!.getCell('H2').value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toBe('ROUND($D2+$E2-$F2-$G2,2)');
  });

  it('refuses a missing --out and an unknown option with one error line', async () => {
    const run = io();
    expect(await cliRun(['export', '--data', 'x'], run.io)).toBe(2);
    expect(await cliRun(['export', '--data', 'x', '--out', 'y.xlsx', '--bogus', '1'], run.io)).toBe(2);
    expect(run.err).toHaveLength(2);
    expect(run.err[0]).toContain('--out');
    expect(run.err[1]).toContain('--bogus');
  });
});
