// Invoice documents: for each invoice, a filled copy of the template and its PDF; the PDF link and Issued status in the tab.
import { invoiceDocumentBuild, type InvoiceDocumentExtras } from '../../core/documents/invoice-document';
import { moneyFormat, moneyToDecimalString } from '../../core/money';
import type { IsoDate, Lang } from '../../core/types';
import { cellKey, cellText } from '../../sheets/cell-text';
import { headerDetect, type HeaderMap } from '../../sheets/header-detect';
import { choiceFind, invoiceStatusChoices } from '../../sheets/choices';
import { invoicesSchema, salesSchema } from '../../sheets/schemas';
import { ledgerTabOfSheet } from '../metadata-tabs';
import { documentLocked } from '../allocation-lock';
import { sheetFit } from '../allocation-tab';
import { auditLogAppend, type AuditEntry } from '../audit-log';
import { GasError } from '../gas-error';
import { ledgerTabsRead, spreadsheetActive, type CellGrid } from '../ledger-tables';
import { documentsFolder } from './documents-folder';
import { invoiceFilesMake, type InvoiceFiles } from './invoice-document-make';
import { fapiaoDateText, invoiceRefusal, ledgerRead, linesOf, type Ledger } from './invoice-ledger';
import {
  both, driveFileId, existing, outcomesResult, problem,
  type InvoiceDocumentOutcome, type InvoiceDocumentsResult, type ProblemOutcome,
} from './invoice-outcomes';
import { invoiceTemplateFile } from './invoice-template';
import { invoiceRowsIndex, invoicesTabWrite, type InvoiceRowCells } from './invoices-tab-write';

export { driveFileId, invoiceDocumentsNotice, type InvoiceDocumentOutcome, type InvoiceDocumentsResult } from './invoice-outcomes';

/** Made files waiting to be written into the tab. */
interface Made {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly total: string;
  readonly totalData: string;
  readonly files: InvoiceFiles;
}

/** Makes the Doc and PDF of every invoice that can have one; refusals and failures become problem outcomes. */
function documentsMake(ledger: Ledger, invoiceNos: readonly string[], lang: Lang): { outcomes: Map<string, InvoiceDocumentOutcome>; made: Made[]; folder: GoogleAppsScript.Drive.Folder | null } {
  const outcomes = new Map<string, InvoiceDocumentOutcome>();
  const made: Made[] = [];
  const lines = linesOf(ledger.book, new Set(invoiceNos));
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  let template: GoogleAppsScript.Drive.File | null = null;
  for (const invoiceNo of invoiceNos) {
    const cells = ledger.rows.get(invoiceNo);
    if (!cells) {
      outcomes.set(invoiceNo, problem(invoiceNo, 'document.invoiceUnknown', { invoiceNo }, lang));
      continue;
    }
    if (cells.document !== '') {
      const invoice = ledger.book.invoiceByNo.get(invoiceNo);
      const total = invoice ? moneyFormat(invoice.total, invoice.currency, lang) : '';
      outcomes.set(invoiceNo, existing(invoiceNo, cells.document, lang, invoice?.customerId ?? '', total));
      continue;
    }
    const refusal = invoiceRefusal(ledger, invoiceNo, lines.get(invoiceNo), lang);
    if (refusal) {
      outcomes.set(invoiceNo, refusal);
      continue;
    }
    const extras: InvoiceDocumentExtras = {
      status: 'Issued',
      fapiaoNo: cellText(cells.fapiaoNo as string),
      fapiaoDate: fapiaoDateText(cells.fapiaoDate, lang),
      fapiaoType: cellText(cells.fapiaoType as string),
    };
    const document = invoiceDocumentBuild(ledger.book, invoiceNo, lang, extras, lines.get(invoiceNo));
    try {
      folder ??= documentsFolder();
      template ??= invoiceTemplateFile(folder);
      const files = invoiceFilesMake(document, template, folder);
      made.push({
        invoiceNo, customerId: document.customerId, files,
        total: moneyFormat(document.total, document.currency, lang),
        totalData: `${moneyToDecimalString(document.total, document.currency)} ${document.currency}`,
      });
    } catch (error) {
      if (error instanceof GasError) outcomes.set(invoiceNo, problem(invoiceNo, error.code, error.params, lang, document.customerId));
      else outcomes.set(invoiceNo, problem(invoiceNo, 'document.failed', { invoiceNo, detail: error instanceof Error ? error.message : String(error) }, lang, document.customerId));
    }
  }
  return { outcomes, made, folder };
}

/** Trashes files made for an invoice that someone else gave a document meanwhile. */
function filesTrash(files: InvoiceFiles): void {
  DriveApp.getFileById(files.pdfId).setTrashed(true);
  DriveApp.getFileById(files.docId).setTrashed(true);
}

/**
 * The header map with a Document column: a tab without one (made before Set up added it) gets the header in
 * the first column right of the table, as Set up would add it.
 */
function documentColumnEnsure(sheet: GoogleAppsScript.Spreadsheet.Sheet, table: CellGrid, map: HeaderMap, lang: Lang): HeaderMap {
  if (map.columns.document !== undefined) return map;
  const column = Math.max(0, ...table.map((row) => row.length));
  const header = invoicesSchema.columns.find((c) => c.key === 'document')!.header[lang];
  sheetFit(sheet, table.length, column + 1, false);
  sheet.getRange(map.headerIndex + 1, column + 1).setValue(header);
  return { ...map, columns: { ...map.columns, document: column }, headers: { ...map.headers, document: header } };
}

/**
 * Under the document lock: re-reads the Invoices tab (rows may have moved while the documents were made),
 * writes the Document links and statuses in one write per column, and logs each invoice in the Audit Log.
 */
function documentsRecord(ledger: Ledger, made: readonly Made[], lang: Lang, outcomes: Map<string, InvoiceDocumentOutcome>): void {
  if (made.length === 0) return;
  try {
    documentLocked(() => documentsRecordLocked(ledger, made, lang, outcomes));
  } catch (error) {
    // Nothing was written (lock busy, tab gone): no document may be left without its row pointing at it.
    for (const item of made) filesTrash(item.files);
    throw error;
  }
}

/** The outcome when the row changed while the documents were made (another user made its document, voided or removed it). */
function rowChanged(item: Made, cells: InvoiceRowCells | undefined, lang: Lang): InvoiceDocumentOutcome | null {
  if (!cells) return problem(item.invoiceNo, 'document.invoiceUnknown', { invoiceNo: item.invoiceNo }, lang);
  if (cells.document !== '') return existing(item.invoiceNo, cells.document, lang, item.customerId, item.total);
  if (choiceFind(invoiceStatusChoices, cells.status) === 'Void') {
    return problem(item.invoiceNo, 'document.void', { row: cells.row, invoiceNo: item.invoiceNo }, lang, item.customerId);
  }
  return null;
}

/** documentsRecord's work, lock held. */
function documentsRecordLocked(ledger: Ledger, made: readonly Made[], lang: Lang, outcomes: Map<string, InvoiceDocumentOutcome>): void {
  const { tables, sheets } = ledgerTabsRead(ledger.spreadsheet, ['Invoices']);
  const table = tables.Invoices ?? [];
  const header = headerDetect(invoicesSchema, table);
  const sheet = sheets.Invoices;
  if (!sheet || !header.ok) throw new GasError('invoice.noInvoicesTab');
  const map = documentColumnEnsure(sheet, table, header.map, lang);
  const rows = invoiceRowsIndex(table, map);
  const writes: { row: number; pdfUrl: string; made: Made }[] = [];
  for (const item of made) {
    const cells = rows.get(item.invoiceNo);
    const changed = rowChanged(item, cells, lang);
    if (changed || !cells) {
      filesTrash(item.files);
      if (changed) outcomes.set(item.invoiceNo, changed);
      continue;
    }
    writes.push({ row: cells.row, pdfUrl: item.files.pdfUrl, made: item });
  }
  const statusBefore = invoicesTabWrite(sheet, table, map, writes, lang);
  const entries: AuditEntry[] = writes.map(({ row, made: item }) => ({
    action: 'invoice.document',
    what: item.invoiceNo,
    before: statusBefore.has(row) ? `Status ${statusBefore.get(row) || '—'}` : '',
    after: `${item.files.pdfUrl} (${item.customerId}, ${item.totalData}${statusBefore.has(row) ? ', Status Issued' : ''})`,
  }));
  auditLogAppend(entries, ledger.spreadsheet);
  for (const { made: item } of writes) {
    const text = both('document.created', { invoiceNo: item.invoiceNo, customer: item.customerId, total: item.total, url: item.files.pdfUrl });
    outcomes.set(item.invoiceNo, { invoiceNo: item.invoiceNo, state: 'created', ...item.files, customerId: item.customerId, total: item.total, message: text[lang], text });
  }
}

/** The distinct, non-blank invoice numbers of a request, in order. */
function invoiceNosClean(invoiceNos: readonly unknown[]): string[] {
  return [...new Set(invoiceNos.map((n) => cellKey(typeof n === 'string' || typeof n === 'number' ? n : '')).filter((n) => n !== ''))];
}

/** invoiceDocumentsCreate on an already read ledger (the menu reads the selection from the same tables). */
function documentsCreate(ledger: Ledger, invoiceNos: readonly string[], lang: Lang): { result: InvoiceDocumentsResult; outcomes: Map<string, InvoiceDocumentOutcome> } {
  const { outcomes, made, folder } = documentsMake(ledger, invoiceNos, lang);
  documentsRecord(ledger, made, lang, outcomes);
  return { result: outcomesResult(invoiceNos, outcomes, folder, lang), outcomes };
}

/**
 * Creates the document of each invoice: a copy of the template filled in, named "INV-… Customer", and its PDF
 * beside it in the documents folder; the PDF link goes into the Invoices tab's Document column and a Draft
 * becomes Issued (one write per column, under the document lock), each logged in the Audit Log. An invoice that
 * already has a Document is not made again (Issued invoices are immutable); Void, unknown, unreadable invoices,
 * invoices without Sales lines or customer are reported with their row, and the others still succeed.
 */
export function invoiceDocumentsCreate(invoiceNos: readonly string[] | string, lang: Lang): InvoiceDocumentsResult {
  const list: readonly unknown[] = typeof invoiceNos === 'string' ? [invoiceNos] : Array.isArray(invoiceNos) ? invoiceNos : [];
  const wanted = invoiceNosClean(list);
  if (wanted.length === 0) throw new GasError('error.rpcArgs', { name: 'invoiceDocumentsCreate' });
  return documentsCreate(ledgerRead(lang), wanted, lang).result;
}

/** The invoice numbers of the selected rows: Invoice No cells of the Invoices tab or of the Sales tab. */
function invoiceNosSelected(ledger: Ledger, range: GoogleAppsScript.Spreadsheet.Range): string[] {
  const tab = ledgerTabOfSheet(range.getSheet());
  const first = range.getRow();
  const last = range.getLastRow();
  const table = tab === 'Invoices' ? ledger.tables.Invoices : ledger.tables.Sales;
  const header = table ? headerDetect(tab === 'Invoices' ? invoicesSchema : salesSchema, table) : null;
  const column = header && header.ok ? header.map.columns.invoiceNo : undefined;
  if (!table || !header || !header.ok || column === undefined) throw new GasError('document.selectRows');
  const numbers: string[] = [];
  for (let row = Math.max(first, header.map.headerIndex + 2); row <= Math.min(last, table.length); row += 1) {
    numbers.push(cellKey(table[row - 1]?.[column] as string));
  }
  const wanted = invoiceNosClean(numbers);
  if (wanted.length === 0) throw new GasError('document.noneSelected', { first, last });
  return wanted;
}

/** Menu "Create invoice documents": the invoices of the selected Invoices (or Sales) rows. */
export function invoiceDocumentsFromSelection(lang: Lang): InvoiceDocumentsResult {
  const spreadsheet = spreadsheetActive();
  const range = spreadsheet.getActiveRange();
  const tab = range ? ledgerTabOfSheet(range.getSheet()) : null;
  if (!range || (tab !== 'Invoices' && tab !== 'Sales')) throw new GasError('document.selectRows');
  const ledger = ledgerRead(lang);
  return documentsCreate(ledger, invoiceNosSelected(ledger, range), lang).result;
}

/** What a mail needs to attach an invoice: the PDF and the facts for the subject and body. */
export interface InvoicePdf {
  readonly blob: GoogleAppsScript.Base.Blob;
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly docUrl: string;
  readonly pdfUrl: string;
  /** Drive ids of the PDF and of the Doc beside it ('' when the PDF names no Doc). */
  readonly pdfId: string;
  readonly docId: string;
  /** For people, e.g. "¥388.50". */
  readonly total: string;
  readonly currency: string;
  readonly dueDate: IsoDate;
}

/**
 * The PDF a Document cell links to, or null when the link names no Drive file or the file is gone or trashed.
 * A mail batch uses it first for invoices that already have their document, so it reads no tab per invoice.
 */
export function invoicePdfOfLink(link: string): GoogleAppsScript.Base.Blob | null {
  const id = driveFileId(link);
  if (!id) return null;
  try {
    const file = DriveApp.getFileById(id);
    return file.isTrashed() ? null : file.getBlob();
  } catch {
    return null;
  }
}

/**
 * The PDF of an invoice: the file its Document cell links to, or — when the cell is blank — the document created
 * first (as invoiceDocumentsCreate does). A refusal (Void, unknown, no lines …) or a link that no longer opens
 * is thrown as a GasError.
 */
export function invoicePdfBlob(invoiceNo: string, lang: Lang): InvoicePdf {
  const wanted = invoiceNosClean([invoiceNo])[0];
  if (wanted === undefined) throw new GasError('error.rpcArgs', { name: 'invoicePdfBlob' });
  const ledger = ledgerRead(lang);
  const { outcomes } = documentsCreate(ledger, [wanted], lang);
  const outcome = outcomes.get(wanted)! as ProblemOutcome;
  if (outcome.state === 'problem') throw new GasError(outcome.code ?? 'document.failed', outcome.params ?? { invoiceNo: wanted, detail: outcome.message });
  const invoice = ledger.book.invoiceByNo.get(wanted);
  if (!invoice) throw new GasError('document.invoiceUnknown', { invoiceNo: wanted });
  const id = driveFileId(outcome.pdfUrl);
  const blob = id ? invoicePdfOfLink(outcome.pdfUrl) : null;
  if (!id || !blob) throw new GasError('document.pdfMissing', { invoiceNo: wanted });
  return {
    blob, invoiceNo: wanted, customerId: invoice.customerId, docUrl: outcome.docUrl, pdfUrl: outcome.pdfUrl,
    pdfId: id, docId: driveFileId(outcome.docUrl) ?? '',
    total: moneyFormat(invoice.total, invoice.currency, lang), currency: invoice.currency, dueDate: invoice.dueDate,
  };
}
