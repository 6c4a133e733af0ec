// Tests of the problems report: sheet order and messages in the user's language.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { problemsReport } from '../../../src/core/reports/problems-report';
import { billMake, bookInputFromBills, paymentMake } from '../builders';

describe('problemsReport', () => {
  it('lists errors and warnings in sheet order with localised messages', () => {
    const book = bookBuild(
      bookInputFromBills([billMake('INV-1', '2026-01-01', '100')], {
        payments: [paymentMake({ customerId: 'C099' })],
        invoices: [billMake('INV-2', '2026-01-01', '0').invoice],
      }),
    );
    const en = problemsReport(book, 'en');
    expect(en.errors).toBe(1);
    expect(en.warnings).toBe(1);
    expect(en.rows.map((r) => r.message)).toEqual([
      'Invoices row 3: invoice "INV-2" has no Sales lines, so its total is 0.',
      'Payments row 2: customer "C099" is not in Customers.',
    ]);
    expect(problemsReport(book, 'zh-CN').rows.map((r) => [r.tabName, r.message])).toEqual([
      ['账单', '账单 第 3 行：账单“INV-2”没有销售记录，金额为 0。'],
      ['收款', '收款 第 2 行：客户“C099”不在客户表中。'],
    ]);
  });
});
