// Who gets a mail: the customer's Email, the Salesperson Email, or both, as checked address lists.
import { emailAddressesParse, type EmailAddress } from '../../core/mail/email-address';
import type { MailProblem } from '../../core/mail/mail-problems';
import type { ReminderRecipients } from '../../core/reminders/reminder-levels';
import type { CustomerContact } from './customer-contacts';
import { mailCcDistinct } from './mail-outgoing';

export type MailRecipients =
  | { readonly ok: true; readonly to: readonly EmailAddress[]; readonly cc: readonly EmailAddress[] }
  | { readonly ok: false; readonly problem: MailProblem | 'no-salesperson' };

/**
 * The addresses of a mail to `contact`. customer: To the customer, CC the salesperson when `copySalesperson`
 * and one is given; salesperson: To the salesperson only (an internal nudge); both: To the customer, CC the
 * salesperson. Any address that is given must be valid: a bad one stops the mail rather than going unnoticed.
 */
export function mailRecipients(contact: CustomerContact, mode: ReminderRecipients, copySalesperson: boolean): MailRecipients {
  const hasSalesperson = contact.salespersonEmail.trim() !== '';
  if (mode === 'salesperson') {
    if (!hasSalesperson) return { ok: false, problem: 'no-salesperson' };
    const to = emailAddressesParse(contact.salespersonEmail, 'to');
    return to.ok ? { ok: true, to: to.addresses, cc: [] } : { ok: false, problem: to.problem };
  }
  const to = emailAddressesParse(contact.email, 'to');
  if (!to.ok) return { ok: false, problem: to.problem };
  if (!hasSalesperson || (mode === 'customer' && !copySalesperson)) return { ok: true, to: to.addresses, cc: [] };
  const cc = emailAddressesParse(contact.salespersonEmail, 'cc');
  if (!cc.ok) return { ok: false, problem: cc.problem };
  return { ok: true, to: to.addresses, cc: mailCcDistinct(to.addresses, cc.addresses) };
}
