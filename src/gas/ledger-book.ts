// The engine pipeline as the Apps Script layer uses it: cells → bookRead → bookBuild → customerBalanceReport.
import { bookBuild } from '../core/book';
import type { Book } from '../core/book-types';
import { problemMessage } from '../core/problems';
import { customerBalanceReport } from '../core/reports/customer-balance';
import type { CurrencyCode, IsoDate, Lang, Minor, TabName } from '../core/types';
import { bookRead } from '../sheets/book-read';
import type { CellGrid } from './ledger-tables';

export interface CustomerBalanceRow {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly balance: Minor;
}

export interface LedgerBalances {
  readonly customerCount: number;
  /** Every customer, in Customers order, with the balance as of the date. */
  readonly balances: readonly CustomerBalanceRow[];
  /** Problems of reading and building the book, translated, in sheet order. */
  readonly problems: readonly string[];
}

/** A built book and every problem met on the way, translated. */
export interface LedgerBook {
  readonly book: Book;
  readonly problems: readonly string[];
}

/** Reads the tables into a book. */
export function ledgerBookRead(tables: Partial<Record<TabName, CellGrid>>, lang: Lang): LedgerBook {
  // 1. Cells to records, with row-numbered problems for what cannot be read.
  const read = bookRead(tables, { lang });
  // 2. Records to a book: defaults resolved, allocations made.
  const book = bookBuild(read.input);
  return { book, problems: [...read.problems, ...book.problems].map((problem) => problemMessage(problem, lang)) };
}

/** Reads the tables into a book and reports every customer's balance as of `asOf`. */
export function ledgerBalances(tables: Partial<Record<TabName, CellGrid>>, asOf: IsoDate, lang: Lang): LedgerBalances {
  const { book, problems } = ledgerBookRead(tables, lang);
  const report = customerBalanceReport(book, asOf);
  return {
    customerCount: book.customers.length,
    balances: report.rows.map((row) => ({ customerId: row.customerId, currency: row.currency, balance: row.balance })),
    problems,
  };
}
