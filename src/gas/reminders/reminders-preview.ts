// "Preview reminders": what the next run would send today, to whom, and what it cannot send — nothing written.
import { decimalToString } from '../../core/decimal';
import { moneyFormat } from '../../core/money';
import type { Lang } from '../../core/types';
import { mailContextRead } from '../mail/mail-context';
import { mailQuotaLeft, mailRecipientCount } from '../mail/mail-outgoing';
import { mailQuotaNotSent } from '../mail/mail-report';
import { mailText } from '../mail/mail-texts';
import { reminderLogRead } from './reminder-log';
import { reminderTriggerInstalled, REMINDERS_HOUR } from './reminder-trigger';
import { reminderAddressesText, reminderPlan, type ReminderPlanItem } from './reminders-plan';
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
  /** Why it cannot go today — address, header, quota ('' when it can). */
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
  const quotaLeft = mailQuotaLeft();
  // As the run does: each mail goes while its recipients fit in what is left of the quota.
  let left = quotaLeft;
  const quotaProblem = (item: ReminderPlanItem): string => {
    if (!item.mail.ok) return item.mail.notSent.message;
    const needed = mailRecipientCount(item.mail);
    if (needed > left) return mailQuotaNotSent(item.due.invoiceNo, needed, left, lang).message;
    left -= needed;
    return '';
  };
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
    problem: quotaProblem(item),
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
    quotaLeft,
    triggerInstalled: reminderTriggerInstalled(),
    hour: REMINDERS_HOUR,
    note,
  };
}
