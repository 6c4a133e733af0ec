// Tests of the number heap behind allocation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberHeap } from '../../src/core/heap';

describe('NumberHeap', () => {
  it('pops numbers in ascending order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (xs) => {
        const heap = new NumberHeap();
        xs.forEach((x) => heap.push(x));
        expect(heap.size).toBe(xs.length);
        const out: number[] = [];
        while (heap.size > 0) out.push(heap.pop()!);
        expect(out).toEqual([...xs].sort((a, b) => a - b));
        expect(heap.pop()).toBeUndefined();
        expect(heap.peek()).toBeUndefined();
      }),
    );
  });
});
