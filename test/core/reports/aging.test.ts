// Tests of the aging report and its buckets (presets, bases, labels).
import { describe, expect, it } from 'vitest';
import { agingReport } from '../../../src/core/reports/aging';
import { AGING_EXTENDED, agingBucketIndex, agingBuckets, agingBoundsCheck } from '../../../src/core/reports/aging-buckets';
import { day } from '../builders';
import { sampleBook } from '../sample-book';

describe('agingBuckets', () => {
  it('labels the standard and extended presets in both languages', () => {
    expect(agingBuckets([30, 60, 90]).map((b) => b.label['zh-CN'])).toEqual(['未到期', '1–30天', '31–60天', '61–90天', '90天以上']);
    expect(agingBuckets(AGING_EXTENDED).map((b) => b.label.en)).toEqual(['Not Due', '1–30', '31–60', '61–90', '91–180', '181–365', '1–2y', '2–3y', '3y+']);
    expect(agingBuckets(AGING_EXTENDED).slice(-2).map((b) => b.label['zh-CN'])).toEqual(['2–3年', '3年以上']);
    expect(agingBuckets([30, 60], 'issue').map((b) => b.label.en)).toEqual(['0–30', '31–60', '60+']);
  });
  it('puts days into the right bucket at every edge', () => {
    const bounds = [30, 60, 90];
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 5000].map((d) => agingBucketIndex(d, bounds))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect([0, 30, 31, 61, 91].map((d) => agingBucketIndex(d, bounds, 'issue'))).toEqual([0, 0, 1, 2, 3]);
  });
  it('rejects bounds that are not ascending positive integers', () => {
    expect(() => agingBoundsCheck([30, 30])).toThrow(RangeError);
    expect(() => agingBoundsCheck([0, 30])).toThrow(RangeError);
    expect(agingBoundsCheck([7, 14])).toEqual([7, 14]);
  });
});

describe('agingReport', () => {
  it('lists open items with days past due, oldest first, and sums per customer and currency', () => {
    const report = agingReport(sampleBook(), { asOf: day('2026-04-30') });
    expect(report.items.map((i) => [i.key, i.days, i.open, i.bucket])).toEqual([
      ['DEBIT-3', 46, 3000, 2],
      ['INV-3', 30, 115000, 1],
    ]);
    expect(report.customers.map((c) => [c.customerId, c.total, c.unapplied, c.net])).toEqual([
      ['C001', 118000, 0, 118000],
      ['C002', 0, 5000, -5000],
    ]);
    expect(report.totals).toEqual([
      { currency: 'CNY', amounts: [0, 115000, 3000, 0, 0], total: 118000, unapplied: 0, net: 118000 },
      { currency: 'USD', amounts: [0, 0, 0, 0, 0], total: 0, unapplied: 5000, net: -5000 },
    ]);
  });
  it('ages by issue date with the extended preset when asked', () => {
    const report = agingReport(sampleBook(), { asOf: day('2026-04-30'), basis: 'issue', buckets: 'extended' });
    expect(report.buckets).toHaveLength(8);
    expect(report.items.map((i) => [i.key, i.days, i.bucket])).toEqual([
      ['INV-3', 60, 1],
      ['DEBIT-3', 46, 1],
    ]);
  });
  it('counts only allocations dated on or before the as-of date', () => {
    const report = agingReport(sampleBook(), { asOf: day('2026-03-04') });
    expect(report.items.map((i) => [i.key, i.open])).toEqual([
      ['INV-1', 20000],
      ['INV-3', 200000],
    ]);
  });
});
