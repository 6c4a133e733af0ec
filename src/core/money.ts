// Money as integer minor units: the guard, canonical parsing and printing, formatting and checked arithmetic.
import { currencyDigits, currencySymbol, currencyUnitZh } from './currency';
import type { CurrencyCode, Lang, Minor, Money } from './types';

export { currencyDigits } from './currency';

/** The one way to make a Minor from a number: rejects non-integers and values beyond the safe range. */
export function minor(n: number): Minor {
  if (!Number.isSafeInteger(n)) throw new RangeError(`minor: ${n} is not a safe integer count of minor units`);
  return (n === 0 ? 0 : n) as Minor;
}

/** Zero minor units. */
export const MINOR_ZERO: Minor = 0 as Minor;

/** An amount of a currency; the literal type of `currency` is kept for compile-time checks. */
export function money<C extends CurrencyCode>(amount: Minor, currency: C): Money<C> {
  return { amount, currency };
}

const CANONICAL = /^(-?)(\d*)(?:\.(\d*))?$/;

/**
 * Parses canonical decimal text ("-1234.5", ".5", "12") in major units to minor units of `currency`.
 * Extra decimals are rounded half away from zero, by digit arithmetic (never a float multiply).
 * Returns null for anything else (grouping, symbols, exponents, blanks) or beyond the safe range.
 */
export function moneyParse(text: string, currency: CurrencyCode): Minor | null {
  const match = CANONICAL.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const digits = currencyDigits(currency);
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const roundUp = fraction.length > digits && fraction.charCodeAt(digits) >= 0x35; // first dropped digit ≥ 5
  const units = (whole + kept).replace(/^0+(?=\d)/, '') || '0';
  if (units.length > 16) return null;
  const magnitude = Number(units) + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(magnitude)) return null;
  return minor(sign === '-' ? -magnitude : magnitude);
}

/** Canonical decimal text in major units: "1234.50", "-0.05"; JPY "1234". Round-trips with moneyParse. */
export function moneyToDecimalString(amount: Minor, currency: CurrencyCode): string {
  const digits = currencyDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  // Whole and fraction by arithmetic (a report prints hundreds of thousands of amounts); the division can
  // be one off only near 2^53, which the range check on the fraction catches.
  if (digits > 0) {
    const unit = 10 ** digits;
    const whole = Math.floor(magnitude / unit);
    const fraction = magnitude - whole * unit;
    if (fraction >= 0 && fraction < unit) return `${sign}${whole}.${String(fraction).padStart(digits, '0')}`;
  }
  const text = String(magnitude).padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Groups the integer part with commas: "1234567.50" → "1,234,567.50". */
function decimalGroup(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export type MoneyStyle = 'symbol' | 'suffix';

/**
 * Display text for people: 'symbol' gives "¥1,234.50", "-$0.05"; 'suffix' gives "1,234.50 元" (zh-CN)
 * or "1,234.50 CNY" (en). Never parse this back; use moneyToDecimalString for data.
 */
export function moneyFormat(amount: Minor, currency: CurrencyCode, lang: Lang, style: MoneyStyle = 'symbol'): string {
  const sign = amount < 0 ? '-' : '';
  const body = decimalGroup(moneyToDecimalString(minor(Math.abs(amount)), currency));
  if (style === 'symbol') return `${sign}${currencySymbol(currency)}${body}`;
  const unit = lang === 'zh-CN' ? currencyUnitZh(currency) : currency.toUpperCase();
  return `${sign}${body} ${unit}`;
}

/** Run-time half of the currency check (the compile-time half is NoInfer<C>). */
function moneyAssertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new TypeError(`money: cannot combine ${a.currency} with ${b.currency}`);
  }
}

/** a + b of the same currency; CNY + USD fails to compile when both currencies are literal types. */
export function moneyAdd<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  moneyAssertSameCurrency(a, b);
  return money(minor(a.amount + b.amount), a.currency);
}

/** a − b of the same currency. */
export function moneySub<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  moneyAssertSameCurrency(a, b);
  return money(minor(a.amount - b.amount), a.currency);
}

/** Σ amounts, all of `currency` (the currency is given so an empty list has one). */
export function moneySum<C extends CurrencyCode>(currency: C, amounts: readonly Money<NoInfer<C>>[]): Money<C> {
  let total = 0;
  for (const item of amounts) {
    moneyAssertSameCurrency({ amount: MINOR_ZERO, currency }, item);
    total += item.amount;
  }
  return money(minor(total), currency);
}

/** Σ of bare minor amounts (all of one currency by construction of the caller). */
export function minorSum(amounts: Iterable<Minor>): Minor {
  let total = 0;
  for (const amount of amounts) total += amount;
  return minor(total);
}

/** a + b of bare minor amounts; throws if the result leaves the safe range. */
export function minorAdd(a: Minor, b: Minor): Minor {
  return minor(a + b);
}

/** a − b of bare minor amounts. */
export function minorSub(a: Minor, b: Minor): Minor {
  return minor(a - b);
}

/** −a. */
export function minorNegate(a: Minor): Minor {
  return minor(-a);
}

/** The smaller of two amounts. */
export function minorMin(a: Minor, b: Minor): Minor {
  return a <= b ? a : b;
}
