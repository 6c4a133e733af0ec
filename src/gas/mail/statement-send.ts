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
import { mailAuditText, mailText } from './mail-texts';

export interface StatementSendRequest extends StatementRequest {
  /** CC the customer's Salesperson Email when there is one (default true). */
  readonly copySalesperson?: boolean;
  /** Send the same statement again after the user confirmed. */
  readonly confirmResend?: boolean;
}

/** The statement was mailed before (same number: nothing changed since); it goes again only when confirmed. */
export interface StatementResendQuestion {
  readonly statementNo: string;
  readonly sentAt: string;
  readonly message: string;
}

export interface StatementSendResult {
  readonly sent: readonly MailSent[];
  readonly notSent: readonly MailNotSent[];
  readonly confirm: readonly StatementResendQuestion[];
  /** The statement attached ('' when none was made). */
  readonly statementNo: string;
  readonly quotaLeft: number;
  readonly notice: string;
}

function refused(notSent: MailNotSent, quotaLeft: number): StatementSendResult {
  return { sent: [], notSent: [notSent], confirm: [], statementNo: '', quotaLeft, notice: notSent.message };
}

/** Document property of the last statement mailed to a customer: {"no": statement number, "at": ISO time}. */
export function statementSentProperty(customerId: string): string {
  return `customerLedger.mail.statementSent.${customerId}`;
}

function statementSentRead(customerId: string): { no: string; at: string } | null {
  try {
    const value = JSON.parse(PropertiesService.getDocumentProperties().getProperty(statementSentProperty(customerId)) ?? 'null') as { no?: unknown; at?: unknown } | null;
    return value && typeof value.no === 'string' && typeof value.at === 'string' ? { no: value.no, at: value.at } : null;
  } catch {
    return null;
  }
}

/**
 * Makes (or reuses) the customer's statement PDF for the period and mails it to the customer's Email, CC the
 * salesperson, reply-to the Company Email. Nothing is made when the addresses are wrong or the quota is short.
 * The statement last mailed to this customer, unchanged since (same number), goes again only when confirmed.
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
  const before = statementSentRead(customerId);
  if (before && before.no === pdf.statementNo && !request.confirmResend) {
    const timeZone = spreadsheetActive().getSpreadsheetTimeZone() || Session.getScriptTimeZone();
    const sentAt = Utilities.formatDate(new Date(before.at), timeZone, 'yyyy-MM-dd HH:mm');
    const message = mailText('send.statementAlreadySent', lang, { statementNo: pdf.statementNo, customerId, sentAt });
    return { sent: [], notSent: [], confirm: [{ statementNo: pdf.statementNo, sentAt, message }], statementNo: pdf.statementNo, quotaLeft, notice: message };
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
  const after = mailAuditText(to, cc, composed.subject, lang);
  mailRecord(() => {
    auditLogAppend([{ action: 'mail.statement', what: pdf.statementNo, before: customerId, after }]);
    PropertiesService.getDocumentProperties().setProperty(statementSentProperty(customerId), JSON.stringify({ no: pdf.statementNo, at: new Date().toISOString() }));
  });
  const left = quotaLeft - needed;
  return {
    sent: [{ key, to, cc, subject: composed.subject }],
    notSent: [],
    confirm: [],
    statementNo: pdf.statementNo,
    quotaLeft: left,
    notice: mailText('statement.sent', lang, { statementNo: pdf.statementNo, to: cc === '' ? to : `${to} (cc ${cc})`, left }),
  };
}
