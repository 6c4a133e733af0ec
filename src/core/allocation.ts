// Automatic allocation (核销) exactly as DESIGN.md §4: reference → amount → fifo → unapplied credit, O(n log n).
import type { LedgerItem, LedgerSource } from './book-types';
import { documentNoCompare, documentNoKey, referenceTokens } from './document-no';
import { NumberHeap } from './heap';
import { minor } from './money';
import type { Allocation, AllocationRule, CustomerId, IsoDate } from './types';

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
export interface AllocationResult {
  readonly allocations: Allocation[];
  /** Parallel to allocations: index into input.items and input.sources. */
  readonly itemIndex: number[];
  readonly sourceIndex: number[];
}

/** Runs the automatic rules for every customer. */
export function allocationRun(input: AllocationInput): AllocationResult {
  const groups = new Map<CustomerId, { items: number[]; sources: number[] }>();
  const group = (id: CustomerId) => {
    let found = groups.get(id);
    if (!found) groups.set(id, (found = { items: [], sources: [] }));
    return found;
  };
  input.items.forEach((item, index) => group(item.customerId).items.push(index));
  input.sources.forEach((source, index) => group(source.customerId).sources.push(index));
  const out: AllocationResult = { allocations: [], itemIndex: [], sourceIndex: [] };
  for (const { items, sources } of groups.values()) customerAllocate(items, sources, input, out);
  return out;
}

/** Items ranked by Due Date, Issue Date, Invoice No: the order of "oldest due" and of fifo. */
function itemRanks(items: readonly LedgerItem[]): { rankOf: Int32Array; itemOfRank: Int32Array } {
  const order = items.map((_, index) => index);
  order.sort((a, b) => {
    const x = items[a]!;
    const y = items[b]!;
    return x.dueDay - y.dueDay || x.issueDay - y.issueDay || documentNoCompare(x.key, y.key) || x.order - y.order;
  });
  const rankOf = new Int32Array(items.length);
  const itemOfRank = new Int32Array(items.length);
  order.forEach((item, rank) => {
    rankOf[item] = rank;
    itemOfRank[rank] = item;
  });
  return { rankOf, itemOfRank };
}

/**
 * One customer's allocation. Events in order: an item is issued (it first takes credits reserved for it,
 * then unapplied credits, oldest first), or a source applies its rest r by reference, amount, fifo; what is
 * left becomes unapplied credit. Open items sit in a fifo heap and in heaps keyed by their open amount;
 * stale heap entries are skipped when met (lazy deletion), so each event costs O(log n).
 */
function customerAllocate(itemPositions: readonly number[], sourcePositions: readonly number[], input: AllocationInput, out: AllocationResult): void {
  const items = itemPositions.map((position) => input.items[position]!);
  const sources = sourcePositions.map((position) => input.sources[position]!);
  const manualTo = input.appliedToItem.size > 0 ? input.appliedToItem : null;
  const manualFrom = input.appliedFromSource.size > 0 ? input.appliedFromSource : null;
  const open = items.map((item) => item.amount - (manualTo?.get(item.key) ?? 0));
  const left = sources.map((source) => source.amount - (manualFrom?.get(source.key) ?? 0));
  const registered = new Uint8Array(items.length);
  const issued = new Uint8Array(items.length);
  const { rankOf, itemOfRank } = itemRanks(items);
  let indexByKey: Map<string, number> | null = null; // built on the first reference lookup only
  const itemIndexOf = (typed: string): number | undefined => {
    if (!indexByKey) indexByKey = new Map(items.map((item, index) => [documentNoKey(item.key), index]));
    return indexByKey.get(documentNoKey(typed));
  };
  const fifo = new NumberHeap();
  const byAmount = new Map<number, NumberHeap>();
  const pool = new NumberHeap(); // unapplied credits by age (source index = event order)
  const reserved = new Map<number, number[]>(); // directed sources waiting for their item to be issued

  const amountIndex = (k: number): void => {
    let heap = byAmount.get(open[k]!);
    if (!heap) byAmount.set(open[k]!, (heap = new NumberHeap()));
    heap.push(rankOf[k]!);
  };
  const record = (k: number, s: number, amount: number, date: IsoDate, rule: AllocationRule): void => {
    out.allocations.push({ source: sources[s]!.key, invoiceNo: items[k]!.key, amount: minor(amount), date, rule });
    out.itemIndex.push(itemPositions[k]!);
    out.sourceIndex.push(sourcePositions[s]!);
    open[k]! -= amount;
    left[s]! -= amount;
    if (registered[k] && open[k]! > 0) amountIndex(k);
  };

  const itemIssue = (k: number): void => {
    issued[k] = 1;
    const date = items[k]!.issueDate;
    const waiting = reserved.get(k) ?? [];
    for (const s of waiting) if (open[k]! > 0) record(k, s, Math.min(left[s]!, open[k]!), date, 'reference');
    while (open[k]! > 0 && pool.size > 0) {
      const s = pool.peek()!;
      record(k, s, Math.min(left[s]!, open[k]!), date, 'credit');
      if (left[s] === 0) pool.pop();
    }
    for (const s of waiting) if (left[s]! > 0) pool.push(s);
    reserved.delete(k);
    if (open[k]! > 0) {
      registered[k] = 1;
      fifo.push(rankOf[k]!);
      amountIndex(k);
    }
  };

  /** Rule 1: the item the source names; -1 when none. A named item not yet issued reserves the source. */
  const referenceTarget = (s: number): number => {
    const source = sources[s]!;
    if (source.invoiceNo !== null) return itemIndexOf(source.invoiceNo) ?? -1;
    if (source.reference === '') return -1;
    let found = -1;
    for (const token of referenceTokens(source.reference)) {
      const k = itemIndexOf(token);
      if (k === undefined || !issued[k] || open[k]! <= 0 || k === found) continue;
      if (found !== -1) return -1; // two open invoices named: ambiguous, no reference match
      found = k;
    }
    return found;
  };

  const sourceApply = (s: number): void => {
    const source = sources[s]!;
    if (left[s]! <= 0 || input.held.has(source.key)) return;
    const date = source.date;
    const target = referenceTarget(s);
    if (target !== -1 && !issued[target]) {
      const waiting = reserved.get(target);
      if (waiting) waiting.push(s);
      else reserved.set(target, [s]);
      return;
    }
    if (target !== -1 && open[target]! > 0) record(target, s, Math.min(left[s]!, open[target]!), date, 'reference');
    if (left[s]! > 0) amountApply(s, date);
    while (left[s]! > 0 && fifo.size > 0) {
      const k = itemOfRank[fifo.peek()!]!;
      if (open[k]! > 0) record(k, s, Math.min(left[s]!, open[k]!), date, 'fifo');
      if (open[k]! <= 0) fifo.pop();
    }
    if (left[s]! > 0) pool.push(s);
  };

  /** Rule 2: the oldest-due open item whose open amount equals the rest exactly. */
  const amountApply = (s: number, date: IsoDate): void => {
    const r = left[s]!;
    const heap = byAmount.get(r);
    if (!heap) return;
    while (heap.size > 0) {
      const k = itemOfRank[heap.pop()!]!;
      if (open[k] === r) {
        record(k, s, r, date, 'amount');
        break;
      }
    }
    if (heap.size === 0) byAmount.delete(r);
  };

  let i = 0;
  let j = 0;
  while (i < items.length || j < sources.length) {
    const itemFirst = j >= sources.length || (i < items.length && items[i]!.issueDay <= sources[j]!.day);
    if (itemFirst) itemIssue(i++);
    else sourceApply(j++);
  }
}
