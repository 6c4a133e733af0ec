// The sidebar's summary: how many customers, and what they owe per currency, computed by the engine.
import { moneyFormat, minorAdd, MINOR_ZERO, moneyToDecimalString } from '../core/money';
import type { CurrencyCode, Lang, Minor, TabName } from '../core/types';
import { ledgerBalances, type LedgerBalances } from './ledger-book';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

/** The open balance of one currency: the sum of every customer's balance in it (credits included). */
export interface CurrencyBalance {
  readonly currency: CurrencyCode;
  /** Minor units (fen, cents). */
  readonly minor: number;
  /** The amount as exact decimal text, e.g. "1234.50". */
  readonly decimal: string;
  /** The amount formatted for the user, e.g. "¥1,234.50". */
  readonly text: string;
  readonly customersOwing: number;
}

export interface LedgerSummary {
  readonly asOf: string;
  readonly customers: number;
  readonly balances: readonly CurrencyBalance[];
  /** Input tabs not found in the spreadsheet (canonical English names). */
  readonly tabsMissing: readonly string[];
  readonly problemCount: number;
  /** The first problems, translated, each naming its tab and row. */
  readonly problems: readonly string[];
}

const PROBLEMS_SENT = 20;
const INPUT_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];
const REQUIRED_TABS: readonly TabName[] = ['Customers', 'Sales', 'Invoices', 'Payments'];

/** Totals the per-customer balances by currency, in first-seen order. */
export function currencyBalances(ledger: LedgerBalances, lang: Lang): CurrencyBalance[] {
  const totals = new Map<CurrencyCode, { sum: Minor; owing: number }>();
  for (const row of ledger.balances) {
    const total = totals.get(row.currency) ?? { sum: MINOR_ZERO, owing: 0 };
    totals.set(row.currency, { sum: minorAdd(total.sum, row.balance), owing: total.owing + (row.balance > 0 ? 1 : 0) });
  }
  return [...totals].map(([currency, total]) => ({
    currency,
    minor: total.sum,
    decimal: moneyToDecimalString(total.sum, currency),
    text: moneyFormat(total.sum, currency, lang),
    customersOwing: total.owing,
  }));
}

/** Reads the tabs (one getValues each) and summarises the book as of today in the spreadsheet's zone. */
export function ledgerSummaryRead(lang: Lang): LedgerSummary {
  const spreadsheet = spreadsheetActive();
  const tables = ledgerTablesRead(spreadsheet, INPUT_TABS);
  const asOf = spreadsheetToday(spreadsheet);
  const ledger = ledgerBalances(tables, asOf, lang);
  return {
    asOf,
    customers: ledger.customerCount,
    balances: currencyBalances(ledger, lang),
    tabsMissing: REQUIRED_TABS.filter((tab) => !tables[tab]),
    problemCount: ledger.problems.length,
    problems: ledger.problems.slice(0, PROBLEMS_SENT),
  };
}
