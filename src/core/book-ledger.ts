// Book step: the ledger view — Issued invoices and debits as items, payments and credits as sources.
import type { BookAdjustment, BookInvoice, BookPayment, LedgerItem, LedgerSource } from './book-types';
import type { Allocation, SaleLine } from './types';

/** Sheet order across tabs: rows of the second tab come after every row of the first. */
const SECOND_TAB = 1e9;

/** Up to three line descriptions of each invoice, for statements. */
function invoiceDescriptions(sales: readonly SaleLine[]): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const line of sales) {
    if (line.invoiceNo === null || line.description === '') continue;
    const list = lists.get(line.invoiceNo) ?? [];
    if (list.length <= 3) list.push(line.description);
    lists.set(line.invoiceNo, list);
  }
  const out = new Map<string, string>();
  for (const [invoiceNo, list] of lists) out.set(invoiceNo, list.length > 3 ? `${list.slice(0, 3).join('; ')}; …` : list.join('; '));
  return out;
}

/** Issued invoices and Debit adjustments in event order (date, then sheet order). */
export function ledgerItems(invoices: readonly BookInvoice[], adjustments: readonly BookAdjustment[], sales: readonly SaleLine[]): LedgerItem[] {
  const descriptions = invoiceDescriptions(sales);
  const items: LedgerItem[] = [];
  for (const invoice of invoices) {
    if (invoice.status !== 'Issued') continue;
    items.push({
      key: invoice.invoiceNo,
      kind: 'invoice',
      customerId: invoice.customerId,
      currency: invoice.currency,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amount: invoice.total,
      description: descriptions.get(invoice.invoiceNo) ?? '',
      source: invoice.source,
      order: invoice.source.row,
    });
  }
  for (const adjustment of adjustments) {
    if (adjustment.type !== 'Debit') continue;
    items.push({
      key: adjustment.key,
      kind: 'debit',
      customerId: adjustment.customerId,
      currency: adjustment.currency,
      issueDate: adjustment.date,
      dueDate: adjustment.date,
      amount: adjustment.amount,
      description: adjustment.reason,
      source: adjustment.source,
      order: SECOND_TAB + adjustment.source.row,
    });
  }
  return items.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.order - b.order));
}

/** Payments and Credit Note / Write-off adjustments in event order (date, then sheet order). */
export function ledgerSources(payments: readonly BookPayment[], adjustments: readonly BookAdjustment[]): LedgerSource[] {
  const sources: LedgerSource[] = payments.map((payment) => ({
    key: payment.id,
    kind: 'payment',
    adjustmentType: null,
    customerId: payment.customerId,
    currency: payment.currency,
    date: payment.date,
    amount: payment.amount,
    invoiceNo: payment.invoiceNo,
    reference: payment.reference,
    description: [payment.method, payment.reference].filter((text) => text !== '').join(' '),
    source: payment.source,
    order: payment.source.row,
  }));
  for (const adjustment of adjustments) {
    if (adjustment.type === 'Debit') continue;
    sources.push({
      key: adjustment.key,
      kind: 'credit',
      adjustmentType: adjustment.type,
      customerId: adjustment.customerId,
      currency: adjustment.currency,
      date: adjustment.date,
      amount: adjustment.amount,
      invoiceNo: adjustment.invoiceNo,
      reference: '',
      description: adjustment.reason,
      source: adjustment.source,
      order: SECOND_TAB + adjustment.source.row,
    });
  }
  return sources.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
}

/** Allocations grouped by a key (their source or their target). */
export function allocationsGroup(allocations: readonly Allocation[], keyOf: (a: Allocation) => string): Map<string, Allocation[]> {
  const groups = new Map<string, Allocation[]>();
  for (const allocation of allocations) {
    const key = keyOf(allocation);
    const list = groups.get(key);
    if (list) list.push(allocation);
    else groups.set(key, [allocation]);
  }
  return groups;
}
