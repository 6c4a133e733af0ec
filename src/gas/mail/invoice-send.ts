// Sends invoices with their PDF: checked addresses, quota first, Sent At and the Audit Log recorded, resend asked.
import { emailAddressesJoin, type EmailAddress } from '../../core/mail/email-address';
import { mailCompose } from '../../core/mail/mail-compose';
import { mailProblemMessage } from '../../core/mail/mail-problems';
import { invoiceMailValues } from '../../core/mail/mail-values';
import { invoiceStatusReport, type InvoiceStatusRow } from '../../core/reports/invoice-status';
import type { Lang } from '../../core/types';
import { auditLogAppend, type AuditEntry } from '../audit-log';
import { invoicePdfBlob, invoicePdfOfLink } from '../documents/invoice-documents';
import { invoiceDocumentLink, invoiceRowsRead, invoiceSentAt, invoiceSentAtWrite, sentAtText, type InvoiceRows } from './invoice-rows';
import { mailContextRead, mailLangOf, type MailContext } from './mail-context';
import { mailQuotaLeft, mailRecipientCount, mailSend, mailSenderMake, type MailSender } from './mail-outgoing';
import { mailRecipients } from './mail-recipients';
import { mailRecord } from './mail-record';
import { errorText, mailProblemNotSent, mailQuotaNotSent, type MailNotSent, type MailSent } from './mail-report';
import { mailAuditText, mailText } from './mail-texts';

/** Sending stops starting new invoices once this much time is used (Apps Script stops an execution at 6 minutes). */
export const INVOICE_SEND_BUDGET_MS = 270_000;

export interface InvoiceSendOptions {
  /** Send again invoices whose Sent At is filled (after the user confirmed). */
  readonly confirmResend?: boolean;
  /** CC the customer's Salesperson Email when there is one (default true). */
  readonly copySalesperson?: boolean;
}

/** An invoice sent before: it goes again only when the user confirms. */
export interface ResendQuestion {
  readonly invoiceNo: string;
  readonly sentAt: string;
  readonly message: string;
}

export interface InvoiceSendResult {
  readonly sent: readonly MailSent[];
  readonly notSent: readonly MailNotSent[];
  readonly confirm: readonly ResendQuestion[];
  readonly quotaLeft: number;
  readonly notice: string;
}

interface Batch {
  readonly context: MailContext;
  readonly rows: InvoiceRows | null;
  readonly status: ReadonlyMap<string, InvoiceStatusRow>;
  readonly sender: MailSender;
  readonly options: InvoiceSendOptions;
  readonly lang: Lang;
  quotaLeft: number;
  readonly sent: MailSent[];
  readonly notSent: MailNotSent[];
  readonly confirm: ResendQuestion[];
  readonly written: { index: number; at: Date }[];
  readonly audit: AuditEntry[];
}

/** One invoice's mail, checked and composed, ready to go once the quota allows and its PDF is there. */
interface InvoiceMail {
  readonly invoiceNo: string;
  readonly index: number;
  readonly previous: unknown;
  readonly mailLang: Lang;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  readonly subject: string;
  readonly body: string;
}

/** The invoice's mail, or null after recording in the batch why it cannot go (or that it waits for a confirmation). */
function invoiceMailPrepare(batch: Batch, invoiceNo: string): InvoiceMail | null {
  const { context, lang } = batch;
  const index = batch.rows?.indexByNo.get(invoiceNo);
  const invoice = context.book.invoiceByNo.get(invoiceNo);
  const status = batch.status.get(invoiceNo);
  const refuse = (notSent: MailNotSent): null => {
    batch.notSent.push(notSent);
    return null;
  };
  if (index === undefined || !invoice || !status) return refuse({ key: invoiceNo, reason: 'invoice', message: mailText('send.unknownInvoice', lang, { invoiceNo }) });
  if (invoice.status === 'Void') return refuse({ key: invoiceNo, reason: 'invoice', message: mailText('send.voidInvoice', lang, { invoiceNo }) });
  const previous = invoiceSentAt(batch.rows!, index);
  if (previous !== '' && !batch.options.confirmResend) {
    const sentAt = sentAtText(previous, context.timeZone);
    batch.confirm.push({ invoiceNo, sentAt, message: mailText('send.alreadySent', lang, { invoiceNo, sentAt }) });
    return null;
  }
  const contact = context.contacts.get(invoice.customerId);
  if (!contact) return refuse({ key: invoiceNo, reason: 'invoice', message: mailText('send.unknownCustomer', lang, { customerId: invoice.customerId }) });
  const recipients = mailRecipients(contact, 'customer', batch.options.copySalesperson !== false);
  if (!recipients.ok) return refuse(mailProblemNotSent(invoiceNo, recipients.problem, contact.customerId, lang));
  const mailLang = mailLangOf(context, contact);
  const facts = {
    invoiceNo,
    customerId: contact.customerId,
    customerName: contact.name,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    currency: invoice.currency,
    total: invoice.total,
    // A draft is issued when its document is made: all of it is then open.
    balance: invoice.status === 'Draft' ? invoice.total : status.balance,
    daysOverdue: status.daysOverdue,
  };
  const composed = mailCompose('invoice', mailLang, invoiceMailValues(facts, context.settings, mailLang), context.settings.mailTemplates);
  if (!composed.ok) return refuse(mailProblemNotSent(invoiceNo, composed.problem, contact.customerId, lang));
  return { invoiceNo, index, previous, mailLang, to: recipients.to, cc: recipients.cc, subject: composed.subject, body: composed.body };
}

/** Checks, composes and sends one invoice (quota first, then its PDF); records the outcome in the batch. */
function invoiceSendOne(batch: Batch, invoiceNo: string): void {
  const { context, lang } = batch;
  const mail = invoiceMailPrepare(batch, invoiceNo);
  if (!mail) return;
  const refuse = (reason: MailNotSent['reason'], code: 'send.document' | 'send.failed', error: unknown) =>
    batch.notSent.push({ key: invoiceNo, reason, message: mailText(code, lang, { key: invoiceNo, detail: errorText(error, lang) }) });
  const needed = mailRecipientCount(mail);
  if (needed > batch.quotaLeft) return void batch.notSent.push(mailQuotaNotSent(invoiceNo, needed, batch.quotaLeft, lang));
  let pdf: GoogleAppsScript.Base.Blob;
  try {
    // An invoice with its document already made needs only its PDF; otherwise the document is made first.
    const link = batch.rows ? invoiceDocumentLink(batch.rows, mail.index) : '';
    pdf = (link === '' ? null : invoicePdfOfLink(link)) ?? invoicePdfBlob(invoiceNo, mail.mailLang).blob;
  } catch (error) {
    return void refuse('document', 'send.document', error);
  }
  try {
    mailSend({ to: mail.to, cc: mail.cc, subject: mail.subject, body: mail.body, attachments: [pdf] }, batch.sender);
  } catch (error) {
    return void refuse('failed', 'send.failed', error);
  }
  batch.quotaLeft -= needed;
  const to = emailAddressesJoin(mail.to);
  const cc = emailAddressesJoin(mail.cc);
  batch.sent.push({ key: invoiceNo, to, cc, subject: mail.subject });
  batch.written.push({ index: mail.index, at: new Date() });
  const before = sentAtText(mail.previous, context.timeZone);
  batch.audit.push({ action: 'mail.invoice', what: invoiceNo, before, after: mailAuditText(to, cc, mail.subject, lang) });
}

/** Sent At and the Audit Log in one batch each (see mailRecord). */
function invoiceSendRecord(batch: Batch): void {
  if (batch.written.length === 0) return;
  const record = () => {
    invoiceSentAtWrite(batch.rows!, batch.written, batch.context.settings.language);
    auditLogAppend(batch.audit, batch.context.spreadsheet);
  };
  mailRecord(record);
}

/**
 * Sends each invoice (once per number, in the order given) to its customer's Email with its PDF attached, CC the
 * salesperson, reply-to the Company Email, from the Company Name. The daily quota is read first and each mail
 * goes only if its recipients fit; every invoice not sent is reported with its reason; invoices already sent
 * wait for `confirmResend`. A long batch stops within INVOICE_SEND_BUDGET_MS; the rest are reported (reason 'time').
 */
export function invoiceSend(invoiceNos: readonly string[], options: InvoiceSendOptions, lang: Lang): InvoiceSendResult {
  const started = Date.now();
  const wanted = [...new Set((invoiceNos ?? []).map((no) => String(no ?? '').trim()).filter((no) => no !== ''))];
  if (wanted.length === 0) return { sent: [], notSent: [], confirm: [], quotaLeft: mailQuotaLeft(), notice: mailText('send.noInvoices', lang) };
  const context = mailContextRead(lang);
  const sender = mailSenderMake(context.settings.companyName, context.settings.companyEmail);
  if (!sender.ok) {
    const message = mailText('send.sender', lang, { problem: mailProblemMessage(sender.problem, lang) });
    const notSent = wanted.map((key) => ({ key, reason: 'sender' as const, message }));
    return { sent: [], notSent, confirm: [], quotaLeft: mailQuotaLeft(), notice: message };
  }
  const batch: Batch = {
    context,
    rows: invoiceRowsRead(context.tabs),
    status: new Map(invoiceStatusReport(context.book, context.today).map((row) => [row.invoiceNo, row])),
    sender: sender.sender,
    options: options ?? {},
    lang,
    quotaLeft: mailQuotaLeft(),
    sent: [],
    notSent: [],
    confirm: [],
    written: [],
    audit: [],
  };
  let slowest = 0;
  for (const invoiceNo of wanted) {
    // Making a document and sending take seconds each: stop starting new ones well before Apps Script's 6 minutes.
    if (Date.now() - started + slowest > INVOICE_SEND_BUDGET_MS) {
      batch.notSent.push({ key: invoiceNo, reason: 'time', message: mailText('send.time', lang, { key: invoiceNo }) });
      continue;
    }
    const before = Date.now();
    invoiceSendOne(batch, invoiceNo);
    slowest = Math.max(slowest, Date.now() - before);
  }
  invoiceSendRecord(batch);
  const notice = mailText('send.summary', lang, { sent: batch.sent.length, notSent: batch.notSent.length, confirm: batch.confirm.length, left: batch.quotaLeft });
  return { sent: batch.sent, notSent: batch.notSent, confirm: batch.confirm, quotaLeft: batch.quotaLeft, notice };
}
