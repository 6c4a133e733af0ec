// The live formulas over the sample book, in the emulator via the real bundle: every value equals the engine's.
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/core/types';
import { sampleLastDate } from '../../../src/local/sample/sample-book';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';
import { allocationsWrite, bookOfSpreadsheet, engineInvoices, enginePayments, engineReconciliation } from './formulas-fixture';

timeZoneOfSpreadsheet();

function headerIndex(row: unknown[], name: string): number {
  const index = row.indexOf(name);
  if (index < 0) throw new Error(`no column ${name} in ${row.join('|')}`);
  return index;
}

describe.each(['en', 'zh-CN'] as const)('live formulas on the sample book (%s)', (lang) => {
  it('set up, then refresh: Invoices, Payments and Reconciliation equal the engine as of today', () => {
    const { emulator, bundle, spreadsheet } = sandboxWithSampleBook(lang);
    bundle.call('menuSetUp');
    allocationsWrite(spreadsheet, bookOfSpreadsheet(spreadsheet, lang), lang);
    for (const asOf of [sampleLastDate, '2026-07-15', '2027-03-01']) {
      emulator.setToday(asOf);
      bundle.call('menuRefreshFormulas');
      const book = bookOfSpreadsheet(spreadsheet, lang);
      expect(book.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const zh = lang === 'zh-CN';
      const recon = spreadsheet.getSheetByName(zh ? '对账' : 'Reconciliation')!.getDataRange().getValues();
      const expected = engineReconciliation(book, asOf as IsoDate);
      expect(recon.length - 1).toBe(expected.size);
      for (const row of recon.slice(1)) {
        expect([row[0], ...row.slice(3, 14)]).toEqual([row[0], ...expected.get(String(row[0]))!]);
      }
      const invoices = spreadsheet.getSheetByName(zh ? '账单' : 'Invoices')!.getDataRange().getValues();
      const head = invoices[0]!;
      const cols = (zh ? ['金额', '已收', '未收', '收款状态'] : ['Total', 'Paid', 'Balance', 'Payment Status']).map((h) => headerIndex(head, h));
      const invoiceExpected = engineInvoices(book, asOf as IsoDate, lang);
      for (const row of invoices.slice(1)) {
        expect([row[0], ...cols.map((c) => row[c])]).toEqual([row[0], ...invoiceExpected.get(String(row[0]))!]);
      }
      const payments = spreadsheet.getSheetByName(zh ? '收款' : 'Payments')!.getDataRange().getValues();
      const pcols = (zh ? ['已核销', '未核销'] : ['Applied', 'Unapplied']).map((h) => headerIndex(payments[0]!, h));
      const paymentExpected = enginePayments(book, asOf as IsoDate);
      for (const row of payments.slice(1)) {
        expect([row[0], ...pcols.map((c) => row[c])]).toEqual([row[0], ...paymentExpected.get(String(row[0]))!]);
      }
    }
  });
});
