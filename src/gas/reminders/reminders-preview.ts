// "Preview reminders": what the next run would send today, to whom, and what it cannot send — nothing written.
import { decimalToString } from '../../core/decimal';
import { moneyFormat } from '../../core/money';
import type { Lang } from '../../core/types';
import { mailContextRead } from '../mail/mail-context';
import { mailQuotaLeft } from '../mail/mail-outgoing';
import { mailText } from '../mail/mail-texts';
import { reminderLogRead } from './reminder-log';
import { reminderTriggerInstalled, REMINDERS_HOUR } from './reminder-trigger';
import { reminderAddressesText, reminderPlan } from './reminders-plan';
import { remindersCursorRead, remindersResumeOrder } from './reminders-cursor';

export interface ReminderPreviewItem {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly level: number;
  readonly daysOverdue: number;
  readonly balance: string;
  /** Lower levels that will be logged as skipped. */
  readonly skipped: readonly number[];
  /** "a@x.cn; cc b@y.cn", '' when it cannot go. */
  readonly to: string;
  readonly subject: string;
  /** Why it cannot go ('' when it can). */
  readonly problem: string;
}

export interface RemindersPreview {
  readonly today: string;
  readonly levels: readonly { readonly level: number; readonly days: number; readonly minimum: string; readonly recipients: string }[];
  readonly problems: readonly string[];
  readonly items: readonly ReminderPreviewItem[];
  readonly quotaLeft: number;
  readonly triggerInstalled: boolean;
  readonly hour: number;
  /** A note when there are no levels, or the last run stopped early ('' otherwise). */
  readonly note: string;
}

/** The reminders the next run would send, in the order it would send them. */
export function remindersPreview(lang: Lang): RemindersPreview {
  const context = mailContextRead(lang);
  const plan = reminderPlan(context, reminderLogRead(context.spreadsheet), lang);
  const cursor = remindersCursorRead();
  const items = remindersResumeOrder(plan.items, cursor, (item) => item.due.invoiceNo).map((item) => ({
    invoiceNo: item.due.invoiceNo,
    customerId: item.due.customerId,
    customerName: item.customerName,
    level: item.due.level.level,
    daysOverdue: item.due.daysOverdue,
    balance: moneyFormat(item.due.balance, item.due.currency, lang),
    skipped: item.due.skipped,
    to: item.mail.ok ? reminderAddressesText(item.mail.to, item.mail.cc) : '',
    subject: item.mail.ok ? item.mail.subject : '',
    problem: item.mail.ok ? '' : item.mail.notSent.message,
  }));
  const reason = cursor ? mailText(cursor.reason === 'time' ? 'reason.time' : 'reason.quota', lang) : '';
  const note =
    plan.levels.length === 0
      ? mailText('preview.noLevels', lang)
      : cursor
        ? mailText('preview.pending', lang, { day: cursor.day, reason, next: cursor.next })
        : '';
  return {
    today: context.today,
    levels: plan.levels.map((l) => ({ level: l.level, days: l.days, minimum: decimalToString(l.minimum), recipients: l.recipients })),
    problems: plan.problems,
    items,
    quotaLeft: mailQuotaLeft(),
    triggerInstalled: reminderTriggerInstalled(),
    hour: REMINDERS_HOUR,
    note,
  };
}
