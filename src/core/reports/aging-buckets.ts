// Aging buckets: bounds in days, their bilingual labels, and which bucket a number of days falls in.
import type { MessageText } from '../i18n';

/** Days are counted past the Due Date ('due': Not Due, 1–30, …) or since the Issue Date ('issue': 0–30, …). */
export type AgingBasis = 'due' | 'issue';

/** Upper bounds (inclusive) of the standard buckets after Not Due: Not Due, 1–30, 31–60, 61–90, 90+. */
export const AGING_STANDARD: readonly number[] = [30, 60, 90];

/** The long-tail preset: … 61–90, 91–180, 181–365, 1–2y, 2–3y, 3y+. */
export const AGING_EXTENDED: readonly number[] = [30, 60, 90, 180, 365, 730, 1095];

/** One bucket: days in [from, to] (to null = open-ended; from null = Not Due, i.e. ≤ 0). */
export interface AgingBucket {
  readonly from: number | null;
  readonly to: number | null;
  readonly label: MessageText;
}

/** "1–30" / "1–30天", years when both ends are whole years ("1–2y" / "1–2年"). */
function rangeLabel(from: number, to: number | null): MessageText {
  const years = (from - 1) % 365 === 0 && (to === null || to % 365 === 0) && from > 1;
  if (years) {
    const a = (from - 1) / 365;
    if (to === null) return { en: `${a}y+`, 'zh-CN': `${a}年以上` };
    return { en: `${a}–${to / 365}y`, 'zh-CN': `${a}–${to / 365}年` };
  }
  if (to === null) return { en: `${from - 1}+`, 'zh-CN': `${from - 1}天以上` };
  return { en: `${from}–${to}`, 'zh-CN': `${from}–${to}天` };
}

/** The buckets of ascending positive bounds for a basis. */
export function agingBuckets(bounds: readonly number[], basis: AgingBasis = 'due'): AgingBucket[] {
  const buckets: AgingBucket[] =
    basis === 'due'
      ? [{ from: null, to: 0, label: { en: 'Not Due', 'zh-CN': '未到期' } }]
      : [{ from: 0, to: bounds[0] ?? null, label: bounds[0] === undefined ? { en: '0+', 'zh-CN': '0天以上' } : { en: `0–${bounds[0]}`, 'zh-CN': `0–${bounds[0]}天` } }];
  const start = basis === 'due' ? 0 : 1;
  for (let i = start; i <= bounds.length; i += 1) {
    const from = i === 0 ? 1 : bounds[i - 1]! + 1;
    const to = bounds[i] ?? null;
    buckets.push({ from, to, label: rangeLabel(from, to) });
  }
  return buckets;
}

/** Index of the bucket holding `days` (bucket 0 takes everything at or below its upper end). */
export function agingBucketIndex(days: number, bounds: readonly number[], basis: AgingBasis = 'due'): number {
  const limits = basis === 'due' ? [0, ...bounds] : bounds;
  let low = 0;
  let high = limits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (days <= limits[mid]!) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Checks bounds are ascending positive integers (programmer error otherwise). */
export function agingBoundsCheck(bounds: readonly number[]): readonly number[] {
  bounds.forEach((bound, i) => {
    if (!Number.isInteger(bound) || bound <= 0 || (i > 0 && bound <= bounds[i - 1]!)) {
      throw new RangeError(`aging: bounds must be ascending positive integers, got ${bounds.join(',')}`);
    }
  });
  return bounds;
}
