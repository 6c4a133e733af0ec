// Which overdue reminders are due today: at most one per invoice per level, never a level twice, catching up.
import { currencyDigits } from '../currency';
import { dateDaysBetween } from '../dates';
import { decimalCompare } from '../decimal';
import type { CurrencyCode, IsoDate, Minor } from '../types';
import type { ReminderLevel } from './reminder-levels';

/** An invoice as the engine reports it today (InvoiceStatusRow has this shape). */
export interface ReminderInvoice {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly dueDate: IsoDate;
  /** Open amount today; 0 for Draft and Void. */
  readonly balance: Minor;
  /** Payment status today: Open, Partial, Paid, Overdue, Draft or Void. */
  readonly status: string;
  readonly issuedAfterAsOf?: boolean;
}

/** What a past run did for an invoice and level: sent, skipped (a higher level went instead) or failed. */
export type ReminderResult = 'sent' | 'skipped' | 'failed';

export interface ReminderLogEntry {
  readonly invoiceNo: string;
  readonly level: number;
  readonly result: ReminderResult;
}

export interface ReminderDue {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly dueDate: IsoDate;
  readonly balance: Minor;
  readonly daysOverdue: number;
  /** The level to send now: the highest one reached. */
  readonly level: ReminderLevel;
  /** Lower levels not yet done, to be logged as skipped so they never go later. */
  readonly skipped: readonly number[];
}

/** The highest level done (sent or skipped) per invoice; failed sends do not count, so they are retried. */
export function reminderLevelsDone(log: Iterable<ReminderLogEntry>): Map<string, number> {
  const done = new Map<string, number>();
  for (const entry of log) {
    if (entry.result === 'failed') continue;
    done.set(entry.invoiceNo, Math.max(done.get(entry.invoiceNo) ?? 0, entry.level));
  }
  return done;
}

/** True when `balance` minor units of `currency` reach the level's minimum (compared exactly). */
function reachesMinimum(balance: Minor, currency: CurrencyCode, level: ReminderLevel): boolean {
  return decimalCompare({ units: balance, scale: currencyDigits(currency) }, level.minimum) >= 0;
}

/**
 * The reminders due on `today`, in the invoices' order. For each invoice still owing money and past due:
 * the levels above the highest one already done whose days are reached and whose minimum the open amount
 * meets; the highest of them is due (after missed days only that one goes) and the lower ones not yet done
 * are reported as skipped. Paid, Draft and Void invoices, and those issued after today, get nothing.
 */
export function reminderSchedule(
  invoices: Iterable<ReminderInvoice>,
  today: IsoDate,
  levels: readonly ReminderLevel[],
  log: Iterable<ReminderLogEntry>,
): ReminderDue[] {
  if (levels.length === 0) return [];
  const done = reminderLevelsDone(log);
  const due: ReminderDue[] = [];
  for (const invoice of invoices) {
    if (invoice.balance <= 0 || invoice.issuedAfterAsOf || ['Paid', 'Draft', 'Void'].includes(invoice.status)) continue;
    const daysOverdue = dateDaysBetween(invoice.dueDate, today);
    if (daysOverdue <= 0) continue;
    const after = done.get(invoice.invoiceNo) ?? 0;
    const open = levels.filter((level) => level.level > after && level.days <= daysOverdue);
    const reached = open.filter((level) => reachesMinimum(invoice.balance, invoice.currency, level));
    const level = reached[reached.length - 1];
    if (!level) continue;
    const skipped = open.filter((l) => l.level < level.level).map((l) => l.level);
    due.push({
      invoiceNo: invoice.invoiceNo,
      customerId: invoice.customerId,
      currency: invoice.currency,
      dueDate: invoice.dueDate,
      balance: invoice.balance,
      daysOverdue,
      level,
      skipped,
    });
  }
  return due;
}
