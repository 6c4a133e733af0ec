// A binary min-heap of numbers (ranks, sequence numbers): the O(log n) queue behind allocation.

/** Min-heap of numbers; callers store precomputed ranks so comparisons stay numeric and cheap. */
export class NumberHeap {
  private readonly data: number[] = [];

  get size(): number {
    return this.data.length;
  }

  /** The smallest number, or undefined when empty. */
  peek(): number | undefined {
    return this.data[0];
  }

  push(value: number): void {
    const data = this.data;
    let i = data.length;
    data.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (data[parent]! <= value) break;
      data[i] = data[parent]!;
      i = parent;
    }
    data[i] = value;
  }

  /** Removes and returns the smallest number, or undefined when empty. */
  pop(): number | undefined {
    const data = this.data;
    const top = data[0];
    const last = data.pop();
    if (data.length === 0 || last === undefined) return top;
    let i = 0;
    const n = data.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && data[right]! < data[left]! ? right : left;
      if (data[child]! >= last) break;
      data[i] = data[child]!;
      i = child;
    }
    data[i] = last;
    return top;
  }
}
