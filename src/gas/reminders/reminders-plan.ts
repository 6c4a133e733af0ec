// What the next reminder run would send: the schedule of the engine's open invoices, each as a checked mail.
import { emailAddressesJoin, type EmailAddress } from '../../core/mail/email-address';
import { mailCompose } from '../../core/mail/mail-compose';
import { invoiceMailValues } from '../../core/mail/mail-values';
import { reminderLevelsParse, reminderProblemMessage, type ReminderLevel } from '../../core/reminders/reminder-levels';
import { reminderSchedule, type ReminderDue, type ReminderLogEntry } from '../../core/reminders/reminder-schedule';
import { invoiceStatusReport } from '../../core/reports/invoice-status';
import type { Lang } from '../../core/types';
import { mailLangOf, type MailContext } from '../mail/mail-context';
import { mailRecipients } from '../mail/mail-recipients';
import { mailProblemNotSent, type MailNotSent } from '../mail/mail-report';
import { mailText } from '../mail/mail-texts';

/** One reminder due: the mail ready to go, or why it cannot go. */
export interface ReminderPlanItem {
  readonly due: ReminderDue;
  readonly customerName: string;
  readonly mail:
    | { readonly ok: true; readonly to: readonly EmailAddress[]; readonly cc: readonly EmailAddress[]; readonly subject: string; readonly body: string }
    | { readonly ok: false; readonly notSent: MailNotSent };
}

export interface ReminderPlan {
  readonly levels: readonly ReminderLevel[];
  /** Problems of the Reminder n settings, row-numbered, in the user's language. */
  readonly problems: readonly string[];
  readonly items: readonly ReminderPlanItem[];
}

/** The mail of one due reminder in the customer's language. */
function reminderMail(context: MailContext, due: ReminderDue, lang: Lang): ReminderPlanItem {
  const contact = context.contacts.get(due.customerId);
  const invoice = context.book.invoiceByNo.get(due.invoiceNo)!;
  const fail = (notSent: MailNotSent): ReminderPlanItem => ({ due, customerName: contact?.name ?? '', mail: { ok: false, notSent } });
  if (!contact) return fail({ key: due.invoiceNo, reason: 'invoice', message: mailText('send.unknownCustomer', lang, { customerId: due.customerId }) });
  const recipients = mailRecipients(contact, due.level.recipients, false);
  if (!recipients.ok) return fail(mailProblemNotSent(due.invoiceNo, recipients.problem, contact.customerId, lang));
  const mailLang = mailLangOf(context, contact);
  const facts = {
    invoiceNo: due.invoiceNo,
    customerId: contact.customerId,
    customerName: contact.name,
    issueDate: invoice.issueDate,
    dueDate: due.dueDate,
    currency: due.currency,
    total: invoice.total,
    balance: due.balance,
    daysOverdue: due.daysOverdue,
  };
  const values = invoiceMailValues(facts, context.settings, mailLang);
  const composed = mailCompose(`reminder${due.level.level}`, mailLang, values, context.settings.mailTemplates);
  if (!composed.ok) return fail(mailProblemNotSent(due.invoiceNo, composed.problem, contact.customerId, lang));
  return { due, customerName: contact.name, mail: { ok: true, to: recipients.to, cc: recipients.cc, subject: composed.subject, body: composed.body } };
}

/** The reminders due today after `log`, each checked and composed; nothing is sent or written. */
export function reminderPlan(context: MailContext, log: readonly ReminderLogEntry[], lang: Lang): ReminderPlan {
  const read = reminderLevelsParse(context.settings.reminders ?? []);
  const problems = read.problems.map((problem) => reminderProblemMessage(problem, lang));
  const due = reminderSchedule(invoiceStatusReport(context.book, context.today), context.today, read.levels, log);
  return { levels: read.levels, problems, items: due.map((d) => reminderMail(context, d, lang)) };
}

/** "to a@x.cn, cc b@y.cn" for the log and previews. */
export function reminderAddressesText(to: readonly EmailAddress[], cc: readonly EmailAddress[]): string {
  return cc.length === 0 ? emailAddressesJoin(to) : `${emailAddressesJoin(to)}; cc ${emailAddressesJoin(cc)}`;
}
