// A tab renamed after Set up is still the ledger's tab everywhere: found by Set up's metadata, not by its name.
import { describe, expect, it } from 'vitest';
import { timeZoneOfSpreadsheet } from '../local/sandbox/sandbox-fixture';
import { blankBook } from './refresh-fixture';

timeZoneOfSpreadsheet();

type Reply = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; message: string };

function data(reply: unknown): Record<string, unknown> {
  const r = reply as Reply;
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.data;
}

describe('tabs renamed after Set up', () => {
  it('the summary, the forms and the customer card read and write the renamed tab, and add no new one', () => {
    const { bundle, spreadsheet } = blankBook({ lang: 'en' });
    bundle.call('menuSetUp');
    data(bundle.call('customerAdd', { id: 'C001', name: 'Minghui Trading' }));
    spreadsheet.getSheetByName('Customers')!.setName('Key accounts 2026');
    const summary = data(bundle.call('ledgerSummary'));
    expect(summary.tabsMissing).toEqual([]);
    expect(summary.customers).toBe(1);
    data(bundle.call('customerAdd', { id: 'C002', name: 'Huachuang Electronics' }));
    expect(spreadsheet.getSheetByName('Customers')).toBeNull();
    const ids = spreadsheet.getSheetByName('Key accounts 2026')!.getDataRange().getValues().slice(1).map((row) => row[0]);
    expect(ids).toEqual(['C001', 'C002']);
    expect(data(bundle.call('customerCard', 'C002')).name).toBe('Huachuang Electronics');
  });

  it('a sale and an invoice from it go to the renamed Sales and Invoices tabs (zh-CN)', () => {
    const { bundle, spreadsheet } = blankBook({ lang: 'zh-CN' });
    bundle.call('menuSetUp');
    data(bundle.call('customerAdd', { id: 'C001', name: '明辉贸易' }));
    spreadsheet.getSheetByName('销售记录')!.setName('2026 出货');
    spreadsheet.getSheetByName('账单')!.setName('2026 开票');
    data(bundle.call('saleAdd', { date: '2026-06-01', customerId: 'C001', description: '复印纸', amount: '113' }));
    expect(spreadsheet.getSheetByName('销售记录')).toBeNull();
    const sales = spreadsheet.getSheetByName('2026 出货')!.getDataRange().getValues();
    expect(sales.length).toBe(2);
    expect(sales[1]![1]).toBe('C001');
    data(bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [2] }));
    const invoices = spreadsheet.getSheetByName('2026 开票')!.getDataRange().getValues();
    expect(invoices.slice(1).map((row) => row[1])).toEqual(['C001']);
    expect(spreadsheet.getSheetByName('账单')).toBeNull();
  });
});
