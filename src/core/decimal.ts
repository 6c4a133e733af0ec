// Exact decimals (quantities, unit prices, tax rates) and the sales-line amount computed from them.
import { currencyDigits } from './currency';
import { minor } from './money';
import { roundHalfAwayFromZero, type RoundingFn } from './rounding';
import type { CurrencyCode, Decimal, Minor } from './types';

const CANONICAL = /^(-?)(\d*)(?:\.(\d*))?$/;

/** Builds a Decimal, dropping trailing fraction zeros so units stay small ({1500, 3} → {15, 1}). */
export function decimalMake(units: number, scale: number): Decimal {
  if (!Number.isSafeInteger(units) || !Number.isInteger(scale) || scale < 0) {
    throw new RangeError(`decimal: ${units}e-${scale} is not a safe decimal`);
  }
  let u = units;
  let s = scale;
  while (s > 0 && u % 10 === 0) {
    u /= 10;
    s -= 1;
  }
  return { units: u === 0 ? 0 : u, scale: u === 0 ? 0 : s };
}

export const DECIMAL_ZERO: Decimal = { units: 0, scale: 0 };
export const DECIMAL_ONE: Decimal = { units: 1, scale: 0 };

/** Parses canonical text "-12.345", ".5", "7" (no grouping, no exponent). null when not canonical or unsafe. */
export function decimalParse(text: string): Decimal | null {
  const match = CANONICAL.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', rawFraction = ''] = match;
  if (whole === '' && rawFraction === '') return null;
  const fraction = rawFraction.replace(/0+$/, '');
  const digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return null;
  const units = Number(digits);
  if (!Number.isSafeInteger(units)) return null;
  return decimalMake(sign === '-' ? -units : units, fraction.length);
}

/** Exact Decimal of a finite JS number via its shortest round-trip text (0.1 → {1, 1}; 1e-7 → {1, 7}). */
export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`decimal: ${value} is not finite`);
  const [mantissa = '0', exponentText] = String(value).split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const parsed = decimalParse(mantissa);
  if (!parsed) throw new RangeError(`decimal: cannot represent ${value}`);
  if (exponent >= 0) return decimalShift(parsed, exponent);
  return decimalMake(parsed.units, parsed.scale - exponent);
}

/** Canonical text of a decimal: "-12.345", "0.5", "7". */
export function decimalToString(value: Decimal): string {
  const sign = value.units < 0 ? '-' : '';
  const text = String(Math.abs(value.units)).padStart(value.scale + 1, '0');
  if (value.scale === 0) return sign + text;
  return `${sign}${text.slice(0, -value.scale)}.${text.slice(-value.scale)}`;
}

/** value × 10^power, exactly (power may be negative). Major units → minor units is decimalShift(x, 2). */
export function decimalShift(value: Decimal, power: number): Decimal {
  if (power <= 0) return decimalMake(value.units, value.scale - power);
  const keep = Math.min(power, value.scale);
  const units = value.units * 10 ** (power - keep);
  return decimalMake(units, value.scale - keep);
}

/** A price or amount in major units of `currency` as a Decimal of its minor units (12.345 USD → 1234.5). */
export function decimalMajorToMinor(value: Decimal, currency: CurrencyCode): Decimal {
  return decimalShift(value, currencyDigits(currency));
}

/** The exact rational of a decimal as BigInt numerator and denominator. */
export function decimalToRational(value: Decimal): { numerator: bigint; denominator: bigint } {
  return { numerator: BigInt(value.units), denominator: 10n ** BigInt(value.scale) };
}

/** Back from a BigInt numerator over 10^scale; throws when the result is not a safe decimal. */
function decimalFromBig(units: bigint, scale: number): Decimal {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s -= 1;
  }
  return decimalMake(Number(u), s);
}

/** a × b exactly; throws (programmer error) only if the product does not fit a safe decimal. */
export function decimalMultiply(a: Decimal, b: Decimal): Decimal {
  return decimalFromBig(BigInt(a.units) * BigInt(b.units), a.scale + b.scale);
}

/** a + b exactly. */
export function decimalAdd(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  const units = BigInt(a.units) * 10n ** BigInt(scale - a.scale) + BigInt(b.units) * 10n ** BigInt(scale - b.scale);
  return decimalFromBig(units, scale);
}

/** Compares a and b: negative, zero or positive. */
export function decimalCompare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = BigInt(a.units) * 10n ** BigInt(scale - a.scale);
  const right = BigInt(b.units) * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** True when the decimal is zero. */
export function decimalIsZero(value: Decimal): boolean {
  return value.units === 0;
}

/** Rounds a Decimal that counts minor units to a whole Minor with the given rounding mode. */
export function decimalToMinor(value: Decimal, roundingFn: RoundingFn = roundHalfAwayFromZero): Minor {
  const { numerator, denominator } = decimalToRational(value);
  return minorFromBig(roundingFn(numerator, denominator));
}

/** A BigInt count of minor units as a Minor (throws beyond the safe range). */
function minorFromBig(value: bigint): Minor {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`minor: ${value} is beyond the safe range`);
  }
  return minor(Number(value));
}

/**
 * A sales line's tax-inclusive amount: round_half_away(quantity × unitPrice × (1 + taxRate)), computed
 * exactly. `unitPrice` is a Decimal counting minor units (use decimalMajorToMinor on a major-unit price).
 */
export function saleLineAmount(quantity: Decimal, unitPrice: Decimal, taxRate: Decimal): Minor {
  const fast = saleLineAmountSafe(quantity, unitPrice, taxRate);
  if (fast !== null) return fast;
  const rateDenominator = 10n ** BigInt(taxRate.scale);
  const numerator = BigInt(quantity.units) * BigInt(unitPrice.units) * (rateDenominator + BigInt(taxRate.units));
  const denominator = 10n ** BigInt(quantity.scale + unitPrice.scale) * rateDenominator;
  return minorFromBig(roundHalfAwayFromZero(numerator, denominator));
}

/**
 * saleLineAmount with plain numbers when every intermediate product is a safe integer (the usual case):
 * the quotient from a float division is corrected by its exact remainder, so the result is still exact.
 * null when a product would leave the safe range (then BigInt is used).
 */
function saleLineAmountSafe(quantity: Decimal, unitPrice: Decimal, taxRate: Decimal): Minor | null {
  const scale = quantity.scale + unitPrice.scale + taxRate.scale;
  if (scale > 15) return null;
  const rateDenominator = 10 ** taxRate.scale;
  const gross = quantity.units * unitPrice.units;
  const numerator = gross * (rateDenominator + taxRate.units);
  if (!Number.isSafeInteger(gross) || !Number.isSafeInteger(numerator)) return null;
  const denominator = 10 ** scale;
  const magnitude = Math.abs(numerator);
  if (magnitude > Number.MAX_SAFE_INTEGER - denominator) return null; // keeps quotient × denominator exact
  let quotient = Math.floor(magnitude / denominator);
  let remainder = magnitude - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  if (2 * remainder >= denominator) quotient += 1;
  return minor(numerator < 0 ? -quotient : quotient);
}

/** The tax-exclusive amount of a line: round_half_away(quantity × unitPrice), exactly. */
export function saleLineNetAmount(quantity: Decimal, unitPrice: Decimal): Minor {
  const numerator = BigInt(quantity.units) * BigInt(unitPrice.units);
  return minorFromBig(roundHalfAwayFromZero(numerator, 10n ** BigInt(quantity.scale + unitPrice.scale)));
}
