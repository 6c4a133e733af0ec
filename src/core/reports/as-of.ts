// The state of a book as of a date: what each item still owes and each source has left after allocations ≤ D.
import type { Book, LedgerItem, LedgerSource } from '../book-types';
import type { IsoDate } from '../types';

/** Allocated totals by target (item key) and by source key, counting allocations dated on or before `asOf`. */
export interface AllocatedAsOf {
  readonly toItem: ReadonlyMap<string, number>;
  readonly fromSource: ReadonlyMap<string, number>;
}

/** Sums the allocations dated ≤ asOf once, so every report reads open amounts in O(1). */
export function allocatedAsOf(book: Book, asOf: IsoDate): AllocatedAsOf {
  const toItem = new Map<string, number>();
  const fromSource = new Map<string, number>();
  for (const allocation of book.allocations) {
    if (allocation.date > asOf) continue;
    toItem.set(allocation.invoiceNo, (toItem.get(allocation.invoiceNo) ?? 0) + allocation.amount);
    fromSource.set(allocation.source, (fromSource.get(allocation.source) ?? 0) + allocation.amount);
  }
  return { toItem, fromSource };
}

/** What an item still owes as of the date of `allocated` (its amount less allocations to it). */
export function itemOpenAmount(item: LedgerItem, allocated: AllocatedAsOf): number {
  return item.amount - (allocated.toItem.get(item.key) ?? 0);
}

/** What a source has not yet applied as of the date of `allocated`. */
export function sourceUnapplied(source: LedgerSource, allocated: AllocatedAsOf): number {
  return source.amount - (allocated.fromSource.get(source.key) ?? 0);
}
