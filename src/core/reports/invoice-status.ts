// Invoice status report: each invoice's total, paid and balance as of a date, with its payment status.
import type { Book } from '../book-types';
import { dateDaysBetween } from '../dates';
import type { MessageText } from '../i18n';
import { minor } from '../money';
import type { CurrencyCode, CustomerId, IsoDate, Minor } from '../types';
import { allocatedAsOf } from './as-of';

/** Payment status: Open (nothing paid), Partial, Paid, Overdue (unpaid past due); Draft and Void pass through. */
export type InvoicePaymentStatus = 'Open' | 'Partial' | 'Paid' | 'Overdue' | 'Draft' | 'Void';

/** Labels of the payment statuses as the Invoices tab shows them. */
export const INVOICE_PAYMENT_STATUS_LABELS: { readonly [K in InvoicePaymentStatus]: MessageText } = {
  Open: { en: 'Open', 'zh-CN': '未收款' },
  Partial: { en: 'Partial', 'zh-CN': '部分收款' },
  Paid: { en: 'Paid', 'zh-CN': '已收清' },
  Overdue: { en: 'Overdue', 'zh-CN': '逾期' },
  Draft: { en: 'Draft', 'zh-CN': '草稿' },
  Void: { en: 'Void', 'zh-CN': '作废' },
};

export interface InvoiceStatusRow {
  readonly invoiceNo: string;
  readonly customerId: CustomerId;
  readonly currency: CurrencyCode;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly total: Minor;
  /** Allocated to it on or before the date (0 for Draft and Void). */
  readonly paid: Minor;
  readonly balance: Minor;
  readonly status: InvoicePaymentStatus;
  /** Days past due when Overdue, else 0. */
  readonly daysOverdue: number;
  /** Issued after the as-of date: not yet part of any balance on that date (callers usually filter it). */
  readonly issuedAfterAsOf: boolean;
}

/** The payment status of an invoice with these figures as of a date. */
export function invoicePaymentStatus(total: Minor, paid: Minor, dueDate: IsoDate, asOf: IsoDate): InvoicePaymentStatus {
  if (total - paid <= 0) return 'Paid';
  if (asOf > dueDate) return 'Overdue';
  return paid > 0 ? 'Partial' : 'Open';
}

/** Every invoice of the book in sheet order, as of `asOf`. */
export function invoiceStatusReport(book: Book, asOf: IsoDate): InvoiceStatusRow[] {
  const rows: InvoiceStatusRow[] = [];
  invoiceStatusEach(book, asOf, (row) => {
    rows.push(row);
  });
  return rows;
}

/**
 * The rows of invoiceStatusReport handed to `visit` one at a time, in sheet order: a caller that writes each
 * row out (the CLI's JSON) never holds 100,000 rows at once, so they die young instead of being copied by
 * the garbage collector.
 */
export function invoiceStatusEach(book: Book, asOf: IsoDate, visit: (row: InvoiceStatusRow) => void): void {
  const allocated = allocatedAsOf(book, asOf);
  book.invoices.forEach((invoice, k) => {
    const live = invoice.status === 'Issued';
    const index = book.invoiceItemIndex[k]!;
    const paid = minor(index < 0 ? 0 : allocated.toItem[index]!);
    const status = live ? invoicePaymentStatus(invoice.total, paid, invoice.dueDate, asOf) : invoice.status;
    visit({
      invoiceNo: invoice.invoiceNo,
      customerId: invoice.customerId,
      currency: invoice.currency,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      total: invoice.total,
      paid,
      balance: minor(live ? invoice.total - paid : 0),
      status,
      daysOverdue: status === 'Overdue' ? dateDaysBetween(invoice.dueDate, asOf) : 0,
      issuedAfterAsOf: invoice.issueDate > asOf,
    });
  });
}
