// Number cells as canonical decimal text: currency signs, thousands separators, full-width digits, (negatives).
import { cellText } from './cell-text';

/** A decimal number as exact text: optional "-", digits, optional "." and digits ("-1234.50"). */
export type DecimalText = string;

export type NumberFailure = 'not-a-number' | 'too-large';

export type NumberResult =
  | { readonly ok: true; readonly text: DecimalText }
  | { readonly ok: false; readonly reason: NumberFailure };

/** At most this many significant digits: keeps every amount a safe integer of minor units. */
const maxDigits = 15;

/**
 * Currency marks accepted around an amount and dropped (the row's currency decides the precision).
 * Longest first so "US$" is removed before "$".
 */
const currencyMarks = [
  '人民币元', '人民币', 'rmb', 'cny', 'usd', 'us$', 'hk$', 'hkd', 'eur', 'gbp', 'jpy', '美元', '港元', '港币', '欧元',
  '¥', '$', '€', '£', '元', '圆', '円',
];

/**
 * Reads a number cell the way people type amounts. Accepted: JS numbers; text with a currency mark before or
 * after (`¥1,234.50`, `￥1,234.50`, `1,234.50元`, `RMB 1,234.50`, `$1,234.50`); commas or spaces as
 * thousands separators in groups of three; a leading + or -; `(1,234.50)` as negative (accounting style);
 * full-width digits and punctuation (`１２３４．５`); a trailing 万 (×10,000, `1.5万`).
 * Rejected, never guessed: a decimal comma (`1 234,50`, `12,5`) because `1,234` would then be ambiguous;
 * formulas and anything else (`=SUM(A1)`, `@x`, `+1-555`, `1e5` text); more than 15 significant digits.
 */
export function cellNumberText(value: unknown): NumberResult {
  if (typeof value === 'number') return numberToDecimalText(value);
  if (typeof value === 'boolean' || typeof value === 'object') return { ok: false, reason: 'not-a-number' };
  return textToDecimalText(cellText(value));
}

/** A JS number as exact decimal text of its shortest round-trip form (0.1 + 0.2 → "0.30000000000000004"). */
export function numberToDecimalText(value: number): NumberResult {
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (Math.abs(value) >= 1e15) return { ok: false, reason: 'too-large' };
  const text = String(value);
  if (!/e/i.test(text)) return { ok: true, text: decimalTextTidy(text) };
  const [mantissa = '0', exponent = '0'] = text.toLowerCase().split('e');
  return { ok: true, text: decimalShift(decimalTextTidy(mantissa), Number(exponent)) };
}

/** Plain decimals as most cells hold them ("1234.50", "-7"): no need for the slow path. */
export const plainDecimal = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{0,14}[1-9])?$/;

function textToDecimalText(raw: string): NumberResult {
  if (plainDecimal.test(raw) && raw !== '-0') return { ok: true, text: raw };
  let text = raw.normalize('NFKC').replace(/[\u2212\u2012\u2013\u2014\ufe63]/g, '-').replace(/\s+/g, ' ').trim();
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = (parenthesised[1] ?? '').trim();
  }
  const before = signStrip(text, negative);
  text = currencyStrip(before.text);
  // One sign at most, before or after the currency mark ("-¥5", "¥-5"; never "--5").
  ({ text, negative } = before.text === text ? before : signStrip(text, before.negative));
  let shift = 0;
  if (/万$/.test(text)) {
    shift = 4;
    text = text.slice(0, -1).trim();
  }
  const digits = groupedDigits(text);
  if (digits === null) return { ok: false, reason: 'not-a-number' };
  const tidy = decimalShift(decimalTextTidy(digits), shift);
  if (tidy.replace(/^-|\./g, '').replace(/^0+/, '').length > maxDigits) return { ok: false, reason: 'too-large' };
  return { ok: true, text: negative && tidy !== '0' ? `-${tidy}` : tidy };
}

/** Removes one leading "+" or "-" (flipping `negative` for "-"). */
function signStrip(text: string, negative: boolean): { text: string; negative: boolean } {
  if (text.startsWith('-')) return { text: text.slice(1).trim(), negative: !negative };
  if (text.startsWith('+')) return { text: text.slice(1).trim(), negative };
  return { text, negative };
}

/** Removes one currency mark at the start and one at the end. */
function currencyStrip(text: string): string {
  let result = text;
  let lower = result.toLowerCase();
  const head = currencyMarks.find((mark) => lower.startsWith(mark));
  if (head) {
    result = result.slice(head.length).trim();
    lower = result.toLowerCase();
  }
  const tail = currencyMarks.find((mark) => lower.endsWith(mark));
  if (tail) result = result.slice(0, result.length - tail.length).trim();
  return result;
}

/** Plain digits with an optional fraction, after removing thousands separators; null when malformed. */
function groupedDigits(text: string): string | null {
  if (/^\d+(\.\d+)?$/.test(text) || /^\d*\.\d+$/.test(text)) return text;
  if (/^\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(text)) {
    const separator = text.includes(',') ? ',' : ' ';
    if (text.includes(',') && /\d \d/.test(text)) return null;
    return text.split(separator).join('');
  }
  return null;
}

/** Drops leading zeros of the integer part and trailing zeros of the fraction ("007.50" → "7.5"). */
export function decimalTextTidy(text: string): DecimalText {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [whole = '', fraction = ''] = body.split('.');
  const integer = whole.replace(/^0+(?=\d)/, '') || '0';
  const trimmed = fraction.replace(/0+$/, '');
  const result = trimmed ? `${integer}.${trimmed}` : integer;
  return negative && result !== '0' ? `-${result}` : result;
}

/** The decimal text times 10^shift, exactly ("1.5", 4 → "15000"; "13", -2 → "0.13"). */
export function decimalShift(text: DecimalText, shift: number): DecimalText {
  if (shift === 0) return text;
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = body.split('.');
  let digits = whole + fraction;
  let point = whole.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const shifted = decimalTextTidy(`${digits.slice(0, point) || '0'}.${digits.slice(point)}`);
  return negative && shifted !== '0' ? `-${shifted}` : shifted;
}

/** True when the decimal text is negative. */
export function decimalTextIsNegative(text: DecimalText): boolean {
  return text.startsWith('-');
}

/** True when the decimal text is zero. */
export function decimalTextIsZero(text: DecimalText): boolean {
  return text === '0';
}
