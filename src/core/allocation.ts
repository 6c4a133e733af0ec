// Automatic allocation (核销) exactly as DESIGN.md §4: reference → amount → fifo → unapplied credit, O(n log n).
import { CustomerAllocation, type AllocationSink } from './allocation-customer';
import type { LedgerItem, LedgerSource } from './book-types';
import type { CustomerId } from './types';

/** Everything automatic allocation reads; items and sources must be in event order (see bookBuild). */
export interface AllocationInput {
  readonly items: readonly LedgerItem[];
  readonly sources: readonly LedgerSource[];
  /** Amounts already taken by valid manual allocations, by item key and by source key. */
  readonly appliedToItem: ReadonlyMap<string, number>;
  readonly appliedFromSource: ReadonlyMap<string, number>;
  /** Sources automatic allocation leaves alone (反核销). */
  readonly held: ReadonlySet<string>;
}

/** Automatic allocations in the order they were made, with the positions of their targets and sources. */
export type AllocationResult = AllocationSink;

/**
 * Runs the automatic rules customer by customer (a customer has one currency, so this is also per
 * currency). Each customer's events are replayed in order by a CustomerAllocation.
 */
export function allocationRun(input: AllocationInput): AllocationResult {
  const groups = new Map<CustomerId, { items: number[]; sources: number[] }>();
  const group = (id: CustomerId) => {
    let found = groups.get(id);
    if (!found) groups.set(id, (found = { items: [], sources: [] }));
    return found;
  };
  input.items.forEach((item, index) => group(item.customerId).items.push(index));
  input.sources.forEach((source, index) => group(source.customerId).sources.push(index));
  const sink: AllocationResult = { allocations: [], itemIndex: [], sourceIndex: [] };
  for (const positions of groups.values()) {
    const items = positions.items.map((position) => input.items[position]!);
    const sources = positions.sources.map((position) => input.sources[position]!);
    new CustomerAllocation(items, sources, positions.items, positions.sources, input, sink).run();
  }
  return sink;
}
