// =BALANCE(customer_ids, [as_of], tables…): what each customer owes net of unapplied credit (the Reconciliation Balance).
import type { Book, BookCustomer } from '../core/book-types';
import { moneyToDecimalString } from '../core/money';
import { customerBalanceReport } from '../core/reports/customer-balance';
import type { Lang, Minor } from '../core/types';
import { cellIsBlank, cellKey } from '../sheets/cell-text';
import { customAsOf, customBook, customEach, customRun, type CustomCell, type CustomResult, type LedgerTableArgs } from './custom-ledger';
import { customMessage } from './custom-messages';

const customerIndexes = new WeakMap<Book, Map<string, number>>();

/** Position of each customer id in book.customers, built once per book. */
function customerIndexOf(book: Book): Map<string, number> {
  let index = customerIndexes.get(book);
  if (!index) customerIndexes.set(book, (index = new Map(book.customers.map((c, i) => [c.id, i]))));
  return index;
}

/** The customer an id cell names, by position in book.customers; a cell text for a blank or unknown id. */
export function customCustomerOf(book: Book, id: unknown, lang: Lang): { index: number; customer: BookCustomer } | string {
  if (cellIsBlank(id)) return '';
  const key = cellKey(id);
  const customer = book.customerById.get(key);
  const index = customer ? customerIndexOf(book).get(customer.id) : undefined;
  if (!customer || index === undefined) return customMessage('customerUnknown', lang, { id: key });
  return { index, customer };
}

/** An amount as the number a cell shows: major units of the customer's currency. */
export function customAmount(amount: Minor | number, currency: string): number {
  return Number(moneyToDecimalString(amount as Minor, currency));
}

/**
 * Balance = invoiced + debits − received − credits up to as_of = OUTSTANDING − unapplied credit. A single id
 * gives a number, a range a grid of the same shape.
 */
export function balanceCustom(ids: unknown, asOf: unknown, given: LedgerTableArgs): CustomResult {
  return customRun((spreadsheet, lang) => {
    const date = customAsOf(asOf, spreadsheet);
    const book = customBook(given, spreadsheet, lang);
    const rows = customerBalanceReport(book, date).rows;
    return customEach(ids, (id): CustomCell => {
      const found = customCustomerOf(book, id, lang);
      if (typeof found === 'string') return found;
      return customAmount(rows[found.index]!.balance, found.customer.currency);
    });
  });
}
