// Header detection: reordered, extra and duplicate columns, rows above the header, Chinese and mixed headers.
import { describe, expect, it } from 'vitest';
import { headerDetect, headerKey } from '../../src/sheets/header-detect';
import { headerNormalize, tabNames, tabSchemas, paymentsSchema, salesSchema, customersSchema, invoicesSchema } from '../../src/sheets/schemas';

function detected(schema: typeof paymentsSchema, table: unknown[][]) {
  const result = headerDetect(schema, table);
  if (!result.ok) throw new Error(`not detected: ${result.reason}`);
  return result.map;
}

describe('headerDetect', () => {
  it('maps the canonical English header row', () => {
    const map = detected(paymentsSchema, [['Payment ID', 'Date', 'Customer ID', 'Amount', 'Method', 'Reference', 'Invoice No', 'Applied', 'Unapplied', 'Notes']]);
    expect(map.headerIndex).toBe(0);
    expect(map.columns).toMatchObject({ paymentId: 0, date: 1, customerId: 2, amount: 3, invoiceNo: 6, applied: 7, notes: 9 });
    expect(map.missing).toEqual([]);
  });

  it('maps Chinese headers', () => {
    const map = detected(paymentsSchema, [['收款编号', '收款日期', '客户编号', '金额', '方式', '参考号', '账单号', '已核销', '未核销', '备注']]);
    expect(map.columns).toMatchObject({ paymentId: 0, date: 1, customerId: 2, amount: 3, method: 4, reference: 5, invoiceNo: 6 });
  });

  it('maps reordered, mixed-language columns with synonyms and ignores user columns', () => {
    const map = detected(paymentsSchema, [['我的备注列', '收款金额', 'cust id', 'Payment Date', 'Salesperson', '发票号']]);
    expect(map.columns).toEqual({ amount: 1, customerId: 2, date: 3, invoiceNo: 5 });
    expect(map.headers.amount).toBe('收款金额');
  });

  it('skips blank and title rows above the header', () => {
    const map = detected(salesSchema, [
      [],
      ['', ''],
      ['2026 年销售明细', '', ''],
      ['Date', 'Customer ID', 'Amount'],
      ['2026-01-05', 'C001', 100],
    ]);
    expect(map.headerIndex).toBe(3);
  });

  it('tolerates case, trailing, full-width spaces, full-width letters and unit suffixes', () => {
    const map = detected(salesSchema, [[' DATE ', '\u3000客户编号\u3000', 'ｕｎｉｔ ｐｒｉｃｅ', '金额（元）', 'Tax Rate (%)', 'customer_id']]);
    expect(map.columns).toMatchObject({ date: 0, customerId: 1, unitPrice: 2, amount: 3, taxRate: 4 });
    expect(map.duplicates).toEqual(['customerId']);
  });

  it('reports missing required columns, with alternatives', () => {
    const map = detected(salesSchema, [['Date', 'Customer ID', 'Description', 'Quantity']]);
    expect(map.missing).toEqual([['amount', 'unitPrice']]);
    const customers = detected(customersSchema, [['Customer ID', 'Email', 'Phone']]);
    expect(customers.missing).toEqual([['name']]);
  });

  it('refuses a table that is another tab', () => {
    const payments = [['Payment ID', 'Date', 'Customer ID', 'Amount', 'Method', 'Reference', 'Invoice No']];
    const result = headerDetect(invoicesSchema, payments);
    expect(result).toEqual({ ok: false, reason: 'unknown', lookalike: 'Payments' });
  });

  it('refuses a table with no known header and reports an empty one as empty', () => {
    expect(headerDetect(customersSchema, [['foo', 'bar'], [1, 2]])).toMatchObject({ ok: false, reason: 'unknown' });
    expect(headerDetect(customersSchema, [])).toMatchObject({ ok: false, reason: 'empty' });
    expect(headerDetect(customersSchema, [[''], ['  ']])).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('does not crash on hostile header cells', () => {
    const table = [[null, undefined, 42, new Date(2026, 0, 1), '=HYPERLINK("x")', 'Customer ID', 'Name', { a: 1 }]];
    expect(detected(customersSchema, table as unknown[][]).columns).toMatchObject({ customerId: 5, name: 6 });
  });

  it('headerKey names derived columns so readers can ignore them', () => {
    expect(headerKey(invoicesSchema, 'Total')).toBe('total');
    expect(invoicesSchema.columns.find((c) => c.key === 'total')?.role).toBe('derived');
  });
});

describe('schemas', () => {
  // One spelling is shared on purpose: "发票号码" is Fapiao No's header and (from before) an Invoice No synonym;
  // headerDetect lets the header win and falls back to Invoice No when a tab has no other invoice number column.
  const SHADOWED = ['Invoices: "发票号码" is invoiceNo and fapiaoNo'];

  it.each(tabNames)('%s has no header spelling shared by two columns (but the known shadowed synonym)', (tab) => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const column of tabSchemas[tab].columns) {
      for (const name of [column.header.en, column.header['zh-CN'], ...column.synonyms]) {
        const folded = headerNormalize(name);
        const owner = seen.get(folded);
        if (owner !== undefined && owner !== column.key) shared.push(`${tab}: "${name}" is ${owner} and ${column.key}`);
        seen.set(folded, column.key);
      }
    }
    expect(shared).toEqual(SHADOWED.filter((text) => text.startsWith(`${tab}:`)));
  });

  it.each(tabNames)('%s has its required columns in the schema', (tab) => {
    const keys = tabSchemas[tab].columns.map((c) => c.key);
    for (const set of tabSchemas[tab].required) for (const key of set) expect(keys).toContain(key);
  });

  it('marks exactly the displays as derived', () => {
    const derived = tabNames.flatMap((tab) => tabSchemas[tab].columns.filter((c) => c.role === 'derived').map((c) => `${tab}.${c.key}`));
    expect(derived.sort()).toEqual([
      'Adjustments.applied', 'Adjustments.direction', 'Adjustments.open',
      'Invoices.balance', 'Invoices.paid', 'Invoices.paymentStatus', 'Invoices.total', 'Payments.applied', 'Payments.unapplied',
    ]);
  });
});
