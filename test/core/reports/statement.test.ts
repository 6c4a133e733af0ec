// Tests of customer statements: both layouts, their figures, and golden text renderings in en and zh-CN.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementReport, type StatementLayout } from '../../../src/core/reports/statement';
import { statementText } from '../../../src/core/reports/statement-text';
import type { Lang } from '../../../src/core/types';
import { day } from '../builders';
import { sampleBook } from '../sample-book';

const golden = (layout: StatementLayout, lang: Lang) =>
  readFileSync(new URL(`../golden/statement-${layout}.${lang}.txt`, import.meta.url), 'utf8');

const spec = (layout: StatementLayout) => ({ customerId: 'C001', from: day('2026-02-01'), to: day('2026-03-31'), layout });

describe('statementReport balance-forward', () => {
  it('opens at the balance of the day before, runs the period in event order, closes at Balance(to)', () => {
    const report = statementReport(sampleBook(), spec('balance-forward'))!;
    expect(report.openingBalance).toBe(20000);
    expect(report.rows.map((r) => [r.date, r.documentNo, r.kind, r.debit, r.credit, r.balance])).toEqual([
      ['2026-02-10', 'INV-2', 'invoice', 80000, 0, 100000],
      ['2026-02-15', 'P00002', 'payment', 0, 80000, 20000],
      ['2026-03-01', 'INV-3', 'invoice', 200000, 0, 220000],
      ['2026-03-05', 'P00003', 'payment', 0, 100000, 120000],
      ['2026-03-10', 'ADJ-2', 'credit-note', 0, 5000, 115000],
      ['2026-03-15', 'DEBIT-3', 'debit', 3000, 0, 118000],
    ]);
    expect(report.closingBalance).toBe(118000);
    expect(report.closingInWords).toBe('人民币壹仟壹佰捌拾元整');
    expect(report.closingInEnglish).toBe('One thousand one hundred eighty yuan');
  });
  it.each(['en', 'zh-CN'] as const)('renders the golden text in %s', (lang) => {
    expect(statementText(statementReport(sampleBook(), spec('balance-forward'))!, lang)).toBe(golden('balance-forward', lang));
  });
});

describe('statementReport open-item', () => {
  it('lists what is open as of `to` and unapplied credits, from zero', () => {
    const report = statementReport(sampleBook(), spec('open-item'))!;
    expect(report.openingBalance).toBe(0);
    expect(report.rows.map((r) => [r.documentNo, r.dueDate, r.debit, r.credit])).toEqual([
      ['DEBIT-3', '2026-03-15', 3000, 0],
      ['INV-3', '2026-03-31', 115000, 0],
    ]);
    expect(report.closingBalance).toBe(118000);
    const prepaid = statementReport(sampleBook(), { customerId: 'C002', from: day('2026-01-01'), to: day('2026-01-31'), layout: 'open-item' })!;
    expect(prepaid.rows.map((r) => [r.documentNo, r.kind, r.credit, r.balance])).toEqual([['P00004', 'payment', 15000, -15000]]);
    expect(prepaid.closingInWords).toBe('美元负壹佰伍拾元整');
    expect(prepaid.closingInEnglish).toBe('Minus one hundred fifty dollars');
  });
  it.each(['en', 'zh-CN'] as const)('renders the golden text in %s', (lang) => {
    expect(statementText(statementReport(sampleBook(), spec('open-item'))!, lang)).toBe(golden('open-item', lang));
  });
  it('returns null for a customer not in the book', () => {
    expect(statementReport(sampleBook(), { ...spec('open-item'), customerId: 'C404' })).toBeNull();
  });
});
