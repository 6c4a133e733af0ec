// customer-ledger report and statement: the sample book cross-checked with the core, the messy book golden.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { moneyToDecimalString } from '../../../src/core/money';
import { customerBalanceReport } from '../../../src/core/reports/customer-balance';
import { invoiceStatusReport } from '../../../src/core/reports/invoice-status';
import type { IsoDate } from '../../../src/core/types';
import type { ReportJson } from '../../../src/local/cli/report-json';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { bookRead } from '../../../src/sheets/book-read';
import { cliRun } from '../../../src/local/cli/main';
import { cliCapture, goldenFolder, messyBook, tempFolder } from './cli-helpers';

const asOf = '2026-11-20' as IsoDate;
const golden = (name: string): string => readFileSync(path.join(goldenFolder, name), 'utf8');

describe('report on the sample book', () => {
  let folder = '';
  let report: ReportJson;
  beforeAll(async () => {
    folder = tempFolder('sample');
    expect((await cliCapture(['sample', '--out', folder])).code).toBe(0);
    const run = await cliCapture(['report', '--data', folder, '--as-of', asOf, '--json']);
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout) as ReportJson;
  });

  it('round-trips the sample through CSV without any problem', () => {
    expect(report.problems).toEqual([]);
    expect(report.customers).toHaveLength(20);
    expect(report.invoices.length).toBeGreaterThan(100);
    expect(report.allocations.length).toBeGreaterThan(100);
  });

  it('gives the numbers of the core reports on the same tables', () => {
    const book = bookBuild(bookRead(sampleBookTables('en')).input);
    const balances = customerBalanceReport(book, asOf, { buckets: [30, 60, 90] });
    const expected = balances.rows.map((r) => ({
      id: r.customerId, balance: moneyToDecimalString(r.balance, r.currency), unapplied: moneyToDecimalString(r.unapplied, r.currency),
      d90plus: moneyToDecimalString(r.buckets[4]!, r.currency),
    }));
    expect(report.customers.map((c) => ({ id: c.id, balance: c.balance, unapplied: c.unapplied, d90plus: c.aging.d90plus }))).toEqual(expected);
    const invoices = invoiceStatusReport(book, asOf);
    expect(report.invoices.map((i) => [i.invoiceNo, i.balance, i.status])).toEqual(invoices.map((i) => [i.invoiceNo, moneyToDecimalString(i.balance, i.currency), i.status]));
  });

  it('keeps the identities: balance = invoiced + debits − received − credits = Σ aging − unapplied', () => {
    const cents = (text: string): number => Math.round(Number(text) * 100);
    for (const c of report.customers) {
      expect(cents(c.balance)).toBe(cents(c.invoiced) + cents(c.debits) - cents(c.received) - cents(c.credits));
      const aging = Object.values(c.aging).reduce((n, a) => n + cents(a), 0);
      expect(cents(c.balance)).toBe(aging - cents(c.unapplied));
    }
    expect(report.customers.some((c) => c.aging.d90plus !== '0.00')).toBe(true);
    expect(report.customers.some((c) => c.aging.notDue !== '0.00')).toBe(true);
    expect(report.customers.some((c) => c.unapplied !== '0.00')).toBe(true);
  });

  it('reads the Chinese sample (Chinese file names, headers and choices) to the same numbers', async () => {
    const zh = tempFolder('sample-zh');
    await cliCapture(['sample', '--out', zh, '--lang', 'zh-CN']);
    const run = await cliCapture(['report', '--data', zh, '--as-of', asOf, '--json']);
    const zhReport = JSON.parse(run.stdout) as ReportJson;
    expect(zhReport.customers).toEqual(report.customers);
    expect(zhReport.invoices).toEqual(report.invoices);
  });

  it('prints an aligned text report', async () => {
    const run = await cliCapture(['report', '--data', folder, '--as-of', asOf, '--lang', 'zh-CN']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('客户余额（截至 2026-11-20）');
    expect(run.stdout).toContain('合计 CNY');
    expect(run.stdout).toContain('合计 USD');
  });
});

describe('report on the messy book', () => {
  it('matches the golden JSON (right numbers, every problem)', async () => {
    const run = await cliCapture(['report', '--data', messyBook, '--as-of', asOf, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(golden('report.json')));
  });

  it.each(['en', 'zh-CN'])('matches the golden text report in %s', async (lang) => {
    const run = await cliCapture(['report', '--data', messyBook, '--as-of', asOf, '--lang', lang]);
    expect(run.stdout).toBe(golden(`report.${lang}.txt`));
  });

  it('has the hand-computed balances', async () => {
    const run = await cliCapture(['report', '--data', messyBook, '--as-of', asOf, '--json']);
    const report = JSON.parse(run.stdout) as ReportJson;
    const byId = Object.fromEntries(report.customers.map((c) => [c.id, c]));
    expect(byId.C001).toMatchObject({ invoiced: '12234.50', debits: '50.00', received: '12240.00', balance: '44.50', aging: { d90plus: '44.50' } });
    expect(byId.C002).toMatchObject({ currency: 'USD', invoiced: '1500.00', balance: '0.00' });
    expect(byId.C004).toMatchObject({ invoiced: '565.00', credits: '65.00', received: '100.00', balance: '400.00', aging: { d31_60: '400.00' } });
  });
});

describe('statement', () => {
  it('gives the balance-forward statement as JSON', async () => {
    const run = await cliCapture(['statement', '--data', messyBook, '--customer', 'C001', '--from', '2026-02-01', '--to', '2026-11-20', '--json']);
    expect(run.code).toBe(0);
    const statement = JSON.parse(run.stdout);
    expect(statement).toMatchObject({ customerId: 'C001', from: '2026-02-01', to: '2026-11-20', currency: 'CNY', openingBalance: '9240.00', closingBalance: '44.50', closingInWords: '人民币肆拾肆元伍角整' });
    expect(statement.rows.map((r: { documentNo: string; debit: string; credit: string; balance: string }) => [r.documentNo, r.debit, r.credit, r.balance])).toEqual([
      ['INV-002', '2994.50', '0.00', '12234.50'],
      ['P00001', '0.00', '9240.00', '2994.50'],
      ['P00002', '0.00', '1000.00', '1994.50'],
      ['INV-005', '0.00', '0.00', '1994.50'],
      ['DEBIT-3', '50.00', '0.00', '2044.50'],
      ['P00006', '0.00', '2000.00', '44.50'],
    ]);
  });

  it('gives the open-item statement and the text form', async () => {
    const json = await cliCapture(['statement', '--data', messyBook, '--customer', 'C004', '--from', '2026-01-01', '--to', '2026-11-20', '--open-item', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ openingBalance: '0.00', closingBalance: '400.00', rows: [{ documentNo: 'INV-004', debit: '400.00' }] });
    const text = await cliCapture(['statement', '--data', messyBook, '--customer', 'C001', '--from', '2026-02-01', '--to', '2026-11-20', '--lang', 'zh-CN']);
    expect(text.stdout).toBe(golden('statement-C001.zh-CN.txt'));
  });
});

describe('JSON forms', () => {
  it('writes the same document compact (for programs) and indented (at a terminal)', async () => {
    let compact = '';
    let pretty = '';
    await cliRun(['report', '--data', messyBook, '--as-of', asOf, '--json'], { stdout: (t) => (compact += t), stderr: () => undefined });
    await cliRun(['report', '--data', messyBook, '--as-of', asOf, '--json'], { stdout: (t) => (pretty += t), stderr: () => undefined, pretty: true });
    expect(compact.split('\n')).toHaveLength(2);
    expect(pretty.split('\n').length).toBeGreaterThan(100);
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
  });
});
