// Tests of bookBuild: defaults, validation problems (rows skipped or kept) and the ledger view.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../src/core/book';
import type { Book } from '../../src/core/book-types';
import { problemMessage } from '../../src/core/problems';
import {
  adjustmentMake,
  allocationMake,
  billMake,
  bookInputFromBills,
  bookInputMake,
  customerMake,
  day,
  dec,
  invoiceMake,
  paymentMake,
  saleMake,
  settingsMake,
  yuan,
} from './builders';

const messages = (book: Book) => book.problems.map((p) => `${p.severity}: ${problemMessage(p, 'en')}`);

describe('bookBuild defaults', () => {
  it('resolves currency and terms from Settings and due dates from terms', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-31', '10'), billMake('INV-2', '2026-01-31', '10', { customerId: 'C002' }), billMake('INV-3', '2026-01-31', '10', { dueDate: day('2026-02-02') })], {
        settings: settingsMake({ currency: 'usd', termsDays: 45 }),
        customers: [customerMake({ id: 'C001' }), customerMake({ id: 'C002', termsDays: 10, currency: 'jpy' })],
      }),
    );
    expect(book.customers.map((c) => [c.id, c.currency, c.termsDays])).toEqual([['C001', 'USD', 45], ['C002', 'JPY', 10]]);
    expect(book.invoices.map((i) => [i.invoiceNo, i.dueDate, i.currency, i.total, i.lineCount])).toEqual([
      ['INV-1', '2026-03-17', 'USD', 1000, 1],
      ['INV-2', '2026-02-10', 'JPY', 1000, 1],
      ['INV-3', '2026-02-02', 'USD', 1000, 1],
    ]);
  });

  it('totals an invoice from all of its Sales lines; unbilled lines count nowhere', () => {
    const book = bookBuild(
      bookInputMake({
        invoices: [invoiceMake()],
        sales: [saleMake({ amount: yuan('10') }), saleMake({ amount: yuan('2.50') }), saleMake({ invoiceNo: null, amount: yuan('99') })],
      }),
    );
    expect(book.invoices[0]!.total).toBe(1250);
    expect(book.sales).toHaveLength(3);
    expect(book.items.map((i) => i.amount)).toEqual([1250]);
  });

  it('assigns payment ids in sheet order, skipping ids already used', () => {
    const book = bookBuild(
      bookInputMake({
        payments: [paymentMake(), paymentMake({ id: 'P00002' }), paymentMake(), paymentMake({ id: 'X-7' }), paymentMake()],
      }),
    );
    expect(book.payments.map((p) => [p.id, p.idAssigned])).toEqual([
      ['P00001', true],
      ['P00002', false],
      ['P00003', true],
      ['X-7', false],
      ['P00004', true],
    ]);
  });
});

describe('bookBuild problems', () => {
  it('skips rows with errors and keeps the rest', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-01', '100'), billMake('INV-V', '2026-01-01', '5', { status: 'Void' }), billMake('INV-D', '2026-01-01', '5', { status: 'Draft' })], {
        customers: [customerMake({ id: 'C001' }), customerMake({ id: 'C001', name: 'Again' }), customerMake({ id: 'C002' })],
        invoices: [invoiceMake({ invoiceNo: 'INV-1' }), invoiceMake({ invoiceNo: 'INV-9', customerId: 'C404' })],
        sales: [saleMake({ customerId: 'C404', invoiceNo: null }), saleMake({ invoiceNo: 'INV-8' }), saleMake({ customerId: 'C002', invoiceNo: 'INV-1' })],
        payments: [
          paymentMake({ customerId: 'C404' }),
          paymentMake({ currency: 'USD' }),
          paymentMake({ invoiceNo: 'INV-404' }),
          paymentMake({ invoiceNo: 'INV-V' }),
          paymentMake({ invoiceNo: 'INV-D' }),
          paymentMake({ customerId: 'C002', invoiceNo: 'INV-1' }),
          paymentMake({ id: 'P1' }),
          paymentMake({ id: 'P1' }),
          paymentMake({ amount: yuan('0') }),
          paymentMake({ amount: yuan('-5') }),
        ],
        adjustments: [adjustmentMake({ customerId: 'C404' }), adjustmentMake({ invoiceNo: 'INV-V' }), adjustmentMake({ type: 'Debit', invoiceNo: 'INV-V' })],
      }),
    );
    expect(messages(book)).toEqual([
      'error: Customers row 3: customer ID "C001" is already used in row 2.',
      'error: Sales row 5: customer "C404" is not in Customers.',
      'error: Sales row 6: invoice "INV-8" is not in Invoices.',
      'error: Sales row 7: invoice "INV-1" belongs to customer "C001", not "C002".',
      'error: Invoices row 5: invoice number "INV-1" is already used in row 2.',
      'error: Invoices row 6: customer "C404" is not in Customers.',
      'error: Payments row 2: customer "C404" is not in Customers.',
      'error: Payments row 3: currency "USD" differs from the customer\'s currency CNY.',
      'error: Payments row 4: invoice "INV-404" is not in Invoices.',
      'error: Payments row 5: invoice "INV-V" is void.',
      'error: Payments row 6: invoice "INV-D" is still a draft.',
      'error: Payments row 7: invoice "INV-1" belongs to customer "C001", not "C002".',
      'error: Payments row 9: payment ID "P1" is already used in row 8.',
      'error: Payments row 10: Amount "0.00" must not be zero.',
      'error: Payments row 11: Amount "-5.00" must not be negative.',
      'error: Adjustments row 2: customer "C404" is not in Customers.',
      'error: Adjustments row 3: invoice "INV-V" is void.',
    ]);
    expect(book.customers.map((c) => c.name)).toEqual(['Acme', 'Acme']);
    expect(book.payments.map((p) => p.id)).toEqual(['P1']);
    expect(book.adjustments.map((a) => a.key)).toEqual(['DEBIT-4']);
    expect(book.invoices.map((i) => i.invoiceNo)).toEqual(['INV-1', 'INV-V', 'INV-D']);
  });

  it('reports every repeat of a typed payment id against its first row, even when that row has an error', () => {
    const book = bookBuild(
      bookInputMake({
        payments: [
          paymentMake({ id: 'P7', customerId: 'C404' }),
          paymentMake(),
          paymentMake({ id: 'P7' }),
          paymentMake({ id: 'P00001' }),
          paymentMake({ id: 'P7', amount: yuan('5') }),
          paymentMake({ id: 'P8' }),
        ],
      }),
    );
    expect(messages(book)).toEqual([
      'error: Payments row 2: customer "C404" is not in Customers.',
      'error: Payments row 4: payment ID "P7" is already used in row 2.',
      'error: Payments row 6: payment ID "P7" is already used in row 2.',
    ]);
    expect(book.payments.map((p) => [p.id, p.idAssigned])).toEqual([
      ['P00002', true],
      ['P00001', false],
      ['P8', false],
    ]);
  });

  it('finds a repeated id after a run of increasing ids, and none among strictly increasing ones', () => {
    const ids = (list: string[]) => bookInputMake({ payments: list.map((id) => paymentMake({ id })) });
    expect(messages(bookBuild(ids(['P1', 'P2', 'P3', 'P2'])))).toEqual(['error: Payments row 5: payment ID "P2" is already used in row 3.']);
    expect(messages(bookBuild(ids(['P1', 'P2', 'P2'])))).toEqual(['error: Payments row 4: payment ID "P2" is already used in row 3.']);
    expect(bookBuild(ids(['P08', 'P09', 'P10', 'Q1'])).payments.map((p) => p.id)).toEqual(['P08', 'P09', 'P10', 'Q1']);
  });

  it('warns but keeps: lines without an invoice total, amount mismatch, due before issue, negative total', () => {
    const book = bookBuild(
      bookInputMake({
        invoices: [
          invoiceMake({ invoiceNo: 'INV-1', dueDate: day('2025-12-31') }),
          invoiceMake({ invoiceNo: 'INV-2' }),
          invoiceMake({ invoiceNo: 'INV-3' }),
        ],
        sales: [
          saleMake({ invoiceNo: 'INV-1', quantity: dec('3'), unitPrice: dec('3333.3333'), taxRate: dec('0.13'), amount: yuan('113.01') }),
          saleMake({ invoiceNo: 'INV-3', amount: yuan('-1') }),
          saleMake({ invoiceNo: 'INV-1', quantity: dec('2'), unitPrice: dec('500'), taxRate: dec('0.13'), amount: yuan('11.30') }),
        ],
      }),
    );
    expect(messages(book)).toEqual([
      'warning: Sales row 2: Amount "113.01" differs from Quantity × Unit Price × (1 + Tax Rate) = 113.00.',
      'warning: Invoices row 2: Due Date "2025-12-31" is before the Issue Date 2026-01-01.',
      'warning: Invoices row 3: invoice "INV-2" has no Sales lines, so its total is 0.',
      'warning: Invoices row 4: invoice "INV-3" totals -1.00, less than zero.',
    ]);
    expect(book.invoices.map((i) => i.total)).toEqual([12431, 0, -100]);
  });

  it('lists problems for manual allocations against a customer mismatch', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-01', '100'), billMake('INV-2', '2026-01-01', '100', { customerId: 'C002' })], {
        customers: [customerMake({ id: 'C001' }), customerMake({ id: 'C002' })],
        payments: [paymentMake()],
        manualAllocations: [allocationMake({ invoiceNo: 'INV-2' }), allocationMake({ amount: yuan('0') })],
      }),
    );
    expect(messages(book)).toEqual([
      'error: Allocations row 2: invoice "INV-2" belongs to customer "C002", not "C001".',
      'error: Allocations row 3: Amount "0.00" must not be zero.',
    ]);
  });
});

describe('bookBuild ledger view', () => {
  it('orders items and sources by date then sheet order, Invoices/Payments before Adjustments', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-2', '2026-01-02', '5'), billMake('INV-1', '2026-01-01', '5')], {
        adjustments: [adjustmentMake({ type: 'Debit', date: day('2026-01-01') }), adjustmentMake({ type: 'WriteOff', date: day('2026-01-01') })],
        payments: [paymentMake({ date: day('2026-01-01') })],
      }),
    );
    expect(book.items.map((i) => i.key)).toEqual(['INV-1', 'DEBIT-2', 'INV-2']);
    expect(book.sources.map((s) => s.key)).toEqual(['P00001', 'ADJ-3']);
    expect(book.debits.map((d) => [d.key, d.dueDate])).toEqual([['DEBIT-2', '2026-01-01']]);
  });
});

describe('bookBuild invoiceItemIndex', () => {
  const bills = [
    billMake('INV-3', '2026-03-01', '30'),
    billMake('INV-D', '2026-01-01', '5', { status: 'Draft' }),
    billMake('INV-1', '2026-01-01', '10'),
    billMake('INV-V', '2026-01-01', '5', { status: 'Void' }),
    billMake('INV-2', '2026-02-01', '20'),
  ];
  const expectedOf = (book: Book) => book.invoices.map((invoice) => (invoice.status === 'Issued' ? book.itemIndexByKey.get(invoice.invoiceNo)! : -1));

  it('gives each invoice its position in items (event order), -1 for Draft and Void', () => {
    const book = bookBuild(bookInputFromBills(bills, { adjustments: [adjustmentMake({ type: 'Debit', date: day('2026-01-15') })] }));
    expect(book.items.map((item) => item.key)).toEqual(['INV-1', 'DEBIT-2', 'INV-2', 'INV-3']);
    expect([...book.invoiceItemIndex]).toEqual([3, -1, 0, -1, 2]);
    expect([...book.invoiceItemIndex]).toEqual(expectedOf(book));
  });

  it('is the same when sheet rows are far apart or repeat (built input)', () => {
    const input = bookInputFromBills(bills);
    const rowsFar = input.invoices.map((invoice, i) => ({ ...invoice, source: { ...invoice.source, row: 1_000_000 * (i + 1) } }));
    const rowsSame = input.invoices.map((invoice) => ({ ...invoice, source: { ...invoice.source, row: 7 } }));
    for (const invoices of [rowsFar, rowsSame]) {
      const book = bookBuild({ ...input, invoices });
      expect([...book.invoiceItemIndex]).toEqual([2, -1, 0, -1, 1]);
      expect([...book.invoiceItemIndex]).toEqual(expectedOf(book));
    }
  });
});

describe('bookBuild event order when rows are out of order or dates far apart', () => {
  it('sorts by date then row whichever way the rows arrive', () => {
    const bills = [billMake('INV-B', '2026-01-05', '5'), billMake('INV-A', '2026-01-05', '5'), billMake('INV-OLD', '2001-01-01', '5')];
    const input = bookInputFromBills(bills);
    const rowsSwapped = { ...input, invoices: [
      { ...input.invoices[0]!, source: { tab: 'Invoices' as const, row: 9 } },
      { ...input.invoices[1]!, source: { tab: 'Invoices' as const, row: 4 } },
      input.invoices[2]!,
    ] };
    expect(bookBuild(rowsSwapped).items.map((i) => i.key)).toEqual(['INV-OLD', 'INV-A', 'INV-B']);
    expect(bookBuild(input).items.map((i) => i.key)).toEqual(['INV-OLD', 'INV-B', 'INV-A']);
    const near = bookInputFromBills(bills.slice(0, 2));
    expect(bookBuild(near).items.map((i) => i.key)).toEqual(['INV-B', 'INV-A']);
  });
});
