// A small, hand-checked book used by the report tests: two customers, invoices, payments and adjustments.
import { bookBuild } from '../../src/core/book';
import type { Book } from '../../src/core/book-types';
import {
  adjustmentMake,
  billMake,
  bookInputFromBills,
  customerMake,
  day,
  invoiceMake,
  paymentMake,
  saleMake,
  yuan,
} from './builders';

/**
 * C001 (CNY, 30 days, limit 5,000.00):
 *   INV-1 2026-01-05 1,200.00 due 02-04 · INV-2 2026-02-10 800.00 due 03-12 · INV-3 2026-03-01 2,000.00 due 03-31
 *   INV-4 Draft 500.00 · INV-5 Void 300.00
 *   P00001 2026-01-20 1,000.00 (fifo → INV-1) · P00002 2026-02-15 800.00 ref "INV-2" · P00003 2026-03-05 1,000.00
 *   ADJ-2 Credit Note 2026-03-10 50.00 on INV-3 · DEBIT-3 Debit 2026-03-15 30.00 late fee
 * C002 (USD, 15 days): INV-6 2026-02-01 100.00 · P00004 2026-01-25 150.00 (prepayment)
 */
export function sampleBook(): Book {
  const bills = [
    billMake('INV-1', '2026-01-05', '1200'),
    billMake('INV-2', '2026-02-10', '800'),
    billMake('INV-3', '2026-03-01', '2000'),
    billMake('INV-4', '2026-03-02', '500', { status: 'Draft' }),
    billMake('INV-5', '2026-03-03', '300', { status: 'Void' }),
    billMake('INV-6', '2026-02-01', '100', { customerId: 'C002' }),
  ];
  return bookBuild(
    bookInputFromBills(bills, {
      customers: [
        customerMake({ id: 'C001', name: 'Acme Trading', creditLimit: yuan('5000') }),
        customerMake({ id: 'C002', name: '上海华东贸易', currency: 'USD', termsDays: 15 }),
      ],
      sales: [saleMake({ invoiceNo: 'INV-3', date: day('2026-03-01'), description: 'Freight', amount: yuan('0') })],
      payments: [
        paymentMake({ date: day('2026-01-20'), amount: yuan('1000'), method: 'Bank', reference: 'TT 0001' }),
        paymentMake({ date: day('2026-02-15'), amount: yuan('800'), method: 'Alipay', reference: 'INV-2' }),
        paymentMake({ date: day('2026-03-05'), amount: yuan('1000'), method: 'Bank', reference: '' }),
        paymentMake({ date: day('2026-01-25'), amount: yuan('150'), customerId: 'C002', method: 'Wire', reference: 'deposit' }),
      ],
      adjustments: [
        adjustmentMake({ date: day('2026-03-10'), type: 'CreditNote', amount: yuan('50'), invoiceNo: 'INV-3', reason: 'Damaged goods' }),
        adjustmentMake({ date: day('2026-03-15'), type: 'Debit', amount: yuan('30'), reason: 'Late fee' }),
      ],
      invoices: [invoiceMake({ invoiceNo: 'INV-7', customerId: 'C001', issueDate: day('2026-04-01') })],
    }),
  );
}
