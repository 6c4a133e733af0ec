// One customer's automatic allocation: the open items, the unapplied credits and the four rules of §4.
import type { LedgerItem, LedgerSource } from './book-types';
import { documentNoCompare, documentNoKey, referenceTokens } from './document-no';
import { NumberHeap } from './heap';
import { minor } from './money';
import type { Allocation, AllocationRule } from './types';

/** Where allocations are written: the allocation and the positions of its item and source in the book. */
export interface AllocationSink {
  readonly allocations: Allocation[];
  readonly itemIndex: number[];
  readonly sourceIndex: number[];
  /** The allocation's date as a day number. */
  readonly day: number[];
}

/** What the customer's records start with after manual allocations, and who is held. */
export interface CustomerAllocationStart {
  readonly appliedToItem: ReadonlyMap<string, number>;
  readonly appliedFromSource: ReadonlyMap<string, number>;
  readonly held: ReadonlySet<string>;
}

/** What itemIssue walks when no credit waits for the item (shared: most items have none). */
const NONE_WAITING: readonly number[] = [];

/** When an allocation is dated: the item's issue date (carried or waiting credit) or the payment's date. */
const ON_ISSUE = 0;
const ON_PAYMENT = 1;

/** Items ranked by Due Date, Issue Date, Invoice No (then sheet order): the order of "oldest due" and fifo. */
function itemRanks(items: readonly LedgerItem[]): { rankOf: Int32Array; itemOfRank: Int32Array } {
  const order = itemOrder(items);
  const rankOf = new Int32Array(items.length);
  const itemOfRank = new Int32Array(items.length);
  order.forEach((item, rank) => {
    rankOf[item] = rank;
    itemOfRank[rank] = item;
  });
  return { rankOf, itemOfRank };
}

/** Ties on (Due Date, Issue Date) broken by Invoice No in natural order, then sheet order. */
function itemTieCompare(items: readonly LedgerItem[], a: number, b: number): number {
  return documentNoCompare(items[a]!.key, items[b]!.key) || items[a]!.order - items[b]!.order;
}

/**
 * Local indices of items in rank order. Due day, issue day and index are packed into one exact number
 * and sorted natively (no comparator); only runs with equal days are then sorted by Invoice No. Falls
 * back to a comparison sort when the packed number would not be exact.
 */
export function itemOrder(items: readonly LedgerItem[]): number[] {
  const n = items.length;
  let minDue = Infinity;
  let maxDue = -Infinity;
  let minIssue = Infinity;
  let maxIssue = -Infinity;
  for (const item of items) {
    minDue = Math.min(minDue, item.dueDay);
    maxDue = Math.max(maxDue, item.dueDay);
    minIssue = Math.min(minIssue, item.issueDay);
    maxIssue = Math.max(maxIssue, item.issueDay);
  }
  const issueSpan = maxIssue - minIssue + 1;
  const daySpan = (maxDue - minDue + 1) * issueSpan;
  if (n === 0 || daySpan * n >= 2 ** 52) {
    const keys = items.map((item) => item.dueDay * 2 ** 23 + (item.issueDay + 2 ** 22));
    return items.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || itemTieCompare(items, a, b));
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const days = (items[i]!.dueDay - minDue) * issueSpan + (items[i]!.issueDay - minIssue);
    packed[i] = days * n + i;
  }
  packed.sort();
  const order = new Array<number>(n);
  for (let i = 0; i < n; i += 1) order[i] = packed[i]! % n;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && Math.floor(packed[end]! / n) === Math.floor(packed[start]! / n)) end += 1;
    if (end - start > 1) {
      const run = order.slice(start, end).sort((a, b) => itemTieCompare(items, a, b));
      for (let i = start; i < end; i += 1) order[i] = run[i - start]!;
    }
    start = end;
  }
  return order;
}

/**
 * The state of one customer while its events are replayed. Open items sit in a fifo heap (by rank) and in
 * heaps keyed by their open amount; entries that went stale (the item's open amount changed) are skipped
 * when met — lazy deletion — so every event costs O(log n). Unapplied credits wait in a heap by age.
 * Items and sources are indexed locally (k, s); `itemPositions`/`sourcePositions` map back to the book.
 */
export class CustomerAllocation {
  private readonly open: number[];
  private readonly left: number[];
  private readonly issued: Uint8Array;
  /** 1 once an item is in the fifo and amount heaps (after it took the credits waiting for it). */
  private readonly registered: Uint8Array;
  private readonly rankOf: Int32Array;
  private readonly itemOfRank: Int32Array;
  private readonly fifo = new NumberHeap();
  /**
   * Open items by open amount: the rank of the only item with that amount, or a heap of ranks when several
   * share it (most amounts are unique, and a heap per item would be 100,000 heaps in a big book).
   */
  private readonly byAmount = new Map<number, number | NumberHeap>();
  /** Unapplied credits, oldest first (a source's local index is its event order). */
  private readonly pool = new NumberHeap();
  /** Sources directed to an item not yet issued, waiting for it. */
  private readonly reserved = new Map<number, number[]>();
  private indexByKey: Map<string, number> | null = null;

  constructor(
    private readonly items: readonly LedgerItem[],
    private readonly sources: readonly LedgerSource[],
    private readonly itemPositions: readonly number[],
    private readonly sourcePositions: readonly number[],
    private readonly start: CustomerAllocationStart,
    private readonly sink: AllocationSink,
  ) {
    const manualTo = start.appliedToItem.size > 0 ? start.appliedToItem : null;
    const manualFrom = start.appliedFromSource.size > 0 ? start.appliedFromSource : null;
    this.open = items.map((item) => item.amount - (manualTo?.get(item.key) ?? 0));
    this.left = sources.map((source) => source.amount - (manualFrom?.get(source.key) ?? 0));
    this.issued = new Uint8Array(items.length);
    this.registered = new Uint8Array(items.length);
    ({ rankOf: this.rankOf, itemOfRank: this.itemOfRank } = itemRanks(items));
  }

  /** Replays the events in order: items before sources on the same day. */
  run(): void {
    let i = 0;
    let j = 0;
    while (i < this.items.length || j < this.sources.length) {
      const itemFirst = j >= this.sources.length || (i < this.items.length && this.items[i]!.issueDay <= this.sources[j]!.day);
      if (itemFirst) this.itemIssue(i++);
      else this.sourceApply(j++);
    }
  }

  /** An item is issued: credits waiting for it, then unapplied credits (oldest first), on its issue date. */
  private itemIssue(k: number): void {
    const { open, left, pool } = this;
    this.issued[k] = 1;
    const waiting = this.reserved.size > 0 ? this.reserved.get(k) ?? NONE_WAITING : NONE_WAITING;
    for (const s of waiting) if (open[k]! > 0) this.record(k, s, Math.min(left[s]!, open[k]!), 'reference', ON_ISSUE);
    while (open[k]! > 0 && pool.size > 0) {
      const s = pool.peek()!;
      this.record(k, s, Math.min(left[s]!, open[k]!), 'credit', ON_ISSUE);
      if (left[s] === 0) pool.pop();
    }
    for (const s of waiting) if (left[s]! > 0) pool.push(s);
    this.reserved.delete(k);
    if (open[k]! > 0) {
      this.registered[k] = 1;
      this.fifo.push(this.rankOf[k]!);
      this.amountIndex(k);
    }
  }

  /** A payment or credit applies its rest: reference, amount, fifo; what is left waits as unapplied credit. */
  private sourceApply(s: number): void {
    const source = this.sources[s]!;
    if (this.left[s]! <= 0 || (this.start.held.size > 0 && this.start.held.has(source.key))) return;
    const target = this.referenceTarget(s);
    if (target !== -1 && !this.issued[target]) {
      const waiting = this.reserved.get(target);
      if (waiting) waiting.push(s);
      else this.reserved.set(target, [s]);
      return;
    }
    if (target !== -1 && this.open[target]! > 0) this.record(target, s, Math.min(this.left[s]!, this.open[target]!), 'reference', ON_PAYMENT);
    if (this.left[s]! > 0) this.amountApply(s);
    if (this.left[s]! > 0) this.fifoApply(s);
    if (this.left[s]! > 0) this.pool.push(s);
  }

  /** Rule 1: the item the source names (Invoice No cell, or one open invoice in its Reference); -1 if none. */
  private referenceTarget(s: number): number {
    const source = this.sources[s]!;
    if (source.invoiceNo !== null) return this.itemIndexOf(source.invoiceNo) ?? -1;
    if (source.reference === '') return -1;
    let found = -1;
    for (const token of referenceTokens(source.reference)) {
      const k = this.itemIndexOfKey(token);
      if (k === undefined || !this.issued[k] || this.open[k]! <= 0 || k === found) continue;
      if (found !== -1) return -1; // two open invoices named: ambiguous, no reference match
      found = k;
    }
    return found;
  }

  /** Rule 2: the oldest-due open item whose open amount equals the rest exactly. */
  private amountApply(s: number): void {
    const r = this.left[s]!;
    const heap = this.byAmount.get(r);
    if (heap === undefined) return;
    if (typeof heap === 'number') {
      this.byAmount.delete(r);
      const k = this.itemOfRank[heap]!;
      if (this.open[k] === r) this.record(k, s, r, 'amount', ON_PAYMENT);
      return;
    }
    while (heap.size > 0) {
      const k = this.itemOfRank[heap.pop()!]!;
      if (this.open[k] === r) {
        this.record(k, s, r, 'amount', ON_PAYMENT);
        break;
      }
    }
    if (heap.size === 0) this.byAmount.delete(r);
  }

  /** Rule 3: open items by Due Date, Issue Date, Invoice No until the rest is used up. */
  private fifoApply(s: number): void {
    const { open, left, fifo } = this;
    while (left[s]! > 0 && fifo.size > 0) {
      const k = this.itemOfRank[fifo.peek()!]!;
      if (open[k]! > 0) this.record(k, s, Math.min(left[s]!, open[k]!), 'fifo', ON_PAYMENT);
      if (open[k]! <= 0) fifo.pop();
    }
  }

  /**
   * Writes one allocation and updates both sides; an item still open is re-indexed by its new amount.
   * Dated the payment's date, or the item's issue date when a credit waited for the item.
   */
  private record(k: number, s: number, amount: number, rule: AllocationRule, dated: typeof ON_ISSUE | typeof ON_PAYMENT): void {
    const item = this.items[k]!;
    const source = this.sources[s]!;
    const date = dated === ON_ISSUE ? item.issueDate : source.date;
    this.sink.allocations.push({ source: source.key, invoiceNo: item.key, amount: minor(amount), date, rule });
    this.sink.itemIndex.push(this.itemPositions[k]!);
    this.sink.sourceIndex.push(this.sourcePositions[s]!);
    this.sink.day.push(dated === ON_ISSUE ? item.issueDay : source.day);
    this.open[k]! -= amount;
    this.left[s]! -= amount;
    if (this.registered[k] && this.open[k]! > 0) this.amountIndex(k);
  }

  private amountIndex(k: number): void {
    const amount = this.open[k]!;
    const rank = this.rankOf[k]!;
    const entry = this.byAmount.get(amount);
    if (entry === undefined) {
      this.byAmount.set(amount, rank);
    } else if (typeof entry === 'number') {
      const heap = new NumberHeap();
      heap.push(entry);
      heap.push(rank);
      this.byAmount.set(amount, heap);
    } else {
      entry.push(rank);
    }
  }

  /** The item a person's text names (case-insensitive). */
  private itemIndexOf(typed: string): number | undefined {
    return this.itemIndexOfKey(documentNoKey(typed));
  }

  /** The item of a key in normal form (documentNoKey; reference tokens are); the index is built on the first lookup. */
  private itemIndexOfKey(key: string): number | undefined {
    if (!this.indexByKey) {
      // A loop, not new Map(items.map(…)): no pair array per item (a customer may have thousands).
      this.indexByKey = new Map();
      for (let index = 0; index < this.items.length; index += 1) this.indexByKey.set(documentNoKey(this.items[index]!.key), index);
    }
    return this.indexByKey.get(key);
  }
}
