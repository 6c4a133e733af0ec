// A customer statement (对账单) prepared for the sidebar: the engine's statement, formatted in the user's language.
import { dateParse } from '../core/dates';
import { messageFormat } from '../core/i18n';
import { minor, moneyFormat } from '../core/money';
import { STATEMENT_KIND_LABELS, statementReport, type StatementLayout } from '../core/reports/statement';
import type { IsoDate, Lang, TabName } from '../core/types';
import { GasError } from './gas-error';
import { ledgerBookRead } from './ledger-book';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

const BOOK_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

export interface StatementChoices {
  readonly customers: readonly { readonly id: string; readonly name: string; readonly currency: string }[];
  /** Default period: 1 January of this year to today. */
  readonly from: string;
  readonly to: string;
}

export interface StatementRequest {
  readonly customerId: string;
  readonly from: string;
  readonly to: string;
  readonly layout: StatementLayout;
}

export interface StatementViewRow {
  readonly date: string;
  readonly kind: string;
  readonly documentNo: string;
  readonly description: string;
  readonly debit: string;
  readonly credit: string;
  readonly balance: string;
}

export interface StatementView {
  readonly customerId: string;
  readonly customerName: string;
  readonly currency: string;
  readonly from: string;
  readonly to: string;
  readonly opening: string;
  readonly rows: readonly StatementViewRow[];
  readonly totalDebit: string;
  readonly totalCredit: string;
  readonly closing: string;
  readonly closingInWords: string;
}

/** The customers to choose from and the default period. */
export function statementChoicesRead(lang: Lang): StatementChoices {
  const spreadsheet = spreadsheetActive();
  const { book } = ledgerBookRead(ledgerTablesRead(spreadsheet, BOOK_TABS), lang);
  const to = spreadsheetToday(spreadsheet);
  return {
    customers: book.customers.map((c) => ({ id: c.id, name: c.name, currency: c.currency })),
    from: `${to.slice(0, 4)}-01-01`,
    to,
  };
}

function requestDate(value: unknown): IsoDate {
  const date = typeof value === 'string' ? dateParse(value.trim()) : null;
  if (!date) throw new GasError('statement.dateInvalid', { value: String(value) });
  return date;
}

/** The statement of one customer for a period, with every amount formatted; one getValues per tab. */
export function statementViewRead(request: StatementRequest, lang: Lang): StatementView {
  const from = requestDate(request?.from);
  const to = requestDate(request?.to);
  if (from > to) throw new GasError('statement.periodInvalid', { from, to });
  const layout: StatementLayout = request.layout === 'open-item' ? 'open-item' : 'balance-forward';
  const { book } = ledgerBookRead(ledgerTablesRead(spreadsheetActive(), BOOK_TABS), lang);
  const report = statementReport(book, { customerId: String(request.customerId), from, to, layout });
  if (!report) throw new GasError('statement.customerUnknown', { id: String(request.customerId) });
  const money = (amount: number) => moneyFormat(minor(amount), report.currency, lang);
  const blankZero = (amount: number) => (amount === 0 ? '' : money(amount));
  return {
    customerId: report.customerId,
    customerName: report.customerName,
    currency: report.currency,
    from: report.from,
    to: report.to,
    opening: money(report.openingBalance),
    rows: report.rows.map((row) => ({
      date: row.date,
      kind: messageFormat(STATEMENT_KIND_LABELS[row.kind], lang),
      documentNo: row.documentNo,
      description: row.description,
      debit: blankZero(row.debit),
      credit: blankZero(row.credit),
      balance: money(row.balance),
    })),
    totalDebit: money(report.totalDebit),
    totalCredit: money(report.totalCredit),
    closing: money(report.closingBalance),
    closingInWords: lang === 'zh-CN' ? report.closingInWords : report.closingInEnglish,
  };
}
