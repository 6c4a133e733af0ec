// Sends one customer's statement (对账单) with its PDF: checked addresses, quota first, Audit Log recorded.
import { emailAddressesJoin } from '../../core/mail/email-address';
import { mailCompose } from '../../core/mail/mail-compose';
import { mailProblemMessage } from '../../core/mail/mail-problems';
import { statementMailValues } from '../../core/mail/mail-values';
import type { IsoDate, Lang } from '../../core/types';
import { bookRead } from '../../sheets/book-read';
import { auditLogAppend } from '../audit-log';
import { ledgerTablesRead, spreadsheetActive } from '../ledger-tables';
import { statementPdfBlob } from '../statements/statement-documents';
import type { StatementRequest } from '../statements/statement-request';
import { customerContactsRead } from './customer-contacts';
import { mailQuotaLeft, mailRecipientCount, mailSend, mailSenderMake } from './mail-outgoing';
import { mailRecipients } from './mail-recipients';
import { mailRecord } from './mail-record';
import { errorText, mailProblemNotSent, mailQuotaNotSent, type MailNotSent, type MailSent } from './mail-report';
import { mailText } from './mail-texts';

export interface StatementSendRequest extends StatementRequest {
  /** CC the customer's Salesperson Email when there is one (default true). */
  readonly copySalesperson?: boolean;
}

export interface StatementSendResult {
  readonly sent: readonly MailSent[];
  readonly notSent: readonly MailNotSent[];
  /** The statement attached ('' when none was made). */
  readonly statementNo: string;
  readonly quotaLeft: number;
  readonly notice: string;
}

function refused(notSent: MailNotSent, quotaLeft: number): StatementSendResult {
  return { sent: [], notSent: [notSent], statementNo: '', quotaLeft, notice: notSent.message };
}

/**
 * Makes (or reuses) the customer's statement PDF for the period and mails it to the customer's Email, CC the
 * salesperson, reply-to the Company Email. Nothing is made when the addresses are wrong or the quota is short.
 */
export function statementSend(request: StatementSendRequest, lang: Lang): StatementSendResult {
  const customerId = String(request?.customerId ?? '').trim();
  const tables = ledgerTablesRead(spreadsheetActive(), ['Settings', 'Customers']);
  const settings = bookRead(tables, { lang }).input.settings;
  const contact = customerContactsRead(tables.Customers).get(customerId);
  const quotaLeft = mailQuotaLeft();
  const key = customerId;
  if (!contact) return refused({ key, reason: 'invoice', message: mailText('send.unknownCustomer', lang, { customerId }) }, quotaLeft);
  const sender = mailSenderMake(settings.companyName, settings.companyEmail);
  if (!sender.ok) return refused({ key, reason: 'sender', message: mailText('send.sender', lang, { problem: mailProblemMessage(sender.problem, lang) }) }, quotaLeft);
  const recipients = mailRecipients(contact, 'customer', request.copySalesperson !== false);
  if (!recipients.ok) return refused(mailProblemNotSent(key, recipients.problem, customerId, lang), quotaLeft);
  const needed = mailRecipientCount(recipients);
  if (needed > quotaLeft) return refused(mailQuotaNotSent(key, needed, quotaLeft, lang), quotaLeft);
  const mailLang = contact.language ?? settings.language;
  let pdf: ReturnType<typeof statementPdfBlob>;
  try {
    pdf = statementPdfBlob({ customerId, from: request.from, to: request.to, layout: request.layout }, mailLang);
  } catch (error) {
    return refused({ key, reason: 'document', message: mailText('send.document', lang, { key, detail: errorText(error, lang) }) }, quotaLeft);
  }
  const facts = {
    statementNo: pdf.statementNo,
    customerId,
    customerName: contact.name,
    from: pdf.from as IsoDate,
    to: pdf.to as IsoDate,
    currency: pdf.currency,
    closingBalance: pdf.closingBalance,
    replyDays: settings.statementReplyDays,
  };
  const composed = mailCompose('statement', mailLang, statementMailValues(facts, settings, mailLang), settings.mailTemplates);
  if (!composed.ok) return refused(mailProblemNotSent(key, composed.problem, customerId, lang), quotaLeft);
  try {
    mailSend({ to: recipients.to, cc: recipients.cc, subject: composed.subject, body: composed.body, attachments: [pdf.blob] }, sender.sender);
  } catch (error) {
    return refused({ key, reason: 'failed', message: mailText('send.failed', lang, { key, detail: errorText(error, lang) }) }, quotaLeft);
  }
  const to = emailAddressesJoin(recipients.to);
  const cc = emailAddressesJoin(recipients.cc);
  const after = cc === '' ? `to ${to}: ${composed.subject}` : `to ${to}, cc ${cc}: ${composed.subject}`;
  mailRecord(() => auditLogAppend([{ action: 'mail.statement', what: pdf.statementNo, before: customerId, after }]));
  const left = quotaLeft - needed;
  return {
    sent: [{ key, to, cc, subject: composed.subject }],
    notSent: [],
    statementNo: pdf.statementNo,
    quotaLeft: left,
    notice: mailText('statement.sent', lang, { statementNo: pdf.statementNo, to: cc === '' ? to : `${to} (cc ${cc})`, left }),
  };
}
