// Aging report: each open item's amount after allocations dated ≤ D, in buckets of days past due (or since issue).
import type { Book, LedgerItem } from '../book-types';
import { dateToDayNumber } from '../dates';
import { minor } from '../money';
import type { CurrencyCode, CustomerId, IsoDate, Minor } from '../types';
import { AGING_EXTENDED, AGING_STANDARD, agingBoundsCheck, agingBucketIndex, agingBuckets, type AgingBasis, type AgingBucket } from './aging-buckets';
import { allocatedAsOf } from './as-of';

export interface AgingSpec {
  readonly asOf: IsoDate;
  /** Bounds in days, or a preset; default: the book's Settings buckets. */
  readonly buckets?: readonly number[] | 'standard' | 'extended';
  /** Default 'due'. */
  readonly basis?: AgingBasis;
}

/** One open item (invoice or debit) with a non-zero open amount as of the date. */
export interface AgingItemRow {
  readonly customerId: CustomerId;
  readonly key: string;
  readonly kind: LedgerItem['kind'];
  readonly currency: CurrencyCode;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  /** Days past due (basis 'due') or since issue (basis 'issue'). */
  readonly days: number;
  readonly open: Minor;
  readonly bucket: number;
}

/** One customer's open amounts per bucket; net = total − unapplied = the customer's balance. */
export interface AgingCustomerRow {
  readonly customerId: CustomerId;
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly amounts: readonly Minor[];
  readonly total: Minor;
  readonly unapplied: Minor;
  readonly net: Minor;
}

/** Column totals of one currency (amounts of different currencies are never added). */
export interface AgingTotalRow {
  readonly currency: CurrencyCode;
  readonly amounts: readonly Minor[];
  readonly total: Minor;
  readonly unapplied: Minor;
  readonly net: Minor;
}

export interface AgingReport {
  readonly asOf: IsoDate;
  readonly basis: AgingBasis;
  readonly buckets: readonly AgingBucket[];
  /** Every customer of the book, in sheet order. */
  readonly customers: readonly AgingCustomerRow[];
  /** Open items, oldest due first. */
  readonly items: readonly AgingItemRow[];
  readonly totals: readonly AgingTotalRow[];
}

/** The bounds a spec asks for. */
export function agingBoundsOf(book: Book, buckets: AgingSpec['buckets']): readonly number[] {
  if (buckets === 'standard') return AGING_STANDARD;
  if (buckets === 'extended') return AGING_EXTENDED;
  return agingBoundsCheck(buckets ?? (book.settings.agingBuckets.length > 0 ? book.settings.agingBuckets : AGING_STANDARD));
}

/** Ages every open item as of spec.asOf. Identity: per customer, net = Balance(asOf). */
export function agingReport(book: Book, spec: AgingSpec): AgingReport {
  return agingCompute(book, spec, true);
}

/** Per-customer aging only (no item rows): what the balance report needs. */
export function agingByCustomer(book: Book, spec: AgingSpec): Pick<AgingReport, 'buckets' | 'customers'> {
  return agingCompute(book, spec, false);
}

function agingCompute(book: Book, spec: AgingSpec, withItems: boolean): AgingReport {
  const basis = spec.basis ?? 'due';
  const bounds = agingBoundsOf(book, spec.buckets);
  const buckets = agingBuckets(bounds, basis);
  const allocated = allocatedAsOf(book, spec.asOf);
  const asOfDay = dateToDayNumber(spec.asOf);
  const width = buckets.length;
  const amounts = new Float64Array(book.customers.length * width); // customer c, bucket b at c * width + b
  const unapplied = new Float64Array(book.customers.length);
  const items: AgingItemRow[] = [];
  const { itemCustomer, sourceCustomer } = book;
  for (let index = 0; index < book.items.length; index += 1) {
    const item = book.items[index]!;
    if (item.issueDay > asOfDay) continue;
    const open = item.amount - allocated.toItem[index]!;
    if (open === 0) continue;
    const days = asOfDay - (basis === 'due' ? item.dueDay : item.issueDay);
    const bucket = agingBucketIndex(days, bounds, basis);
    amounts[itemCustomer[index]! * width + bucket]! += open;
    if (withItems) items.push({ customerId: item.customerId, key: item.key, kind: item.kind, currency: item.currency, issueDate: item.issueDate, dueDate: item.dueDate, days, open: minor(open), bucket });
  }
  for (let index = 0; index < book.sources.length; index += 1) {
    const source = book.sources[index]!;
    if (source.day <= asOfDay) unapplied[sourceCustomer[index]!]! += source.amount - allocated.fromSource[index]!;
  }
  items.sort((a, b) => b.days - a.days || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const customers = book.customers.map((customer, c) => {
    const row = Array.from(amounts.subarray(c * width, (c + 1) * width), minor);
    const total = row.reduce((a, b) => a + b, 0);
    return {
      customerId: customer.id,
      name: customer.name,
      currency: customer.currency,
      amounts: row,
      total: minor(total),
      unapplied: minor(unapplied[c]!),
      net: minor(total - unapplied[c]!),
    };
  });
  return { asOf: spec.asOf, basis, buckets, customers, items, totals: agingTotals(customers, buckets.length) };
}

/** Column totals per currency, in order of first appearance. */
function agingTotals(rows: readonly AgingCustomerRow[], width: number): AgingTotalRow[] {
  const byCurrency = new Map<CurrencyCode, { amounts: number[]; total: number; unapplied: number }>();
  for (const row of rows) {
    let sum = byCurrency.get(row.currency);
    if (!sum) byCurrency.set(row.currency, (sum = { amounts: new Array<number>(width).fill(0), total: 0, unapplied: 0 }));
    row.amounts.forEach((amount, i) => (sum.amounts[i]! += amount));
    sum.total += row.total;
    sum.unapplied += row.unapplied;
  }
  return [...byCurrency].map(([currency, sum]) => ({
    currency,
    amounts: sum.amounts.map(minor),
    total: minor(sum.total),
    unapplied: minor(sum.unapplied),
    net: minor(sum.total - sum.unapplied),
  }));
}
