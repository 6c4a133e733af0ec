// Reads the ledger once for invoice documents: every tab, the book, Invoices rows by number, refusals per invoice.
import { bookBuild } from '../../core/book';
import type { Book } from '../../core/book-types';
import { documentDate } from '../../core/documents/invoice-document';
import { problemMessage, type Problem } from '../../core/problems';
import type { IsoDate, Lang, SaleLine, TabName } from '../../core/types';
import { bookRead } from '../../sheets/book-read';
import { cellText } from '../../sheets/cell-text';
import { cellDate } from '../../sheets/cell-values';
import { headerDetect, type HeaderMap } from '../../sheets/header-detect';
import { invoicesSchema } from '../../sheets/schemas';
import { GasError } from '../gas-error';
import { ledgerTabsRead, spreadsheetActive, type CellGrid } from '../ledger-tables';
import { problem, type ProblemOutcome } from './invoice-outcomes';
import { invoiceRowsIndex, type InvoiceRowCells } from './invoices-tab-write';

const BOOK_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

/** Everything read once for a request: the book, the Invoices table and its header, rows by invoice number. */
export interface Ledger {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly tables: Partial<Record<TabName, CellGrid>>;
  readonly sheets: Partial<Record<TabName, GoogleAppsScript.Spreadsheet.Sheet>>;
  readonly map: HeaderMap;
  readonly rows: Map<string, InvoiceRowCells>;
  readonly book: Book;
  /** The first problem of each Invoices row (reading, then building the book). */
  readonly problemsByRow: Map<number, Problem>;
}

/** Reads every ledger tab once (one getValues each) and builds the book. */
export function ledgerRead(lang: Lang): Ledger {
  const spreadsheet = spreadsheetActive();
  const { tables, sheets } = ledgerTabsRead(spreadsheet, BOOK_TABS);
  const table = tables.Invoices;
  const header = table ? headerDetect(invoicesSchema, table) : null;
  if (!table || !header || !header.ok) throw new GasError('invoice.noInvoicesTab');
  const read = bookRead(tables, { lang });
  const book = bookBuild(read.input);
  const problemsByRow = new Map<number, Problem>();
  for (const p of [...read.problems, ...book.problems]) {
    if (p.tab === 'Invoices' && !problemsByRow.has(p.row)) problemsByRow.set(p.row, p);
  }
  return { spreadsheet, tables, sheets, map: header.map, rows: invoiceRowsIndex(table, header.map), book, problemsByRow };
}

/** The Sales lines of each wanted invoice, in sheet order: one pass over the book's lines. */
export function linesOf(book: Book, wanted: ReadonlySet<string>): Map<string, SaleLine[]> {
  const lines = new Map<string, SaleLine[]>();
  for (const line of book.sales) {
    if (line.invoiceNo === null || !wanted.has(line.invoiceNo)) continue;
    const list = lines.get(line.invoiceNo);
    if (list) list.push(line);
    else lines.set(line.invoiceNo, [line]);
  }
  return lines;
}

/** A fapiao date cell as the document shows it (a date, or the text as written). */
export function fapiaoDateText(cell: unknown, lang: Lang): string {
  const date = cellDate(cell, null);
  return date.ok ? documentDate(date.value as IsoDate, lang) : cellText(cell as string);
}

/** A refusal of one invoice, or null when a document can be made for it. */
export function invoiceRefusal(ledger: Ledger, invoiceNo: string, lines: readonly SaleLine[] | undefined, lang: Lang): ProblemOutcome | null {
  const cells = ledger.rows.get(invoiceNo)!;
  const invoice = ledger.book.invoiceByNo.get(invoiceNo);
  const row = cells.row;
  if (!invoice) {
    const found = ledger.problemsByRow.get(row);
    if (found?.code === 'unknown-customer') return problem(invoiceNo, 'document.customerUnknown', { row, invoiceNo, id: found.value ?? '' }, lang);
    const detail = (l: Lang) => (found ? problemMessage(found, l) : '');
    return problem(invoiceNo, 'document.invoiceUnreadable', { invoiceNo, detail: detail('en') }, lang, '', { invoiceNo, detail: detail('zh-CN') });
  }
  if (invoice.status === 'Void') return problem(invoiceNo, 'document.void', { row, invoiceNo }, lang, invoice.customerId);
  if (!ledger.book.customerById.has(invoice.customerId)) {
    return problem(invoiceNo, 'document.customerUnknown', { row, invoiceNo, id: invoice.customerId }, lang, invoice.customerId);
  }
  if (!lines || lines.length === 0) return problem(invoiceNo, 'document.noLines', { row, invoiceNo }, lang, invoice.customerId);
  return null;
}
