// Invoices: Fapiao No 发票号码 beside Invoice No 账单号 — the header wins over the older synonym, with a fallback.
import { describe, expect, it } from 'vitest';
import { bookRead } from '../../src/sheets/book-read';
import { headerDetect } from '../../src/sheets/header-detect';
import { invoicesSchema, salesSchema, schemaHeaders } from '../../src/sheets/schemas';

function columnsOf(row: string[]) {
  const found = headerDetect(invoicesSchema, [row]);
  if (!found.ok) throw new Error('no header');
  return found.map;
}

describe('Invoices header with fapiao columns', () => {
  it('maps both number columns each to its own, in either order and language', () => {
    expect(columnsOf(['账单号', '客户编号', '开票日期', '发票号码', '发票日期', '发票类型']).columns).toMatchObject({
      invoiceNo: 0, customerId: 1, issueDate: 2, fapiaoNo: 3, fapiaoDate: 4, fapiaoType: 5,
    });
    const map = columnsOf(['发票号码', 'Invoice No', 'Customer ID', 'Issue Date', 'Fapiao Type']);
    expect(map.columns).toMatchObject({ fapiaoNo: 0, invoiceNo: 1, fapiaoType: 4 });
    expect(map.duplicates).toEqual([]);
    expect(map.missing).toEqual([]);
  });

  it('reads "发票号码" as the Invoice No when the tab has no other invoice number column (books from before)', () => {
    const map = columnsOf(['发票号码', '客户编号', '开票日期', '金额']);
    expect(map.columns.invoiceNo).toBe(0);
    expect(map.columns.fapiaoNo).toBeUndefined();
    expect(map.headers.invoiceNo).toBe('发票号码');
    expect(map.missing).toEqual([]);
  });

  it('a tab whose 发票号码 is its invoice number, and a 发票号码 column added after it for the fapiao, maps both', () => {
    const map = columnsOf(['发票号码', '客户编号', '开票日期', '发票号码']);
    expect(map.columns).toMatchObject({ invoiceNo: 0, fapiaoNo: 3 });
    expect(map.duplicates).toEqual([]);
    expect(map.missing).toEqual([]);
  });

  it("the add-on's own headers map every column in both languages", () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const map = columnsOf(schemaHeaders(invoicesSchema, lang));
      invoicesSchema.columns.forEach((column, index) => expect(map.columns[column.key], `${lang} ${column.key}`).toBe(index));
    }
  });

  it('other tabs still read "发票号码" as the Invoice No', () => {
    const found = headerDetect(salesSchema, [['日期', '客户编号', '金额', '发票号码']]);
    expect(found.ok && found.map.columns.invoiceNo).toBe(3);
  });

  it('a book with both columns reads its invoices by 账单号', () => {
    const read = bookRead({
      Customers: [['客户编号', '客户名称'], ['C001', '甲']],
      Sales: [['日期', '客户编号', '金额', '账单号'], ['2026-01-05', 'C001', 100, 'INV-1']],
      Invoices: [['账单号', '客户编号', '开票日期', '发票号码', '发票类型'], ['INV-1', 'C001', '2026-01-05', '04400123', '专票']],
    });
    expect(read.problems).toEqual([]);
    expect(read.input.invoices.map((i) => i.invoiceNo)).toEqual(['INV-1']);
  });
});
