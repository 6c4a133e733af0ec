// The engine pipeline as the Apps Script layer uses it: cells → bookRead → bookBuild → balances per customer.
import { bookBuild } from '../core/book';
import { minorAdd, minorSub, MINOR_ZERO } from '../core/money';
import { problemMessage } from '../core/problems';
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

/**
 * Balances as of `asOf`: Invoiced + Debits − Received − Credits, each counted when dated on or before
 * `asOf` (DESIGN.md §4 identity), per customer in the customer's currency.
 */
export function ledgerBalances(tables: Partial<Record<TabName, CellGrid>>, asOf: IsoDate, lang: Lang): LedgerBalances {
  const read = bookRead(tables, { lang });
  const book = bookBuild(read.input);
  const balance = new Map<string, Minor>();
  for (const item of book.items) {
    if (item.issueDate <= asOf) balance.set(item.customerId, minorAdd(balance.get(item.customerId) ?? MINOR_ZERO, item.amount));
  }
  for (const source of book.sources) {
    if (source.date <= asOf) balance.set(source.customerId, minorSub(balance.get(source.customerId) ?? MINOR_ZERO, source.amount));
  }
  return {
    customerCount: book.customers.length,
    balances: book.customers.map((customer) => ({
      customerId: customer.id,
      currency: customer.currency,
      balance: balance.get(customer.id) ?? MINOR_ZERO,
    })),
    problems: [...read.problems, ...book.problems].map((problem) => problemMessage(problem, lang)),
  };
}
