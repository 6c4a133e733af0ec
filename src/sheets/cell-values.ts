// Typed cell codecs: one messy cell → one canonical domain value (Minor, Decimal, IsoDate, choice) or a failure code.
import { currencyDigits, isCurrencyCode } from '../core/currency';
import { dateFromParts } from '../core/dates';
import { decimalParse } from '../core/decimal';
import { moneyParse } from '../core/money';
import type { CurrencyCode, Decimal, IsoDate, Minor } from '../core/types';
import { currencyChoices, choiceFind, type ChoiceSchema } from './choices';
import { cellDateParts, type DateOrder } from './cell-date';
import { plainDecimalParts, plainMoney } from './cell-plain';
import { cellNumberText, decimalShift, plainDecimal, type DecimalText } from './cell-number';
import { cellText } from './cell-text';

/** Why a cell could not be read; the row codec turns it into a Problem naming tab, row, column and value. */
export type CellFailureCode =
  | 'invalid-amount'
  | 'invalid-number'
  | 'invalid-rate'
  | 'invalid-date'
  | 'ambiguous-date'
  | 'invalid-choice'
  | 'invalid-currency';

export type CellResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: CellFailureCode; readonly params?: Readonly<Record<string, string>> };

function ok<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

function fail<T>(code: CellFailureCode, params?: Record<string, string>): CellResult<T> {
  return params ? { ok: false, code, params } : { ok: false, code };
}

/** An amount in minor units of `currency` (rounded half away from zero beyond its precision). */
export function cellMoney(value: unknown, currency: CurrencyCode): CellResult<Minor> {
  if (typeof value === 'string') {
    const plain = plainMoney(value, currencyDigits(currency));
    if (plain !== undefined) return plain === null ? fail('invalid-amount') : ok(plain as Minor);
  }
  return cellMoneyGeneral(value, currency);
}

/** cellMoney without the plain-text shortcut: the reference the shortcut is tested against. */
export function cellMoneyGeneral(value: unknown, currency: CurrencyCode): CellResult<Minor> {
  if (typeof value === 'string' && plainDecimal.test(value)) {
    const amount = moneyParse(value, currency);
    return amount === null ? fail('invalid-amount') : ok(amount);
  }
  const number = cellNumberText(value);
  if (!number.ok) return fail('invalid-amount');
  const amount = moneyParse(number.text, currency);
  return amount === null ? fail('invalid-amount') : ok(amount);
}

/** An exact decimal (quantity, unit price in major units). */
export function cellDecimal(value: unknown): CellResult<Decimal> {
  if (typeof value === 'string' && !wholeSmall.test(value)) {
    const plain = plainDecimalParts(value);
    if (plain !== undefined) return plain === null ? fail('invalid-number') : ok(plain);
  }
  return cellDecimalGeneral(value);
}

/** Whole numbers (quantities) are most cells: no need for the general path, and small ones are shared. */
const wholeSmall = /^[1-9]\d{0,8}$/;

/** cellDecimal without the plain-text shortcut: the reference the shortcut is tested against. */
export function cellDecimalGeneral(value: unknown): CellResult<Decimal> {
  if (typeof value === 'string' && wholeSmall.test(value)) {
    const units = Number(value);
    return units < smallWholes.length ? (smallWholes[units] as CellResult<Decimal>) : ok({ units, scale: 0 });
  }
  const number = cellNumberText(value);
  if (!number.ok) return fail('invalid-number');
  const decimal = decimalParse(number.text);
  return decimal === null ? fail('invalid-number') : ok(decimal);
}

/** The decoded results of 0 … 999, made once (frozen: they are shared by every row). */
const smallWholes: readonly CellResult<Decimal>[] = Array.from({ length: 1000 }, (_, units) =>
  Object.freeze({ ok: true as const, value: Object.freeze({ units, scale: 0 }) }),
);

/**
 * A tax rate as a fraction (0.13). `13%` and `0.13` are 13%; a bare number of 1 or more is a percent too
 * (`13` → 13%, `1` → 1%, as small-scale taxpayers' 1% and 3% rates are typed), because no tax rate is
 * 100% or more. Negative rates and rates of 100% or more are rejected.
 */
export function cellRate(value: unknown): CellResult<Decimal> {
  const common = typeof value === 'string' ? commonRates.get(value) : undefined;
  if (common) return common;
  const raw = typeof value === 'string' ? cellText(value).normalize('NFKC').trim() : value;
  const percent = typeof raw === 'string' && raw.endsWith('%');
  const number = cellNumberText(percent ? (raw as string).slice(0, -1) : raw);
  if (!number.ok || number.text.startsWith('-')) return fail('invalid-rate');
  const fractionText: DecimalText = percent || decimalTextAtLeastOne(number.text) ? decimalShift(number.text, -2) : number.text;
  const rate = decimalParse(fractionText);
  if (rate === null || decimalTextAtLeastOne(fractionText)) return fail('invalid-rate');
  return ok(rate);
}

/** The rates people type most, decoded once. */
const commonRates = new Map<string, CellResult<Decimal>>(
  ['0%', '1%', '3%', '5%', '6%', '9%', '10%', '13%', '16%', '17%'].map((text) => [text, cellRateSlow(text)]),
);

function cellRateSlow(text: string): CellResult<Decimal> {
  const rate = decimalParse(decimalShift(text.slice(0, -1), -2));
  return rate === null ? fail('invalid-rate') : ok(rate);
}

function decimalTextAtLeastOne(text: DecimalText): boolean {
  const whole = text.replace(/^-/, '').split('.')[0] ?? '0';
  return whole !== '0';
}

/** A whole number of days ≥ 0: `30`, `30天`, `30 days`, `Net 30`, `N30`. */
export function cellDays(value: unknown): CellResult<number> {
  const text = typeof value === 'number' ? String(value) : cellText(value).normalize('NFKC').trim();
  const match = /^(?:net\s*|n)?(\d{1,4})(?:\.0+)?\s*(?:天|日|days?|d)?$/i.exec(text);
  return match ? ok(Number(match[1])) : fail('invalid-number');
}

/** A calendar date (see cellDateParts for the accepted forms and the D/M/Y rule). */
export function cellDate(value: unknown, order: DateOrder): CellResult<IsoDate> {
  if (typeof value !== 'string') return cellDateDecode(value, order);
  // Rows are often in date order: the same text as the row before needs no lookup at all.
  if (value === lastDate.text && order === lastDate.order) return lastDate.result;
  // A book has few distinct dates and many rows: decode each text once.
  const cache = dateCaches[order ?? 'YMD'];
  let result = cache.get(value);
  if (!result) {
    if (cache.size >= dateCacheMax) cache.clear();
    result = cellDateDecode(value, order);
    cache.set(value, result);
  }
  lastDate.text = value;
  lastDate.order = order;
  lastDate.result = result;
  return result;
}

/** The last date text decoded, with its order and result. */
const lastDate: { text: string; order: DateOrder; result: CellResult<IsoDate> } = { text: '', order: null, result: fail('invalid-date') };

const dateCacheMax = 50000;
const dateCaches = { YMD: new Map<string, CellResult<IsoDate>>(), MDY: new Map<string, CellResult<IsoDate>>(), DMY: new Map<string, CellResult<IsoDate>>() };

function cellDateDecode(value: unknown, order: DateOrder): CellResult<IsoDate> {
  const result = cellDateParts(value, order);
  if (result.ok) {
    const date = dateFromParts(result.parts.year, result.parts.month, result.parts.day);
    return date === null ? fail('invalid-date') : ok(date);
  }
  return fail(result.reason === 'ambiguous' ? 'ambiguous-date' : 'invalid-date');
}

/** One of `choices`, by value, English or Chinese label or synonym. */
export function cellChoice<V extends string>(choices: readonly ChoiceSchema<V>[], value: unknown): CellResult<V> {
  const found = choiceFind(choices, cellText(value));
  if (found !== null) return ok(found);
  const allowed = choices.map((c) => `${c.label.en}/${c.label['zh-CN']}`).join(', ');
  return fail('invalid-choice', { choices: allowed });
}

/** An ISO-4217 code (`cny` → CNY) or a common name or symbol (人民币, RMB, ¥ → CNY; 美元, US$ → USD). */
export function cellCurrency(value: unknown): CellResult<CurrencyCode> {
  const text = cellText(value).normalize('NFKC').trim();
  const named = choiceFind(currencyChoices, text);
  if (named !== null) return ok(named);
  const code = text.toUpperCase();
  return isCurrencyCode(code) ? ok(code) : fail('invalid-currency');
}

/** cellChoice with the arguments the other way round, for RowReader.required/optional(key, decode, arg). */
export function cellChoiceOf<V extends string>(value: unknown, choices: readonly ChoiceSchema<V>[]): CellResult<V> {
  return cellChoice(choices, value);
}

/** TRUE/FALSE as Sheets and Excel give them, and yes/no, 是/否, Y/N, 1/0 as people type them. */
export function cellBoolean(value: unknown): CellResult<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (value === 1 || value === 0) return ok(value === 1);
  const text = cellText(value).normalize('NFKC').trim().toLowerCase();
  if (['true', 'yes', 'y', '是', '对', '1', '√', 'x', '✓'].includes(text)) return ok(true);
  if (['false', 'no', 'n', '否', '不', '0', '×'].includes(text)) return ok(false);
  return fail('invalid-choice', { choices: 'TRUE/FALSE, 是/否' });
}
