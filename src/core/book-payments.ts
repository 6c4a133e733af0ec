// Book steps: payments (ids, customers, currency, directed invoice) and adjustments (credits and debits).
import type { BookAdjustment, BookCustomer, BookPayment } from './book-types';
import { dayNumbers } from './dates';
import { documentNoKey } from './document-no';
import { moneyToDecimalString } from './money';
import { problemMake, type Problem } from './problems';
import type { Adjustment, CustomerId, Invoice, Minor, Payment, PaymentId, TabName } from './types';

/** The id given to the n-th assigned payment: P00001, P00002, … (more digits past 99999). */
export function paymentIdFormat(n: number): PaymentId {
  return `P${String(n).padStart(5, '0')}`;
}

/** Ids for payments without one, in sheet order, skipping ids already used by any row (same order as input). */
export function paymentIdsAssign(payments: readonly Payment[]): PaymentId[] {
  // Every id typed (the usual big book): nothing to assign, so no set of the ids in use is needed.
  if (payments.every((payment) => payment.id !== null)) return payments.map((payment) => payment.id!);
  const used = new Set<PaymentId>();
  for (const payment of payments) if (payment.id !== null) used.add(payment.id);
  let next = 1;
  return payments.map((payment) => {
    if (payment.id !== null) return payment.id;
    let id = paymentIdFormat(next++);
    while (used.has(id)) id = paymentIdFormat(next++);
    return id;
  });
}

/** Finds an invoice by the number a person typed: exactly, else trimmed and case-insensitively. */
export type InvoiceLookup = (typed: string) => Pick<Invoice, 'invoiceNo' | 'customerId' | 'status'> | undefined;

/** An InvoiceLookup over invoices by number; the case-insensitive index is built on the first miss only. */
export function invoiceLookupMake<T extends Pick<Invoice, 'invoiceNo' | 'customerId' | 'status'>>(byNo: ReadonlyMap<string, T>): InvoiceLookup {
  let byKey: Map<string, T> | null = null;
  return (typed) => {
    const exact = byNo.get(typed);
    if (exact) return exact;
    if (!byKey) byKey = new Map([...byNo.values()].map((invoice) => [documentNoKey(invoice.invoiceNo), invoice]));
    return byKey.get(documentNoKey(typed));
  };
}

/** Checks an Invoice No cell of a payment or credit: the invoice number to direct to, or a problem. */
function invoiceReferenceCheck(
  invoiceNo: string,
  customerId: CustomerId,
  invoices: InvoiceLookup,
  tab: TabName,
  row: number,
): { invoiceNo: string } | { problem: Problem } {
  const invoice = invoices(invoiceNo);
  const fail = (code: 'unknown-invoice' | 'void-invoice' | 'draft-invoice', value = invoiceNo) => ({ problem: problemMake(tab, row, code, { value }) });
  if (!invoice) return fail('unknown-invoice');
  if (invoice.status === 'Void') return fail('void-invoice', invoice.invoiceNo);
  if (invoice.status === 'Draft') return fail('draft-invoice', invoice.invoiceNo);
  if (invoice.customerId !== customerId) {
    const params = { invoiceCustomer: invoice.customerId, customer: customerId };
    return { problem: problemMake(tab, row, 'invoice-customer-mismatch', { value: invoice.invoiceNo, params }) };
  }
  return { invoiceNo: invoice.invoiceNo };
}

/** A zero or negative amount, which no payment or adjustment may have. */
function amountProblem(amount: Minor, currency: string, tab: TabName, row: number): Problem | null {
  if (amount > 0) return null;
  const value = moneyToDecimalString(amount, currency);
  return problemMake(tab, row, amount < 0 ? 'negative-amount' : 'zero-amount', { column: 'Amount', value });
}

/**
 * Position of each payment whose id repeats an earlier row's → that earlier row; null when no id repeats.
 * Only ids typed in the sheet can repeat (assigned ids skip every id in use), and in the usual book none
 * does: one Set of the ids shows that, instead of a Map lookup and insert per payment.
 */
function paymentIdRepeats(payments: readonly Payment[], ids: readonly PaymentId[]): Map<number, number> | null {
  if (isStrictlyIncreasing(ids) || new Set(ids).size === ids.length) return null;
  const firstRowOf = new Map<PaymentId, number>();
  const repeatOf = new Map<number, number>();
  payments.forEach((payment, index) => {
    const id = ids[index]!;
    const firstRow = firstRowOf.get(id);
    if (firstRow === undefined) firstRowOf.set(id, payment.source.row);
    else repeatOf.set(index, firstRow);
  });
  return repeatOf;
}

/**
 * True when every id sorts after the one before (code unit order), which proves that none repeats with n − 1
 * comparisons: ids typed in sheet order usually increase (P00001, P00002, …), and hashing 100,000 of them
 * into a Set costs ~30 ms.
 */
function isStrictlyIncreasing(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i += 1) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}

/** Valid payments with ids and currency resolved; rows with a problem are reported and skipped. */
export function paymentsResolve(
  payments: readonly Payment[],
  customers: ReadonlyMap<CustomerId, BookCustomer>,
  invoices: InvoiceLookup,
  problems: Problem[],
): BookPayment[] {
  const ids = paymentIdsAssign(payments);
  const repeatOf = paymentIdRepeats(payments, ids);
  const dayOf = dayNumbers();
  const out: BookPayment[] = [];
  payments.forEach((payment, index) => {
    const row = payment.source.row;
    const id = ids[index]!;
    const firstRow = repeatOf?.get(index);
    if (firstRow !== undefined) {
      problems.push(problemMake('Payments', row, 'duplicate-payment', { value: id, params: { firstRow } }));
      return;
    }
    const customer = customers.get(payment.customerId);
    if (!customer) {
      problems.push(problemMake('Payments', row, 'unknown-customer', { value: payment.customerId }));
      return;
    }
    const currency = payment.currency === null ? customer.currency : payment.currency.toUpperCase();
    if (currency !== customer.currency) {
      problems.push(problemMake('Payments', row, 'currency-mismatch', { value: currency, params: { expected: customer.currency } }));
      return;
    }
    const badAmount = amountProblem(payment.amount, currency, 'Payments', row);
    if (badAmount) {
      problems.push(badAmount);
      return;
    }
    let invoiceNo: string | null = null;
    if (payment.invoiceNo !== null) {
      const checked = invoiceReferenceCheck(payment.invoiceNo, payment.customerId, invoices, 'Payments', row);
      if ('problem' in checked) {
        problems.push(checked.problem);
        return;
      }
      invoiceNo = checked.invoiceNo;
    }
    out.push({
      id,
      date: payment.date,
      customerId: payment.customerId,
      amount: payment.amount,
      currency,
      method: payment.method,
      reference: payment.reference,
      invoiceNo,
      notes: payment.notes,
      source: payment.source,
      idAssigned: payment.id === null,
      key: id,
      kind: 'payment',
      adjustmentType: null,
      day: dayOf(payment.date),
      description: payment.method === '' || payment.reference === '' ? payment.method + payment.reference : `${payment.method} ${payment.reference}`,
      order: payment.source.row,
    });
  });
  return out;
}

/** The ledger key of an adjustment: `ADJ-<row>` for credits, `DEBIT-<row>` for debits. */
export function adjustmentKey(adjustment: Pick<Adjustment, 'type' | 'source'>): string {
  return `${adjustment.type === 'Debit' ? 'DEBIT' : 'ADJ'}-${adjustment.source.row}`;
}

/** Valid adjustments; a credit naming an invoice must name an Issued invoice of the same customer. */
export function adjustmentsResolve(
  adjustments: readonly Adjustment[],
  customers: ReadonlyMap<CustomerId, BookCustomer>,
  invoices: InvoiceLookup,
  problems: Problem[],
): BookAdjustment[] {
  const out: BookAdjustment[] = [];
  for (const adjustment of adjustments) {
    const row = adjustment.source.row;
    const customer = customers.get(adjustment.customerId);
    if (!customer) {
      problems.push(problemMake('Adjustments', row, 'unknown-customer', { value: adjustment.customerId }));
      continue;
    }
    const badAmount = amountProblem(adjustment.amount, customer.currency, 'Adjustments', row);
    if (badAmount) {
      problems.push(badAmount);
      continue;
    }
    let invoiceNo = adjustment.invoiceNo;
    if (invoiceNo !== null && adjustment.type !== 'Debit') {
      const checked = invoiceReferenceCheck(invoiceNo, adjustment.customerId, invoices, 'Adjustments', row);
      if ('problem' in checked) {
        problems.push(checked.problem);
        continue;
      }
      invoiceNo = checked.invoiceNo;
    }
    out.push({
      date: adjustment.date,
      customerId: adjustment.customerId,
      type: adjustment.type,
      amount: adjustment.amount,
      invoiceNo,
      reason: adjustment.reason,
      source: adjustment.source,
      key: adjustmentKey(adjustment),
      currency: customer.currency,
    });
  }
  return out;
}
