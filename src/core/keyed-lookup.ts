// Read-only lookups by key backed by arrays: cheaper to build than Maps of objects at 100k rows.

/** What the book offers for finding records by key. */
export interface KeyedLookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  readonly size: number;
  /** The keys that have a value, in record order. */
  keys(): string[];
}

/**
 * key → position of records, built on first use: many book builds never look anything up by key, and a
 * Map of 100k keys is a large part of building a book.
 */
export class KeyPositions<T> implements KeyedLookup<number> {
  private map: Map<string, number> | null = null;

  constructor(
    private readonly records: readonly T[],
    private readonly keyOf: (record: T) => string,
  ) {}

  private positions(): Map<string, number> {
    if (!this.map) {
      this.map = new Map();
      for (let i = 0; i < this.records.length; i += 1) this.map.set(this.keyOf(this.records[i]!), i);
    }
    return this.map;
  }

  get size(): number {
    return this.positions().size;
  }

  get(key: string): number | undefined {
    return this.positions().get(key);
  }

  has(key: string): boolean {
    return this.positions().has(key);
  }

  keys(): string[] {
    return [...this.positions().keys()];
  }
}

/** values[i] by key, through a key → position lookup. */
export class IndexedLookup<V> implements KeyedLookup<V> {
  constructor(
    private readonly positionOf: KeyedLookup<number>,
    private readonly values: readonly V[],
  ) {}

  get size(): number {
    return this.positionOf.size;
  }

  get(key: string): V | undefined {
    const position = this.positionOf.get(key);
    return position === undefined ? undefined : this.values[position];
  }

  has(key: string): boolean {
    return this.positionOf.has(key);
  }

  keys(): string[] {
    return this.positionOf.keys();
  }
}

/**
 * The records of each owner (e.g. allocations of each source), grouped once by a stable counting sort on
 * the owner's position: groupOf[k] is the position in `owners` of records[k]'s owner.
 */
export class GroupedLookup<V> implements KeyedLookup<readonly V[]> {
  private readonly starts: Int32Array;
  private readonly order: Int32Array;

  constructor(
    private readonly positionOf: KeyedLookup<number>,
    private readonly owners: readonly { readonly key: string }[],
    private readonly records: readonly V[],
    groupOf: Int32Array,
  ) {
    const starts = new Int32Array(owners.length + 1);
    for (let k = 0; k < groupOf.length; k += 1) starts[groupOf[k]! + 1]! += 1;
    for (let g = 1; g < starts.length; g += 1) starts[g]! += starts[g - 1]!;
    const next = starts.slice(0, owners.length);
    const order = new Int32Array(groupOf.length);
    for (let k = 0; k < groupOf.length; k += 1) order[next[groupOf[k]!]!++] = k;
    this.starts = starts;
    this.order = order;
  }

  get size(): number {
    let size = 0;
    for (let g = 0; g < this.owners.length; g += 1) if (this.starts[g + 1]! > this.starts[g]!) size += 1;
    return size;
  }

  get(key: string): readonly V[] | undefined {
    const g = this.positionOf.get(key);
    if (g === undefined || this.starts[g + 1] === this.starts[g]) return undefined;
    const out: V[] = [];
    for (let i = this.starts[g]!; i < this.starts[g + 1]!; i += 1) out.push(this.records[this.order[i]!]!);
    return out;
  }

  has(key: string): boolean {
    const g = this.positionOf.get(key);
    return g !== undefined && this.starts[g + 1]! > this.starts[g]!;
  }

  keys(): string[] {
    const keys: string[] = [];
    for (let g = 0; g < this.owners.length; g += 1) if (this.starts[g + 1]! > this.starts[g]!) keys.push(this.owners[g]!.key);
    return keys;
  }
}
