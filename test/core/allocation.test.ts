// Tests of the allocation policy (DESIGN.md §4): each rule, its order, carried credit, manual and held sources.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../src/core/book';
import type { Book } from '../../src/core/book-types';
import { moneyToDecimalString } from '../../src/core/money';
import {
  adjustmentMake,
  allocationMake,
  billMake,
  bookInputFromBills,
  day,
  invoiceMake,
  paymentMake,
  yuan,
} from './builders';

/** Allocations as "source→target amount rule date" lines, the way a person would check them. */
function lines(book: Book): string[] {
  return book.allocations.map((a) => `${a.source}→${a.invoiceNo} ${moneyToDecimalString(a.amount, 'CNY')} ${a.rule} ${a.date}`);
}

const threeBills = [
  billMake('INV-1', '2026-01-01', '100'),
  billMake('INV-2', '2026-01-02', '200'),
  billMake('INV-3', '2026-01-03', '300'),
];

describe('allocation rules', () => {
  it('fifo pays the oldest due first, partially', () => {
    const book = bookBuild(bookInputFromBills(threeBills, { payments: [paymentMake({ amount: yuan('250') })] }));
    expect(lines(book)).toEqual(['P00001→INV-1 100.00 fifo 2026-01-10', 'P00001→INV-2 150.00 fifo 2026-01-10']);
    expect(book.problems).toEqual([]);
  });

  it('fifo orders by due date before issue date', () => {
    const bills = [billMake('INV-1', '2026-01-01', '100', { dueDate: day('2026-03-01') }), billMake('INV-2', '2026-01-02', '100', { dueDate: day('2026-02-01') })];
    const book = bookBuild(bookInputFromBills(bills, { payments: [paymentMake({ amount: yuan('150') })] }));
    expect(lines(book)).toEqual(['P00001→INV-2 100.00 fifo 2026-01-10', 'P00001→INV-1 50.00 fifo 2026-01-10']);
  });

  it('amount matches the oldest-due open invoice of exactly the payment', () => {
    const book = bookBuild(bookInputFromBills([...threeBills, billMake('INV-4', '2026-01-04', '300')], { payments: [paymentMake({ amount: yuan('300') })] }));
    expect(lines(book)).toEqual(['P00001→INV-3 300.00 amount 2026-01-10']);
  });

  it('an Invoice No cell directs the payment; the rest goes by amount and fifo', () => {
    const book = bookBuild(bookInputFromBills(threeBills, { payments: [paymentMake({ amount: yuan('500'), invoiceNo: 'inv-3' })] }));
    expect(lines(book)).toEqual(['P00001→INV-3 300.00 reference 2026-01-10', 'P00001→INV-2 200.00 amount 2026-01-10']);
  });

  it('a Reference naming exactly one open invoice as a whole token is a reference', () => {
    const book = bookBuild(
      bookInputFromBills(threeBills, {
        payments: [
          paymentMake({ amount: yuan('50'), reference: 'Payment for INV-2, thanks.' }),
          paymentMake({ amount: yuan('100'), reference: 'INV-1 and INV-3' }),
          paymentMake({ amount: yuan('10'), reference: 'INV-30 xINV-3' }),
        ],
      }),
    );
    expect(lines(book)).toEqual([
      'P00001→INV-2 50.00 reference 2026-01-10',
      'P00002→INV-1 100.00 amount 2026-01-10',
      'P00003→INV-2 10.00 fifo 2026-01-10',
    ]);
  });

  it('only invoices issued on or before the payment date are paid; an invoice on the same date is', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-10', '100'), billMake('INV-2', '2026-01-11', '50')], {
        payments: [paymentMake({ amount: yuan('50') })],
      }),
    );
    expect(lines(book)).toEqual(['P00001→INV-1 50.00 fifo 2026-01-10']);
  });

  it('unapplied credit pays later invoices, oldest credit first, on their issue date', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-01', '100'), billMake('INV-2', '2026-02-01', '150'), billMake('INV-3', '2026-02-05', '100')], {
        payments: [paymentMake({ amount: yuan('180') }), paymentMake({ amount: yuan('100'), date: day('2026-01-20') })],
      }),
    );
    expect(lines(book)).toEqual([
      'P00001→INV-1 100.00 fifo 2026-01-10',
      'P00001→INV-2 80.00 credit 2026-02-01',
      'P00002→INV-2 70.00 credit 2026-02-01',
      'P00002→INV-3 30.00 credit 2026-02-05',
    ]);
  });

  it('a payment directed to an invoice issued later waits for it', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-01', '100'), billMake('INV-2', '2026-02-01', '80')], {
        payments: [paymentMake({ amount: yuan('100'), invoiceNo: 'INV-2' })],
      }),
    );
    expect(lines(book)).toEqual(['P00001→INV-2 80.00 reference 2026-02-01']);
  });

  it('credit notes and write-offs are credits; one naming an invoice goes to it; debits are open items', () => {
    const book = bookBuild(
      bookInputFromBills(threeBills, {
        adjustments: [
          adjustmentMake({ type: 'CreditNote', amount: yuan('30'), invoiceNo: 'INV-3', date: day('2026-01-05') }),
          adjustmentMake({ type: 'Debit', amount: yuan('20'), date: day('2026-01-06'), reason: 'Late fee' }),
          adjustmentMake({ type: 'WriteOff', amount: yuan('20'), date: day('2026-01-07') }),
        ],
        payments: [paymentMake({ amount: yuan('600'), date: day('2026-01-08') })],
      }),
    );
    expect(lines(book)).toEqual([
      'ADJ-2→INV-3 30.00 reference 2026-01-05',
      'ADJ-4→DEBIT-3 20.00 amount 2026-01-07',
      'P00001→INV-1 100.00 fifo 2026-01-08',
      'P00001→INV-2 200.00 fifo 2026-01-08',
      'P00001→INV-3 270.00 fifo 2026-01-08',
    ]);
  });

  it('Draft and Void invoices are never paid', () => {
    const bills = [billMake('INV-1', '2026-01-01', '100', { status: 'Draft' }), billMake('INV-2', '2026-01-01', '100', { status: 'Void' })];
    const book = bookBuild(bookInputFromBills(bills, { payments: [paymentMake()] }));
    expect(lines(book)).toEqual([]);
    expect(book.items).toEqual([]);
  });
});

describe('manual allocations and held sources', () => {
  it('manual allocations come first and automatic ones work around them', () => {
    const book = bookBuild(
      bookInputFromBills(threeBills, {
        payments: [paymentMake({ amount: yuan('300') })],
        manualAllocations: [allocationMake({ invoiceNo: 'INV-3', amount: yuan('100'), date: day('2026-01-12') })],
      }),
    );
    expect(lines(book)).toEqual([
      'P00001→INV-3 100.00 manual 2026-01-12',
      'P00001→INV-2 200.00 amount 2026-01-10',
    ]);
  });

  it('reports manual allocations that do not fit and skips them', () => {
    const book = bookBuild(
      bookInputFromBills(threeBills, {
        invoices: [invoiceMake({ invoiceNo: 'INV-9', status: 'Void' })],
        payments: [paymentMake({ amount: yuan('100') })],
        manualAllocations: [
          allocationMake({ invoiceNo: 'INV-1', amount: yuan('80'), date: day('2026-01-01') }),
          allocationMake({ invoiceNo: 'INV-2', amount: yuan('30') }),
          allocationMake({ source: 'P00077' }),
          allocationMake({ invoiceNo: 'INV-9' }),
          allocationMake({ invoiceNo: 'NOPE' }),
        ],
      }),
    );
    expect(book.problems.map((p) => `${p.tab} ${p.row} ${p.code} ${p.severity}`)).toEqual([
      'Allocations 2 allocation-date-adjusted warning',
      'Allocations 3 over-allocation error',
      'Allocations 4 unknown-allocation-source error',
      'Allocations 5 void-invoice error',
      'Allocations 6 unknown-allocation-target error',
    ]);
    expect(lines(book)).toEqual(['P00001→INV-1 80.00 manual 2026-01-10', 'P00001→INV-1 20.00 amount 2026-01-10']);
  });

  it('a held source keeps only its manual allocations', () => {
    const book = bookBuild(
      bookInputFromBills(threeBills, {
        payments: [paymentMake({ amount: yuan('100') }), paymentMake({ amount: yuan('50') })],
        heldSources: ['P00001'],
      }),
    );
    expect(lines(book)).toEqual(['P00002→INV-1 50.00 fifo 2026-01-10']);
  });

  it('is deterministic: the same input gives the same allocations', () => {
    const input = bookInputFromBills(threeBills, { payments: [paymentMake({ amount: yuan('333') }), paymentMake({ amount: yuan('1') })] });
    expect(bookBuild(input).allocations).toEqual(bookBuild(input).allocations);
  });
});
