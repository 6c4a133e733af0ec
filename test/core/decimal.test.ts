// Tests of exact decimals and the sales-line amount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalAdd,
  decimalCompare,
  decimalFromNumber,
  decimalMajorToMinor,
  decimalMultiply,
  decimalParse,
  decimalShift,
  decimalToMinor,
  decimalToString,
  saleLineAmount,
  saleLineNetAmount,
} from '../../src/core/decimal';
import { roundHalfEven, roundTowardZero } from '../../src/core/rounding';
import type { Decimal } from '../../src/core/types';

const d = (text: string): Decimal => {
  const value = decimalParse(text);
  if (!value) throw new Error(`bad decimal ${text}`);
  return value;
};

describe('decimalParse', () => {
  it('reads canonical text and normalises trailing zeros', () => {
    expect(decimalParse('-12.345')).toEqual({ units: -12345, scale: 3 });
    expect(decimalParse('.5')).toEqual({ units: 5, scale: 1 });
    expect(decimalParse('0.130')).toEqual({ units: 13, scale: 2 });
    expect(decimalParse('100')).toEqual({ units: 100, scale: 0 });
    expect(decimalParse('-0.0')).toEqual({ units: 0, scale: 0 });
  });
  it.each(['', '.', '-', '1,5', '1e2', '+1', ' 1', '12345678901234567'])('rejects %j', (text) => {
    expect(decimalParse(text)).toBeNull();
  });
  it('round-trips with decimalToString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.nat(8), (units, scale) => {
        const text = decimalToString({ units, scale });
        expect(decimalCompare(d(text), { units, scale })).toBe(0);
      }),
    );
  });
});

describe('decimal arithmetic', () => {
  it('multiplies, adds, shifts and compares exactly', () => {
    expect(decimalMultiply(d('0.1'), d('0.2'))).toEqual({ units: 2, scale: 2 });
    expect(decimalAdd(d('0.1'), d('0.2'))).toEqual({ units: 3, scale: 1 });
    expect(decimalShift(d('12.345'), 2)).toEqual({ units: 12345, scale: 1 });
    expect(decimalShift(d('12'), -3)).toEqual({ units: 12, scale: 3 });
    expect(decimalMajorToMinor(d('12.345'), 'USD')).toEqual({ units: 12345, scale: 1 });
    expect(decimalMajorToMinor(d('12.345'), 'JPY')).toEqual({ units: 12345, scale: 3 });
    expect(decimalCompare(d('1.10'), d('1.1'))).toBe(0);
    expect(decimalCompare(d('-2'), d('1.5'))).toBe(-1);
    expect(decimalFromNumber(0.1)).toEqual({ units: 1, scale: 1 });
    expect(decimalFromNumber(1e-7)).toEqual({ units: 1, scale: 7 });
    expect(decimalFromNumber(1.5e3)).toEqual({ units: 1500, scale: 0 });
  });
  it('rounds to minor units with any mode', () => {
    expect(decimalToMinor(d('2.5'))).toBe(3);
    expect(decimalToMinor(d('-2.5'))).toBe(-3);
    expect(decimalToMinor(d('2.5'), roundHalfEven)).toBe(2);
    expect(decimalToMinor(d('-2.9'), roundTowardZero)).toBe(-2);
  });
});

/** round_half_away(q × p × (1 + t)) by BigInt only: the definition. */
function saleLineReference(q: Decimal, p: Decimal, t: Decimal): number {
  const numerator = BigInt(q.units) * BigInt(p.units) * (10n ** BigInt(t.scale) + BigInt(t.units));
  const denominator = 10n ** BigInt(q.scale + p.scale + t.scale);
  const magnitude = numerator < 0n ? -numerator : numerator;
  const floor = magnitude / denominator;
  const rounded = (magnitude % denominator) * 2n >= denominator ? floor + 1n : floor;
  return Number(numerator < 0n ? -rounded : rounded);
}

describe('saleLineAmount', () => {
  it('agrees with BigInt arithmetic on both the number and the BigInt path, signs included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.nat(8),
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.nat(8),
        fc.integer({ min: 0, max: 10000 }),
        fc.nat(4),
        (q, qs, p, ps, t, ts) => {
          const quantity = { units: q, scale: qs };
          const price = { units: p, scale: ps };
          const tax = { units: t, scale: ts };
          const expected = saleLineReference(quantity, price, tax);
          fc.pre(Math.abs(expected) <= Number.MAX_SAFE_INTEGER);
          expect(saleLineAmount(quantity, price, tax)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is round_half_away(quantity × unit price × (1 + tax rate))', () => {
    // 3 × ¥12.345 × 1.13 = ¥41.84955 → 4184.955 fen → 4185
    expect(saleLineAmount(d('3'), decimalMajorToMinor(d('12.345'), 'CNY'), d('0.13'))).toBe(4185);
    // 1 × $0.10 × 1.0 with float pitfalls avoided: 0.1 + 0.2 style inputs
    expect(saleLineAmount(d('0.1'), d('30'), d('0'))).toBe(3);
    expect(saleLineAmount(d('1.5'), d('1'), d('0'))).toBe(2);
    expect(saleLineAmount(d('-1.5'), d('1'), d('0'))).toBe(-2);
    expect(saleLineAmount(d('2'), d('50'), d('0.06'))).toBe(106);
    expect(saleLineNetAmount(d('0.333'), d('100'))).toBe(33);
  });
  it('agrees with exact rational arithmetic on random lines', () => {
    fc.assert(
      fc.property(fc.nat(100000), fc.nat(3), fc.nat(10_000_000), fc.nat(2), fc.nat(30), (q, qs, p, ps, rate) => {
        const quantity = { units: q, scale: qs };
        const price = { units: p, scale: ps };
        const tax = { units: rate, scale: 2 };
        const numerator = BigInt(q) * BigInt(p) * BigInt(100 + rate);
        const denominator = 10n ** BigInt(qs + ps) * 100n;
        const floor = numerator / denominator;
        const expected = (numerator % denominator) * 2n >= denominator ? floor + 1n : floor;
        expect(saleLineAmount(quantity, price, tax)).toBe(Number(expected));
      }),
    );
  });
});
