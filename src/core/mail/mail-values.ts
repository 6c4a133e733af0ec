// The placeholder values of invoice, reminder and statement mails: the names the documents use, shown for people.
import { amountInChineseCapitals, amountInEnglishWords } from '../money-words';
import { moneyFormat } from '../money';
import { dateToParts } from '../dates';
import type { CurrencyCode, IsoDate, Lang, Minor } from '../types';

/** The sender's details from Settings. */
export interface MailCompany {
  readonly companyName: string;
  readonly companyEmail: string;
  readonly companyPhone: string;
  readonly bankDetails: string;
}

export interface InvoiceMailFacts {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly currency: CurrencyCode;
  readonly total: Minor;
  /** What is still open today. */
  readonly balance: Minor;
  /** Days past the due date today (0 when not overdue). */
  readonly daysOverdue: number;
}

export interface StatementMailFacts {
  readonly statementNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly currency: CurrencyCode;
  /** The closing balance as the statement document shows it ("¥1,180.00"). */
  readonly closingBalance: string;
  readonly replyDays: number;
}

/** A date as people read it: "2026-03-31" in English mail, "2026年3月31日" in Chinese. */
export function mailDateText(date: IsoDate, lang: Lang): string {
  if (lang === 'en') return date;
  const { year, month, day } = dateToParts(date);
  return `${year}年${month}月${day}日`;
}

/** An amount in words: Chinese capitals (大写) in Chinese mail, English words otherwise. */
function amountWords(amount: Minor, currency: CurrencyCode, lang: Lang): string {
  return lang === 'zh-CN' ? amountInChineseCapitals(amount, currency) : amountInEnglishWords(amount, currency);
}

function companyValues(company: MailCompany): Record<string, string> {
  return {
    company_name: company.companyName,
    company_email: company.companyEmail,
    company_phone: company.companyPhone,
    bank_details: company.bankDetails,
  };
}

/** Values for invoice and reminder mails. */
export function invoiceMailValues(facts: InvoiceMailFacts, company: MailCompany, lang: Lang): Record<string, string> {
  return {
    ...companyValues(company),
    invoice_no: facts.invoiceNo,
    customer_id: facts.customerId,
    customer_name: facts.customerName,
    issue_date: mailDateText(facts.issueDate, lang),
    due_date: mailDateText(facts.dueDate, lang),
    currency: facts.currency,
    total: moneyFormat(facts.total, facts.currency, lang),
    total_in_words: amountWords(facts.total, facts.currency, lang),
    balance: moneyFormat(facts.balance, facts.currency, lang),
    days_overdue: String(facts.daysOverdue),
  };
}

/** Values for statement mails. */
export function statementMailValues(facts: StatementMailFacts, company: MailCompany, lang: Lang): Record<string, string> {
  return {
    ...companyValues(company),
    statement_no: facts.statementNo,
    customer_id: facts.customerId,
    customer_name: facts.customerName,
    period_from: mailDateText(facts.from, lang),
    period_to: mailDateText(facts.to, lang),
    currency: facts.currency,
    closing_balance: facts.closingBalance,
    reply_days: String(facts.replyDays),
  };
}
