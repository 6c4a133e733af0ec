// The customer card for the sidebar: balance, aging, open invoices, unbilled sales, last payments, credit limit.
import type { Book } from '../core/book-types';
import { messageFormat } from '../core/i18n';
import { moneyFormat } from '../core/money';
import { customerBalanceReport } from '../core/reports/customer-balance';
import { INVOICE_PAYMENT_STATUS_LABELS, invoiceStatusReport } from '../core/reports/invoice-status';
import type { IsoDate, Lang, TabName } from '../core/types';
import { GasError } from './gas-error';
import { ledgerBookRead } from './ledger-book';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

export const CARD_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

/** How many of the latest payments the card lists. */
export const CARD_PAYMENTS_SHOWN = 5;

export interface CardInvoice {
  readonly invoiceNo: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly total: string;
  readonly balance: string;
  readonly status: string;
  readonly daysOverdue: number;
}

export interface CardSale {
  /** The Sales row (1-based): what invoiceFromSales takes. */
  readonly row: number;
  readonly date: string;
  readonly description: string;
  readonly amount: string;
}

export interface CardPayment {
  readonly paymentId: string;
  readonly date: string;
  readonly amount: string;
  readonly method: string;
  readonly reference: string;
}

export interface CustomerCardView {
  readonly asOf: string;
  readonly customerId: string;
  readonly name: string;
  readonly currency: string;
  readonly email: string;
  readonly phone: string;
  readonly termsDays: number;
  readonly balance: string;
  /** Payments and credits not matched to an invoice; '' when none. */
  readonly unapplied: string;
  /** '' without a limit. */
  readonly creditLimit: string;
  readonly available: string;
  readonly overLimit: boolean;
  /** Every aging bucket, Not Due first, zero amounts included. */
  readonly buckets: readonly { readonly label: string; readonly amount: string }[];
  readonly openInvoices: readonly CardInvoice[];
  readonly uninvoicedSales: readonly CardSale[];
  /** The latest payments, newest first. */
  readonly lastPayments: readonly CardPayment[];
}

/** The card of `customerId` in a built book, as of `asOf`. */
export function customerCardBuild(book: Book, customerId: string, asOf: IsoDate, lang: Lang): CustomerCardView {
  const id = String(customerId ?? '').trim();
  const customer = book.customerById.get(id);
  if (!customer) throw new GasError('statement.customerUnknown', { id });
  const money = (amount: number) => moneyFormat(amount as never, customer.currency, lang);
  const report = customerBalanceReport(book, asOf);
  const row = report.rows.find((r) => r.customerId === id)!;
  const openInvoices = invoiceStatusReport(book, asOf)
    .filter((inv) => inv.customerId === id && inv.balance > 0 && !inv.issuedAfterAsOf)
    .map((inv) => ({
      invoiceNo: inv.invoiceNo,
      issueDate: inv.issueDate,
      dueDate: inv.dueDate,
      total: money(inv.total),
      balance: money(inv.balance),
      status: INVOICE_PAYMENT_STATUS_LABELS[inv.status][lang],
      daysOverdue: inv.daysOverdue,
    }));
  const uninvoicedSales = book.sales
    .filter((sale) => sale.customerId === id && sale.invoiceNo === null)
    .map((sale) => ({ row: sale.source.row, date: sale.date, description: sale.description, amount: money(sale.amount) }));
  const lastPayments = book.payments
    .filter((p) => p.customerId === id)
    .slice()
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.source.row - a.source.row))
    .slice(0, CARD_PAYMENTS_SHOWN)
    .map((p) => ({ paymentId: p.id, date: p.date, amount: money(p.amount), method: p.method, reference: p.reference }));
  return {
    asOf,
    customerId: id,
    name: customer.name,
    currency: customer.currency,
    email: customer.email,
    phone: customer.phone,
    termsDays: customer.termsDays,
    balance: money(row.balance),
    unapplied: row.unapplied === 0 ? '' : money(row.unapplied),
    creditLimit: row.creditLimit === null ? '' : money(row.creditLimit),
    available: row.available === null ? '' : money(row.available),
    overLimit: row.overLimit,
    buckets: report.buckets.map((bucket, i) => ({ label: messageFormat(bucket.label, lang), amount: money(row.buckets[i] ?? 0) })),
    openInvoices,
    uninvoicedSales,
    lastPayments,
  };
}

/** Reads the book (one getValues per tab) and builds the card of `customerId` as of today. */
export function customerCardRead(customerId: string, lang: Lang): CustomerCardView {
  const spreadsheet = spreadsheetActive();
  const { book } = ledgerBookRead(ledgerTablesRead(spreadsheet, CARD_TABS), lang);
  return customerCardBuild(book, customerId, spreadsheetToday(spreadsheet), lang);
}
