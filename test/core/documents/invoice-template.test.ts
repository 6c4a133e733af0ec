// The invoice template as data: one line row, only placeholders the model fills, bilingual, never called a fapiao.
import { describe, expect, it } from 'vitest';
import { INVOICE_LINE_PLACEHOLDERS, INVOICE_PLACEHOLDERS } from '../../../src/core/documents/invoice-document';
import { INVOICE_LINE_ROW, INVOICE_TEMPLATE, INVOICE_TEMPLATE_NAME, isLinePlaceholder } from '../../../src/core/documents/invoice-template';
import { placeholderNames } from '../../../src/core/documents/placeholders';

const texts = INVOICE_TEMPLATE.flatMap((block) => (block.kind === 'table' ? block.rows.flat() : [block.text]));
const tables = INVOICE_TEMPLATE.flatMap((block) => (block.kind === 'table' ? [block] : []));

describe('INVOICE_TEMPLATE', () => {
  it('uses only placeholders the invoice model fills', () => {
    const known = new Set<string>([...INVOICE_PLACEHOLDERS, ...INVOICE_LINE_PLACEHOLDERS]);
    const used = texts.flatMap(placeholderNames);
    expect(used.filter((name) => !known.has(name))).toEqual([]);
    for (const name of ['invoice_no', 'issue_date', 'due_date', 'customer_name', 'customer_tax_id', 'company_name', 'total', 'total_in_words', 'payment_terms', 'bank_details', 'subtotal', 'tax']) {
      expect(used, name).toContain(name);
    }
  });

  it('has exactly one line row: the second row of the line table, followed by subtotal, tax and total', () => {
    const lineRows = tables.flatMap((t) => t.rows.filter((row) => row.some((cell) => placeholderNames(cell).some(isLinePlaceholder))));
    expect(lineRows).toEqual([INVOICE_LINE_ROW]);
    const lineTable = tables.find((t) => t.rows.includes(INVOICE_LINE_ROW))!;
    expect(lineTable.rows.indexOf(INVOICE_LINE_ROW)).toBe(1);
    expect(lineTable.rows.slice(2).map((row) => row.at(-1))).toEqual(['{{subtotal}}', '{{tax}}', '{{total}}']);
    expect(INVOICE_LINE_ROW.flatMap(placeholderNames)).toEqual(['line_description', 'line_quantity', 'line_unit_price', 'line_tax_rate', 'line_tax', 'line_amount']);
    expect(isLinePlaceholder('line_count')).toBe(false);
  });

  it('is headed INVOICE 账单 / 请款单 and says it is not a fapiao', () => {
    const first = INVOICE_TEMPLATE[0]!;
    expect(first.kind === 'title' && first.text).toBe('INVOICE 账单 / 请款单');
    expect(INVOICE_TEMPLATE_NAME).toBe('Customer Ledger — Invoice template / 账单模板');
    const footer = INVOICE_TEMPLATE.at(-1)!;
    expect(footer.kind === 'paragraph' && footer.text).toMatch(/not an official VAT fapiao.*不是增值税发票/);
    // 发票 appears only where the template says what the document is not, and as the fapiao number's label.
    expect(texts.filter((t) => t.includes('发票'))).toEqual(['Fapiao No 发票号码', footer.kind === 'paragraph' ? footer.text : '']);
  });

  it('gives every heading and label in English and Chinese', () => {
    const labels = texts.filter((t) => t !== '' && placeholderNames(t).length === 0);
    for (const label of labels) expect(label, label).toMatch(/[A-Za-z].*[\u4e00-\u9fff]|[\u4e00-\u9fff].*[A-Za-z]/);
  });
});
