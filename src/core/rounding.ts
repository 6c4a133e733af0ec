// Named rounding modes on exact rationals (numerator / denominator as BigInt): no floats, no flags.

/** Rounds numerator / denominator to an integer. The denominator must be non-zero. */
export type RoundingFn = (numerator: bigint, denominator: bigint) => bigint;

/** Splits n / d into its truncated quotient and the doubled remainder compared against |d| (-1, 0, 1). */
function rationalParts(numerator: bigint, denominator: bigint): { q: bigint; half: number; sign: bigint } {
  if (denominator === 0n) throw new RangeError('rounding: denominator is zero');
  const sign = (numerator < 0n) !== (denominator < 0n) ? -1n : 1n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = n / d;
  const twice = 2n * (n % d);
  const half = twice === 0n ? -2 : twice < d ? -1 : twice === d ? 0 : 1;
  return { q, half, sign };
}

/** Half away from zero, as Sheets' ROUND: 2.5 → 3, -2.5 → -3. The default of this ledger. */
export const roundHalfAwayFromZero: RoundingFn = (numerator, denominator) => {
  const { q, half, sign } = rationalParts(numerator, denominator);
  return sign * (half >= 0 ? q + 1n : q);
};

/** Half to even (banker's rounding): 2.5 → 2, 3.5 → 4. */
export const roundHalfEven: RoundingFn = (numerator, denominator) => {
  const { q, half, sign } = rationalParts(numerator, denominator);
  const up = half > 0 || (half === 0 && q % 2n === 1n);
  return sign * (up ? q + 1n : q);
};

/** Half towards +∞: 2.5 → 3, -2.5 → -2. */
export const roundHalfUp: RoundingFn = (numerator, denominator) => {
  const { q, half, sign } = rationalParts(numerator, denominator);
  const up = half > 0 || (half === 0 && sign > 0n);
  return sign * (up ? q + 1n : q);
};

/** Half towards −∞: 2.5 → 2, -2.5 → -3. */
export const roundHalfDown: RoundingFn = (numerator, denominator) => {
  const { q, half, sign } = rationalParts(numerator, denominator);
  const up = half > 0 || (half === 0 && sign < 0n);
  return sign * (up ? q + 1n : q);
};

/** Towards zero (truncation): 2.9 → 2, -2.9 → -2. */
export const roundTowardZero: RoundingFn = (numerator, denominator) => {
  const { q, sign } = rationalParts(numerator, denominator);
  return sign * q;
};

/** Away from zero: 2.1 → 3, -2.1 → -3. */
export const roundAwayFromZero: RoundingFn = (numerator, denominator) => {
  const { q, half, sign } = rationalParts(numerator, denominator);
  return sign * (half === -2 ? q : q + 1n);
};

/** Towards −∞: 2.9 → 2, -2.1 → -3. */
export const roundFloor: RoundingFn = (numerator, denominator) => {
  const { q, half, sign } = rationalParts(numerator, denominator);
  return sign < 0n && half !== -2 ? -(q + 1n) : sign * q;
};

/** Towards +∞: 2.1 → 3, -2.9 → -2. */
export const roundCeiling: RoundingFn = (numerator, denominator) => {
  const { q, half, sign } = rationalParts(numerator, denominator);
  return sign > 0n && half !== -2 ? q + 1n : sign * q;
};
