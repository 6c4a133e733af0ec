// The Reminder Log 催款记录 tab: one row per reminder sent, level skipped or send that failed; read back each run.
import type { ReminderLogEntry, ReminderResult } from '../../core/reminders/reminder-schedule';
import type { Lang } from '../../core/types';
import { cellText, cellTextSafe } from '../../sheets/cell-text';
import { headerNormalize } from '../../sheets/schemas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const REMINDER_LOG_TITLE: Readonly<Record<Lang, string>> = { en: 'Reminder Log', 'zh-CN': '催款记录' };

export const REMINDER_LOG_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['When', 'Invoice No', 'Customer ID', 'Level', 'To', 'Result'],
  'zh-CN': ['时间', '账单号', '客户编号', '级别', '收件人', '结果'],
};

/** One row to append. `result` text is in the user's language; `kind` is what later runs read back. */
export interface ReminderLogRow {
  readonly when: Date;
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly level: number;
  readonly to: string;
  readonly kind: ReminderResult;
  readonly result: string;
}

/** The log sheet by either name, or null. */
export function reminderLogSheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheetByName(REMINDER_LOG_TITLE.en) ?? spreadsheet.getSheetByName(REMINDER_LOG_TITLE['zh-CN']);
}

/** "Sent"/"已发送" → sent, "Skipped…"/"已跳过…" → skipped, anything else (Not sent: …) → failed. */
export function reminderResultRead(text: string): ReminderResult {
  const folded = headerNormalize(text);
  if (folded.startsWith('sent') || folded.startsWith('已发送')) return 'sent';
  if (folded.startsWith('skipped') || folded.startsWith('已跳过')) return 'skipped';
  return 'failed';
}

/** Column of each field by its header in either language (the default order when the header is unusual). */
function logColumns(header: readonly unknown[]): { invoiceNo: number; level: number; result: number } {
  const find = (index: number, fallback: number) => {
    const names = [REMINDER_LOG_HEADERS.en[index]!, REMINDER_LOG_HEADERS['zh-CN'][index]!].map(headerNormalize);
    const found = header.findIndex((cell) => names.includes(headerNormalize(cellText(cell))));
    return found >= 0 ? found : fallback;
  };
  return { invoiceNo: find(1, 1), level: find(3, 3), result: find(5, 5) };
}

/** A log entry with its Result text as written. */
export interface ReminderLogRead extends ReminderLogEntry {
  readonly text: string;
}

/** Every entry of the log (one getValues); none when the tab does not exist yet. */
export function reminderLogRead(spreadsheet: Spreadsheet): ReminderLogRead[] {
  const sheet = reminderLogSheet(spreadsheet);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const cells = sheet.getDataRange().getValues();
  const columns = logColumns(cells[0] ?? []);
  const entries: ReminderLogRead[] = [];
  for (const row of cells.slice(1)) {
    const invoiceNo = cellText(row[columns.invoiceNo]).trim();
    const level = Number(cellText(row[columns.level]).replace(/\D+/g, ''));
    if (invoiceNo === '' || !Number.isInteger(level) || level < 1) continue;
    const text = cellText(row[columns.result]).trim();
    entries.push({ invoiceNo, level, result: reminderResultRead(text), text });
  }
  return entries;
}

/** Appends rows below the last one in one setValues; creates the tab (header, frozen row) first when missing. */
export function reminderLogAppend(spreadsheet: Spreadsheet, rows: readonly ReminderLogRow[], lang: Lang): void {
  if (rows.length === 0) return;
  let sheet = reminderLogSheet(spreadsheet);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(REMINDER_LOG_TITLE[lang]);
    const header = REMINDER_LOG_HEADERS[lang];
    sheet.getRange(1, 1, 1, header.length).setValues([[...header]]);
    sheet.setFrozenRows(1);
  }
  const cells = rows.map((row) => [
    row.when,
    cellTextSafe(row.invoiceNo),
    cellTextSafe(row.customerId),
    row.level,
    cellTextSafe(row.to),
    cellTextSafe(row.result),
  ]);
  sheet.getRange(sheet.getLastRow() + 1, 1, cells.length, cells[0]!.length).setValues(cells);
}
