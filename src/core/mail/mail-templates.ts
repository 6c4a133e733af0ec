// Built-in subject/body templates of every mail, in English and Chinese, and the user's overrides from Settings.
import type { Lang } from '../types';

/** Which mail: an invoice, a statement, or the reminder of level n (1-based, as in Settings "Reminder n"). */
export type MailTemplateId = 'invoice' | 'statement' | `reminder${number}`;

export interface MailTemplate {
  readonly subject: string;
  readonly body: string;
}

/**
 * Overrides typed in Settings, by setting key: invoiceMailSubject, invoiceMailBody, statementMailSubject,
 * statementMailBody, reminder1Subject, reminder1Body, … A blank or absent key keeps the built-in text.
 */
export type MailTemplateOverrides = Readonly<Record<string, string>>;

const INVOICE: Readonly<Record<Lang, MailTemplate>> = {
  en: {
    subject: 'Invoice {{invoice_no}} from {{company_name}}',
    body:
      'Dear {{customer_name}},\n\nPlease find attached invoice {{invoice_no}} of {{issue_date}} for {{total}}, due on {{due_date}}.' +
      '\n\n{{bank_details}}\n\nKind regards,\n{{company_name}}',
  },
  'zh-CN': {
    subject: '{{company_name}} 账单 {{invoice_no}}',
    body:
      '{{customer_name}}：\n\n您好！附件是 {{issue_date}} 开具的账单 {{invoice_no}}，金额 {{total}}（{{total_in_words}}），到期日 {{due_date}}。' +
      '\n\n{{bank_details}}\n\n此致\n{{company_name}}',
  },
};

const STATEMENT: Readonly<Record<Lang, MailTemplate>> = {
  en: {
    subject: 'Statement of account {{statement_no}} from {{company_name}}',
    body:
      'Dear {{customer_name}},\n\nPlease find attached your statement of account for {{period_from}} to {{period_to}}. ' +
      'The closing balance is {{closing_balance}}.\n\nPlease check it and tell us of any difference within {{reply_days}} days.' +
      '\n\nKind regards,\n{{company_name}}',
  },
  'zh-CN': {
    subject: '{{company_name}} 对账单 {{statement_no}}',
    body:
      '{{customer_name}}：\n\n您好！附件是贵司 {{period_from}} 至 {{period_to}} 的对账单，期末余额 {{closing_balance}}。' +
      '\n\n请核对，如有差异请于 {{reply_days}} 天内告知。\n\n此致\n{{company_name}}',
  },
};

const REMINDER_CLOSING: Readonly<Record<Lang, string>> = {
  en: '\n\n{{bank_details}}\n\nIf you have already paid, please ignore this message.\n\nKind regards,\n{{company_name}}',
  'zh-CN': '\n\n{{bank_details}}\n\n如已付款，请忽略本邮件。\n\n此致\n{{company_name}}',
};

/** Reminders grow firmer by level; levels beyond the third use the third's text. */
const REMINDERS: readonly Readonly<Record<Lang, MailTemplate>>[] = [
  {
    en: {
      subject: 'Payment reminder: invoice {{invoice_no}}',
      body:
        'Dear {{customer_name}},\n\nOur records show that invoice {{invoice_no}} of {{issue_date}}, due on {{due_date}}, ' +
        'still has {{balance}} open ({{days_overdue}} days overdue). We would be grateful for your payment.' +
        REMINDER_CLOSING.en,
    },
    'zh-CN': {
      subject: '付款提醒：账单 {{invoice_no}}',
      body:
        '{{customer_name}}：\n\n您好！账单 {{invoice_no}}（{{issue_date}} 开具，到期日 {{due_date}}）尚有 {{balance}} 未付，' +
        '已逾期 {{days_overdue}} 天，请安排付款。' +
        REMINDER_CLOSING['zh-CN'],
    },
  },
  {
    en: {
      subject: 'Second reminder: invoice {{invoice_no}} is {{days_overdue}} days overdue',
      body:
        'Dear {{customer_name}},\n\nInvoice {{invoice_no}} of {{issue_date}} was due on {{due_date}} and {{balance}} is still ' +
        'unpaid, {{days_overdue}} days later. Please arrange payment now, or tell us if there is a problem with the invoice.' +
        REMINDER_CLOSING.en,
    },
    'zh-CN': {
      subject: '第二次付款提醒：账单 {{invoice_no}} 已逾期 {{days_overdue}} 天',
      body:
        '{{customer_name}}：\n\n账单 {{invoice_no}}（{{issue_date}} 开具）已于 {{due_date}} 到期，至今逾期 {{days_overdue}} 天，' +
        '尚有 {{balance}} 未付。请尽快付款；如对账单有疑问，请与我们联系。' +
        REMINDER_CLOSING['zh-CN'],
    },
  },
  {
    en: {
      subject: 'Final reminder: invoice {{invoice_no}} ({{balance}} overdue)',
      body:
        'Dear {{customer_name}},\n\nDespite our earlier reminders, invoice {{invoice_no}} of {{issue_date}}, due on {{due_date}}, ' +
        'still has {{balance}} unpaid ({{days_overdue}} days overdue). Please pay it within 7 days or contact us at once.' +
        REMINDER_CLOSING.en,
    },
    'zh-CN': {
      subject: '最后催款通知：账单 {{invoice_no}}（逾期未付 {{balance}}）',
      body:
        '{{customer_name}}：\n\n我们此前已多次提醒，账单 {{invoice_no}}（{{issue_date}} 开具，到期日 {{due_date}}）仍有 {{balance}} 未付，' +
        '已逾期 {{days_overdue}} 天。请于 7 天内付款，或立即与我们联系。' +
        REMINDER_CLOSING['zh-CN'],
    },
  },
];

/** The Settings keys that override the subject and body of `id`. */
export function mailTemplateKeys(id: MailTemplateId): { readonly subject: string; readonly body: string } {
  if (id === 'invoice' || id === 'statement') return { subject: `${id}MailSubject`, body: `${id}MailBody` };
  return { subject: `${id}Subject`, body: `${id}Body` };
}

/** The built-in template of `id` in `lang`. */
export function mailTemplateDefault(id: MailTemplateId, lang: Lang): MailTemplate {
  if (id === 'invoice') return INVOICE[lang];
  if (id === 'statement') return STATEMENT[lang];
  const level = Number(id.slice('reminder'.length));
  const index = Math.min(Math.max(Number.isInteger(level) ? level : 1, 1), REMINDERS.length) - 1;
  return REMINDERS[index]![lang];
}

/**
 * The template in force: each part typed in Settings replaces the built-in one. An override is the user's
 * own wording and is used whatever the mail's language (write it bilingual if customers differ).
 */
export function mailTemplate(id: MailTemplateId, lang: Lang, overrides: MailTemplateOverrides = {}): MailTemplate {
  const builtIn = mailTemplateDefault(id, lang);
  const keys = mailTemplateKeys(id);
  const subject = overrides[keys.subject]?.trim() ?? '';
  const body = overrides[keys.body]?.trim() ?? '';
  return { subject: subject === '' ? builtIn.subject : subject, body: body === '' ? builtIn.body : body };
}
