// The plain-number shortcuts of cellMoney and cellDecimal give exactly what the general codecs give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellDecimal, cellDecimalGeneral, cellMoney, cellMoneyGeneral } from '../../src/sheets/cell-values';

/** Number-like text: digits (long runs of 0 and 9 included), signs, points, and a few things that are not plain. */
const numberish = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '0', '1', '5', '9', '9', '4', '.', '-'), maxLength: 24 }),
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat(20), fc.nat(6)).map(
    ([negative, whole, fraction, zeros]) => `${negative ? '-' : ''}${whole}${fraction > 0 ? `.${'0'.repeat(zeros)}${fraction}` : ''}${'0'.repeat(zeros)}`,
  ),
  fc.constantFrom('1,234.50', ' 12.5', '１２', '+5', '.5', '5.', '-', '-0', '-0.000', '007.50', '0.005', '9007199254740991', '900719925474099.15'),
);

describe('plain number shortcuts', () => {
  it.each(['CNY', 'JPY', 'KWD'])('cellMoney in %s equals the general path', (currency) => {
    fc.assert(fc.property(numberish, (text) => {
      expect(cellMoney(text, currency)).toEqual(cellMoneyGeneral(text, currency));
    }), { numRuns: 3000 });
  });

  it('cellDecimal equals the general path', () => {
    fc.assert(fc.property(numberish, (text) => {
      expect(cellDecimal(text)).toEqual(cellDecimalGeneral(text));
    }), { numRuns: 3000 });
  });

  it('reads the amounts of the bench book', () => {
    expect(cellMoney('22252.77', 'CNY')).toEqual({ ok: true, value: 2225277 });
    expect(cellMoney('56182.70', 'CNY')).toEqual({ ok: true, value: 5618270 });
    expect(cellMoney('0.005', 'CNY')).toEqual({ ok: true, value: 1 });
    expect(cellMoney('-0.004', 'CNY')).toEqual({ ok: true, value: 0 });
    expect(cellDecimal('2461.59')).toEqual({ ok: true, value: { units: 246159, scale: 2 } });
    expect(cellDecimal('12.50')).toEqual({ ok: true, value: { units: 125, scale: 1 } });
  });
});
