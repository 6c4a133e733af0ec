// Book step: the ledger view — Issued invoices and debits as items, payments and credits as sources.
import type { BookAdjustment, BookInvoice, BookPayment, LedgerItem, LedgerSource } from './book-types';
import { dayNumbers } from './dates';

/** Sheet order across tabs: rows of the second tab come after every row of the first (rows < 2^26). */
const SECOND_TAB = 2 ** 26;

/**
 * Sorts records by (day, sheet order). When the records already come in sheet order (the usual case) and
 * their days span a modest range, a stable counting sort by day does it in O(n); otherwise a comparison
 * sort on numeric keys.
 */
function eventSort<T>(records: readonly T[], dayOf: (record: T) => number, orderOf: (record: T) => number): T[] {
  const n = records.length;
  const days = new Float64Array(n);
  let minDay = Infinity;
  let maxDay = -Infinity;
  let inSheetOrder = true;
  for (let i = 0; i < n; i += 1) {
    const day = dayOf(records[i]!);
    days[i] = day;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
    if (i > 0 && orderOf(records[i]!) < orderOf(records[i - 1]!)) inSheetOrder = false;
  }
  const range = maxDay - minDay + 1;
  if (n > 1 && inSheetOrder && range <= 4 * n + 4096) {
    const starts = new Int32Array(range + 1);
    for (let i = 0; i < n; i += 1) starts[days[i]! - minDay + 1]! += 1;
    for (let d = 1; d <= range; d += 1) starts[d]! += starts[d - 1]!;
    const out = new Array<T>(n);
    for (let i = 0; i < n; i += 1) out[starts[days[i]! - minDay]!++] = records[i]!;
    return out;
  }
  const keys = records.map((record, i) => days[i]! * SECOND_TAB * 2 + orderOf(record));
  const positions = records.map((_, index) => index);
  positions.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return positions.map((index) => records[index]!);
}

/** Issued invoices and Debit adjustments in event order (date, then sheet order). */
export function ledgerItems(invoices: readonly BookInvoice[], adjustments: readonly BookAdjustment[]): LedgerItem[] {
  const dayOf = dayNumbers();
  const items: LedgerItem[] = [];
  for (const invoice of invoices) if (invoice.status === 'Issued') items.push(invoice);
  for (const adjustment of adjustments) {
    if (adjustment.type !== 'Debit') continue;
    items.push({
      key: adjustment.key,
      kind: 'debit',
      customerId: adjustment.customerId,
      currency: adjustment.currency,
      issueDate: adjustment.date,
      dueDate: adjustment.date,
      issueDay: dayOf(adjustment.date),
      dueDay: dayOf(adjustment.date),
      amount: adjustment.amount,
      description: adjustment.reason,
      source: adjustment.source,
      order: SECOND_TAB + adjustment.source.row,
    });
  }
  return eventSort(items, (item) => item.issueDay, (item) => item.order);
}

/** Payments and Credit Note / Write-off adjustments in event order (date, then sheet order). */
export function ledgerSources(payments: readonly BookPayment[], adjustments: readonly BookAdjustment[]): LedgerSource[] {
  const dayOf = dayNumbers();
  const sources: LedgerSource[] = payments.slice();
  for (const adjustment of adjustments) {
    if (adjustment.type === 'Debit') continue;
    sources.push({
      key: adjustment.key,
      kind: 'credit',
      adjustmentType: adjustment.type,
      customerId: adjustment.customerId,
      currency: adjustment.currency,
      date: adjustment.date,
      day: dayOf(adjustment.date),
      amount: adjustment.amount,
      invoiceNo: adjustment.invoiceNo,
      reference: '',
      description: adjustment.reason,
      source: adjustment.source,
      order: SECOND_TAB + adjustment.source.row,
    });
  }
  return eventSort(sources, (source) => source.day, (source) => source.order);
}
