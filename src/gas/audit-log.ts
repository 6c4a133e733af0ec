// The Audit Log 操作日志 tab: append-only rows (when, who, action, what, before → after), one batched write.
import type { Lang } from '../core/types';
import { spreadsheetActive } from './ledger-tables';
import { derivedTabTitles, ledgerSheetsFind, sheetTag } from './metadata-tabs';
import { userLang } from './user-lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One thing the add-on did. Who and when are filled in by the writer. */
export interface AuditEntry {
  /** What kind of operation: setup, reconcile, allocation.manual, allocation.undo, invoice.create, formula.repair … */
  readonly action: string;
  /** What it touched, e.g. "Invoices!E7" or "INV-2026-0003". */
  readonly what: string;
  readonly before: string;
  readonly after: string;
}

/** The Audit Log's header row, per language. */
export const AUDIT_LOG_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['When', 'Who', 'Action', 'What', 'Before', 'After'],
  'zh-CN': ['时间', '操作人', '操作', '对象', '原值', '新值'],
};

/** Who is running the script: the active user's email, else the effective user's, else ''. */
function auditUser(): string {
  try {
    const email = Session.getActiveUser().getEmail();
    if (email) return email;
  } catch (_) {
    // Not authorised to see the active user: try the effective one.
  }
  try {
    return Session.getEffectiveUser().getEmail();
  } catch (_) {
    return '';
  }
}

/** The Audit Log sheet, created (header, frozen row, tagged) when missing. */
export function auditLogSheet(spreadsheet: Spreadsheet, lang: Lang = userLang()): Sheet {
  const existing = ledgerSheetsFind(spreadsheet).get('AuditLog');
  if (existing) return existing;
  const sheet = spreadsheet.insertSheet(derivedTabTitles.AuditLog[lang]);
  const header = AUDIT_LOG_HEADERS[lang];
  sheet.getRange(1, 1, 1, header.length).setValues([[...header]]);
  sheet.setFrozenRows(1);
  sheetTag(sheet, 'AuditLog');
  return sheet;
}

/**
 * A log text as a cell: a leading apostrophe makes Sheets keep it as typed, so `=HYPERLINK(…)` never runs,
 * `+1-555` is no sum and "0012" or "5" stay text (the apostrophe itself is not part of the value).
 */
export function auditText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** The cells of the entries, every text written as text. */
export function auditLogRows(entries: readonly AuditEntry[], who: string, when: Date): (string | Date)[][] {
  return entries.map((entry) => [
    when,
    auditText(who),
    auditText(entry.action),
    auditText(entry.what),
    auditText(entry.before),
    auditText(entry.after),
  ]);
}

/**
 * Appends `entries` below the last row of the Audit Log in one setValues (nothing for no entries). Rows
 * already there are never rewritten.
 */
export function auditLogAppend(entries: readonly AuditEntry[], spreadsheet?: Spreadsheet): void {
  if (entries.length === 0) return;
  const sheet = auditLogSheet(spreadsheet ?? spreadsheetActive());
  const rows = auditLogRows(entries, auditUser(), new Date());
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, rows[0]!.length).setValues(rows);
}
