// Writes a book as .xlsx with ExcelJS: every tab the add-on creates, live formulas with cached results, named ranges.
import ExcelJS from 'exceljs';
import type { BookSources, BookTables } from '../../sheets/book-read';
import { bookExportTabs, type ExportCell, type ExportOptions, type ExportTab } from './export-tabs';

/** ExcelJS's cell value for one exported cell (dates as UTC midnight: an integer serial). */
function cellValue(cell: ExportCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
}

function formatOf(kind: 'amount' | 'date' | 'percent', digits: number): string {
  if (kind === 'date') return 'yyyy-mm-dd';
  if (kind === 'percent') return '0%';
  return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
}

function sheetWrite(workbook: ExcelJS.Workbook, tab: ExportTab, digits: number): void {
  const sheet = workbook.addWorksheet(tab.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of tab.rows) sheet.addRow(row.map(cellValue));
  for (const [column, kind] of Object.entries(tab.formats)) sheet.getColumn(Number(column)).numFmt = formatOf(kind, digits);
  sheet.getRow(1).font = { bold: true };
}

/** A sheet name as a formula reference: quoted unless plain ASCII letters, digits and underscores. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The book as an .xlsx file: Customers … Settings as the add-on lays them out in Sheets, the derived columns
 * and the Reconciliation tab as formulas (SUMIFS over whole-column named ranges) with their values as of
 * options.today cached, so Excel and LibreOffice show the numbers at once and recompute them on open.
 */
export async function bookExportXlsx(tables: BookTables | BookSources, options: ExportOptions): Promise<Buffer> {
  const exported = bookExportTabs(tables, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Customer Ledger';
  for (const tab of exported.tabs) sheetWrite(workbook, tab, exported.digits);
  // ExcelJS keeps defined names cell by cell; a whole-column name is written through its model as it is.
  const names = exported.names.map(({ name, tab, column }) => ({ name, ranges: [`${sheetRef(tab)}!$${column}:$${column}`] }));
  Object.defineProperty(workbook.definedNames, 'model', { get: () => names, set: () => undefined, configurable: true });
  workbook.calcProperties = { fullCalcOnLoad: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
