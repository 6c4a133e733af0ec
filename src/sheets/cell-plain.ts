// Plain number text ("-1234.50", "7"): read straight from its characters, the shape of nearly every CSV amount.
// Each reader gives exactly what the general codec (cellNumberText → moneyParse / decimalParse) gives for the
// same text, or undefined when the text is not plain and the general codec must decide.

/** Where the parts of the last plain text scanned sit (one scan per cell; no arrays or substrings made). */
interface PlainParts {
  negative: boolean;
  /** Integer digits are [intStart, intEnd); fraction digits [fracStart, fracEnd) (empty when no point). */
  intStart: number;
  intEnd: number;
  fracStart: number;
  fracEnd: number;
}

const parts: PlainParts = { negative: false, intStart: 0, intEnd: 0, fracStart: 0, fracEnd: 0 };

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Scans `-?\d+(\.\d+)?` into `parts`; false for any other text. */
function plainScan(text: string): boolean {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  parts.negative = i === 1;
  parts.intStart = i;
  while (i < n && isDigitAt(text, i)) i += 1;
  parts.intEnd = i;
  if (i === parts.intStart) return false;
  parts.fracStart = parts.fracEnd = i;
  if (i === n) return true;
  if (text.charCodeAt(i) !== 46) return false;
  i += 1;
  parts.fracStart = i;
  while (i < n && isDigitAt(text, i)) i += 1;
  parts.fracEnd = i;
  return i === n && i > parts.fracStart;
}

/**
 * True when the scanned text also matches cell-number's plainDecimal (no leading zero, ≤ 15 integer digits,
 * a fraction of ≤ 15 digits ending in 1–9): such text skips the general path's 15-significant-digit check.
 */
function plainIsCanonical(text: string): boolean {
  const intLength = parts.intEnd - parts.intStart;
  if (intLength > 15 || (intLength > 1 && text.charCodeAt(parts.intStart) === 48)) return false;
  const fracLength = parts.fracEnd - parts.fracStart;
  return fracLength === 0 || (fracLength <= 15 && text.charCodeAt(parts.fracEnd - 1) !== 48);
}

/** Significant digits once leading and trailing zeros are dropped (what the general path limits to 15). */
function plainSignificantDigits(text: string): number {
  let fracEnd = parts.fracEnd;
  while (fracEnd > parts.fracStart && text.charCodeAt(fracEnd - 1) === 48) fracEnd -= 1;
  let start = parts.intStart;
  while (start < parts.intEnd && text.charCodeAt(start) === 48) start += 1;
  if (start === parts.intEnd) {
    start = parts.fracStart;
    while (start < fracEnd && text.charCodeAt(start) === 48) start += 1;
    return fracEnd - start;
  }
  return parts.intEnd - start + (fracEnd - parts.fracStart);
}

/** The scanned text is plain but the general path would refuse it as more than 15 significant digits. */
function plainTooLong(text: string): boolean {
  return !plainIsCanonical(text) && plainSignificantDigits(text) > 15;
}

/** Digits [start, end) as a number, leading zeros skipped; counts kept digits in `digitCount`. */
let digitCount = 0;

function digitsAdd(text: string, start: number, end: number, value: number): number {
  let v = value;
  for (let i = start; i < end; i += 1) {
    const d = text.charCodeAt(i) - 48;
    if (digitCount === 0 && d === 0) continue;
    v = v * 10 + d;
    digitCount += 1;
  }
  return v;
}

/**
 * Minor units of plain text in a currency with `digits` decimals, rounded half away from zero: moneyParse's
 * result (null = invalid amount), or undefined when the text is not plain.
 */
export function plainMoney(text: string, digits: number): number | null | undefined {
  if (!plainScan(text)) return undefined;
  if (plainTooLong(text)) return null;
  const fracLength = parts.fracEnd - parts.fracStart;
  const keptEnd = parts.fracStart + Math.min(fracLength, digits);
  digitCount = 0;
  let units = digitsAdd(text, parts.intStart, parts.intEnd, 0);
  units = digitsAdd(text, parts.fracStart, keptEnd, units);
  // The missing decimals are zeros (padEnd in moneyParse): they count as digits once a digit was kept.
  for (let k = fracLength; k < digits; k += 1) {
    if (digitCount > 0) digitCount += 1;
    units *= 10;
  }
  if (Math.max(digitCount, 1) > 16) return null;
  if (fracLength > digits && text.charCodeAt(parts.fracStart + digits) >= 53) units += 1;
  if (!Number.isSafeInteger(units)) return null;
  return parts.negative && units !== 0 ? -units : units;
}

/** A plain decimal as units and scale (decimalParse's result; null = invalid), or undefined when not plain. */
export function plainDecimalParts(text: string): { units: number; scale: number } | null | undefined {
  if (!plainScan(text)) return undefined;
  if (plainTooLong(text)) return null;
  let fracEnd = parts.fracEnd;
  while (fracEnd > parts.fracStart && text.charCodeAt(fracEnd - 1) === 48) fracEnd -= 1;
  digitCount = 0;
  let units = digitsAdd(text, parts.intStart, parts.intEnd, 0);
  units = digitsAdd(text, parts.fracStart, fracEnd, units);
  if (digitCount > 16 || !Number.isSafeInteger(units)) return null;
  const scale = units === 0 ? 0 : fracEnd - parts.fracStart;
  return { units: parts.negative && units !== 0 ? -units : units, scale };
}
