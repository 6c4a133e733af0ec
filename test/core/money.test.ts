// Tests of money: the guard, canonical parse/print, formatting, checked arithmetic, splitting, words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  minor,
  money,
  moneyAdd,
  moneyFormat,
  moneyParse,
  moneySub,
  moneySum,
  moneyToDecimalString,
} from '../../src/core/money';
import { moneySplit } from '../../src/core/money-split';
import type { Minor } from '../../src/core/types';

const m = (n: number): Minor => minor(n);

describe('currencyDigits', () => {
  it('follows ISO-4217 and defaults to 2', () => {
    expect(['CNY', 'USD', 'EUR', 'HKD', 'GBP'].map(currencyDigits)).toEqual([2, 2, 2, 2, 2]);
    expect(['JPY', 'KRW', 'BHD', 'KWD', 'XYZ', 'jpy'].map(currencyDigits)).toEqual([0, 0, 3, 3, 2, 0]);
  });
});

describe('minor', () => {
  it('accepts safe integers and normalises -0', () => {
    expect(minor(-5)).toBe(-5);
    expect(Object.is(minor(-0), 0)).toBe(true);
  });
  it('rejects fractions, NaN and unsafe values', () => {
    expect(() => minor(1.5)).toThrow(RangeError);
    expect(() => minor(Number.NaN)).toThrow(RangeError);
    expect(() => minor(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});

describe('moneyParse', () => {
  it.each([
    ['1234.50', 'CNY', 123450],
    ['-0.05', 'CNY', -5],
    ['.5', 'USD', 50],
    ['7', 'USD', 700],
    ['7.', 'USD', 700],
    ['007.10', 'USD', 710],
    ['1.005', 'USD', 101],
    ['1.00499999', 'USD', 100],
    ['-1.005', 'USD', -101],
    ['-0.004', 'USD', 0],
    ['1234', 'JPY', 1234],
    ['1234.5', 'JPY', 1235],
    ['1.2345', 'BHD', 1235],
    ['0.1', 'CNY', 10],
    ['90071992547409.91', 'CNY', 9007199254740991],
  ])('%s %s → %d', (text, currency, expected) => {
    expect(moneyParse(text, currency)).toBe(expected);
  });
  it.each(['', '-', '.', '1,234.50', '¥12', '1e3', ' 12', '12 ', '--1', '+1', '1.2.3', '90071992547409.92'])(
    'rejects %j',
    (text) => {
      expect(moneyParse(text, 'CNY')).toBeNull();
    },
  );
  it('round-trips with moneyToDecimalString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('CNY', 'JPY', 'BHD'), (n, currency) => {
        expect(moneyParse(moneyToDecimalString(m(n), currency), currency)).toBe(n);
      }),
    );
  });
});

describe('moneyToDecimalString', () => {
  it('prints canonical text', () => {
    expect(moneyToDecimalString(m(123450), 'CNY')).toBe('1234.50');
    expect(moneyToDecimalString(m(-5), 'CNY')).toBe('-0.05');
    expect(moneyToDecimalString(m(0), 'USD')).toBe('0.00');
    expect(moneyToDecimalString(m(1234), 'JPY')).toBe('1234');
    expect(moneyToDecimalString(m(-1), 'KWD')).toBe('-0.001');
  });
});

describe('moneyFormat', () => {
  it('writes symbol style with grouping', () => {
    expect(moneyFormat(m(123450), 'CNY', 'en')).toBe('¥1,234.50');
    expect(moneyFormat(m(123450), 'USD', 'zh-CN')).toBe('$1,234.50');
    expect(moneyFormat(m(-123450), 'CNY', 'zh-CN')).toBe('-¥1,234.50');
    expect(moneyFormat(m(123456789), 'JPY', 'en')).toBe('JP¥123,456,789');
    expect(moneyFormat(m(5), 'XYZ', 'en')).toBe('XYZ 0.05');
  });
  it('writes suffix style', () => {
    expect(moneyFormat(m(123450), 'CNY', 'zh-CN', 'suffix')).toBe('1,234.50 元');
    expect(moneyFormat(m(-100), 'USD', 'zh-CN', 'suffix')).toBe('-1.00 美元');
    expect(moneyFormat(m(123450), 'CNY', 'en', 'suffix')).toBe('1,234.50 CNY');
  });
});

describe('moneyAdd / moneySub / moneySum', () => {
  it('adds and subtracts one currency', () => {
    const a = money(m(150), 'CNY');
    const b = money(m(50), 'CNY');
    expect(moneyAdd(a, b)).toEqual({ amount: 200, currency: 'CNY' });
    expect(moneySub(b, a)).toEqual({ amount: -100, currency: 'CNY' });
    expect(moneySum('CNY', [a, b, b])).toEqual({ amount: 250, currency: 'CNY' });
    expect(moneySum('USD', [])).toEqual({ amount: 0, currency: 'USD' });
  });
  it('refuses to mix currencies at compile time and at run time', () => {
    const cny = money(m(1), 'CNY');
    const usd = money(m(1), 'USD');
    // @ts-expect-error CNY + USD must not compile
    expect(() => moneyAdd(cny, usd)).toThrow(TypeError);
    // @ts-expect-error CNY − USD must not compile
    expect(() => moneySub(cny, usd)).toThrow(TypeError);
    // @ts-expect-error a USD amount in a CNY sum must not compile
    expect(() => moneySum('CNY', [cny, usd])).toThrow(TypeError);
    const loose: { amount: Minor; currency: string } = usd;
    expect(() => moneyAdd<string>(cny, loose)).toThrow(/CNY with USD/);
  });
});

describe('moneySplit', () => {
  it('splits by weights and hands the remainder out one unit at a time', () => {
    expect(moneySplit(m(100), [1, 1, 1])).toEqual([34, 33, 33]);
    expect(moneySplit(m(-100), [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(moneySplit(m(1000), [0.1, 0.2, 0.7])).toEqual([100, 200, 700]);
    expect(moneySplit(m(5), [1, 0, 1])).toEqual([3, 0, 2]);
    expect(moneySplit(m(10), [2, 1])).toEqual([7, 3]);
  });
  it('rejects bad weights', () => {
    expect(() => moneySplit(m(5), [0, 0])).toThrow(RangeError);
    expect(() => moneySplit(m(5), [1, -1])).toThrow(RangeError);
    expect(() => moneySplit(m(5), [])).toThrow(RangeError);
  });
  it('never loses a minor unit and gives zero weights nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = moneySplit(m(total), weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          weights.forEach((w, i) => {
            if (w === 0) expect(parts[i]).toBe(0);
          });
          const sum = weights.reduce((a, b) => a + b, 0);
          // Subnormal weights make the float reference itself inexact; the exact split is checked above.
          if (weights.some((w) => w > 0 && w < 1e-300)) return;
          parts.forEach((part, i) => {
            expect(Math.abs(part - (total * weights[i]!) / sum)).toBeLessThan(1 + Math.abs(total) * 1e-9);
          });
        },
      ),
    );
  });
});

describe('moneyToDecimalString by arithmetic', () => {
  /** The text form as it was written before the arithmetic fast path: padded digits, point inserted. */
  function reference(amount: number, digits: number): string {
    const sign = amount < 0 ? '-' : '';
    const text = String(Math.abs(amount)).padStart(digits + 1, '0');
    if (digits === 0) return sign + text;
    return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }

  it('writes every safe amount as the padded-digit form does, in 0-, 2- and 3-digit currencies', () => {
    const amount = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.maxSafeInteger(), fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53 - 101, 99, -5, 0));
    for (const [currency, digits] of [['JPY', 0], ['CNY', 2], ['KWD', 3]] as const) {
      fc.assert(fc.property(amount, (n) => {
        expect(moneyToDecimalString(minor(n), currency)).toBe(reference(minor(n), digits));
      }), { numRuns: 2000 });
    }
  });
});
