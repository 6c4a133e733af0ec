// Splits an amount by weights without losing a minor unit: the remainder is handed out one unit at a time.
import { minor } from './money';
import type { Minor } from './types';

/** A finite weight ≥ 0 as BigInt digits × 10^-scale, from its shortest round-trip text (exact). */
function weightToScaled(weight: number): { digits: bigint; scale: number } {
  if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`moneySplit: weight ${weight} is not ≥ 0`);
  const [mantissa = '0', exponentText = '0'] = String(weight).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const scale = fraction.length - Number(exponentText);
  const digits = BigInt(whole + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** Weights as BigInt integers on a common scale (exact, so 0.1/0.2/0.7 split like 1/2/7). */
function weightsToIntegers(weights: readonly number[]): bigint[] {
  const scaled = weights.map(weightToScaled);
  const scale = Math.max(0, ...scaled.map((w) => w.scale));
  return scaled.map((w) => w.digits * 10n ** BigInt(scale - w.scale));
}

/**
 * Splits `total` into parts proportional to `weights` (non-negative, not all zero). The parts always sum to
 * `total`: each part gets its truncated share, then the leftover units go one each to the parts with the
 * largest dropped fractions (earlier parts first on ties). A zero weight always gets zero.
 */
export function moneySplit(total: Minor, weights: readonly number[]): Minor[] {
  const ints = weightsToIntegers(weights);
  const weightSum = ints.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw new RangeError('moneySplit: weights must not all be zero');
  const sign = total < 0 ? -1 : 1;
  const magnitude = BigInt(Math.abs(total));
  const shares = ints.map((w) => (magnitude * w) / weightSum);
  const remainders = ints.map((w, index) => ({ index, rest: (magnitude * w) % weightSum }));
  let left = Number(magnitude - shares.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  const parts = shares.map((share) => Number(share));
  for (const { index } of remainders) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((part) => minor(sign * part));
}
