// Reads an .xlsx workbook with ExcelJS into tables of plain cells (text, numbers, booleans, YYYY-MM-DD dates).
import type ExcelJS from 'exceljs';
import type { TabName } from '../../core/types';
import type { Table } from '../../sheets/book-read';
import { tabFromName, tabSchemas } from '../../sheets/schemas';
import type { BookFiles } from './book-files';
import { CliError } from './cli-messages';

/**
 * A cell value as the sheets codecs expect it. ExcelJS gives date cells as JS Dates at UTC midnight of the
 * calendar date, so the date is read with the UTC getters (local getters would move it a day west of UTC);
 * formulas give their cached result, rich text its plain text, hyperlinks their text, errors their code.
 */
export function xlsxCellPlain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return xlsxCellPlain((value as { result?: ExcelJS.CellValue }).result ?? '');
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? '');
  if ('error' in value) return String(value.error);
  return '';
}

/** Every worksheet named after a tab (English or Chinese), as a table. */
export async function workbookLoad(file: string): Promise<BookFiles> {
  // Loaded here, not at the top: ExcelJS takes ~200 ms to load and CSV runs never need it.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new CliError('error.unreadable', { path: file, detail: (error as Error).message });
  }
  const tables: Partial<Record<TabName, Table>> = {};
  const sources: Partial<Record<TabName, string>> = {};
  for (const sheet of workbook.worksheets) {
    const tab = tabFromName(sheet.name);
    if (!tab) continue;
    const first = sources[tab];
    if (first) {
      const title = tabSchemas[tab].title;
      throw new CliError('error.fileTwice', { path: file, tab: title.en, tabZh: title['zh-CN'], first, second: sheet.name });
    }
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: unknown[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) cells.push(xlsxCellPlain(row.getCell(column).value));
      rows[rowNumber - 1] = cells;
    });
    tables[tab] = Array.from(rows, (row) => row ?? []);
    sources[tab] = `${sheet.name}`;
  }
  return { tables, sources };
}
