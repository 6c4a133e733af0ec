// Writes invoice documents into the Invoices tab: the PDF link in Document, Draft → Issued, one write per column.
import type { Lang } from '../../core/types';
import { cellKey, cellText, cellTextSafe } from '../../sheets/cell-text';
import { choiceFind, choiceLabel, invoiceStatusChoices } from '../../sheets/choices';
import type { HeaderMap } from '../../sheets/header-detect';
import type { CellGrid } from '../ledger-tables';

/** One Invoices row as the documents step needs it. */
export interface InvoiceRowCells {
  /** 1-based sheet row. */
  readonly row: number;
  readonly invoiceNo: string;
  readonly document: string;
  readonly status: string;
  readonly fapiaoNo: unknown;
  readonly fapiaoDate: unknown;
  readonly fapiaoType: unknown;
}

/** The first row of each invoice number in the Invoices table (data rows below the header). */
export function invoiceRowsIndex(table: CellGrid, map: HeaderMap): Map<string, InvoiceRowCells> {
  const rows = new Map<string, InvoiceRowCells>();
  const at = (cells: readonly unknown[], key: string): unknown => {
    const column = map.columns[key];
    return column === undefined ? '' : cells[column];
  };
  for (let index = map.headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    const invoiceNo = cellKey(at(cells, 'invoiceNo') as string);
    if (invoiceNo === '' || rows.has(invoiceNo)) continue;
    rows.set(invoiceNo, {
      row: index + 1,
      invoiceNo,
      document: cellText(at(cells, 'document') as string),
      status: cellText(at(cells, 'status') as string),
      fapiaoNo: at(cells, 'fapiaoNo'),
      fapiaoDate: at(cells, 'fapiaoDate'),
      fapiaoType: at(cells, 'fapiaoType'),
    });
  }
  return rows;
}

/** What to write for one invoice: its row and its PDF link. */
export interface InvoiceDocumentWrite {
  readonly row: number;
  readonly pdfUrl: string;
}

/**
 * Writes the rows' Document links and moves Draft (or blank) Status to Issued: per column, one getFormulas and
 * one setValues over the block from the first to the last row written; rows between keep their value or formula.
 * Returns, per row, the status it had before when it changed (for the Audit Log).
 */
export function invoicesTabWrite(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  table: CellGrid,
  map: HeaderMap,
  writes: readonly InvoiceDocumentWrite[],
  lang: Lang,
): Map<number, string> {
  const statusChanged = new Map<number, string>();
  if (writes.length === 0) return statusChanged;
  const documentColumn = map.columns.document;
  if (documentColumn !== undefined) {
    columnBlockWrite(sheet, table, documentColumn, new Map(writes.map((w) => [w.row, cellTextSafe(w.pdfUrl)])));
  }
  const statusColumn = map.columns.status;
  if (statusColumn !== undefined) {
    const issued = choiceLabel(invoiceStatusChoices, 'Issued', lang);
    const cells = new Map<number, unknown>();
    for (const { row } of writes) {
      const before = cellText(table[row - 1]?.[statusColumn] as string);
      const status = before === '' ? 'Issued' : choiceFind(invoiceStatusChoices, before);
      if (status === 'Issued') continue;
      cells.set(row, issued);
      statusChanged.set(row, before);
    }
    if (cells.size > 0) columnBlockWrite(sheet, table, statusColumn, cells);
  }
  return statusChanged;
}

/** Writes `cells` (sheet row → value) into one column as one block; other rows in it keep what they hold. */
function columnBlockWrite(sheet: GoogleAppsScript.Spreadsheet.Sheet, table: CellGrid, column: number, cells: ReadonlyMap<number, unknown>): void {
  const rows = [...cells.keys()];
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const range = sheet.getRange(top, column + 1, bottom - top + 1, 1);
  const formulas = bottom > top ? range.getFormulas() : [['']];
  const block: unknown[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const formula = formulas[row - top]?.[0] ?? '';
    const kept = table[row - 1]?.[column] ?? '';
    block.push([cells.has(row) ? cells.get(row) : formula || (typeof kept === 'string' ? cellTextSafe(kept) : kept)]);
  }
  range.setValues(block);
}
