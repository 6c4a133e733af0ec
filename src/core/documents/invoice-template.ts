// The invoice template's structure as data: the add-on builds the Google Doc from it; tests and the workbench read the same.

/** One block of a document template, top to bottom. */
export type TemplateBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly bold?: boolean; readonly small?: boolean }
  | {
      readonly kind: 'table';
      readonly rows: readonly (readonly string[])[];
      /** Rows shown bold with a shaded background (column headings, the total). */
      readonly emphasisRows?: readonly number[];
      /** True for a two-column label/value table without borders. */
      readonly plain?: boolean;
    };

/** The Doc's name in Drive (bilingual). */
export const INVOICE_TEMPLATE_NAME = 'Customer Ledger — Invoice template / 账单模板';

/**
 * The line-item row: the one row of the template whose cells hold {{line_…}} placeholders. Creating an invoice
 * copies it once per Sales line, fills the copy and removes this row.
 */
export const INVOICE_LINE_ROW: readonly string[] = [
  '{{line_description}}', '{{line_quantity}}', '{{line_unit_price}}', '{{line_tax_rate}}', '{{line_tax}}', '{{line_amount}}',
];

/** A placeholder name that belongs to the repeating line row. */
export function isLinePlaceholder(name: string): boolean {
  return name.toLowerCase().startsWith('line_') && name.toLowerCase() !== 'line_count';
}

/**
 * The invoice template. Headings are bilingual; the document is an invoice / 请款单 for payment, never a VAT
 * fapiao (发票) — the footer says so.
 */
export const INVOICE_TEMPLATE: readonly TemplateBlock[] = [
  { kind: 'title', text: 'INVOICE 账单 / 请款单' },
  { kind: 'paragraph', text: '{{company_name}}', bold: true },
  { kind: 'paragraph', text: '{{company_address}}' },
  { kind: 'paragraph', text: 'Tel 电话: {{company_phone}}   Email 邮箱: {{company_email}}   Tax ID 税号: {{company_tax_id}}' },
  {
    kind: 'table',
    plain: true,
    rows: [
      ['Invoice No 账单号', '{{invoice_no}}'],
      ['Issue Date 开票日期', '{{issue_date}}'],
      ['Due Date 到期日', '{{due_date}}'],
      ['Currency 币种', '{{currency}}'],
      ['Status 状态', '{{status}}'],
      ['Fapiao No 发票号码', '{{fapiao_no}}'],
    ],
  },
  { kind: 'heading', text: 'Bill to 客户' },
  { kind: 'paragraph', text: '{{customer_name}} ({{customer_id}})', bold: true },
  { kind: 'paragraph', text: '{{customer_address}}' },
  { kind: 'paragraph', text: 'Tax ID 税号: {{customer_tax_id}}' },
  {
    kind: 'table',
    emphasisRows: [0, 4],
    rows: [
      ['Description 摘要', 'Quantity 数量', 'Unit Price 单价', 'Tax Rate 税率', 'Tax 税额', 'Amount 金额'],
      INVOICE_LINE_ROW,
      ['', '', '', '', 'Subtotal 不含税金额', '{{subtotal}}'],
      ['', '', '', '', 'Tax 税额', '{{tax}}'],
      ['', '', '', '', 'Total 价税合计', '{{total}}'],
    ],
  },
  { kind: 'paragraph', text: 'Amount in words 大写金额: {{total_in_words}}', bold: true },
  { kind: 'paragraph', text: 'Payment terms 付款条件: {{payment_terms}}' },
  { kind: 'paragraph', text: 'Bank details 开户行及账号: {{bank_details}}' },
  {
    kind: 'paragraph',
    small: true,
    text: 'This invoice (请款单) requests payment; it is not an official VAT fapiao (发票). 本账单为请款单，不是增值税发票。',
  },
];
