// Tests of the named rounding modes on exact rationals.
import { describe, expect, it } from 'vitest';
import {
  roundAwayFromZero,
  roundCeiling,
  roundFloor,
  roundHalfAwayFromZero,
  roundHalfDown,
  roundHalfEven,
  roundHalfUp,
  roundTowardZero,
  type RoundingFn,
} from '../../src/core/rounding';

const inputs: Array<[bigint, bigint]> = [[5n, 2n], [-5n, 2n], [7n, 2n], [-7n, 2n], [21n, 10n], [-21n, 10n], [29n, 10n], [-29n, 10n], [4n, 2n], [0n, 3n], [5n, -2n]];

const table: Array<[string, RoundingFn, number[]]> = [
  ['halfAwayFromZero', roundHalfAwayFromZero, [3, -3, 4, -4, 2, -2, 3, -3, 2, 0, -3]],
  ['halfEven', roundHalfEven, [2, -2, 4, -4, 2, -2, 3, -3, 2, 0, -2]],
  ['halfUp', roundHalfUp, [3, -2, 4, -3, 2, -2, 3, -3, 2, 0, -2]],
  ['halfDown', roundHalfDown, [2, -3, 3, -4, 2, -2, 3, -3, 2, 0, -3]],
  ['towardZero', roundTowardZero, [2, -2, 3, -3, 2, -2, 2, -2, 2, 0, -2]],
  ['awayFromZero', roundAwayFromZero, [3, -3, 4, -4, 3, -3, 3, -3, 2, 0, -3]],
  ['floor', roundFloor, [2, -3, 3, -4, 2, -3, 2, -3, 2, 0, -3]],
  ['ceiling', roundCeiling, [3, -2, 4, -3, 3, -2, 3, -2, 2, 0, -2]],
];

describe('rounding modes', () => {
  it.each(table)('%s', (_name, fn, expected) => {
    expect(inputs.map(([n, dd]) => Number(fn(n, dd)))).toEqual(expected);
  });
  it('rejects a zero denominator', () => {
    expect(() => roundHalfEven(1n, 0n)).toThrow(RangeError);
  });
});
