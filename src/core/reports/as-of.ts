// The state of a book as of a date: what each item still owes and each source has left after allocations ≤ D.
import type { Book } from '../book-types';
import type { CustomerId, IsoDate } from '../types';

/**
 * Allocated totals as of a date, by position: toItem[i] for book.items[i], fromSource[j] for
 * book.sources[j], counting allocations dated on or before the date.
 */
export interface AllocatedAsOf {
  readonly toItem: Float64Array;
  readonly fromSource: Float64Array;
}

/** Sums the allocations dated ≤ asOf once (one pass, typed arrays), so reports read open amounts in O(1). */
export function allocatedAsOf(book: Book, asOf: IsoDate): AllocatedAsOf {
  const toItem = new Float64Array(book.items.length);
  const fromSource = new Float64Array(book.sources.length);
  const { allocations, allocationItemIndex, allocationSourceIndex } = book;
  for (let k = 0; k < allocations.length; k += 1) {
    const allocation = allocations[k]!;
    if (allocation.date > asOf) continue;
    toItem[allocationItemIndex[k]!]! += allocation.amount;
    fromSource[allocationSourceIndex[k]!]! += allocation.amount;
  }
  return { toItem, fromSource };
}

/** What book.items[index] still owes as of the date of `allocated`. */
export function itemOpenAmount(book: Book, index: number, allocated: AllocatedAsOf): number {
  return book.items[index]!.amount - allocated.toItem[index]!;
}

/** What book.sources[index] has not yet applied as of the date of `allocated`. */
export function sourceUnapplied(book: Book, index: number, allocated: AllocatedAsOf): number {
  return book.sources[index]!.amount - allocated.fromSource[index]!;
}

/** Positions of the book's customers, for per-customer sums in arrays. */
export function customerIndex(book: Book): Map<CustomerId, number> {
  return new Map(book.customers.map((customer, index) => [customer.id, index]));
}
