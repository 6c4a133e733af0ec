// The sample book: deterministic, realistic in size and variety, and readable without any problem.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { sampleBookTables, sampleLastDate, sampleSpanDays } from '../../../src/local/sample/sample-book';
import { bookRead } from '../../../src/sheets/book-read';

describe('sampleBookTables', () => {
  it('is the same on every call', () => {
    expect(sampleBookTables('en')).toEqual(sampleBookTables('en'));
  });

  it('has the sizes of a small company', () => {
    const t = sampleBookTables('en');
    expect(t.Customers.length - 1).toBe(20);
    expect(t.Sales.length - 1).toBeGreaterThanOrEqual(190);
    expect(t.Invoices.length - 1).toBeGreaterThanOrEqual(60);
    expect(t.Payments.length - 1).toBeGreaterThanOrEqual(130);
    expect(t.Adjustments.length - 1).toBeGreaterThanOrEqual(3);
    expect(sampleSpanDays()).toBeGreaterThan(300);
  });

  it('has headers and choices in the language asked, and the same data otherwise', () => {
    const en = sampleBookTables('en');
    const zh = sampleBookTables('zh-CN');
    expect(en.Customers[0]?.[0]).toBe('Customer ID');
    expect(zh.Customers[0]?.[0]).toBe('客户编号');
    expect(en.Invoices.slice(1).map((r) => r[4])).toContain('Void');
    expect(zh.Invoices.slice(1).map((r) => r[4])).toContain('作废');
    expect(en.Sales.slice(1).map((r) => r[6])).toEqual(zh.Sales.slice(1).map((r) => r[6]));
  });

  it('holds what a real book holds: bilingual and English names, USD customers, drafts, a void, every kind of payment', () => {
    const t = sampleBookTables('en');
    const names = t.Customers.slice(1).map((r) => String(r[1]));
    expect(names.some((n) => /[\u4e00-\u9fff].* [A-Z]/.test(n))).toBe(true);
    expect(names.some((n) => !/[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(t.Customers.slice(1).filter((r) => r[9] === 'USD').length).toBeGreaterThanOrEqual(1);
    const statuses = t.Invoices.slice(1).map((r) => r[4]);
    expect(statuses.filter((s) => s === 'Draft').length).toBe(2);
    expect(statuses.filter((s) => s === 'Void').length).toBe(1);
    const payments = t.Payments.slice(1);
    expect(payments.some((p) => p[6] !== '')).toBe(true);
    expect(payments.some((p) => /INV-\d{4}-\d{4}/.test(String(p[5])) && p[6] === '')).toBe(true);
    expect(t.Sales.slice(1).some((r) => r[7] === '')).toBe(true);
    const dates = [...t.Sales.slice(1).map((r) => String(r[0])), ...payments.map((p) => String(p[1]))];
    expect(dates.every((d) => /^2026-\d{2}-\d{2}$/.test(d) && d <= sampleLastDate)).toBe(true);
    expect(t.Adjustments.slice(1).map((r) => r[2]).sort()).toEqual(['Credit Note', 'Credit Note', 'Debit', 'Write-off']);
  });

  it.each(['en', 'zh-CN'] as const)('reads and builds without any problem (%s)', (lang) => {
    const read = bookRead(sampleBookTables(lang));
    expect(read.problems).toEqual([]);
    const book = bookBuild(read.input);
    expect(book.problems).toEqual([]);
    const rules = new Set(book.allocations.map((a) => a.rule));
    for (const rule of ['reference', 'amount', 'fifo']) expect(rules.has(rule as never)).toBe(true);
  });
});
