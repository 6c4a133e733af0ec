// Tests of the array-backed lookups the book exposes.
import { describe, expect, it } from 'vitest';
import { GroupedLookup, IndexedLookup, KeyPositions } from '../../src/core/keyed-lookup';

describe('IndexedLookup', () => {
  it('finds values through positions', () => {
    const lookup = new IndexedLookup(new KeyPositions(['b', 'a'], (k) => k), ['B', 'A']);
    expect([lookup.get('a'), lookup.get('b'), lookup.get('c')]).toEqual(['A', 'B', undefined]);
    expect([lookup.has('a'), lookup.has('c'), lookup.size]).toEqual([true, false, 2]);
    expect(lookup.keys()).toEqual(['b', 'a']);
  });
});

describe('GroupedLookup', () => {
  it('groups records by owner keeping record order, and skips owners without records', () => {
    const owners = ['x', 'y', 'z'].map((key) => ({ key }));
    const lookup = new GroupedLookup(new KeyPositions(owners, (o) => o.key), owners, ['r0', 'r1', 'r2', 'r3'], Int32Array.from([2, 0, 2, 0]));
    expect(lookup.get('x')).toEqual(['r1', 'r3']);
    expect(lookup.get('z')).toEqual(['r0', 'r2']);
    expect(lookup.get('y')).toBeUndefined();
    expect(lookup.get('nope')).toBeUndefined();
    expect([lookup.has('x'), lookup.has('y'), lookup.size]).toEqual([true, false, 2]);
    expect(lookup.keys()).toEqual(['x', 'z']);
  });
});
