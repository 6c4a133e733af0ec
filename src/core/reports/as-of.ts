// The state of a book as of a date: what each item still owes and each source has left after allocations ≤ D.
import type { Book } from '../book-types';
import { dateToDayNumber } from '../dates';
import type { IsoDate } from '../types';

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
  const { allocations, allocationItemIndex, allocationSourceIndex, allocationDay } = book;
  const asOfDay = dateToDayNumber(asOf);
  for (let k = 0; k < allocations.length; k += 1) {
    if (allocationDay[k]! > asOfDay) continue;
    const amount = allocations[k]!.amount;
    toItem[allocationItemIndex[k]!]! += amount;
    fromSource[allocationSourceIndex[k]!]! += amount;
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
