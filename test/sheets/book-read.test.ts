// bookRead: the whole pipeline from tables to BookInput, with row-numbered problems and skipped rows.
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/core/problems';
import { bookRead } from '../../src/sheets/book-read';

const customers = [
  ['Customer ID', 'Name', 'Currency', 'Payment Terms'],
  ['C001', '上海明辉贸易有限公司', '', '45天'],
  ['C002', 'Tokyo Trading KK', 'JPY', ''],
];

describe('bookRead', () => {
  it('reads each tab, applies defaults and the currency precision of each customer', () => {
    const read = bookRead({
      Customers: customers,
      Sales: [['日期', '客户编号', '数量', '单价', '税率', '金额', '账单号'], ['2026/1/5', 'C001', 2, '¥100.00', '13%', '', 'INV-1'], ['2026-01-06', 'C002', '', '', '', '1234.5', '']],
      Invoices: [['Invoice No', 'Customer ID', 'Issue Date', 'Total', 'Paid'], ['INV-1', 'C001', '2026年1月5日', 999, 999]],
      Payments: [['Date', 'Customer ID', 'Amount', 'Applied'], ['2026-01-31', 'C002', '¥1,234.5', 1]],
    });
    expect(read.problems).toEqual([]);
    expect(read.input.customers.map((c) => [c.id, c.currency, c.termsDays])).toEqual([['C001', null, 45], ['C002', 'JPY', null]]);
    expect(read.input.sales.map((s) => s.amount)).toEqual([22600, 1235]);
    expect(read.input.sales[0]).toMatchObject({ invoiceNo: 'INV-1', unitPrice: { units: 10000, scale: 0 } });
    expect(read.input.sales[1]).toMatchObject({ invoiceNo: null, taxRate: { units: 0, scale: 0 } });
    expect(read.input.invoices[0]).toMatchObject({ issueDate: '2026-01-05', dueDate: null, status: 'Issued' });
    expect(read.input.payments[0]).toMatchObject({ id: null, amount: 1235, currency: null, source: { tab: 'Payments', row: 2 } });
    expect(read.input.settings).toMatchObject({ currency: 'CNY', termsDays: 30 });
  });

  it('reports a bad row with tab, row, column and value, skips it and keeps the others', () => {
    const read = bookRead({
      Customers: customers,
      Payments: [
        ['收款日期', '客户编号', '金额'],
        ['2026-02-01', 'C001', '500'],
        [],
        ['2026-02-30', 'C001', '500'],
        ['2026-02-03', '', 'abc'],
        ['2026-02-04', 'C001', '-5'],
        ['  ', '', ''],
        ['2026-02-05', 'C001', '1 234,50'],
      ],
    });
    expect(read.input.payments.map((p) => p.source.row)).toEqual([2]);
    expect(read.problems.map((p) => problemMessage(p, 'en'))).toEqual([
      'Payments row 4: 收款日期 "2026-02-30" is not a date (write it as YYYY-MM-DD).',
      'Payments row 5: 客户编号 is empty but required.',
      'Payments row 5: 金额 "abc" is not an amount.',
      'Payments row 6: 金额 "-5" must not be negative.',
      'Payments row 8: 金额 "1 234,50" is not an amount.',
    ]);
  });

  it('reads Settings rows in either language and uses the date order it names', () => {
    const read = bookRead({
      Settings: [['项目', '值'], ['币种', '美元'], ['账期', '60'], ['税率', '6%'], ['账龄分段', '30，60，90，180'], ['日期顺序', 'DMY'], ['我的备注', 'x']],
      Customers: [['Customer ID', 'Name'], ['C1', 'A']],
      Invoices: [['Invoice No', 'Customer ID', 'Issue Date'], ['I1', 'C1', '1/5/2026']],
    });
    expect(read.problems).toEqual([]);
    expect(read.input.settings).toMatchObject({ currency: 'USD', termsDays: 60, taxRate: { units: 6, scale: 2 }, agingBuckets: [30, 60, 90, 180] });
    expect(read.input.invoices[0]?.issueDate).toBe('2026-05-01');
    expect(bookRead({ Invoices: [['Invoice No', 'Customer ID', 'Issue Date'], ['I1', 'C1', '1/5/2026']] }, { dateOrder: 'MDY' }).input.invoices[0]?.issueDate).toBe('2026-01-05');
  });

  it('computes Amount from Quantity × Unit Price with the Settings tax rate when Amount is blank', () => {
    const read = bookRead({
      Settings: [['Setting', 'Value'], ['Tax Rate', '13%']],
      Sales: [['Date', 'Customer ID', 'Quantity', 'Unit Price', 'Amount'], ['2026-01-05', 'C1', 3, 9.99, '']],
    });
    expect(read.input.sales[0]?.amount).toBe(3387);
  });

  it('reports a missing column once and does not read that tab', () => {
    const read = bookRead({ Payments: [['', ''], ['Date', 'Customer ID', 'Method'], ['2026-01-01', 'C1', 'cash']] });
    expect(read.input.payments).toEqual([]);
    expect(read.unreadable).toEqual(['Payments']);
    expect(read.problems.map((p) => problemMessage(p, 'zh-CN'))).toEqual(['收款 第 2 行：缺少必需的列“Amount”。']);
  });

  it('refuses a tab that is another table, naming what it looks like', () => {
    const read = bookRead({ Customers: [['Date', 'Customer ID', 'Amount', 'Method', 'Reference']] });
    expect(read.unreadable).toEqual(['Customers']);
    expect(read.problems[0]).toMatchObject({ code: 'unknown-header-set', row: 0, params: { lookalike: 'Payments' } });
  });

  it('keeps only manual allocations and reads them in the invoice currency', () => {
    const read = bookRead({
      Customers: customers,
      Invoices: [['Invoice No', 'Customer ID', 'Issue Date'], ['J-1', 'C002', '2026-01-05']],
      Allocations: [['Source', 'Invoice No', 'Amount', 'Date', 'Rule'], ['P00001', 'J-1', '100.4', '2026-01-09', '手工'], ['P00002', 'J-1', 5, '2026-01-09', 'fifo']],
    });
    expect(read.input.manualAllocations).toEqual([
      { source: 'P00001', invoiceNo: 'J-1', amount: 100, date: '2026-01-09', rule: 'manual', sourceRef: { tab: 'Allocations', row: 2 } },
    ]);
  });

  it('reads adjustments and refuses unknown types and negative amounts', () => {
    const read = bookRead({
      Adjustments: [['Date', 'Customer ID', 'Type', 'Amount', 'Invoice No', 'Reason'], ['2026-03-01', 'C1', '贷项', '200', 'I1', '退货'], ['2026-03-02', 'C1', 'Refund', '5', '', ''], ['2026-03-03', 'C1', 'Debit', '(5)', '', '']],
    });
    expect(read.input.adjustments).toHaveLength(1);
    expect(read.input.adjustments[0]).toMatchObject({ type: 'CreditNote', amount: 20000, invoiceNo: 'I1', reason: '退货' });
    expect(read.problems.map((p) => [p.row, p.code])).toEqual([[3, 'invalid-choice'], [4, 'negative-amount']]);
  });

  it('never crashes on hostile cells', () => {
    const hostile = ['=HYPERLINK("http://x")', '+1-555', '@SUM(A1)', 1e309, Number.NaN, {}, [], Symbol.for('x').toString(), 'x'.repeat(100000), '１２３４５６７８９０１２３４５６７８９'];
    const rows = hostile.map((cell) => [cell, cell, cell, cell]);
    const read = bookRead({ Payments: [['Date', 'Customer ID', 'Amount', 'Reference'], ...rows] });
    expect(read.input.payments).toEqual([]);
    expect(read.problems.length).toBeGreaterThanOrEqual(hostile.length);
    expect(Math.max(...read.problems.map((p) => (p.value ?? '').length))).toBeLessThanOrEqual(61);
  });
});

describe('bookRead Settings without a header row', () => {
  it('reads "label | value" rows when the tab has no header', () => {
    const read = bookRead({ Settings: [['Currency', 'USD'], ['账期', '45天'], ['Tax Rate', 0.06]] });
    expect(read.problems).toEqual([]);
    expect(read.input.settings).toMatchObject({ currency: 'USD', termsDays: 45, taxRate: { units: 6, scale: 2 } });
  });

  it('still refuses a Settings tab that is something else', () => {
    const read = bookRead({ Settings: [['Invoice No', 'Customer ID', 'Issue Date']] });
    expect(read.unreadable).toEqual(['Settings']);
  });

  it('reports a bad setting value with its row and keeps the default', () => {
    const read = bookRead({ Settings: [['Setting', 'Value'], ['Currency', 'dollars'], ['Payment Terms', '30']] });
    expect(read.input.settings.currency).toBe('CNY');
    expect(read.problems.map((p) => [p.row, p.code, p.value])).toEqual([[2, 'invalid-currency', 'dollars']]);
  });
});
