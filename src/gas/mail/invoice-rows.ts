// The Invoices tab as sending sees it: the row of each invoice number and its Sent At cell, written in one batch.
import { cellText } from '../../sheets/cell-text';
import { headerDetect } from '../../sheets/header-detect';
import { invoicesSchema } from '../../sheets/schemas';
import type { Lang } from '../../core/types';
import type { LedgerTabs } from '../ledger-tables';

export interface InvoiceRows {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** 0-based table index of each invoice number's row (the first row of a number). */
  readonly indexByNo: ReadonlyMap<string, number>;
  /** 0-based column of Sent At, or null when the tab has none yet. */
  readonly sentAtColumn: number | null;
  /** 0-based column of Document (the PDF link), or null when the tab has none. */
  readonly documentColumn: number | null;
  readonly headerIndex: number;
  readonly cells: readonly (readonly unknown[])[];
}

/** The Invoices rows, or null when there is no Invoices tab with a header. */
export function invoiceRowsRead(tabs: LedgerTabs): InvoiceRows | null {
  const cells = tabs.tables.Invoices;
  const sheet = tabs.sheets.Invoices;
  if (!cells || !sheet) return null;
  const header = headerDetect(invoicesSchema, cells);
  if (!header.ok || header.map.columns.invoiceNo === undefined) return null;
  const column = header.map.columns.invoiceNo;
  const indexByNo = new Map<string, number>();
  for (let index = header.map.headerIndex + 1; index < cells.length; index += 1) {
    const no = cellText(cells[index]?.[column]).trim();
    if (no !== '' && !indexByNo.has(no)) indexByNo.set(no, index);
  }
  const { sentAt, document } = header.map.columns;
  return { sheet, indexByNo, sentAtColumn: sentAt ?? null, documentColumn: document ?? null, headerIndex: header.map.headerIndex, cells };
}

/** The Sent At cell of the row at `index` as read ('' when empty or no column). */
export function invoiceSentAt(rows: InvoiceRows, index: number): unknown {
  if (rows.sentAtColumn === null) return '';
  const value = rows.cells[index]?.[rows.sentAtColumn];
  return value === undefined || value === null ? '' : value;
}

/** The Document cell (the PDF link) of the row at `index` as text ('' when empty or no column). */
export function invoiceDocumentLink(rows: InvoiceRows, index: number): string {
  return rows.documentColumn === null ? '' : cellText(rows.cells[index]?.[rows.documentColumn]).trim();
}

/** "2026-03-31 10:15" for a Date cell in the spreadsheet's zone; typed text as it is. */
export function sentAtText(value: unknown, timeZone: string): string {
  if (value instanceof Date) return Utilities.formatDate(value, timeZone, 'yyyy-MM-dd HH:mm');
  return cellText(value).trim();
}

/**
 * Writes each sent invoice's time into Sent At: the column (added after the last header when missing) is
 * read again just before and written back with one setValues over the rows from the first to the last sent,
 * so other rows keep what they hold now.
 */
export function invoiceSentAtWrite(rows: InvoiceRows, sent: readonly { index: number; at: Date }[], lang: Lang): void {
  if (sent.length === 0) return;
  const { sheet } = rows;
  let column = rows.sentAtColumn;
  if (column === null) {
    column = sheet.getLastColumn();
    sheet.getRange(rows.headerIndex + 1, column + 1).setValue(invoicesSchema.columns.find((c) => c.key === 'sentAt')!.header[lang]);
  }
  const first = Math.min(...sent.map((s) => s.index));
  const last = Math.max(...sent.map((s) => s.index));
  const range = sheet.getRange(first + 1, column + 1, last - first + 1, 1);
  const values = range.getValues();
  for (const { index, at } of sent) values[index - first] = [at];
  range.setValues(values);
}
