// Calendar dates as YYYY-MM-DD text, with pure integer day arithmetic (days from civil; no Date, no zones).
import type { IsoDate } from './types';

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Year, month and day of a day number (civil_from_days). */
export function dayNumberToParts(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month of a year (Gregorian leap rules). */
export function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The IsoDate of year/month/day, or null when it is not a real date in years 1–9999. */
export function dateFromParts(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** Strict parse of "YYYY-MM-DD" naming a real date (2026-02-30 → null). */
export function dateParse(text: string): IsoDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return dateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Year, month, day of a date. */
export function dateToParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before). */
export function dateToDayNumber(date: IsoDate): number {
  const { year, month, day } = dateToParts(date);
  return dayNumberFromParts(year, month, day);
}

/** The date of a day number; throws outside years 1–9999 (programmer error). */
export function dateFromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = dayNumberToParts(dayNumber);
  const date = dateFromParts(year, month, day);
  if (!date) throw new RangeError(`date: day number ${dayNumber} is outside years 1–9999`);
  return date;
}

/** date + n days (n may be negative). */
export function dateAddDays(date: IsoDate, days: number): IsoDate {
  return dateFromDayNumber(dateToDayNumber(date) + days);
}

/** Days from `from` to `to`, i.e. to − from: (2026-01-01, 2026-01-31) → 30; negative when to is earlier. */
export function dateDaysBetween(from: IsoDate, to: IsoDate): number {
  return dateToDayNumber(to) - dateToDayNumber(from);
}

/** Orders two dates: negative, zero or positive (text order equals date order for YYYY-MM-DD). */
export function dateCompare(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function dateMax(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function dateMin(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** Day number of 1899-12-30, serial 0 in Google Sheets (and in Excel from 1900-03-01 on). */
const SERIAL_EPOCH = dayNumberFromParts(1899, 12, 30);

/** The date of a Sheets/Excel serial number; the time-of-day fraction is dropped. null outside 1–9999. */
export function dateFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const { year, month, day } = dayNumberToParts(SERIAL_EPOCH + Math.floor(serial));
  return dateFromParts(year, month, day);
}

/** The Sheets serial number of a date (1899-12-30 → 0, 1970-01-01 → 25569). */
export function dateToSerial(date: IsoDate): number {
  return dateToDayNumber(date) - SERIAL_EPOCH;
}

/** The last day of the date's month. */
export function dateEndOfMonth(date: IsoDate): IsoDate {
  const { year, month } = dateToParts(date);
  return dateFromParts(year, month, monthLength(year, month))!;
}

/** A memo of dateToDayNumber for one pass over many rows (a book has few distinct dates). */
export function dayNumbers(): (date: IsoDate) => number {
  const cache = new Map<IsoDate, number>();
  // Rows often come in date order: the date of the row before is answered without a lookup.
  let lastDate: IsoDate | null = null;
  let lastDay = 0;
  return (date) => {
    if (date === lastDate) return lastDay;
    let day = cache.get(date);
    if (day === undefined) cache.set(date, (day = dateToDayNumber(date)));
    lastDate = date;
    lastDay = day;
    return day;
  };
}
