// Reconciliation (对账) for the sidebar: each customer's balance, unapplied credit and aging as of today.
import { messageFormat } from '../core/i18n';
import { moneyFormat } from '../core/money';
import { customerBalanceReport } from '../core/reports/customer-balance';
import type { Lang, TabName } from '../core/types';
import { ledgerBookRead } from './ledger-book';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

const BOOK_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

export interface ReconciliationBucket {
  readonly label: string;
  readonly amount: string;
}

export interface ReconciliationRow {
  readonly customerId: string;
  readonly name: string;
  readonly balance: string;
  /** Payments and credits not yet matched to an invoice; '' when none. */
  readonly unapplied: string;
  /** Only the buckets with an amount, oldest last. */
  readonly buckets: readonly ReconciliationBucket[];
  readonly overLimit: boolean;
}

export interface ReconciliationView {
  readonly asOf: string;
  /** Customers with something open (a balance or unapplied credit), in Customers order. */
  readonly rows: readonly ReconciliationRow[];
  /** Customers with nothing open. */
  readonly settled: number;
  readonly problemCount: number;
}

/** Reads the book (one getValues per tab) and reconciles every customer as of today. */
export function reconciliationRead(lang: Lang): ReconciliationView {
  const spreadsheet = spreadsheetActive();
  const { book, problems } = ledgerBookRead(ledgerTablesRead(spreadsheet, BOOK_TABS), lang);
  const asOf = spreadsheetToday(spreadsheet);
  const report = customerBalanceReport(book, asOf);
  const open = report.rows.filter((row) => row.balance !== 0 || row.unapplied !== 0);
  return {
    asOf,
    rows: open.map((row) => ({
      customerId: row.customerId,
      name: row.name,
      balance: moneyFormat(row.balance, row.currency, lang),
      unapplied: row.unapplied === 0 ? '' : moneyFormat(row.unapplied, row.currency, lang),
      buckets: row.buckets.flatMap((amount, i) => {
        const bucket = report.buckets[i];
        return amount === 0 || !bucket ? [] : [{ label: messageFormat(bucket.label, lang), amount: moneyFormat(amount, row.currency, lang) }];
      }),
      overLimit: row.overLimit,
    })),
    settled: report.rows.length - open.length,
    problemCount: problems.length,
  };
}
