// Set up and a Chinese Invoices tab whose invoice number column is headed 发票号码: the fapiao column is added once.
import { describe, expect, it } from 'vitest';
import { seedSheet } from '../../src/local/emulator';
import { bookRead } from '../../src/sheets/book-read';
import { tabFromName } from '../../src/sheets/schemas';
import { blankBook } from './refresh-fixture';

describe('Set up with 发票号码 as the invoice number', () => {
  it('adds the fapiao columns once; the book still reads its invoices by that column', () => {
    const { emulator, bundle, spreadsheet } = blankBook({ lang: 'zh-CN' });
    const first = spreadsheet.getSheets()[0]!.setName('客户');
    seedSheet(first, [['客户编号', '客户名称'], ['C001', '甲公司']]);
    seedSheet(spreadsheet.insertSheet('销售记录'), [['日期', '客户编号', '金额', '发票号码'], ['2026-01-05', 'C001', 100, 'FP-001']]);
    seedSheet(spreadsheet.insertSheet('账单'), [['发票号码', '客户编号', '开票日期'], ['FP-001', 'C001', '2026-01-05']]);
    bundle.call('menuSetUp');
    const header = () => emulator.uncounted(() => spreadsheet.getSheetByName('账单')!.getDataRange().getValues()[0]);
    const once = header()!;
    expect(once[0]).toBe('发票号码');
    expect(once.filter((h) => h === '发票号码')).toHaveLength(2);
    expect(once).toContain('发票日期');
    bundle.call('menuSetUp');
    expect(header()).toEqual(once);
    const tables = emulator.uncounted(() => Object.fromEntries(spreadsheet.getSheets().map((s) => [tabFromName(s.getName()) ?? s.getName(), s.getDataRange().getValues()])));
    const read = bookRead(tables, { lang: 'zh-CN' });
    expect(read.input.invoices.map((i) => i.invoiceNo)).toEqual(['FP-001']);
    expect(read.problems.filter((p) => p.tab === 'Invoices')).toEqual([]);
  });
});
