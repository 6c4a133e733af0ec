// Property tests over random books: the identities and bounds of DESIGN.md §4, determinism, order independence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../src/core/book';
import type { Book } from '../../src/core/book-types';
import { dateAddDays, dateToDayNumber } from '../../src/core/dates';
import { agingReport } from '../../src/core/reports/aging';
import { customerBalanceReport } from '../../src/core/reports/customer-balance';
import { invoiceStatusReport } from '../../src/core/reports/invoice-status';
import { statementReport } from '../../src/core/reports/statement';
import type { Allocation, BookInput } from '../../src/core/types';
import { arbitraryAsOf, arbitraryBookInput } from './arbitrary-book';

const runs = { numRuns: 150 };

/** Independent recomputation of the four totals straight from the validated records. */
function totalsByHand(book: Book, customerId: string, asOf: string) {
  const issued = book.invoices.filter((i) => i.customerId === customerId && i.status === 'Issued' && i.issueDate <= asOf);
  const adjustments = book.adjustments.filter((a) => a.customerId === customerId && a.date <= asOf);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    invoiced: sum(issued.map((i) => i.total)),
    debits: sum(adjustments.filter((a) => a.type === 'Debit').map((a) => a.amount)),
    received: sum(book.payments.filter((p) => p.customerId === customerId && p.date <= asOf).map((p) => p.amount)),
    credits: sum(adjustments.filter((a) => a.type !== 'Debit').map((a) => a.amount)),
  };
}

describe('identities of §4 on random books', () => {
  it('Balance(D) = Invoiced + Debits − Received − Credits = Σ buckets − Unapplied', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), arbitraryAsOf, (input, asOf) => {
        const book = bookBuild(input);
        const report = customerBalanceReport(book, asOf);
        for (const row of report.rows) {
          const hand = totalsByHand(book, row.customerId, asOf);
          expect({ invoiced: row.invoiced, debits: row.debits, received: row.received, credits: row.credits }).toEqual(hand);
          expect(row.balance).toBe(hand.invoiced + hand.debits - hand.received - hand.credits);
          expect(row.buckets.reduce((a, b) => a + b, 0) - row.unapplied).toBe(row.balance);
          expect(row.unapplied).toBeGreaterThanOrEqual(0);
        }
      }),
      runs,
    );
  });

  it('aging by issue date and the extended preset keep the same net per customer', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), arbitraryAsOf, (input, asOf) => {
        const book = bookBuild(input);
        const byDue = agingReport(book, { asOf });
        const byIssue = agingReport(book, { asOf, basis: 'issue', buckets: 'extended' });
        byDue.customers.forEach((row, i) => {
          expect(byIssue.customers[i]!.net).toBe(row.net);
          expect(row.amounts.reduce((a, b) => a + b, 0)).toBe(row.total);
        });
        expect(byDue.items.reduce((a, b) => a + b.open, 0)).toBe(byDue.totals.reduce((a, b) => a + b.total, 0));
      }),
      runs,
    );
  });

  it('statements close at Balance(to) in both layouts; balance-forward opens at Balance(from − 1)', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), arbitraryAsOf, fc.nat(60), (input, from, length) => {
        const book = bookBuild(input);
        const to = dateAddDays(from, length);
        const balances = customerBalanceReport(book, to);
        const opening = customerBalanceReport(book, dateAddDays(from, -1));
        balances.rows.forEach((row, i) => {
          const forward = statementReport(book, { customerId: row.customerId, from, to, layout: 'balance-forward' })!;
          const openItem = statementReport(book, { customerId: row.customerId, from, to, layout: 'open-item' })!;
          expect(forward.openingBalance).toBe(opening.rows[i]!.balance);
          expect(forward.closingBalance).toBe(row.balance);
          expect(openItem.closingBalance).toBe(row.balance);
          expect(forward.openingBalance + forward.totalDebit - forward.totalCredit).toBe(forward.closingBalance);
        });
      }),
      runs,
    );
  });
});

describe('bounds of allocations on random books', () => {
  it('no source gives more than its amount, no item takes more than its total, dates and customers agree', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), (input) => {
        const book = bookBuild(input);
        book.allocations.forEach((a, k) => {
          expect(book.items[book.allocationItemIndex[k]!]!.key).toBe(a.invoiceNo);
          expect(book.sources[book.allocationSourceIndex[k]!]!.key).toBe(a.source);
          expect(book.allocationDay[k]).toBe(dateToDayNumber(a.date));
        });
        book.items.forEach((item, i) => expect(book.customers[book.itemCustomer[i]!]!.id).toBe(item.customerId));
        book.sources.forEach((source, i) => expect(book.customers[book.sourceCustomer[i]!]!.id).toBe(source.customerId));
        for (const a of book.allocations) {
          const source = book.sourceByKey.get(a.source)!;
          const item = book.itemByKey.get(a.invoiceNo)!;
          expect(a.amount).toBeGreaterThan(0);
          expect(source.customerId).toBe(item.customerId);
          expect(a.date >= source.date && a.date >= item.issueDate).toBe(true);
        }
        for (const key of book.allocationsBySource.keys()) {
          const list = book.allocationsBySource.get(key)!;
          expect(list).toEqual(book.allocations.filter((a) => a.source === key));
          expect(list.reduce((s, a) => s + a.amount, 0)).toBeLessThanOrEqual(book.sourceByKey.get(key)!.amount);
        }
        for (const key of book.allocationsByTarget.keys()) {
          const list = book.allocationsByTarget.get(key)!;
          expect(list).toEqual(book.allocations.filter((a) => a.invoiceNo === key));
          expect(list.reduce((s, a) => s + a.amount, 0)).toBeLessThanOrEqual(book.itemByKey.get(key)!.amount);
        }
        expect(book.allocationsBySource.size + book.allocationsByTarget.size).toBe(
          new Set(book.allocations.map((a) => a.source)).size + new Set(book.allocations.map((a) => a.invoiceNo)).size,
        );
        for (const row of invoiceStatusReport(book, '9999-12-31' as never)) {
          if (row.status === 'Draft' || row.status === 'Void') expect(book.allocationsByTarget.has(row.invoiceNo)).toBe(false);
        }
      }),
      runs,
    );
  });

  it('held sources get only manual allocations; valid manual allocations are kept unchanged', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), (input) => {
        const book = bookBuild(input);
        const held = new Set(input.heldSources ?? []);
        for (const a of book.allocations) if (held.has(a.source)) expect(a.rule).toBe('manual');
        const manualKept = book.allocations.filter((a) => a.rule === 'manual');
        const rejectedRows = new Set(book.problems.filter((p) => p.tab === 'Allocations' && p.severity === 'error').map((p) => p.row));
        const expected = input.manualAllocations.filter((a) => !rejectedRows.has(a.sourceRef!.row));
        expect(manualKept.map((a) => [a.source, a.invoiceNo, a.amount])).toEqual(expected.map((a) => [a.source, a.invoiceNo, a.amount]));
      }),
      runs,
    );
  });
});

describe('determinism', () => {
  it('the same input gives the same book', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), (input) => {
        expect(bookBuild(input).allocations).toEqual(bookBuild(input).allocations);
      }),
      runs,
    );
  });

  it('re-running with every allocation made manual is a fixpoint: no new matches, same figures', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), arbitraryAsOf, (input, asOf) => {
        const first = bookBuild(input);
        const manual: Allocation[] = first.allocations.map((a, k) => ({ ...a, rule: 'manual', sourceRef: { tab: 'Allocations', row: k + 2 } }));
        const second = bookBuild({ ...input, manualAllocations: manual });
        const shape = (list: readonly Allocation[]) => list.map((a) => `${a.source}>${a.invoiceNo}:${a.amount}@${a.date}`).sort();
        expect(shape(second.allocations)).toEqual(shape(first.allocations));
        expect(second.problems.filter((p) => p.tab === 'Allocations')).toEqual([]);
        expect(customerBalanceReport(second, asOf)).toEqual(customerBalanceReport(first, asOf));
      }),
      runs,
    );
  });
});

/** Interleaves the rows of different customers in a new random order, keeping each customer's own order. */
function interleave<T extends { customerId: string }>(rows: readonly T[], picks: readonly number[]): T[] {
  const queues = new Map<string, T[]>();
  for (const row of rows) queues.set(row.customerId, [...(queues.get(row.customerId) ?? []), row]);
  const keys = [...queues.keys()];
  const out: T[] = [];
  let p = 0;
  while (out.length < rows.length) {
    const live = keys.filter((k) => queues.get(k)!.length > 0);
    out.push(queues.get(live[(picks[p++ % Math.max(1, picks.length)] ?? 0) % live.length]!)!.shift()!);
  }
  return out;
}

/** Renumbers rows by position (and keeps manual allocations pointing at the same adjustments). */
function shuffledInput(input: BookInput, picks: readonly number[]): BookInput {
  const renumber = <T extends { source: { tab: 'Invoices' | 'Payments' | 'Adjustments' | 'Sales' | 'Customers' | 'Allocations' | 'Settings'; row: number } }>(rows: T[]) =>
    rows.map((r, k) => ({ ...r, source: { ...r.source, row: k + 2 } }));
  return {
    ...input,
    customers: renumber([...input.customers].reverse()),
    sales: renumber(interleave(input.sales, picks)),
    invoices: renumber(interleave(input.invoices, picks)),
    payments: renumber(interleave(input.payments, picks)),
    adjustments: renumber(interleave(input.adjustments, picks)),
  };
}

describe('order independence', () => {
  it('interleaving the rows of unrelated customers changes no customer figure and no invoice status', () => {
    fc.assert(
      fc.property(arbitraryBookInput({ explicitPaymentIds: true }), fc.array(fc.nat(5), { minLength: 1, maxLength: 40 }), arbitraryAsOf, (input, picks, asOf) => {
        const plain = { ...input, manualAllocations: input.manualAllocations };
        const a = bookBuild(plain);
        const b = bookBuild(shuffledInput(plain, picks));
        const byCustomer = (book: Book) => new Map(customerBalanceReport(book, asOf).rows.map((r) => [r.customerId, r]));
        expect(byCustomer(b)).toEqual(byCustomer(a));
        const byInvoice = (book: Book) => new Map(invoiceStatusReport(book, asOf).map((r) => [r.invoiceNo, r]));
        expect(byInvoice(b)).toEqual(byInvoice(a));
      }),
      runs,
    );
  });
});
