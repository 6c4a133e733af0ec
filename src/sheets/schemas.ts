// The schema of every ledger tab (DESIGN.md §3): column keys, English and Chinese headers, synonyms users type.
import type { Lang, TabName } from '../core/types';

/** How a reader treats a column: an input it reads, or a derived display (formula) it ignores. */
export type ColumnRole = 'input' | 'derived';

export interface ColumnSchema {
  /** Stable key used by the codecs (camelCase). */
  readonly key: string;
  /** The header the add-on writes, per language. */
  readonly header: { readonly en: string; readonly 'zh-CN': string };
  /** Other spellings users type; matched after headerNormalize (case, width, spaces, punctuation). */
  readonly synonyms: readonly string[];
  readonly role: ColumnRole;
}

export interface TabSchema {
  readonly tab: TabName;
  /** Tab (and CSV file) names, per language, plus synonyms. */
  readonly title: { readonly en: string; readonly 'zh-CN': string };
  readonly titleSynonyms: readonly string[];
  readonly columns: readonly ColumnSchema[];
  /** Each entry is a set of alternatives; at least one column of every set must be present. */
  readonly required: readonly (readonly string[])[];
}

function input(key: string, en: string, zh: string, ...synonyms: string[]): ColumnSchema {
  return { key, header: { en, 'zh-CN': zh }, synonyms, role: 'input' };
}

function derived(key: string, en: string, zh: string, ...synonyms: string[]): ColumnSchema {
  return { key, header: { en, 'zh-CN': zh }, synonyms, role: 'derived' };
}

const customerIdColumn = input(
  'customerId', 'Customer ID', '客户编号',
  '客户ID', '客户代码', '客户号', '客户编码', 'Cust ID', 'Customer No', 'Customer Code', 'Customer Number',
  'Client ID', 'Account', 'Account No',
);

const invoiceNoColumn = input(
  'invoiceNo', 'Invoice No', '账单号',
  '账单编号', '发票号', '发票号码', '单号', '账单', 'Invoice', 'Invoice Number', 'Invoice #', 'Inv No', 'Bill No',
);

export const customersSchema: TabSchema = {
  tab: 'Customers',
  title: { en: 'Customers', 'zh-CN': '客户' },
  titleSynonyms: ['客户表', '客户资料', 'Customer', 'Clients'],
  columns: [
    customerIdColumn,
    input('name', 'Name', '客户名称', '名称', '客户', '客户名', '公司名称', 'Customer Name', 'Customer', 'Company', 'Client'),
    input('contact', 'Contact', '联系人', 'Contact Person', 'Contact Name'),
    input('email', 'Email', '邮箱', '电子邮件', '邮件', 'E-mail', 'Email Address', 'Mail'),
    input('phone', 'Phone', '电话', '联系电话', '手机', 'Telephone', 'Tel', 'Mobile'),
    input('address', 'Address', '地址', '联系地址', '开票地址', 'Billing Address'),
    input('taxId', 'Tax ID', '税号', '纳税人识别号', '统一社会信用代码', 'VAT No', 'VAT Number', 'Tax Number'),
    input('termsDays', 'Payment Terms', '账期(天)', '账期', '付款期限', '信用期', 'Terms', 'Terms (days)', 'Payment Terms (days)'),
    input('creditLimit', 'Credit Limit', '信用额度', '额度', 'Limit'),
    input('currency', 'Currency', '币种', '货币', 'Ccy', 'Curr'),
    input('status', 'Status', '状态'),
    input('notes', 'Notes', '备注', '说明', 'Note', 'Remarks', 'Comment', 'Comments'),
    // Mail: the salesperson copied on invoices and reminders, and the language of mail to this customer.
    input('salespersonEmail', 'Salesperson Email', '业务员邮箱', '销售邮箱', '业务员Email', 'Sales Email', 'Salesperson E-mail', 'Sales Rep Email'),
    input('language', 'Language', '语言', '邮件语言', 'Mail Language', 'Lang'),
  ],
  required: [['customerId'], ['name']],
};

export const salesSchema: TabSchema = {
  tab: 'Sales',
  title: { en: 'Sales', 'zh-CN': '销售记录' },
  titleSynonyms: ['销售', '销售明细', 'Sales Lines', 'Sale'],
  columns: [
    input('date', 'Date', '日期', '销售日期', '发货日期', 'Sale Date', 'Sales Date'),
    customerIdColumn,
    input('description', 'Description', '摘要', '品名', '商品', '商品名称', '货品', '描述', '内容', 'Item', 'Product', 'Details'),
    input('quantity', 'Quantity', '数量', 'Qty'),
    input('unitPrice', 'Unit Price', '单价', '价格', 'Price', 'Rate'),
    input('taxRate', 'Tax Rate', '税率', 'Tax', 'VAT', 'VAT Rate', 'Tax %'),
    input('amount', 'Amount', '金额', '含税金额', '价税合计', '合计', 'Total', 'Line Total', 'Amount (incl. tax)'),
    invoiceNoColumn,
  ],
  required: [['date'], ['customerId'], ['amount', 'unitPrice']],
};

export const invoicesSchema: TabSchema = {
  tab: 'Invoices',
  title: { en: 'Invoices', 'zh-CN': '账单' },
  titleSynonyms: ['账单表', '发票', 'Invoice', 'Bills'],
  columns: [
    invoiceNoColumn,
    customerIdColumn,
    input('issueDate', 'Issue Date', '开票日期', '账单日期', '日期', 'Date', 'Invoice Date'),
    input('dueDate', 'Due Date', '到期日', '到期日期', '应收日期', 'Due'),
    derived('total', 'Total', '金额', '总额', '合计', 'Amount', 'Invoice Total'),
    derived('paid', 'Paid', '已收', '已收金额', '已付', 'Amount Paid'),
    derived('balance', 'Balance', '未收', '未收金额', '余额', 'Outstanding', 'Balance Due'),
    input('status', 'Status', '状态', '账单状态'),
    derived('paymentStatus', 'Payment Status', '收款状态'),
    input('document', 'Document', '文件', '链接', 'Link', 'PDF'),
    input('sentAt', 'Sent At', '发送时间', 'Sent'),
    // The VAT fapiao the user was issued for this invoice (recorded only: the add-on never issues fapiao).
    // '发票号码' is also a synonym of Invoice No: a header wins over a synonym, see headerDetect.
    input('fapiaoNo', 'Fapiao No', '发票号码', 'Fapiao Number', 'Fapiao', 'VAT Invoice No', '税票号'),
    input('fapiaoDate', 'Fapiao Date', '发票日期', 'Fapiao Issue Date', 'VAT Invoice Date'),
    input('fapiaoType', 'Fapiao Type', '发票类型', '票种', 'VAT Invoice Type'),
  ],
  required: [['invoiceNo'], ['customerId'], ['issueDate']],
};

export const paymentsSchema: TabSchema = {
  tab: 'Payments',
  title: { en: 'Payments', 'zh-CN': '收款' },
  titleSynonyms: ['收款记录', '收款表', '回款', 'Payment', 'Receipts'],
  columns: [
    input('paymentId', 'Payment ID', '收款编号', '收款单号', 'Payment No', 'Receipt No', 'Receipt ID'),
    input('date', 'Date', '收款日期', '日期', '到账日期', 'Payment Date', 'Received'),
    customerIdColumn,
    input('amount', 'Amount', '金额', '收款金额', '到账金额', 'Total', 'Amount Received'),
    input('method', 'Method', '方式', '收款方式', '付款方式', 'Payment Method'),
    input('reference', 'Reference', '参考号', '备注摘要', '附言', '交易号', 'Ref', 'Memo'),
    invoiceNoColumn,
    derived('applied', 'Applied', '已核销', 'Allocated'),
    derived('unapplied', 'Unapplied', '未核销', 'Unallocated'),
    input('notes', 'Notes', '备注', '说明', 'Note', 'Remarks'),
  ],
  required: [['date'], ['customerId'], ['amount']],
};

export const adjustmentsSchema: TabSchema = {
  tab: 'Adjustments',
  title: { en: 'Adjustments', 'zh-CN': '调整' },
  titleSynonyms: ['调整记录', '调账', 'Adjustment'],
  columns: [
    input('date', 'Date', '日期', '调整日期'),
    customerIdColumn,
    input('type', 'Type', '类型', '调整类型', 'Kind'),
    input('amount', 'Amount', '金额', '调整金额'),
    invoiceNoColumn,
    input('reason', 'Reason', '原因', '说明', '备注', 'Notes', 'Note', 'Memo'),
    // Live formulas the Reconciliation tab sums over: +1 for a debit, −1 for a credit; what is allocated; what is left.
    derived('direction', 'Direction', '方向', 'Sign'),
    derived('applied', 'Applied', '已核销', 'Allocated'),
    derived('open', 'Open', '未结', 'Open Amount', '未结金额'),
  ],
  required: [['date'], ['customerId'], ['type'], ['amount']],
};

export const allocationsSchema: TabSchema = {
  tab: 'Allocations',
  title: { en: 'Allocations', 'zh-CN': '核销记录' },
  titleSynonyms: ['核销', '核销明细', 'Allocation', 'Matches'],
  columns: [
    input('source', 'Source', '来源', '收款编号', 'Payment ID', 'Payment'),
    invoiceNoColumn,
    input('amount', 'Amount', '金额', '核销金额'),
    input('date', 'Date', '日期', '核销日期'),
    input('rule', 'Rule', '规则', '核销规则'),
    input('at', 'At', '时间', 'Time', 'Timestamp'),
    input('by', 'By', '操作人', 'User'),
  ],
  required: [['source'], ['invoiceNo'], ['amount']],
};

/** Settings is a key/value tab: one setting per row. */
export const settingsSchema: TabSchema = {
  tab: 'Settings',
  title: { en: 'Settings', 'zh-CN': '设置' },
  titleSynonyms: ['配置', '参数', 'Setting', 'Options'],
  columns: [
    input('key', 'Setting', '项目', '设置', '设置项', '参数', 'Key', 'Name', 'Item'),
    input('value', 'Value', '值', '内容', '数值', '设置值'),
  ],
  required: [['key'], ['value']],
};

/** The keys of the Settings tab, with the labels users see in the Setting column. */
export interface SettingKeySchema {
  readonly key: string;
  readonly label: { readonly en: string; readonly 'zh-CN': string };
  readonly synonyms: readonly string[];
}

function setting(key: string, en: string, zh: string, ...synonyms: string[]): SettingKeySchema {
  return { key, label: { en, 'zh-CN': zh }, synonyms };
}

export const settingKeys: readonly SettingKeySchema[] = [
  setting('companyName', 'Company Name', '公司名称', '公司', '单位名称', 'Company'),
  setting('currency', 'Currency', '币种', '本位币', '货币', 'Base Currency'),
  setting('termsDays', 'Payment Terms', '账期(天)', '账期', '默认账期', 'Default Terms', 'Terms'),
  setting('taxRate', 'Tax Rate', '税率', '默认税率', 'Default Tax Rate', 'VAT'),
  setting('language', 'Language', '语言', 'Lang'),
  setting('agingBuckets', 'Aging Buckets', '账龄分段', '账龄区间', 'Buckets'),
  setting('invoiceNumberFormat', 'Invoice Number Format', '账单编号格式', '编号格式', 'Invoice Numbering'),
  setting('dateOrder', 'Date Order', '日期顺序', '日期格式', 'Date Format'),
  setting('companyAddress', 'Company Address', '公司地址', '单位地址'),
  setting('companyEmail', 'Company Email', '公司邮箱', 'Company E-mail'),
  setting('companyPhone', 'Company Phone', '公司电话', 'Company Telephone'),
  setting('companyTaxId', 'Company Tax ID', '公司税号', '税号', '纳税人识别号', '统一社会信用代码', 'Company VAT No'),
  setting('bankDetails', 'Bank Details', '开户行及账号', '开户行', '银行账号', '收款账户', 'Bank Account'),
  setting('statementReplyDays', 'Statement Reply Days', '对账回复天数', '对账回复期限', 'Reply Days'),
  // Overdue reminders (催款): "days | minimum amount | customer, salesperson or both", e.g. "7 | 0 | customer".
  ...[1, 2, 3].map((n) => setting(`reminder${n}`, `Reminder ${n}`, `催款${n}`, `催款提醒${n}`, `第${n}次催款`, `Reminder Level ${n}`)),
  // Mail wording typed by the user; blank = the built-in text ({{placeholders}} as in documents).
  setting('invoiceMailSubject', 'Invoice Mail Subject', '账单邮件主题'),
  setting('invoiceMailBody', 'Invoice Mail Body', '账单邮件正文'),
  setting('statementMailSubject', 'Statement Mail Subject', '对账单邮件主题'),
  setting('statementMailBody', 'Statement Mail Body', '对账单邮件正文'),
  ...[1, 2, 3].flatMap((n) => [
    setting(`reminder${n}Subject`, `Reminder ${n} Subject`, `催款${n}主题`, `催款${n}邮件主题`),
    setting(`reminder${n}Body`, `Reminder ${n} Body`, `催款${n}正文`, `催款${n}邮件正文`),
  ]),
];

/** The tabs a book is read from, in reading order. */
export const tabSchemas: Readonly<Record<TabName, TabSchema>> = {
  Settings: settingsSchema,
  Customers: customersSchema,
  Sales: salesSchema,
  Invoices: invoicesSchema,
  Payments: paymentsSchema,
  Adjustments: adjustmentsSchema,
  Allocations: allocationsSchema,
};

export const tabNames: readonly TabName[] = [
  'Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations',
];

/** The header row the add-on writes for `schema` in `lang` (every column, derived ones included). */
export function schemaHeaders(schema: TabSchema, lang: Lang): string[] {
  return schema.columns.map((column) => column.header[lang]);
}

/** The column of `schema` with `key`; throws for a key that does not exist (a programmer error). */
export function schemaColumn(schema: TabSchema, key: string): ColumnSchema {
  const column = schema.columns.find((c) => c.key === key);
  if (!column) throw new Error(`schemaColumn: ${schema.tab} has no column "${key}"`);
  return column;
}

/**
 * Folds a header or tab name to a comparable form: Unicode NFKC (full-width letters, digits, spaces and
 * brackets become ASCII), lower case, and without spaces, underscores, dots, colons, asterisks and hyphens —
 * so "Customer ID", "customer_id", "ＣＵＳＴＯＭＥＲ　ＩＤ", "Customer ID:" and "*Customer ID" all match.
 */
export function headerNormalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_.:*\-–—]+/g, '');
}

/** The tab whose name (en, zh-CN or a synonym) matches `name`, or null. */
export function tabFromName(name: string): TabName | null {
  const wanted = headerNormalize(name);
  for (const tab of tabNames) {
    const schema = tabSchemas[tab];
    const names = [schema.title.en, schema.title['zh-CN'], ...schema.titleSynonyms];
    if (names.some((n) => headerNormalize(n) === wanted)) return tab;
  }
  return null;
}
