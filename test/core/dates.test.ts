// Tests of calendar-date arithmetic: strict parsing, day numbers, serials.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateAddDays,
  dateCompare,
  dateDaysBetween,
  dateEndOfMonth,
  dateFromDayNumber,
  dateFromParts,
  dateFromSerial,
  dateParse,
  dateToDayNumber,
  dateToSerial,
} from '../../src/core/dates';
import type { IsoDate } from '../../src/core/types';

const day = (text: string): IsoDate => dateParse(text)!;

describe('dateParse / dateFromParts', () => {
  it('accepts real dates only', () => {
    expect(dateParse('2026-01-05')).toBe('2026-01-05');
    expect(dateParse('2024-02-29')).toBe('2024-02-29');
    expect(dateParse('2000-02-29')).toBe('2000-02-29');
    expect(dateParse('1900-02-29')).toBeNull();
    expect(dateParse('2026-02-29')).toBeNull();
    expect(dateParse('2026-13-01')).toBeNull();
    expect(dateParse('2026-1-5')).toBeNull();
    expect(dateParse('2026-01-05T00:00')).toBeNull();
    expect(dateParse('0000-01-01')).toBeNull();
    expect(dateFromParts(2026, 1, 5)).toBe('2026-01-05');
    expect(dateFromParts(2026, 4, 31)).toBeNull();
    expect(dateFromParts(2026, 1.5, 1)).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('counts days and adds them across months and leap years', () => {
    expect(dateToDayNumber(day('1970-01-01'))).toBe(0);
    expect(dateDaysBetween(day('2026-01-01'), day('2026-01-31'))).toBe(30);
    expect(dateDaysBetween(day('2026-01-31'), day('2026-01-01'))).toBe(-30);
    expect(dateDaysBetween(day('2024-01-01'), day('2025-01-01'))).toBe(366);
    expect(dateAddDays(day('2026-01-31'), 30)).toBe('2026-03-02');
    expect(dateAddDays(day('2024-03-01'), -1)).toBe('2024-02-29');
    expect(dateCompare(day('2026-01-02'), day('2026-01-10'))).toBe(-1);
    expect(dateEndOfMonth(day('2024-02-10'))).toBe('2024-02-29');
  });
  it('agrees with the platform calendar on random days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600000, max: 2900000 }), (n) => {
        const expected = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(dateFromDayNumber(n)).toBe(expected);
        expect(dateToDayNumber(dateFromDayNumber(n))).toBe(n);
      }),
    );
  });
});

describe('serial numbers', () => {
  it('uses the 1899-12-30 epoch of Google Sheets', () => {
    expect(dateFromSerial(0)).toBe('1899-12-30');
    expect(dateFromSerial(25569)).toBe('1970-01-01');
    expect(dateFromSerial(46027.75)).toBe('2026-01-05');
    expect(dateToSerial(day('2026-01-05'))).toBe(46027);
    expect(dateFromSerial(Number.NaN)).toBeNull();
    expect(dateFromSerial(1e9)).toBeNull();
  });
});
