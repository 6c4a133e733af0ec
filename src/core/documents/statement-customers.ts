// Which customers an "all customers" statement run covers: anything open or unapplied at the period end, or activity in it.
import type { Book } from '../book-types';
import { allocatedAsOf, itemOpenAmount, sourceUnapplied } from '../reports/as-of';
import type { IsoDate } from '../types';

/**
 * The ids of the customers to make a statement for over [from, to], in Customers order: those with a document
 * dated in the period, an item still open as of `to`, or a payment or credit not yet applied as of `to` — so
 * every customer with a balance, and none whose statement would be empty in both layouts. One pass over the book.
 */
export function statementCustomers(book: Book, from: IsoDate, to: IsoDate): string[] {
  const chosen = new Uint8Array(book.customers.length);
  const allocated = allocatedAsOf(book, to);
  book.items.forEach((item, index) => {
    const inPeriod = item.issueDate >= from && item.issueDate <= to;
    const open = item.issueDate <= to && itemOpenAmount(book, index, allocated) !== 0;
    if (inPeriod || open) chosen[book.itemCustomer[index]!] = 1;
  });
  book.sources.forEach((source, index) => {
    const inPeriod = source.date >= from && source.date <= to;
    const unapplied = source.date <= to && sourceUnapplied(book, index, allocated) !== 0;
    if (inPeriod || unapplied) chosen[book.sourceCustomer[index]!] = 1;
  });
  return book.customers.filter((_, index) => chosen[index] === 1).map((customer) => customer.id);
}
