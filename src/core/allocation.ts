// Automatic allocation (核销) exactly as DESIGN.md §4: reference → amount → fifo → unapplied credit, O(n log n).
import { CustomerAllocation, type AllocationSink } from './allocation-customer';
import type { LedgerItem, LedgerSource } from './book-types';

/** Everything automatic allocation reads; items and sources must be in event order (see bookBuild). */
export interface AllocationInput {
  readonly items: readonly LedgerItem[];
  readonly sources: readonly LedgerSource[];
  /** Parallel to items / sources: the position of each one's customer (0 ≤ position < customerCount). */
  readonly itemCustomer: Int32Array;
  readonly sourceCustomer: Int32Array;
  readonly customerCount: number;
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
  const itemGroups = positionsGroup(input.itemCustomer, input.customerCount);
  const sourceGroups = positionsGroup(input.sourceCustomer, input.customerCount);
  const sink: AllocationResult = { allocations: [], itemIndex: [], sourceIndex: [], day: [] };
  for (let c = 0; c < input.customerCount; c += 1) {
    const itemPositions = itemGroups.of(c);
    const sourcePositions = sourceGroups.of(c);
    if (itemPositions.length === 0 && sourcePositions.length === 0) continue;
    const items = itemPositions.map((position) => input.items[position]!);
    const sources = sourcePositions.map((position) => input.sources[position]!);
    new CustomerAllocation(items, sources, itemPositions, sourcePositions, input, sink).run();
  }
  return sink;
}

/** Positions grouped by their group number with a stable counting sort (keeps event order in a group). */
function positionsGroup(groupOf: Int32Array, groupCount: number): { of(group: number): number[] } {
  const starts = new Int32Array(groupCount + 1);
  for (let i = 0; i < groupOf.length; i += 1) starts[groupOf[i]! + 1]! += 1;
  for (let g = 1; g <= groupCount; g += 1) starts[g]! += starts[g - 1]!;
  const next = starts.slice(0, groupCount);
  const order = new Int32Array(groupOf.length);
  for (let i = 0; i < groupOf.length; i += 1) order[next[groupOf[i]!]!++] = i;
  return {
    of: (group) => {
      const positions: number[] = [];
      for (let i = starts[group]!; i < starts[group + 1]!; i += 1) positions.push(order[i]!);
      return positions;
    },
  };
}
