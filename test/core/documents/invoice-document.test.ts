// The invoice document model: values of every placeholder, per-line tax from tax-inclusive amounts, totals and words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { decimalMake, saleLineAmount } from '../../../src/core/decimal';
import { INVOICE_PLACEHOLDERS, invoiceDocumentBuild, lineTaxIncluded, ratePercent } from '../../../src/core/documents/invoice-document';
import { minor } from '../../../src/core/money';
import type { Decimal } from '../../../src/core/types';
import { bookInputMake, customerMake, day, dec, invoiceMake, saleMake, settingsMake, yuan } from '../builders';

function bookOf(lines = [
  saleMake({ description: 'A4 paper 复印纸', quantity: dec('10'), unitPrice: dec('2500'), taxRate: dec('0.13'), amount: yuan('282.50') }),
  saleMake({ description: 'Toner', quantity: dec('1'), unitPrice: null, taxRate: dec('0.06'), amount: yuan('106.00') }),
], settings = settingsMake({ companyName: 'Test Trading Co.', companyAddress: '1 Main St\nShanghai', bankDetails: 'Bank of X\nAcct 123', companyTaxId: '9131' })) {
  return bookBuild(bookInputMake({
    settings,
    customers: [customerMake({ name: '上海明辉贸易有限公司', taxId: '91310000X', address: '上海市\n浦东新区', termsDays: 30 })],
    invoices: [invoiceMake({ issueDate: day('2026-01-05') })],
    sales: lines,
  }));
}

describe('lineTaxIncluded', () => {
  it('is amount − round(amount / (1 + rate)), half away from zero', () => {
    expect(lineTaxIncluded(yuan('113'), dec('0.13'))).toBe(yuan('13'));
    expect(lineTaxIncluded(yuan('100'), dec('0'))).toBe(0);
    // 1.00 / 1.06 = 0.9433… → 0.94, tax 0.06; 0.05 / 1.13 = 0.04424… → 0.04, tax 0.01
    expect(lineTaxIncluded(yuan('1.00'), dec('0.06'))).toBe(yuan('0.06'));
    expect(lineTaxIncluded(yuan('0.05'), dec('0.13'))).toBe(yuan('0.01'));
    // half: 2.10 / 1.05 = 2 exactly; 0.21 / 1.4 = 0.15 exactly; 0.03 / 1.2 = 0.025 → 0.03 (away), tax 0
    expect(lineTaxIncluded(yuan('0.03'), dec('0.2'))).toBe(0);
    expect(lineTaxIncluded(yuan('-0.03'), dec('0.2'))).toBe(0);
    expect(lineTaxIncluded(yuan('-113'), dec('0.13'))).toBe(yuan('-13'));
  });
});

describe('invoiceDocumentBuild', () => {
  it('fills every document placeholder (English)', () => {
    const document = invoiceDocumentBuild(bookOf(), 'INV-1', 'en', { status: 'Issued', fapiaoNo: '04400123' });
    expect(Object.keys(document.values).sort()).toEqual([...INVOICE_PLACEHOLDERS].sort());
    expect(document.values).toMatchObject({
      invoice_no: 'INV-1',
      issue_date: '2026-01-05',
      due_date: '2026-02-04',
      status: 'Issued',
      currency: 'CNY',
      customer_name: '上海明辉贸易有限公司',
      customer_tax_id: '91310000X',
      customer_address: '上海市 · 浦东新区',
      company_name: 'Test Trading Co.',
      company_address: '1 Main St · Shanghai',
      company_tax_id: '9131',
      bank_details: 'Bank of X · Acct 123',
      payment_terms: 'Net 30 days — please pay by 2026-02-04',
      subtotal: '¥350.00',
      tax: '¥38.50',
      total: '¥388.50',
      // CNY: Chinese capitals whatever the language
      total_in_words: '人民币叁佰捌拾捌元伍角整',
      line_count: '2',
      fapiao_no: '04400123',
    });
  });

  it('gives line rows with quantity, unit price, rate, tax and amount', () => {
    const document = invoiceDocumentBuild(bookOf(), 'INV-1', 'en');
    expect(document.lines.map((l) => l.values)).toEqual([
      { line_no: '1', line_description: 'A4 paper 复印纸', line_quantity: '10', line_unit_price: '¥25.00', line_tax_rate: '13%', line_net: '¥250.00', line_tax: '¥32.50', line_amount: '¥282.50' },
      { line_no: '2', line_description: 'Toner', line_quantity: '1', line_unit_price: '¥100.00', line_tax_rate: '6%', line_net: '¥100.00', line_tax: '¥6.00', line_amount: '¥106.00' },
    ]);
    expect(document.lines.map((l) => l.row)).toEqual([2, 3]);
  });

  it('writes Chinese dates and terms in zh-CN, and English words for USD in English', () => {
    const zh = invoiceDocumentBuild(bookOf(), 'INV-1', 'zh-CN');
    expect([zh.values.issue_date, zh.values.payment_terms, zh.values.status]).toEqual(['2026年1月5日', '账期 30 天，请于 2026年2月4日 前付款', '已开具']);
    const usd = bookOf(undefined, settingsMake({ currency: 'USD' }));
    const en = invoiceDocumentBuild(usd, 'INV-1', 'en');
    expect(en.values.total_in_words).toBe('Three hundred eighty-eight dollars and fifty cents');
    expect(invoiceDocumentBuild(usd, 'INV-1', 'zh-CN').values.total_in_words).toBe('美元叁佰捌拾捌元伍角整');
  });

  it('keeps finer unit prices and shows due on receipt for zero terms', () => {
    const book = bookBuild(bookInputMake({
      customers: [customerMake({ termsDays: 0 })],
      invoices: [invoiceMake({ issueDate: day('2026-01-05') })],
      sales: [saleMake({ quantity: dec('3'), unitPrice: dec('33.335'), taxRate: dec('0'), amount: yuan('1.00') })],
    }));
    const document = invoiceDocumentBuild(book, 'INV-1', 'en');
    expect(document.lines[0]!.values.line_unit_price).toBe('¥0.33335');
    expect(document.values.payment_terms).toBe('Due on receipt (2026-01-05)');
  });

  it('formats rates without trailing zeros', () => {
    expect([ratePercent(dec('0.13')), ratePercent(dec('0.065')), ratePercent(dec('0.130')), ratePercent(dec('0'))]).toEqual(['13%', '6.5%', '13%', '0%']);
  });

  it('refuses an unknown invoice (a programmer error: callers check)', () => {
    expect(() => invoiceDocumentBuild(bookOf(), 'INV-9', 'en')).toThrow(/no invoice INV-9/);
  });
});

const rate: fc.Arbitrary<Decimal> = fc.constantFrom(dec('0'), dec('0.03'), dec('0.06'), dec('0.09'), dec('0.13'), dec('0.065'), dec('0.175'));
const line = fc.record({
  quantity: fc.integer({ min: 1, max: 5000 }).map((n) => decimalMake(n, 1)),
  price: fc.integer({ min: 0, max: 10_000_000 }).map((n) => decimalMake(n, 2)),
  rate,
  direct: fc.option(fc.integer({ min: -1_000_000, max: 100_000_000 }), { nil: null }),
});

describe('invoiceDocumentBuild properties', () => {
  it('Σ line amounts = total = the engine total; subtotal + tax = total; each line net + tax = amount', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (specs) => {
        const sales = specs.map((s) => s.direct === null
          ? saleMake({ quantity: s.quantity, unitPrice: s.price, taxRate: s.rate, amount: saleLineAmount(s.quantity, s.price, s.rate) })
          : saleMake({ taxRate: s.rate, amount: minor(s.direct) }));
        const book = bookOf(sales);
        const document = invoiceDocumentBuild(book, 'INV-1', 'en');
        const engineTotal = book.invoiceByNo.get('INV-1')!.total;
        expect(document.total).toBe(engineTotal);
        expect(document.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(document.total);
        expect(document.subtotal + document.tax).toBe(document.total);
        for (const l of document.lines) expect(l.net + l.tax).toBe(l.amount);
      }),
    );
  });
});
