// Statement numbers ST-{YYYY}-{0000}: per year, one more than the last number handed out that year.
import { invoiceNumberNext } from '../invoice-number';
import type { IsoDate } from '../types';

export const STATEMENT_NUMBER_FORMAT = 'ST-{YYYY}-{0000}';

/**
 * The number of a statement dated `date`, given the last number handed out in its year (null for none):
 * ST-2026-0001, ST-2026-0002 …; a new year starts again at 0001. Past 9999 the sequence simply grows wider.
 */
export function statementNumberNext(date: IsoDate, last: string | null): string {
  return invoiceNumberNext(STATEMENT_NUMBER_FORMAT, date, last === null ? [] : [last]);
}

/** The year a statement number is counted in (the key its sequence is remembered under). */
export function statementNumberYear(date: IsoDate): string {
  return date.slice(0, 4);
}
