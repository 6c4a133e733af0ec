// The invoice document model: from a built book, one invoice and its Sales lines → placeholder values and line rows.
import type { Book, BookCustomer, BookInvoice } from '../book-types';
import { currencyDigits, currencySymbol } from '../currency';
import { dateToParts } from '../dates';
import { decimalShift, decimalToString } from '../decimal';
import { messageFormat, type MessageText } from '../i18n';
import { minor, minorSum, moneyFormat } from '../money';
import { amountInChineseCapitals, amountInEnglishWords } from '../money-words';
import { roundHalfAwayFromZero } from '../rounding';
import type { Decimal, InvoiceStatus, IsoDate, Lang, Minor, SaleLine } from '../types';

/** What the Invoices tab records beside the book: the fapiao the user was issued (never issued by the add-on). */
export interface InvoiceDocumentExtras {
  readonly fapiaoNo?: string;
  readonly fapiaoDate?: string;
  readonly fapiaoType?: string;
  /** The status the document shows (the add-on creates documents as it issues them: Issued). */
  readonly status?: InvoiceStatus;
}

/** One line row of the document: display texts, and the amounts behind them. */
export interface InvoiceDocumentLine {
  /** The line's placeholder values: line_no, line_description, line_quantity, line_unit_price, line_tax_rate, line_net, line_tax, line_amount. */
  readonly values: Readonly<Record<string, string>>;
  /** Tax-exclusive amount, tax and tax-inclusive amount (net + tax = amount). */
  readonly net: Minor;
  readonly tax: Minor;
  readonly amount: Minor;
  /** The Sales row it came from. */
  readonly row: number;
}

export interface InvoiceDocument {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly currency: string;
  readonly dueDate: IsoDate;
  /** The document's placeholder values ({{invoice_no}} → values.invoice_no). */
  readonly values: Readonly<Record<string, string>>;
  readonly lines: readonly InvoiceDocumentLine[];
  readonly subtotal: Minor;
  readonly tax: Minor;
  /** Σ line amounts = subtotal + tax = the engine's invoice total. */
  readonly total: Minor;
}

/** The placeholders a line row may hold (the template's repeating row uses them). */
export const INVOICE_LINE_PLACEHOLDERS = [
  'line_no', 'line_description', 'line_quantity', 'line_unit_price', 'line_tax_rate', 'line_net', 'line_tax', 'line_amount',
] as const;

/** The document-wide placeholders, in the order a help text lists them. */
export const INVOICE_PLACEHOLDERS = [
  'invoice_no', 'issue_date', 'due_date', 'status', 'currency',
  'customer_id', 'customer_name', 'customer_contact', 'customer_email', 'customer_phone', 'customer_address', 'customer_tax_id',
  'company_name', 'company_address', 'company_email', 'company_phone', 'company_tax_id', 'bank_details',
  'payment_terms', 'subtotal', 'tax', 'total', 'total_in_words', 'line_count', 'fapiao_no', 'fapiao_date', 'fapiao_type',
] as const;

const STATUS_LABELS: Readonly<Record<InvoiceStatus, MessageText>> = {
  Draft: { en: 'Draft', 'zh-CN': '草稿' },
  Issued: { en: 'Issued', 'zh-CN': '已开具' },
  Void: { en: 'Void', 'zh-CN': '作废' },
};

const TERMS = {
  net: { en: 'Net {days} days — please pay by {due}', 'zh-CN': '账期 {days} 天，请于 {due} 前付款' },
  onReceipt: { en: 'Due on receipt ({due})', 'zh-CN': '见票即付（{due}）' },
} satisfies Record<string, MessageText>;

/**
 * The tax included in a tax-inclusive amount at `rate`: amount − round(amount / (1 + rate)), the division
 * rounded half away from zero, exactly (so net + tax = amount always).
 */
export function lineTaxIncluded(amount: Minor, rate: Decimal): Minor {
  const scale = 10n ** BigInt(rate.scale);
  const net = roundHalfAwayFromZero(BigInt(amount) * scale, scale + BigInt(rate.units));
  return minor(amount - Number(net));
}

/** "2026-01-05" in English, "2026年1月5日" in Chinese. */
export function documentDate(date: IsoDate, lang: Lang): string {
  if (lang !== 'zh-CN') return date;
  const { year, month, day } = dateToParts(date);
  return `${year}年${month}月${day}日`;
}

/** A decimal without trailing fraction zeros: 13.50 → "13.5", 2.000 → "2". */
function decimalPlain(value: Decimal): string {
  const text = decimalToString(value);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A rate as a percentage: 0.13 → "13%", 0.065 → "6.5%". */
export function ratePercent(rate: Decimal): string {
  return `${decimalPlain(decimalShift(rate, 2))}%`;
}

/** A unit price counting minor units (maybe finer) as money text: at least the currency's decimals, more if given. */
function unitPriceText(price: Decimal, currency: string): string {
  const digits = currencyDigits(currency);
  const [whole = '0', fraction = ''] = decimalPlain(decimalShift(price, -digits)).replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const shown = digits === 0 && fraction === '' ? grouped : `${grouped}.${fraction.padEnd(digits, '0')}`;
  return `${price.units < 0 ? '-' : ''}${currencySymbol(currency)}${shown}`;
}

/** Multi-line settings text on one line (a placeholder sits inside one paragraph). */
function oneLine(text: string): string {
  return text.split(/\r\n|\r|\n/).map((part) => part.trim()).filter((part) => part !== '').join(' · ');
}

/** The document's rows for the invoice's lines: per-line tax from the tax-inclusive amount. */
function documentLines(lines: readonly SaleLine[], currency: string, lang: Lang): InvoiceDocumentLine[] {
  const money = (amount: Minor) => moneyFormat(amount, currency, lang);
  return lines.map((line, index) => {
    const tax = lineTaxIncluded(line.amount, line.taxRate);
    const net = minor(line.amount - tax);
    // Only Amount given: the quantity is 1 and the unit price is the tax-exclusive amount.
    const unitPrice = line.unitPrice === null ? money(net) : unitPriceText(line.unitPrice, currency);
    return {
      values: {
        line_no: String(index + 1),
        line_description: oneLine(line.description),
        line_quantity: decimalPlain(line.quantity),
        line_unit_price: unitPrice,
        line_tax_rate: ratePercent(line.taxRate),
        line_net: money(net),
        line_tax: money(tax),
        line_amount: money(line.amount),
      },
      net,
      tax,
      amount: line.amount,
      row: line.source.row,
    };
  });
}

function paymentTerms(customer: BookCustomer, invoice: BookInvoice, lang: Lang): string {
  const due = documentDate(invoice.dueDate, lang);
  return messageFormat(customer.termsDays > 0 ? TERMS.net : TERMS.onReceipt, lang, { days: customer.termsDays, due });
}

/** The invoice's Sales lines in sheet order (one pass over the book's lines). */
export function invoiceSaleLines(book: Book, invoiceNo: string): SaleLine[] {
  return book.sales.filter((line) => line.invoiceNo === invoiceNo);
}

/**
 * The document of `invoiceNo`: placeholder values and line rows. `lines` are the invoice's Sales lines (default:
 * found in the book). Throws for an invoice or customer the book does not have (callers check first).
 */
export function invoiceDocumentBuild(
  book: Book,
  invoiceNo: string,
  lang: Lang,
  extras: InvoiceDocumentExtras = {},
  lines: readonly SaleLine[] = invoiceSaleLines(book, invoiceNo),
): InvoiceDocument {
  const invoice = book.invoiceByNo.get(invoiceNo);
  if (!invoice) throw new Error(`invoiceDocumentBuild: no invoice ${invoiceNo}`);
  const customer = book.customerById.get(invoice.customerId);
  if (!customer) throw new Error(`invoiceDocumentBuild: no customer ${invoice.customerId}`);
  const { currency } = invoice;
  const settings = book.settings;
  const rows = documentLines(lines, currency, lang);
  const subtotal = minorSum(rows.map((r) => r.net));
  const tax = minorSum(rows.map((r) => r.tax));
  const total = minorSum(rows.map((r) => r.amount));
  const money = (amount: Minor) => moneyFormat(amount, currency, lang);
  const words = currency === 'CNY' || lang === 'zh-CN' ? amountInChineseCapitals(total, currency) : amountInEnglishWords(total, currency);
  const values: Record<string, string> = {
    invoice_no: invoice.invoiceNo,
    issue_date: documentDate(invoice.issueDate, lang),
    due_date: documentDate(invoice.dueDate, lang),
    status: messageFormat(STATUS_LABELS[extras.status ?? invoice.status], lang),
    currency,
    customer_id: customer.id,
    customer_name: customer.name,
    customer_contact: customer.contact,
    customer_email: customer.email,
    customer_phone: customer.phone,
    customer_address: oneLine(customer.address),
    customer_tax_id: customer.taxId,
    company_name: settings.companyName,
    company_address: oneLine(settings.companyAddress),
    company_email: settings.companyEmail,
    company_phone: settings.companyPhone,
    company_tax_id: settings.companyTaxId,
    bank_details: oneLine(settings.bankDetails),
    payment_terms: paymentTerms(customer, invoice, lang),
    subtotal: money(subtotal),
    tax: money(tax),
    total: money(total),
    total_in_words: words,
    line_count: String(rows.length),
    fapiao_no: extras.fapiaoNo ?? '',
    fapiao_date: extras.fapiaoDate ?? '',
    fapiao_type: extras.fapiaoType ?? '',
  };
  return {
    invoiceNo: invoice.invoiceNo, customerId: customer.id, customerName: customer.name, currency, dueDate: invoice.dueDate,
    values, lines: rows, subtotal, tax, total,
  };
}
