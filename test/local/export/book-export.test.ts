// The .xlsx export: every tab, formulas with cached results; loaded into the emulator the formulas compute
// the engine's numbers (and the cached results) — what Excel or LibreOffice shows when they recalculate.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import type { IsoDate } from '../../../src/core/types';
import { createEmulator } from '../../../src/local/emulator';
import { bookExportXlsx } from '../../../src/local/export/book-export';
import { sampleBookTables, sampleLastDate } from '../../../src/local/sample/sample-book';
import { dateAtZoneMidnight } from '../../../src/local/workbench/seed';
import { bookRead } from '../../../src/sheets/book-read';
import { timeZoneOfSpreadsheet } from '../sandbox/sandbox-fixture';
import { engineReconciliation } from '../sandbox/formulas-fixture';

timeZoneOfSpreadsheet();
const ZONE = 'Asia/Shanghai';
const FALSY = Symbol('falsy cached result');

async function definedNames(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  return new Map([...xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]+)<\/definedName>/g)].map((m) => [m[1]!, m[2]!.replace(/&apos;/g, "'")]));
}

/** Loads the workbook into an emulated spreadsheet: sheets, named ranges, then values and formulas. */
function emulatorOf(workbook: ExcelJS.Workbook, names: Map<string, string>, today: string) {
  const emulator = createEmulator({ timeZone: ZONE, today });
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const first = spreadsheet.getSheets()[0]!;
  workbook.worksheets.forEach((ws, i) => (i === 0 ? first.setName(ws.name) : spreadsheet.insertSheet(ws.name)));
  for (const [name, ref] of names) {
    const [, tab, column] = /^'?(.*?)'?!\$([A-Z]+):\$[A-Z]+$/.exec(ref)!;
    const sheet = spreadsheet.getSheetByName(tab!)!;
    spreadsheet.setNamedRange(name, sheet.getRange(`${column}:${column}`));
  }
  const cached = new Map<string, unknown[][]>();
  for (const ws of workbook.worksheets) {
    const width = ws.columnCount;
    const grid: unknown[][] = [];
    const results: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: unknown[] = [];
      const cachedRow: unknown[] = [];
      for (let c = 1; c <= width; c += 1) {
        const value = row.getCell(c).value;
        if (value && typeof value === 'object' && 'formula' in value) {
          cells.push(`=${value.formula}`);
          // ExcelJS reads a cached 0 or '' back as no result (it writes them): either stands for a falsy value.
          cachedRow.push(value.result ?? FALSY);
        } else if (value instanceof Date) {
          cells.push(dateAtZoneMidnight(value.toISOString().slice(0, 10), ZONE));
          cachedRow.push(null);
        } else {
          cells.push(value ?? '');
          cachedRow.push(null);
        }
      }
      grid.push(cells);
      results.push(cachedRow);
    });
    spreadsheet.getSheetByName(ws.name)!.getRange(1, 1, grid.length, width).setValues(grid);
    cached.set(ws.name, results);
  }
  return { emulator, spreadsheet, cached };
}

describe('bookExportXlsx', () => {
  it.each(['en', 'zh-CN'] as const)('writes every tab; its formulas compute the engine\'s numbers and their cached results (%s)', async (lang) => {
    const tables = sampleBookTables(lang);
    const buffer = await bookExportXlsx(tables, { today: sampleLastDate as IsoDate, lang });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const names = await definedNames(buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(lang === 'en'
      ? ['Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations', 'Reconciliation', 'Statement', 'Audit Log', 'Settings']
      : ['客户', '销售记录', '账单', '收款', '调整', '核销记录', '对账', '对账单', '操作日志', '设置']);
    expect(names.get('CL_Invoices_balance')).toBe(lang === 'en' ? 'Invoices!$G:$G' : "'账单'!$G:$G");
    expect(names.size).toBe(24);
    const { spreadsheet, cached } = emulatorOf(workbook, names, sampleLastDate);
    // Every formula cell computes its cached result.
    let formulas = 0;
    for (const sheet of spreadsheet.getSheets()) {
      const values = sheet.getDataRange().getValues();
      cached.get(sheet.getName())!.forEach((row, r) => row.forEach((result, c) => {
        if (result === null) return;
        formulas += 1;
        if (result === FALSY) expect([0, ''], `${sheet.getName()} R${r + 1}C${c + 1}`).toContain(values[r]![c]);
        else expect(values[r]![c], `${sheet.getName()} R${r + 1}C${c + 1}`).toEqual(result);
      }));
    }
    expect(formulas).toBeGreaterThan(1000);
    // And the Reconciliation equals the engine over the original tables.
    const book = bookBuild(bookRead(tables, { lang }).input);
    const expected = engineReconciliation(book, sampleLastDate as IsoDate);
    const recon = spreadsheet.getSheetByName(lang === 'en' ? 'Reconciliation' : '对账')!.getDataRange().getValues().slice(1);
    expect(recon.map((row) => [row[0], ...row.slice(3, 14)])).toEqual([...expected].map(([id, figures]) => [id, ...figures]));
  });
});
