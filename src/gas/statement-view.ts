// A customer statement (对账单) prepared for the sidebar: the engine's statement, formatted in the user's language.
import { messageFormat } from '../core/i18n';
import { minor, moneyFormat } from '../core/money';
import { STATEMENT_KIND_LABELS, statementReport } from '../core/reports/statement';
import type { Lang, TabName } from '../core/types';
import { GasError } from './gas-error';
import { ledgerBookRead } from './ledger-book';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';
import { statementRequestParse, type StatementRequest } from './statements/statement-request';

export type { StatementRequest };

const BOOK_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

export interface StatementChoices {
  readonly customers: readonly { readonly id: string; readonly name: string; readonly currency: string }[];
  /** Default period: 1 January of this year to today. */
  readonly from: string;
  readonly to: string;
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

/** The statement of one customer for a period, with every amount formatted; one getValues per tab. */
export function statementViewRead(request: StatementRequest, lang: Lang): StatementView {
  const spec = statementRequestParse(request);
  const { book } = ledgerBookRead(ledgerTablesRead(spreadsheetActive(), BOOK_TABS), lang);
  const report = statementReport(book, spec);
  if (!report) throw new GasError('statement.customerUnknown', { id: spec.customerId });
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
