// =DSO(customer_ids, [days], [as_of], tables…): days sales outstanding over the last N days (default 90).
import type { Book } from '../core/book-types';
import { dateToDayNumber } from '../core/dates';
import { customerBalanceReport } from '../core/reports/customer-balance';
import type { IsoDate } from '../core/types';
import { cellIsBlank, cellText } from '../sheets/cell-text';
import { customCustomerOf } from './balance-custom';
import { customAsOf, customBook, customEach, customRun, type CustomCell, type CustomResult, type LedgerTableArgs } from './custom-ledger';
import { CustomArgError, customMessage } from './custom-messages';

export const DSO_DAYS_DEFAULT = 90;
const DSO_DAYS_MAX = 3660;

/** The days argument: blank = 90; otherwise a whole number from 1 to 3660. */
export function dsoDays(value: unknown): number {
  if (cellIsBlank(value)) return DSO_DAYS_DEFAULT;
  const days = typeof value === 'number' ? value : Number(cellText(value));
  if (!Number.isInteger(days) || days < 1 || days > DSO_DAYS_MAX) throw new CustomArgError('daysInvalid', { value: cellText(value) });
  return days;
}

/** Credit sales per customer position: issued invoices and debits with as_of − days < issue date ≤ as_of. */
export function creditSales(book: Book, asOf: IsoDate, days: number): Float64Array {
  const sums = new Float64Array(book.customers.length);
  const last = dateToDayNumber(asOf);
  const first = last - days + 1;
  book.items.forEach((item, index) => {
    if (item.issueDay >= first && item.issueDay <= last) sums[book.itemCustomer[index]!]! += item.amount;
  });
  return sums;
}

/**
 * DSO = max(0, BALANCE(as_of)) ÷ credit sales of the last `days` days × `days`, rounded to 0.1 day. Credit sales
 * are the totals of issued invoices and debits dated in (as_of − days, as_of]. A customer owing nothing has
 * DSO 0; one owing money with no sales in the window has no DSO (#NO SALES IN … DAYS).
 */
export function dsoCustom(ids: unknown, daysArg: unknown, asOf: unknown, given: LedgerTableArgs): CustomResult {
  return customRun((spreadsheet, lang) => {
    const days = dsoDays(daysArg);
    const date = customAsOf(asOf, spreadsheet);
    const book = customBook(given, spreadsheet, lang);
    const balances = customerBalanceReport(book, date).rows;
    const sales = creditSales(book, date, days);
    return customEach(ids, (id): CustomCell => {
      const found = customCustomerOf(book, id, lang);
      if (typeof found === 'string') return found;
      const owed = Math.max(0, balances[found.index]!.balance);
      if (owed === 0) return 0;
      const sold = sales[found.index]!;
      if (sold <= 0) return customMessage('noSales', lang, { days });
      return Math.round((owed / sold) * days * 10) / 10;
    });
  });
}
