// Date cells: Sheets serial numbers, JS Dates from getValues, and the ways people type dates, as calendar dates.
import { cellText, isDateObject } from './cell-text';

/**
 * How to read a date like 1/5/2026 whose day and month are both ≤ 12: 'MDY' (US), 'DMY' (UK/Europe), or
 * null = refuse and ask (a Settings "Date Order" row or the CLI option decides). Dates that put the year
 * first (2026/1/5, 2026年1月5日) are never ambiguous.
 */
export type DateOrder = 'MDY' | 'DMY' | null;

/** A calendar date as parts; the row codec turns it into an IsoDate through src/core/dates. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type DateFailure = 'not-a-date' | 'ambiguous' | 'out-of-range';

export type DateResult =
  | { readonly ok: true; readonly parts: DateParts }
  | { readonly ok: false; readonly reason: DateFailure };

/** Sheets serial day 0 is 1899-12-30; accepted serials cover 1900-01-01 … 9999-12-31. */
const serialMin = 2;
const serialMax = 2958465;

/**
 * Reads a date cell. Accepted:
 * - numbers: Sheets/Excel serial days (45000 = 2023-03-15); the time-of-day fraction is dropped;
 * - JS Date (what getValues returns for date cells): its calendar date in the script's time zone, read with
 *   getFullYear/getMonth/getDate — Apps Script builds the Date at midnight of the spreadsheet's zone, and
 *   the script zone is set to match, so no day shifts (UTC getters would shift east-of-UTC dates by a day);
 * - text `2026-01-05`, `2026/1/5`, `2026.1.5`, `2026年1月5日`, `20260105`, each optionally followed by a time;
 * - text `5/1/2026`, `1-5-2026`, `5.1.2026` (year last): by `order` when day and month are both ≤ 12, else
 *   by whichever reading is valid.
 * Two-digit years, month names and impossible dates (2026-02-30) are rejected.
 */
export function cellDateParts(value: unknown, order: DateOrder): DateResult {
  if (typeof value === 'number') return serialToParts(value);
  if (isDateObject(value)) return dateObjectToParts(value as Date);
  if (typeof value !== 'string') return { ok: false, reason: 'not-a-date' };
  const iso = isoDate.exec(value);
  if (iso) return partsChecked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return textToParts(cellText(value).normalize('NFKC').replace(/\s+/g, ' '), order);
}

function serialToParts(serial: number): DateResult {
  if (!Number.isFinite(serial)) return { ok: false, reason: 'not-a-date' };
  const day = Math.floor(serial);
  if (day < serialMin || day > serialMax) return { ok: false, reason: 'out-of-range' };
  // Day arithmetic on UTC midnight: no time zone can move it.
  const utc = new Date(Date.UTC(1899, 11, 30) + day * 86400000);
  return partsChecked(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

function dateObjectToParts(date: Date): DateResult {
  if (Number.isNaN(date.getTime())) return { ok: false, reason: 'not-a-date' };
  return partsChecked(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const yearFirst = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const yearLast = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

function textToParts(text: string, order: DateOrder): DateResult {
  const first = yearFirst.exec(text) ?? compact.exec(text);
  if (first) return partsChecked(Number(first[1]), Number(first[2]), Number(first[3]));
  const last = yearLast.exec(text);
  if (!last) return { ok: false, reason: 'not-a-date' };
  const a = Number(last[1]);
  const b = Number(last[3]);
  const year = Number(last[4]);
  if (a === b) return partsChecked(year, a, b);
  if (a > 12) return partsChecked(year, b, a);
  if (b > 12) return partsChecked(year, a, b);
  if (order === 'MDY') return partsChecked(year, a, b);
  if (order === 'DMY') return partsChecked(year, b, a);
  return { ok: false, reason: 'ambiguous' };
}

/** The parts when they name a real calendar day of years 1900 … 9999. */
function partsChecked(year: number, month: number, day: number): DateResult {
  if (year < 1900 || year > 9999) return { ok: false, reason: 'out-of-range' };
  if (month < 1 || month > 12 || day < 1) return { ok: false, reason: 'not-a-date' };
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return { ok: false, reason: 'not-a-date' };
  return { ok: true, parts: { year, month, day } };
}
