// Tests of 反核销 (paymentUnallocate, sourceRelease) and of previewing a payment before it is recorded.
import { describe, expect, it } from 'vitest';
import { paymentAllocationPreview, paymentUnallocate, sourceRelease, bookInputWith } from '../../src/core/allocation-tools';
import { bookBuild } from '../../src/core/book';
import { allocationMake, billMake, bookInputFromBills, customerMake, day, paymentMake, yuan } from './builders';

const bills = [billMake('INV-1', '2026-01-01', '100'), billMake('INV-2', '2026-01-02', '200'), billMake('INV-3', '2026-01-03', '50', { customerId: 'C002' })];
const input = bookInputFromBills(bills, {
  customers: [customerMake({ id: 'C001' }), customerMake({ id: 'C002' })],
  payments: [paymentMake({ amount: yuan('150') }), paymentMake({ amount: yuan('60'), date: day('2026-01-11') })],
  manualAllocations: [allocationMake({ source: 'P00001', invoiceNo: 'INV-2', amount: yuan('20') })],
});

describe('paymentUnallocate', () => {
  it('returns the allocations to strike, the manual set without them and the payment held', () => {
    const book = bookBuild(input);
    const undo = paymentUnallocate(book, 'P00001');
    expect(undo.removed.map((a) => [a.invoiceNo, a.amount, a.rule])).toEqual([
      ['INV-2', 2000, 'manual'],
      ['INV-1', 10000, 'fifo'],
      ['INV-2', 3000, 'fifo'],
    ]);
    expect(undo.manualAllocations).toEqual([]);
    expect(undo.heldSources).toEqual(['P00001']);
    const after = bookBuild(bookInputWith(book, { manualAllocations: undo.manualAllocations, heldSources: undo.heldSources }));
    expect(after.allocationsBySource.has('P00001')).toBe(false);
    expect(after.allocations.map((a) => [a.source, a.invoiceNo, a.amount])).toEqual([['P00002', 'INV-1', 6000]]);
    const released = bookBuild(bookInputWith(after, { heldSources: sourceRelease(after, 'P00001') }));
    expect(released.allocationsBySource.get('P00001')!.map((a) => a.rule)).toEqual(['fifo', 'fifo']);
  });
});

describe('paymentAllocationPreview', () => {
  it('shows how a new payment would be allocated, with the next id', () => {
    const book = bookBuild(input);
    const preview = paymentAllocationPreview(book, paymentMake({ id: null, amount: yuan('300'), date: day('2026-01-20') }));
    expect(preview.paymentId).toBe('P00003');
    expect(preview.allocations.map((a) => [a.invoiceNo, a.amount, a.rule, a.date])).toEqual([['INV-2', 9000, 'fifo', '2026-01-20']]);
    expect(preview.unapplied).toBe(21000);
    expect(preview.problems).toEqual([]);
    const { source: _row, ...withoutRow } = paymentMake({ amount: yuan('300'), date: day('2026-01-20') });
    expect(paymentAllocationPreview(book, withoutRow).allocations).toEqual(preview.allocations);
  });
  it('follows the rules: an exact amount, a reference, another customer', () => {
    const book = bookBuild(input);
    expect(paymentAllocationPreview(book, paymentMake({ amount: yuan('90'), date: day('2026-01-20') })).allocations.map((a) => a.rule)).toEqual(['amount']);
    expect(paymentAllocationPreview(book, paymentMake({ amount: yuan('50'), customerId: 'C002', reference: 'inv-3' })).allocations.map((a) => [a.invoiceNo, a.rule])).toEqual([['INV-3', 'reference']]);
  });
  it('reports what would stop the payment from loading', () => {
    const book = bookBuild(input);
    const preview = paymentAllocationPreview(book, paymentMake({ customerId: 'C404' }));
    expect(preview.allocations).toEqual([]);
    expect(preview.unapplied).toBe(0);
    expect(preview.problems.map((p) => p.code)).toEqual(['unknown-customer']);
    expect(paymentAllocationPreview(book, paymentMake({ invoiceNo: 'INV-3' })).problems.map((p) => p.code)).toEqual(['invoice-customer-mismatch']);
  });
});
