// Reconcile now: the engine's allocation written to the Allocations tab in one batch, under the document lock.
import { bookBuild } from '../core/book';
import type { Book } from '../core/book-types';
import type { BookInput, Lang } from '../core/types';
import { cellTextSafe } from '../sheets/cell-text';
import { headerDetect } from '../sheets/header-detect';
import { allocationsSchema, paymentsSchema } from '../sheets/schemas';
import { documentLocked } from './allocation-lock';
import { allocationsTabState, allocationsTabWrite, type AllocationsTabState, type AllocationStamp } from './allocation-tab';
import { auditLogAppend, type AuditEntry } from './audit-log';
import { ledgerBookRead } from './ledger-book';
import { spreadsheetActive } from './ledger-tables';
import { sheetTag } from './metadata-tabs';
import { ledgerSheetsRead, type LedgerSheets } from './reconcile-tables';
import { reconcileViewMake, type ReconcileView } from './reconcile-view';
import { spreadsheetToday } from './spreadsheet-date';
import { allocationView, type AllocationView } from './allocation-explain';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Everything one reconcile-like operation reads before it writes. */
export interface ReconcileRead {
  readonly spreadsheet: Spreadsheet;
  readonly sheets: LedgerSheets;
  readonly book: Book;
  readonly problems: readonly string[];
  readonly tab: AllocationsTabState;
  readonly stamp: AllocationStamp;
  readonly lang: Lang;
}

/** The current user's email, or '' where Apps Script does not tell (consumer accounts, no scope). */
function userEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch (_) {
    return '';
  }
}

/** Reads every ledger tab once and builds the book. */
export function reconcileRead(lang: Lang): ReconcileRead {
  const spreadsheet = spreadsheetActive();
  const sheets = ledgerSheetsRead(spreadsheet);
  const { book, problems } = ledgerBookRead(sheets.tables, lang);
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  const now = new Date();
  const stamp: AllocationStamp = {
    at: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm:ss'),
    by: userEmail(),
    today: spreadsheetToday(spreadsheet),
  };
  // Formulas of the Allocations tab (one more read): manual rows a user computed keep their formulas.
  const formulas = sheets.sheets.Allocations?.getDataRange().getFormulas() ?? [];
  return { spreadsheet, sheets, book, problems, tab: allocationsTabState(sheets.tables.Allocations, lang, formulas), stamp, lang };
}

/** The book rebuilt from `input` (after an undo or a manual allocation changed the inputs). */
export function reconcileRebuild(read: ReconcileRead, patch: Partial<BookInput>): Book {
  return bookBuild({ ...read.book.input, ...patch });
}

/**
 * Writes `book`'s allocations: the Allocations tab in one setValues (created when missing) and, when the
 * engine numbered payments without an ID, their Payment ID cells in one more — so the P-numbers the tab
 * names stay attached to their rows.
 */
export function reconcileWrite(read: ReconcileRead, book: Book, manualRows: readonly unknown[][], audit: AuditEntry | null = null): ReconcileView {
  const existing = read.sheets.sheets.Allocations;
  const sheet = existing ?? allocationsSheetCreate(read.spreadsheet, read.lang);
  const held = book.input.heldSources ?? [];
  const content = { manual: manualRows, held, stamp: read.stamp, lang: read.lang, created: !existing };
  const written = allocationsTabWrite(sheet, read.tab, book, content);
  paymentIdsWrite(read, book);
  const fresh = written.newAllocations.map((allocation) => allocationView(book, allocation, read.lang));
  auditLogAppend([audit ?? reconcileAuditEntry(read, book, sheet.getName(), fresh.length)], read.spreadsheet);
  reconcileLastSave(fresh);
  return reconcileViewMake(book, fresh, read.problems, read.stamp.today, read.lang);
}

/** The Audit Log line of a run: how many automatic allocations the tab held before and holds now. */
function reconcileAuditEntry(read: ReconcileRead, book: Book, tabName: string, fresh: number): AuditEntry {
  let before = 0;
  for (const list of read.tab.previous.values()) before += list.length;
  const automatic = book.allocations.filter((a) => a.rule !== 'manual').length;
  const held = (book.input.heldSources ?? []).length;
  return { action: 'reconcile', what: tabName, before: `${before} automatic`, after: `${automatic} automatic (${fresh} new), ${held} on hold` };
}

/** A new Allocations tab, tagged so that renaming it later does not lose it. */
function allocationsSheetCreate(spreadsheet: Spreadsheet, lang: Lang): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.insertSheet(allocationsSchema.title[lang]);
  sheetTag(sheet, 'Allocations');
  return sheet;
}

/** Writes the IDs bookBuild assigned (P00001…) into the blank Payment ID cells: one setValues of that column. */
function paymentIdsWrite(read: ReconcileRead, book: Book): void {
  const assigned = book.payments.filter((p) => p.idAssigned);
  const table = read.sheets.tables.Payments;
  const sheet = read.sheets.sheets.Payments;
  if (assigned.length === 0 || !table || !sheet) return;
  const found = headerDetect(paymentsSchema, table);
  const column = found.ok ? found.map.columns.paymentId : undefined;
  if (!found.ok || column === undefined) return;
  const top = found.map.headerIndex + 2;
  const cells = table.slice(top - 1).map((row) => [row[column] ?? '']);
  if (cells.length === 0) return;
  for (const payment of assigned) {
    const cell = cells[payment.source.row - top];
    if (cell) cell[0] = payment.id;
  }
  // Cells the user filled with a formula keep it; text is written as text.
  const range = sheet.getRange(top, column + 1, cells.length, 1);
  const formulas = range.getFormulas();
  range.setValues(cells.map(([value], i) => [formulas[i]?.[0] || (typeof value === 'string' ? cellTextSafe(value) : value)]));
}

/** Reconcile now: reads the book, writes the engine's allocations (manual rows kept as they are). */
export function reconcileRun(lang: Lang): ReconcileView {
  return documentLocked(() => {
    const read = reconcileRead(lang);
    return reconcileWrite(read, read.book, read.tab.manual);
  });
}

const LAST_RUN_KEY = 'customerLedger.reconcile.lastNew';
const LAST_RUN_SHOWN = 200;

/** Remembers the new allocations of the last run (10 minutes), so the sidebar opened by the menu can list them. */
function reconcileLastSave(fresh: readonly AllocationView[]): void {
  try {
    CacheService.getDocumentCache()?.put(LAST_RUN_KEY, JSON.stringify(fresh.slice(0, LAST_RUN_SHOWN)), 600);
  } catch (_) {
    // A cache miss only means the sidebar shows no "new" list; the tab is written either way.
  }
}

/** The new allocations of the last run, if it was recent. */
export function reconcileLastRead(): AllocationView[] {
  try {
    const text = CacheService.getDocumentCache()?.get(LAST_RUN_KEY);
    return text ? (JSON.parse(text) as AllocationView[]) : [];
  } catch (_) {
    return [];
  }
}

/** The view without writing anything: every allocation as the engine makes it now, the last run's new ones. */
export function reconcileViewRead(lang: Lang): ReconcileView {
  const read = reconcileRead(lang);
  return reconcileViewMake(read.book, reconcileLastRead(), read.problems, read.stamp.today, lang);
}
