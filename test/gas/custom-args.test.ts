// Arguments of the custom functions: AGING's bucket, DSO's days, the scalar-or-range shape.
import { describe, expect, it } from 'vitest';
import { agingBuckets } from '../../src/core/reports/aging-buckets';
import { agingPick } from '../../src/gas/custom-aging';
import { dsoDays } from '../../src/gas/custom-dso';
import { customEach, customRows } from '../../src/gas/custom-ledger';
import { CustomArgError } from '../../src/gas/custom-messages';

const bounds = [30, 60, 90];
const buckets = agingBuckets(bounds);

describe('agingPick', () => {
  it.each([
    ['', 'all'],
    ['Not Due', 0],
    ['未到期', 0],
    ['current', 0],
    ['1-30', 1],
    ['1–30天', 1],
    ['３１－６０', 2],
    ['61 ~ 90 days', 3],
    ['90+', 4],
    ['90天以上', 4],
    ['Total', 'total'],
    ['合计', 'total'],
    [0, 0],
    [-5, 0],
    [30, 1],
    [31, 2],
    [365, 4],
    ['45', 2],
  ])('%s → %s', (value, expected) => {
    expect(agingPick(value, buckets, bounds, 'en')).toBe(expected);
  });

  it('refuses anything else, naming the buckets in the user’s language', () => {
    expect(() => agingPick('soon', buckets, bounds, 'zh-CN')).toThrow(CustomArgError);
    try {
      agingPick('soon', buckets, bounds, 'zh-CN');
    } catch (error) {
      expect((error as CustomArgError).params).toEqual({ value: 'soon', labels: '未到期, 1–30天, 31–60天, 61–90天, 90天以上' });
    }
  });
});

describe('dsoDays', () => {
  it('defaults to 90 and takes whole numbers from 1 to 3660', () => {
    expect(dsoDays('')).toBe(90);
    expect(dsoDays(undefined)).toBe(90);
    expect(dsoDays(30)).toBe(30);
    expect(dsoDays('365')).toBe(365);
    for (const bad of [0, -1, 1.5, 'abc', 3661]) expect(() => dsoDays(bad)).toThrow(CustomArgError);
  });
});

describe('customEach and customRows', () => {
  it('answer a single value with one cell and a range with the same shape', () => {
    expect(customEach('a', (x) => `${x}!`)).toBe('a!');
    expect(customEach([['a', 'b'], ['c', 'd']], (x) => `${x}!`)).toEqual([['a!', 'b!'], ['c!', 'd!']]);
    expect(customRows('a', (x) => [`${x}1`, `${x}2`])).toEqual([['a1', 'a2']]);
    expect(customRows([['a'], ['b']], (x) => [`${x}1`, `${x}2`])).toEqual([['a1', 'a2'], ['b1', 'b2']]);
  });
});
