// One outgoing mail through MailApp (script.send_mail only): checked recipients, sender name, reply-to, attachments.
import { emailAddressesJoin, emailAddressesParse, type EmailAddress } from '../../core/mail/email-address';
import { mailHeaderCheck } from '../../core/mail/mail-header';
import type { MailProblem } from '../../core/mail/mail-problems';

export interface MailSender {
  /** The sender's display name (Settings Company Name); '' = the account's own name. */
  readonly name: string;
  /** Settings Company Email as reply-to; '' = replies go to the sending account. */
  readonly replyTo: string;
}

export interface OutgoingMail {
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly GoogleAppsScript.Base.BlobSource[];
}

/** The sender from the company settings, or the problem with them (a name with a line break, a bad address). */
export function mailSenderMake(companyName: string, companyEmail: string): { ok: true; sender: MailSender } | { ok: false; problem: MailProblem } {
  const nameProblem = mailHeaderCheck('name', companyName);
  if (nameProblem) return { ok: false, problem: nameProblem };
  if (companyEmail.trim() === '') return { ok: true, sender: { name: companyName.trim(), replyTo: '' } };
  const replyTo = emailAddressesParse(companyEmail, 'replyTo');
  if (!replyTo.ok) return { ok: false, problem: replyTo.problem };
  return { ok: true, sender: { name: companyName.trim(), replyTo: replyTo.addresses[0]!.address } };
}

/** How many recipients the mail uses of the daily quota (To and CC each count). */
export function mailRecipientCount(mail: Pick<OutgoingMail, 'to' | 'cc'>): number {
  return mail.to.length + mail.cc.length;
}

/** CC addresses not already in To (a salesperson who is also the customer contact gets one copy). */
export function mailCcDistinct(to: readonly EmailAddress[], cc: readonly EmailAddress[]): EmailAddress[] {
  const seen = new Set(to.map((a) => a.address.toLowerCase()));
  return cc.filter((a) => !seen.has(a.address.toLowerCase()));
}

/** The remaining daily recipients of MailApp. */
export function mailQuotaLeft(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends `mail` from `sender`. Every header was checked before; MailApp errors propagate to the caller. */
export function mailSend(mail: OutgoingMail, sender: MailSender): void {
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to: emailAddressesJoin(mail.to),
    subject: mail.subject,
    body: mail.body,
  };
  if (mail.cc.length > 0) options.cc = emailAddressesJoin(mail.cc);
  if (sender.name !== '') options.name = sender.name;
  if (sender.replyTo !== '') options.replyTo = sender.replyTo;
  if (mail.attachments.length > 0) options.attachments = [...mail.attachments];
  MailApp.sendEmail(options);
}
