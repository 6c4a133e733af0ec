// fast-check generator of random but well-formed book inputs (plus a sprinkling of bad references).
import fc from 'fast-check';
import { dateAddDays } from '../../src/core/dates';
import { minor } from '../../src/core/money';
import type { Adjustment, AdjustmentType, Allocation, BookInput, Invoice, IsoDate, Payment, SaleLine } from '../../src/core/types';
import { bookInputMake, customerMake, day, dec, settingsMake } from './builders';

export const START: IsoDate = day('2026-01-01');

/** Options: `unique` keeps invoice numbers and payment ids distinct and references valid (for shuffling). */
export interface ArbitraryBookOptions {
  readonly maxCustomers?: number;
  readonly maxRows?: number;
  readonly explicitPaymentIds?: boolean;
}

const dayOffset = fc.integer({ min: 0, max: 120 });
const smallAmount = fc.integer({ min: 1, max: 50_000 });

/** A random book input with 1–maxCustomers customers and up to maxRows rows per tab. */
export function arbitraryBookInput(options: ArbitraryBookOptions = {}): fc.Arbitrary<BookInput> {
  const maxCustomers = options.maxCustomers ?? 3;
  const maxRows = options.maxRows ?? 14;
  const customerIndex = fc.nat(maxCustomers - 1);
  const raw = fc.record({
    customerCount: fc.integer({ min: 1, max: maxCustomers }),
    terms: fc.array(fc.constantFrom(0, 15, 30, null), { minLength: maxCustomers, maxLength: maxCustomers }),
    limits: fc.array(fc.option(fc.integer({ min: 0, max: 200_000 })), { minLength: maxCustomers, maxLength: maxCustomers }),
    invoices: fc.array(
      fc.record({
        customer: customerIndex,
        issue: dayOffset,
        dueIn: fc.option(fc.integer({ min: -5, max: 60 })),
        status: fc.constantFrom<Invoice['status']>('Issued', 'Issued', 'Issued', 'Issued', 'Draft', 'Void'),
        lines: fc.array(fc.integer({ min: -2_000, max: 60_000 }), { maxLength: 3 }),
      }),
      { maxLength: maxRows },
    ),
    payments: fc.array(
      fc.record({
        customer: customerIndex,
        date: dayOffset,
        amount: fc.oneof(smallAmount, fc.integer({ min: 50_000, max: 200_000 })),
        invoice: fc.option(fc.nat(maxRows), { freq: 3 }),
        referenceInvoices: fc.array(fc.nat(maxRows), { maxLength: 2 }),
        matchInvoice: fc.option(fc.nat(maxRows), { freq: 2 }),
      }),
      { maxLength: maxRows },
    ),
    adjustments: fc.array(
      fc.record({
        customer: customerIndex,
        date: dayOffset,
        type: fc.constantFrom<AdjustmentType>('CreditNote', 'WriteOff', 'Debit'),
        amount: smallAmount,
        invoice: fc.option(fc.nat(maxRows), { freq: 3 }),
      }),
      { maxLength: Math.ceil(maxRows / 2) },
    ),
    manual: fc.array(
      fc.record({ payment: fc.nat(maxRows), fromAdjustment: fc.boolean(), toDebit: fc.boolean(), invoice: fc.nat(maxRows), amount: smallAmount, date: dayOffset }),
      { maxLength: 4 },
    ),
    held: fc.array(fc.nat(maxRows), { maxLength: 2 }),
  });
  return raw.map((r) => {
    const id = (k: number) => `C${(k % r.customerCount) + 1}`;
    const at = (offset: number) => dateAddDays(START, offset);
    const invoiceNo = (k: number) => `INV-${k + 1}`;
    const invoices: Invoice[] = r.invoices.map((inv, k) => ({
      invoiceNo: invoiceNo(k),
      customerId: id(inv.customer),
      issueDate: at(inv.issue),
      dueDate: inv.dueIn === null ? null : at(inv.issue + inv.dueIn),
      status: inv.status,
      source: { tab: 'Invoices', row: k + 2 },
    }));
    const sales: SaleLine[] = r.invoices.flatMap((inv, k) =>
      inv.lines.map((amount) => ({
        date: at(inv.issue),
        customerId: id(inv.customer),
        description: `Line of ${invoiceNo(k)}`,
        quantity: dec('1'),
        unitPrice: null,
        taxRate: dec('0'),
        amount: minor(amount),
        invoiceNo: invoiceNo(k),
        source: { tab: 'Sales', row: 0 },
      })),
    );
    const invoiceOf = (k: number | null, customer: string) =>
      k === null || invoices.length === 0 ? null : invoices.find((inv, n) => n >= k % invoices.length && inv.customerId === customer && inv.status === 'Issued')?.invoiceNo ?? null;
    /** The total of a generated invoice when positive, so the amount rule gets exercised. */
    const matchedAmount = (k: number | null) => {
      if (k === null || r.invoices.length === 0) return null;
      const total = r.invoices[k % r.invoices.length]!.lines.reduce((a, b) => a + b, 0);
      return total > 0 ? total : null;
    };
    const payments: Payment[] = r.payments.map((p, k) => ({
      id: options.explicitPaymentIds ? `PX${k + 1}` : null,
      date: at(p.date),
      customerId: matchedAmount(p.matchInvoice) === null ? id(p.customer) : id(r.invoices[p.matchInvoice! % r.invoices.length]!.customer),
      amount: minor(matchedAmount(p.matchInvoice) ?? p.amount),
      currency: null,
      method: 'Bank',
      reference: p.referenceInvoices.map((n) => invoiceNo(n)).join(' '),
      invoiceNo: matchedAmount(p.matchInvoice) === null ? invoiceOf(p.invoice, id(p.customer)) : null,
      notes: '',
      source: { tab: 'Payments', row: k + 2 },
    }));
    const adjustments: Adjustment[] = r.adjustments.map((a, k) => ({
      date: at(a.date),
      customerId: id(a.customer),
      type: a.type,
      amount: minor(a.amount),
      invoiceNo: a.type === 'Debit' ? null : invoiceOf(a.invoice, id(a.customer)),
      reason: a.type,
      source: { tab: 'Adjustments', row: k + 2 },
    }));
    const paymentKey = (k: number) => (options.explicitPaymentIds ? `PX${k + 1}` : `P${String(k + 1).padStart(5, '0')}`);
    // Manual allocations from payments, or (unless keys must survive reordering) from credits and to debits.
    const adjustmentKeys = (debit: boolean) =>
      options.explicitPaymentIds ? [] : adjustments.filter((a) => (a.type === 'Debit') === debit).map((a) => `${debit ? 'DEBIT' : 'ADJ'}-${a.source.row}`);
    const credits = adjustmentKeys(false);
    const debits = adjustmentKeys(true);
    const manualAllocations: Allocation[] = payments.length === 0 || invoices.length === 0 ? [] : r.manual.map((m, k) => ({
      source: m.fromAdjustment && credits.length > 0 ? credits[m.payment % credits.length]! : paymentKey(m.payment % payments.length),
      invoiceNo: m.toDebit && debits.length > 0 ? debits[m.invoice % debits.length]! : invoiceNo(m.invoice % invoices.length),
      amount: minor(m.amount),
      date: at(m.date),
      rule: 'manual',
      sourceRef: { tab: 'Allocations', row: k + 2 },
    }));
    const heldSources = payments.length === 0 ? [] : r.held.map((k) => paymentKey(k % payments.length));
    const customers = Array.from({ length: r.customerCount }, (_, k) =>
      customerMake({ id: `C${k + 1}`, name: `Customer ${k + 1}`, termsDays: r.terms[k] ?? null, creditLimit: r.limits[k] === null || r.limits[k] === undefined ? null : minor(r.limits[k]!) }),
    );
    return bookInputMake({ settings: settingsMake(), customers, sales, invoices, payments, adjustments, manualAllocations, heldSources });
  });
}

/** A random as-of date around the generated period. */
export const arbitraryAsOf: fc.Arbitrary<IsoDate> = fc.integer({ min: -5, max: 200 }).map((n) => dateAddDays(START, n));
