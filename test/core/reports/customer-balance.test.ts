// Tests of the customer balance report, single-customer balance helpers and the credit-limit report.
import { describe, expect, it } from 'vitest';
import { creditLimitReport, customerBalance, customerBalanceReport, customerUnapplied } from '../../../src/core/reports/customer-balance';
import { bookBuild } from '../../../src/core/book';
import { billMake, bookInputFromBills, customerMake, day, paymentMake, yuan } from '../builders';
import { sampleBook } from '../sample-book';

describe('customerBalanceReport', () => {
  it('gives each customer totals, balance, unapplied and aging as of a date', () => {
    const report = customerBalanceReport(sampleBook(), day('2026-03-31'));
    expect(report.buckets.map((b) => b.label.en)).toEqual(['Not Due', '1–30', '31–60', '61–90', '90+']);
    expect(report.rows).toEqual([
      {
        customerId: 'C001',
        name: 'Acme Trading',
        currency: 'CNY',
        invoiced: 400000,
        debits: 3000,
        received: 280000,
        credits: 5000,
        balance: 118000,
        unapplied: 0,
        buckets: [115000, 3000, 0, 0, 0],
        creditLimit: 500000,
        available: 382000,
        overLimit: false,
      },
      {
        customerId: 'C002',
        name: '上海华东贸易',
        currency: 'USD',
        invoiced: 10000,
        debits: 0,
        received: 15000,
        credits: 0,
        balance: -5000,
        unapplied: 5000,
        buckets: [0, 0, 0, 0, 0],
        creditLimit: null,
        available: null,
        overLimit: false,
      },
    ]);
  });

  it('moves open amounts into older buckets as time passes and ignores later documents', () => {
    const later = customerBalanceReport(sampleBook(), day('2026-04-30')).rows[0]!;
    expect(later.buckets).toEqual([0, 115000, 3000, 0, 0]);
    const early = customerBalanceReport(sampleBook(), day('2026-01-31')).rows;
    expect(early.map((r) => [r.balance, r.unapplied])).toEqual([[20000, 0], [-15000, 15000]]);
  });

  it('flags customers over their credit limit', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-01', '600'), billMake('INV-2', '2026-01-01', '100', { customerId: 'C002' })], {
        customers: [customerMake({ id: 'C001', creditLimit: yuan('500') }), customerMake({ id: 'C002', creditLimit: yuan('500') }), customerMake({ id: 'C003' })],
        payments: [paymentMake({ amount: yuan('150'), date: day('2026-02-01') })],
      }),
    );
    const rows = customerBalanceReport(book, day('2026-01-15')).rows;
    expect(rows.map((r) => [r.customerId, r.available, r.overLimit])).toEqual([
      ['C001', -10000, true],
      ['C002', 40000, false],
      ['C003', null, false],
    ]);
    expect(creditLimitReport(book, day('2026-01-15')).map((r) => [r.customerId, r.overLimit])).toEqual([
      ['C001', true],
      ['C002', false],
    ]);
    expect(creditLimitReport(book, day('2026-02-01')).map((r) => [r.customerId, r.overLimit, r.available])).toEqual([
      ['C001', false, 5000],
      ['C002', false, 40000],
    ]);
  });
});

describe('customerBalance / customerUnapplied', () => {
  it('agree with the report for one customer', () => {
    const book = sampleBook();
    expect(customerBalance(book, 'C001', day('2026-03-31'))).toBe(118000);
    expect(customerBalance(book, 'C002', day('2026-01-31'))).toBe(-15000);
    expect(customerUnapplied(book, 'C002', day('2026-01-31'))).toBe(15000);
    expect(customerUnapplied(book, 'C002', day('2026-02-01'))).toBe(5000);
    expect(customerBalance(book, 'NOBODY', day('2026-03-31'))).toBe(0);
  });
});
