// The statement document model (对账单): header, the engine's statement rows, closing in words, aging, confirmation.
import type { Book } from '../book-types';
import { messageFormat, type MessageText } from '../i18n';
import { minor } from '../money';
import { amountInChineseCapitals, amountInEnglishWords } from '../money-words';
import { agingByCustomer, type AgingReport } from '../reports/aging';
import { STATEMENT_KIND_LABELS, statementReport, type StatementReport, type StatementRow, type StatementSpec } from '../reports/statement';
import type { CurrencyCode, IsoDate, Lang, Minor, Settings } from '../types';
import { statementLabel } from './statement-labels';

/** Who issues the statement: the Settings' company details ('' where not given). */
export interface StatementCompany {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  readonly taxId: string;
  readonly bankDetails: string;
}

/** Who receives it: the Customers row. */
export interface StatementCustomer {
  readonly id: string;
  readonly name: string;
  readonly contact: string;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  readonly taxId: string;
}

/** One engine row with the text the document shows in its Description column. */
export interface StatementDocumentRow extends StatementRow {
  /** "Invoice: Freight; Parts" / "账单：Freight; Parts", with "due …" on open-item statements. */
  readonly text: string;
}

/** The customer's open amounts per aging bucket as of the period end; net = closing balance. */
export interface StatementAging {
  readonly asOf: IsoDate;
  readonly labels: readonly MessageText[];
  readonly amounts: readonly Minor[];
  readonly total: Minor;
  readonly unapplied: Minor;
  readonly net: Minor;
}

/** Numbering and language of one statement. */
export interface StatementDocumentMeta {
  readonly lang: Lang;
  readonly statementNo: string;
  readonly issueDate: IsoDate;
}

export interface StatementDocument {
  readonly lang: Lang;
  readonly statementNo: string;
  readonly issueDate: IsoDate;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly layout: StatementSpec['layout'];
  readonly currency: CurrencyCode;
  readonly company: StatementCompany;
  readonly customer: StatementCustomer;
  /** The engine's statement, unchanged: opening, rows, totals and closing come from here only. */
  readonly report: StatementReport;
  readonly rows: readonly StatementDocumentRow[];
  /** The closing balance in Chinese capitals (always) and in English words (English statements only). */
  readonly closingInCapitals: string;
  readonly closingInWords: string | null;
  readonly aging: StatementAging;
  /** Days the customer has to report differences (Settings: Statement Reply Days). */
  readonly replyDays: number;
}

/** Per-customer aging of the whole book as of a date: computed once when many statements share it. */
export type StatementAgingSource = Pick<AgingReport, 'buckets' | 'customers'>;

/** The aging every statement of the period `to` uses (the Settings buckets, days past due). */
export function statementAgingSource(book: Book, to: IsoDate): StatementAgingSource {
  return agingByCustomer(book, { asOf: to, basis: 'due' });
}

function rowText(row: StatementRow, layout: StatementSpec['layout'], lang: Lang): string {
  const kind = messageFormat(STATEMENT_KIND_LABELS[row.kind], lang);
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const text = row.description === '' ? kind : `${kind}${colon}${row.description}`;
  if (layout !== 'open-item' || row.dueDate === null) return text;
  return `${text} · ${statementLabel('due', lang, { date: row.dueDate })}`;
}

function agingOf(source: StatementAgingSource, customerId: string, asOf: IsoDate): StatementAging {
  const row = source.customers.find((c) => c.customerId === customerId);
  const width = source.buckets.length;
  const amounts = row ? row.amounts : new Array<Minor>(width).fill(minor(0));
  return {
    asOf,
    labels: source.buckets.map((b) => b.label),
    amounts,
    total: row ? row.total : minor(0),
    unapplied: row ? row.unapplied : minor(0),
    net: row ? row.net : minor(0),
  };
}

function companyOf(settings: Settings): StatementCompany {
  return {
    name: settings.companyName,
    address: settings.companyAddress,
    phone: settings.companyPhone,
    email: settings.companyEmail,
    taxId: settings.companyTaxId,
    bankDetails: settings.bankDetails,
  };
}

/**
 * The statement document of one customer and period, or null when the customer is not in the book. Every
 * figure is the engine's statementReport (opening, rows, totals, closing) and agingByCustomer as of `to`
 * (pass `aging` from statementAgingSource to share it between many statements of one period).
 */
export function statementDocumentBuild(
  book: Book,
  spec: StatementSpec,
  settings: Settings,
  meta: StatementDocumentMeta,
  aging: StatementAgingSource = statementAgingSource(book, spec.to),
): StatementDocument | null {
  const report = statementReport(book, spec);
  const customer = book.customerById.get(spec.customerId);
  if (!report || !customer) return null;
  return {
    lang: meta.lang,
    statementNo: meta.statementNo,
    issueDate: meta.issueDate,
    from: report.from,
    to: report.to,
    layout: report.layout,
    currency: report.currency,
    company: companyOf(settings),
    customer: {
      id: customer.id,
      name: customer.name,
      contact: customer.contact,
      address: customer.address,
      phone: customer.phone,
      email: customer.email,
      taxId: customer.taxId,
    },
    report,
    rows: report.rows.map((row) => ({ ...row, text: rowText(row, report.layout, meta.lang) })),
    closingInCapitals: amountInChineseCapitals(report.closingBalance, report.currency),
    closingInWords: meta.lang === 'en' ? amountInEnglishWords(report.closingBalance, report.currency) : null,
    aging: agingOf(aging, customer.id, report.to),
    replyDays: settings.statementReplyDays,
  };
}

/** True when the statement says something: a document in it, or a balance before or after. */
export function statementHasContent(report: StatementReport): boolean {
  return report.rows.length > 0 || report.openingBalance !== 0 || report.closingBalance !== 0;
}
