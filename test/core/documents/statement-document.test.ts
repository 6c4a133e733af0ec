// Tests of the statement document model: figures equal the engine's statement, words, aging, confirmation, goldens.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { statementBlocks, statementBlocksText, type StatementBlock, type StatementCell } from '../../../src/core/documents/statement-blocks';
import { statementCustomers } from '../../../src/core/documents/statement-customers';
import { statementDocumentBuild, statementHasContent, type StatementDocument } from '../../../src/core/documents/statement-document';
import { statementFingerprint } from '../../../src/core/documents/statement-fingerprint';
import { amountInChineseCapitals, amountInEnglishWords } from '../../../src/core/money-words';
import { agingByCustomer } from '../../../src/core/reports/aging';
import { statementReport, type StatementLayout, type StatementSpec } from '../../../src/core/reports/statement';
import type { Book } from '../../../src/core/book-types';
import type { Lang } from '../../../src/core/types';
import { arbitraryAsOf, arbitraryBookInput } from '../arbitrary-book';
import { day, settingsMake } from '../builders';
import { sampleBook } from '../sample-book';

const settings = settingsMake({
  companyName: 'Test Trading Co.',
  companyAddress: '上海市浦东新区世纪大道 100 号',
  companyPhone: '021-5555 0100',
  companyEmail: 'ar@test-trading.example',
  companyTaxId: '91310000MA1234567X',
  bankDetails: '招商银行上海分行 6225 8800 0000 0000',
  statementReplyDays: 10,
});

const spec = (layout: StatementLayout, customerId = 'C001'): StatementSpec => ({ customerId, from: day('2026-02-01'), to: day('2026-03-31'), layout });
const meta = (lang: Lang) => ({ lang, statementNo: 'ST-2026-0007', issueDate: day('2026-04-02') });

function build(book: Book, s: StatementSpec, lang: Lang = 'en'): StatementDocument {
  const doc = statementDocumentBuild(book, s, settings, meta(lang));
  if (!doc) throw new Error('no document');
  return doc;
}

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

function tableOf(blocks: readonly StatementBlock[], role: 'rows' | 'aging') {
  const table = blocks.find((b) => b.kind === 'table' && b.role === role);
  if (!table || table.kind !== 'table') throw new Error(`no ${role} table`);
  return table;
}

const amountOf = (cell: StatementCell | undefined): number | null => (cell?.kind === 'amount' ? cell.amount : null);

describe('statementDocumentBuild on the sample book', () => {
  it('carries the engine report unchanged and the closing balance in capitals and English words', () => {
    const book = sampleBook();
    const doc = build(book, spec('balance-forward'));
    expect(doc.report).toEqual(statementReport(book, spec('balance-forward')));
    expect(doc.closingInCapitals).toBe('人民币壹仟壹佰捌拾元整');
    expect(doc.closingInWords).toBe('One thousand one hundred eighty yuan');
    expect(build(book, spec('balance-forward'), 'zh-CN').closingInWords).toBeNull();
    expect(doc.rows.map((r) => r.text)).toEqual([
      'Invoice: Goods',
      'Payment: Alipay INV-2',
      'Invoice: Goods; Freight',
      'Payment: Bank',
      'Credit note: Damaged goods',
      'Debit: Late fee',
    ]);
    expect(doc.company).toMatchObject({ name: 'Test Trading Co.', taxId: '91310000MA1234567X' });
    expect(doc.customer).toMatchObject({ id: 'C001', name: 'Acme Trading' });
    expect(doc.replyDays).toBe(10);
  });

  it('ages the customer as of the period end with the Settings buckets; net equals the closing balance', () => {
    const book = sampleBook();
    const doc = build(book, spec('open-item'));
    const expected = agingByCustomer(book, { asOf: day('2026-03-31') }).customers.find((c) => c.customerId === 'C001')!;
    expect(doc.aging.amounts).toEqual(expected.amounts);
    expect(doc.aging.labels.map((l) => l.en)).toEqual(['Not Due', '1–30', '31–60', '61–90', '90+']);
    expect(doc.aging.net).toBe(doc.report.closingBalance);
  });

  it('says when an open item falls due on open-item statements, and totals the open items', () => {
    const doc = build(sampleBook(), spec('open-item'), 'zh-CN');
    expect(doc.rows.map((r) => r.text)).toEqual(['借项：Late fee · 到期 2026-03-15', '账单：Goods; Freight · 到期 2026-03-31']);
    expect(tableOf(statementBlocks(doc), 'rows').body.at(-2)!.map((c) => c.text)).toEqual(['', '', '未清项合计', '1,180.00', '0.00', '']);
  });

  it('shows a prepayment as unapplied credit and a negative closing balance', () => {
    const doc = build(sampleBook(), { customerId: 'C002', from: day('2026-01-01'), to: day('2026-01-31'), layout: 'balance-forward' });
    expect(doc.report.closingBalance).toBe(-15000);
    expect(doc.aging.unapplied).toBe(15000);
    expect(doc.aging.net).toBe(-15000);
    expect(doc.closingInCapitals).toBe('美元负壹佰伍拾元整');
    const aging = tableOf(statementBlocks(doc), 'aging');
    expect(aging.body.map((row) => row.map((c) => c.text).filter((t) => t !== ''))).toEqual([
      ['0.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
      ['Unapplied credit', '-150.00'],
      ['Net balance', '-150.00'],
    ]);
  });

  it('is null for a customer not in the book', () => {
    expect(statementDocumentBuild(sampleBook(), spec('balance-forward', 'C404'), settings, meta('en'))).toBeNull();
  });

  it.each(['en', 'zh-CN'] as const)('renders the golden statement blocks in %s', (lang) => {
    const text = statementBlocksText(statementBlocks(build(sampleBook(), spec('balance-forward'), lang)));
    expect(text).toBe(golden(`statement-document.${lang}.txt`));
  });

  it('puts the reply days in the confirmation notice in both languages', () => {
    const en = statementBlocksText(statementBlocks(build(sampleBook(), spec('balance-forward'), 'en')));
    const zh = statementBlocksText(statementBlocks(build(sampleBook(), spec('balance-forward'), 'zh-CN')));
    expect(en).toContain('report differences within 10 days');
    expect(zh).toContain('如有差异请于10日内告知');
    expect(zh).toContain('客户确认（签章） / Customer confirmation (signature and stamp)：');
  });

  it('leaves out company lines that are not set, and the whole company block when nothing is', () => {
    const bare = statementDocumentBuild(sampleBook(), spec('balance-forward'), settingsMake({ companyName: '' }), meta('en'))!;
    expect(statementBlocks(bare).some((b) => b.kind === 'lines')).toBe(false);
    const named = statementDocumentBuild(sampleBook(), spec('balance-forward'), settingsMake({ companyPhone: '123' }), meta('en'))!;
    expect(statementBlocks(named).find((b) => b.kind === 'lines')).toEqual({ kind: 'lines', role: 'company', lines: ['Test Trading Co.', 'Phone: 123'] });
    expect(statementBlocksText(statementBlocks(named))).not.toContain('Bank details');
  });
});

describe('statementFingerprint', () => {
  it('ignores the number and date, and changes with any figure or the language', () => {
    const book = sampleBook();
    const doc = build(book, spec('balance-forward'));
    expect(statementFingerprint({ ...doc, statementNo: 'ST-2026-0099', issueDate: day('2026-05-01') })).toBe(statementFingerprint(doc));
    expect(statementFingerprint(build(book, spec('balance-forward'), 'zh-CN'))).not.toBe(statementFingerprint(doc));
    expect(statementFingerprint(build(book, { ...spec('balance-forward'), to: day('2026-03-20') }))).not.toBe(statementFingerprint(doc));
    expect(statementFingerprint(build(book, spec('open-item')))).not.toBe(statementFingerprint(doc));
  });
});

describe('statementCustomers', () => {
  it('takes customers with a balance, credit or activity in the period, in Customers order', () => {
    const book = sampleBook();
    expect(statementCustomers(book, day('2026-02-01'), day('2026-03-31'))).toEqual(['C001', 'C002']);
    // Before anything happened: nobody.
    expect(statementCustomers(book, day('2025-01-01'), day('2025-12-31'))).toEqual([]);
  });
});

/** Random books: every figure of the document is the engine's, and the tables render exactly those figures. */
describe('statement document over random books', () => {
  const arbitrarySpec = fc.record({
    customer: fc.integer({ min: 1, max: 3 }),
    from: arbitraryAsOf,
    days: fc.integer({ min: 0, max: 150 }),
    layout: fc.constantFrom<StatementLayout>('balance-forward', 'open-item'),
    lang: fc.constantFrom<Lang>('en', 'zh-CN'),
  });

  it('equals statementReport row for row, closes at the aging net, and words match the closing', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), arbitrarySpec, (input, s) => {
        const book = bookBuild(input);
        const from = s.from;
        const to = day(new Date(Date.parse(`${from}T00:00:00Z`) + s.days * 86_400_000).toISOString().slice(0, 10));
        const statementSpec: StatementSpec = { customerId: `C${s.customer}`, from, to, layout: s.layout };
        const report = statementReport(book, statementSpec);
        const doc = statementDocumentBuild(book, statementSpec, book.settings, { lang: s.lang, statementNo: 'ST-2026-0001', issueDate: to });
        if (!report) {
          expect(doc).toBeNull();
          return;
        }
        expect(doc!.report).toEqual(report);
        expect(doc!.aging.net).toBe(report.closingBalance);
        expect(doc!.aging.total - doc!.aging.unapplied).toBe(report.closingBalance);
        expect(doc!.closingInCapitals).toBe(amountInChineseCapitals(report.closingBalance, report.currency));
        expect(doc!.closingInWords).toBe(s.lang === 'en' ? amountInEnglishWords(report.closingBalance, report.currency) : null);
        const rows = tableOf(statementBlocks(doc!), 'rows').body;
        expect(rows).toHaveLength(report.rows.length + 3);
        expect(amountOf(rows[0]![5])).toBe(report.openingBalance);
        report.rows.forEach((row, i) => {
          const cells = rows[i + 1]!;
          expect(cells[0]).toEqual({ kind: 'date', date: row.date, text: row.date });
          expect(cells[1]!.text).toBe(row.documentNo);
          expect(amountOf(cells[3]) ?? 0).toBe(row.debit);
          expect(amountOf(cells[4]) ?? 0).toBe(row.credit);
          expect(amountOf(cells[5])).toBe(row.balance);
        });
        expect(amountOf(rows.at(-2)![3])).toBe(report.totalDebit);
        expect(amountOf(rows.at(-2)![4])).toBe(report.totalCredit);
        expect(amountOf(rows.at(-1)![5])).toBe(report.closingBalance);
        const aging = tableOf(statementBlocks(doc!), 'aging').body[0]!;
        expect(aging.map(amountOf)).toEqual([...doc!.aging.amounts, doc!.aging.total]);
      }),
      { numRuns: 150 },
    );
  });

  it('an all-customers run covers exactly the customers whose statement has content or activity', () => {
    fc.assert(
      fc.property(arbitraryBookInput(), arbitrarySpec, (input, s) => {
        const book = bookBuild(input);
        const to = s.from;
        const from = day(new Date(Date.parse(`${to}T00:00:00Z`) - s.days * 86_400_000).toISOString().slice(0, 10));
        const chosen = new Set(statementCustomers(book, from, to));
        for (const customer of book.customers) {
          const forward = statementReport(book, { customerId: customer.id, from, to, layout: 'balance-forward' })!;
          const open = statementReport(book, { customerId: customer.id, from, to, layout: 'open-item' })!;
          const expected = forward.rows.length > 0 || open.rows.length > 0 || forward.closingBalance !== 0;
          expect(chosen.has(customer.id)).toBe(expected);
          if (!chosen.has(customer.id)) expect(statementHasContent(forward) || statementHasContent(open)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
