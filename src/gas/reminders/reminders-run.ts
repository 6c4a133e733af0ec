// The daily reminder run: reads the book once, sends what is due within a time budget and the quota, logs it all.
import type { Lang } from '../../core/types';
import { auditLogAppend, type AuditEntry } from '../audit-log';
import { invoicePdfOfLink } from '../documents/invoice-documents';
import { invoiceDocumentLink, invoiceRowsRead, type InvoiceRows } from '../mail/invoice-rows';
import { mailContextRead, type MailContext } from '../mail/mail-context';
import { mailQuotaLeft, mailRecipientCount, mailSend, mailSenderMake, type MailSender } from '../mail/mail-outgoing';
import { mailRecord } from '../mail/mail-record';
import { errorText } from '../mail/mail-report';
import { mailText } from '../mail/mail-texts';
import { mailProblemMessage } from '../../core/mail/mail-problems';
import { reminderLogAppend, reminderLogRead, type ReminderLogRow } from './reminder-log';
import { reminderAddressesText, reminderPlan, type ReminderPlanItem } from './reminders-plan';
import {
  REMINDERS_LAST_RUN_PROPERTY,
  remindersCursorRead,
  remindersCursorWrite,
  remindersResumeOrder,
  type RemindersCursor,
} from './reminders-cursor';

/**
 * Apps Script stops an execution at 6 minutes. The run stops starting new sends once the time used plus the
 * slowest send so far would pass 4.5 minutes, leaving room to write the log.
 */
export const REMINDERS_BUDGET_MS = 270_000;

/** Log rows are written every this many rows, so a run killed anyway loses at most that many records. */
const LOG_FLUSH_ROWS = 20;

export interface RemindersRunResult {
  readonly sent: number;
  readonly skipped: number;
  readonly failed: number;
  /** Due but left for the next run (time or quota). */
  readonly waiting: number;
  readonly stopped: 'time' | 'quota' | 'busy' | null;
  readonly notice: string;
}

interface Run {
  readonly context: MailContext;
  readonly sender: MailSender | null;
  readonly senderProblem: string;
  /** The Invoices rows (already read with the book), to attach each invoice's PDF when it has one. */
  readonly invoiceRows: InvoiceRows | null;
  readonly lang: Lang;
  readonly rows: ReminderLogRow[];
  readonly audit: AuditEntry[];
  /** The last Result text logged per invoice and level ("INV-1#2"). */
  readonly lastResult: Map<string, string>;
  quotaLeft: number;
  sent: number;
  skipped: number;
  failed: number;
}

/** Writes the log rows and Audit Log entries gathered so far (one append each). */
function runFlush(run: Run): void {
  const rows = run.rows.splice(0);
  const audit = run.audit.splice(0);
  if (rows.length === 0 && audit.length === 0) return;
  mailRecord(() => {
    reminderLogAppend(run.context.spreadsheet, rows, run.lang);
    auditLogAppend(audit, run.context.spreadsheet);
  });
}

function logRow(item: ReminderPlanItem, level: number, to: string, kind: ReminderLogRow['kind'], result: string): ReminderLogRow {
  return { when: new Date(), invoiceNo: item.due.invoiceNo, customerId: item.due.customerId, level, to, kind, result };
}

/**
 * Logs a reminder that cannot go (address, header, sender): it is tried again on later runs, and logged
 * again only when the reason changed, so a customer without an address does not add a row every day.
 */
function runFail(run: Run, item: ReminderPlanItem, reason: string): void {
  const result = mailText('log.failed', run.lang, { reason });
  const key = `${item.due.invoiceNo}#${item.due.level.level}`;
  if (run.lastResult.get(key) !== result) run.rows.push(logRow(item, item.due.level.level, '', 'failed', result));
  run.lastResult.set(key, result);
  run.failed += 1;
}

/**
 * The invoice's PDF when its Document cell links to one, so the customer has the bill at hand; none otherwise
 * (a reminder never makes a document: that would issue a draft).
 */
function reminderAttachments(run: Run, invoiceNo: string): GoogleAppsScript.Base.Blob[] {
  const rows = run.invoiceRows;
  const index = rows?.indexByNo.get(invoiceNo);
  const link = rows && index !== undefined ? invoiceDocumentLink(rows, index) : '';
  const pdf = link === '' ? null : invoicePdfOfLink(link);
  return pdf ? [pdf] : [];
}

/** Sends one reminder; false when the quota is too short (nothing logged: it waits for the next run). */
function runSendOne(run: Run, item: ReminderPlanItem): boolean {
  const { lang, sender } = run;
  const mail = item.mail;
  if (!mail.ok || !sender) {
    runFail(run, item, mail.ok ? run.senderProblem : mail.notSent.message);
    return true;
  }
  const needed = mailRecipientCount(mail);
  if (needed > run.quotaLeft) return false;
  const level = item.due.level.level;
  const to = reminderAddressesText(mail.to, mail.cc);
  try {
    mailSend({ to: mail.to, cc: mail.cc, subject: mail.subject, body: mail.body, attachments: reminderAttachments(run, item.due.invoiceNo) }, sender);
  } catch (error) {
    runFail(run, item, errorText(error, lang));
    return true;
  }
  run.quotaLeft -= needed;
  run.sent += 1;
  run.rows.push(logRow(item, level, to, 'sent', mailText('log.sent', lang)));
  run.audit.push({ action: 'reminder.send', what: item.due.invoiceNo, before: '', after: mailText('audit.reminderSent', lang, { level, to, subject: mail.subject }) });
  for (const lower of item.due.skipped) {
    run.rows.push(logRow(item, lower, '', 'skipped', mailText('log.skipped', lang, { level })));
    run.audit.push({ action: 'reminder.skip', what: item.due.invoiceNo, before: '', after: mailText('audit.reminderSkipped', lang, { lower, level }) });
    run.skipped += 1;
  }
  return true;
}

/** The reminders of today in resume order, sent until done, out of time or out of quota. */
function runItems(run: Run, items: readonly ReminderPlanItem[], started: number, budgetMs: number): { stopped: RemindersCursor | null; waiting: number } {
  let slowest = 0;
  let waiting = 0;
  let firstWaiting: ReminderPlanItem | null = null;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (Date.now() - started + slowest > budgetMs) {
      return { stopped: { day: run.context.today, next: item.due.invoiceNo, reason: 'time' }, waiting: waiting + items.length - index };
    }
    const before = Date.now();
    if (!runSendOne(run, item)) {
      waiting += 1;
      firstWaiting ??= item;
    }
    slowest = Math.max(slowest, Date.now() - before);
    if (run.rows.length >= LOG_FLUSH_ROWS) runFlush(run);
  }
  const stopped = firstWaiting ? { day: run.context.today, next: firstWaiting.due.invoiceNo, reason: 'quota' as const } : null;
  return { stopped, waiting };
}

/**
 * One reminder run. Only one runs at a time (script lock; a second one returns at once). Sends each reminder
 * due today (the highest level reached per invoice; lower ones logged as skipped), logging every send, skip and
 * failure in the Reminder Log and the Audit Log. A run out of time or quota remembers where it stopped; the
 * next run starts there, and the log keeps anything from going twice.
 */
export function remindersRun(lang: Lang, budgetMs: number = REMINDERS_BUDGET_MS): RemindersRunResult {
  // The budget counts from the start of the execution: reading a large book takes time too.
  const started = Date.now();
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(1000)) return { sent: 0, skipped: 0, failed: 0, waiting: 0, stopped: 'busy', notice: mailText('run.busy', lang) };
  try {
    const context = mailContextRead(lang);
    const log = reminderLogRead(context.spreadsheet);
    const plan = reminderPlan(context, log, lang);
    const sender = mailSenderMake(context.settings.companyName, context.settings.companyEmail);
    const run: Run = {
      context,
      sender: sender.ok ? sender.sender : null,
      senderProblem: sender.ok ? '' : mailText('send.sender', lang, { problem: mailProblemMessage(sender.problem, lang) }),
      invoiceRows: invoiceRowsRead(context.tabs),
      lang,
      rows: [],
      audit: [],
      lastResult: new Map(log.map((entry) => [`${entry.invoiceNo}#${entry.level}`, entry.text])),
      quotaLeft: mailQuotaLeft(),
      sent: 0,
      skipped: 0,
      failed: 0,
    };
    const items = remindersResumeOrder(plan.items, remindersCursorRead(), (item) => item.due.invoiceNo);
    const { stopped, waiting } = runItems(run, items, started, budgetMs);
    runFlush(run);
    remindersCursorWrite(stopped);
    const counts = { sent: run.sent, skipped: run.skipped, failed: run.failed, waiting };
    const summary = mailText('run.summary', lang, counts);
    const done = items.length - waiting;
    const note = stopped ? ` ${mailText(stopped.reason === 'time' ? 'run.stoppedTime' : 'run.stoppedQuota', lang, { done, total: items.length })}` : '';
    PropertiesService.getDocumentProperties().setProperty(REMINDERS_LAST_RUN_PROPERTY, JSON.stringify({ at: new Date().toISOString(), ...counts }));
    return { ...counts, stopped: stopped?.reason ?? null, notice: summary + note };
  } finally {
    lock.releaseLock();
  }
}
