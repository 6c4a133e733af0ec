// Customer balance report (the Reconciliation tab): totals to date, balance, unapplied, aging, credit limit.
import type { Book } from '../book-types';
import { minor } from '../money';
import type { CurrencyCode, CustomerId, IsoDate, Minor } from '../types';
import type { AgingBucket } from './aging-buckets';
import { agingByCustomer, type AgingSpec } from './aging';
import { allocatedAsOf, sourceUnapplied } from './as-of';
import { dateToDayNumber } from '../dates';

/**
 * One customer as of a date. Identities: balance = invoiced + debits − received − credits
 * = Σ buckets − unapplied.
 */
export interface CustomerBalanceRow {
  readonly customerId: CustomerId;
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly invoiced: Minor;
  readonly debits: Minor;
  readonly received: Minor;
  readonly credits: Minor;
  readonly balance: Minor;
  readonly unapplied: Minor;
  readonly buckets: readonly Minor[];
  readonly creditLimit: Minor | null;
  /** creditLimit − balance (negative when over); null without a limit. */
  readonly available: Minor | null;
  readonly overLimit: boolean;
}

export interface CustomerBalanceReport {
  readonly asOf: IsoDate;
  readonly buckets: readonly AgingBucket[];
  readonly rows: readonly CustomerBalanceRow[];
}

/** Every customer's position as of `asOf` (sheet order); aging by due date with the Settings buckets. */
export function customerBalanceReport(book: Book, asOf: IsoDate, options: Pick<AgingSpec, 'buckets'> = {}): CustomerBalanceReport {
  const aging = agingByCustomer(book, { asOf, basis: 'due', ...options });
  const asOfDay = dateToDayNumber(asOf);
  const sums = book.customers.map(() => ({ invoiced: 0, debits: 0, received: 0, credits: 0 }));
  book.items.forEach((item, index) => {
    if (item.issueDay > asOfDay) return;
    const sum = sums[book.itemCustomer[index]!]!;
    if (item.kind === 'invoice') sum.invoiced += item.amount;
    else sum.debits += item.amount;
  });
  book.sources.forEach((source, index) => {
    if (source.day > asOfDay) return;
    const sum = sums[book.sourceCustomer[index]!]!;
    if (source.kind === 'payment') sum.received += source.amount;
    else sum.credits += source.amount;
  });
  const rows = book.customers.map((customer, index) => {
    const sum = sums[index]!;
    const balance = sum.invoiced + sum.debits - sum.received - sum.credits;
    const agingRow = aging.customers[index]!;
    const available = customer.creditLimit === null ? null : minor(customer.creditLimit - balance);
    return {
      customerId: customer.id,
      name: customer.name,
      currency: customer.currency,
      invoiced: minor(sum.invoiced),
      debits: minor(sum.debits),
      received: minor(sum.received),
      credits: minor(sum.credits),
      balance: minor(balance),
      unapplied: agingRow.unapplied,
      buckets: agingRow.amounts,
      creditLimit: customer.creditLimit,
      available,
      overLimit: available !== null && available < 0,
    };
  });
  return { asOf, buckets: aging.buckets, rows };
}

/** One customer's balance as of a date (what =BALANCE() shows). 0 for an unknown customer. */
export function customerBalance(book: Book, customerId: CustomerId, asOf: IsoDate): Minor {
  let balance = 0;
  for (const item of book.items) if (item.customerId === customerId && item.issueDate <= asOf) balance += item.amount;
  for (const source of book.sources) if (source.customerId === customerId && source.date <= asOf) balance -= source.amount;
  return minor(balance);
}

/** One customer's unapplied credit as of a date. */
export function customerUnapplied(book: Book, customerId: CustomerId, asOf: IsoDate): Minor {
  const allocated = allocatedAsOf(book, asOf);
  let unapplied = 0;
  book.sources.forEach((source, index) => {
    if (source.customerId === customerId && source.date <= asOf) unapplied += sourceUnapplied(book, index, allocated);
  });
  return minor(unapplied);
}

/** A customer over their credit limit (or every customer with a limit when `all`), as of a date. */
export interface CreditLimitRow {
  readonly customerId: CustomerId;
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly creditLimit: Minor;
  readonly balance: Minor;
  readonly available: Minor;
  readonly overLimit: boolean;
}

/** Customers with a credit limit and their headroom as of `asOf`; over-limit customers first. */
export function creditLimitReport(book: Book, asOf: IsoDate): CreditLimitRow[] {
  const rows: CreditLimitRow[] = [];
  for (const row of customerBalanceReport(book, asOf).rows) {
    if (row.creditLimit === null || row.available === null) continue;
    const { customerId, name, currency, creditLimit, balance, available, overLimit } = row;
    rows.push({ customerId, name, currency, creditLimit, balance, available, overLimit });
  }
  return rows.sort((a, b) => Number(b.overLimit) - Number(a.overLimit) || a.available - b.available);
}
