// Problems found in a book's input: data with a stable code, rendered in the user's language, never thrown.
import { messageFormat, type Catalogue, type MessageParams, type MessageText } from './i18n';
import type { Lang, TabName } from './types';

/** Stable codes of every problem the core and the sheets layer report. */
export type ProblemCode =
  // cell level (reported by the sheets layer while decoding rows)
  | 'missing-column'
  | 'missing-value'
  | 'invalid-date'
  | 'invalid-amount'
  | 'invalid-number'
  | 'invalid-rate'
  | 'invalid-choice'
  | 'invalid-currency'
  | 'negative-amount'
  | 'zero-amount'
  | 'text-too-long'
  | 'ambiguous-date'
  | 'unknown-header-set'
  | 'duplicate-column'
  // book level (reported by bookBuild)
  | 'unknown-customer'
  | 'duplicate-customer'
  | 'duplicate-invoice'
  | 'duplicate-payment'
  | 'unknown-invoice'
  | 'void-invoice'
  | 'draft-invoice'
  | 'invoice-customer-mismatch'
  | 'currency-mismatch'
  | 'invoice-without-lines'
  | 'negative-invoice-total'
  | 'amount-mismatch'
  | 'due-before-issue'
  | 'over-allocation'
  | 'unknown-allocation-source'
  | 'unknown-allocation-target'
  | 'allocation-date-adjusted';

export type ProblemSeverity = 'error' | 'warning';

/**
 * One problem of one row. 'error' = the row is skipped; 'warning' = the row is kept as read.
 * `row` is the 1-based sheet row (0 = the tab as a whole, e.g. a missing column).
 * `column` and `value` are what the user sees: the header text and the cell text.
 */
export interface Problem {
  readonly tab: TabName | 'Book';
  readonly row: number;
  readonly column?: string;
  readonly value?: string;
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  readonly params: MessageParams;
}

/** The message of each code, after the "Tab row N:" prefix. {column} and {value} come from the problem. */
export const PROBLEM_MESSAGES: Catalogue<ProblemCode> = {
  'missing-column': { en: 'the required column "{column}" is missing.', 'zh-CN': '缺少必需的列“{column}”。' },
  'missing-value': { en: '{column} is empty but required.', 'zh-CN': '{column}为空，但必须填写。' },
  'invalid-date': {
    en: '{column} "{value}" is not a date (write it as YYYY-MM-DD).',
    'zh-CN': '{column}“{value}”不是有效日期（请写成 YYYY-MM-DD）。',
  },
  'invalid-amount': { en: '{column} "{value}" is not an amount.', 'zh-CN': '{column}“{value}”不是有效金额。' },
  'invalid-number': { en: '{column} "{value}" is not a number.', 'zh-CN': '{column}“{value}”不是有效数字。' },
  'invalid-rate': {
    en: '{column} "{value}" is not a rate (write 13% or 0.13).',
    'zh-CN': '{column}“{value}”不是有效税率（请写成 13% 或 0.13）。',
  },
  'invalid-choice': {
    en: '{column} "{value}" is not one of: {choices}.',
    'zh-CN': '{column}“{value}”不是可选值之一：{choices}。',
  },
  'invalid-currency': {
    en: '{column} "{value}" is not a currency code such as CNY or USD.',
    'zh-CN': '{column}“{value}”不是币种代码（如 CNY、USD）。',
  },
  'negative-amount': { en: '{column} "{value}" must not be negative.', 'zh-CN': '{column}“{value}”不能为负数。' },
  'zero-amount': { en: '{column} "{value}" must not be zero.', 'zh-CN': '{column}“{value}”不能为零。' },
  'text-too-long': {
    en: '{column} is longer than {max} characters.',
    'zh-CN': '{column}超过 {max} 个字符。',
  },
  'ambiguous-date': {
    en: '{column} "{value}" could be day/month or month/day: write it as YYYY-MM-DD, or set Date Order (MDY or DMY) in Settings.',
    'zh-CN': '{column}“{value}”无法判断是日/月还是月/日：请写成 YYYY-MM-DD，或在设置中填写日期顺序（MDY 或 DMY）。',
  },
  'unknown-header-set': {
    en: 'none of the first 20 rows has this table\'s headers ({columns}); check that this is the right tab or file.',
    'zh-CN': '前 20 行中没有本表的表头（{columns}）；请检查工作表或文件是否正确。',
  },
  'duplicate-column': {
    en: 'the column "{column}" appears twice; only the first one is read.',
    'zh-CN': '列“{column}”出现了两次，只读取第一列。',
  },
  'unknown-customer': { en: 'customer "{value}" is not in Customers.', 'zh-CN': '客户“{value}”不在客户表中。' },
  'duplicate-customer': {
    en: 'customer ID "{value}" is already used in row {firstRow}.',
    'zh-CN': '客户编号“{value}”已在第 {firstRow} 行使用。',
  },
  'duplicate-invoice': {
    en: 'invoice number "{value}" is already used in row {firstRow}.',
    'zh-CN': '账单号“{value}”已在第 {firstRow} 行使用。',
  },
  'duplicate-payment': {
    en: 'payment ID "{value}" is already used in row {firstRow}.',
    'zh-CN': '收款编号“{value}”已在第 {firstRow} 行使用。',
  },
  'unknown-invoice': { en: 'invoice "{value}" is not in Invoices.', 'zh-CN': '账单“{value}”不在账单表中。' },
  'void-invoice': { en: 'invoice "{value}" is void.', 'zh-CN': '账单“{value}”已作废。' },
  'draft-invoice': { en: 'invoice "{value}" is still a draft.', 'zh-CN': '账单“{value}”仍是草稿。' },
  'invoice-customer-mismatch': {
    en: 'invoice "{value}" belongs to customer "{invoiceCustomer}", not "{customer}".',
    'zh-CN': '账单“{value}”属于客户“{invoiceCustomer}”，不属于“{customer}”。',
  },
  'currency-mismatch': {
    en: 'currency "{value}" differs from the customer\'s currency {expected}.',
    'zh-CN': '币种“{value}”与客户的币种 {expected} 不一致。',
  },
  'invoice-without-lines': {
    en: 'invoice "{value}" has no Sales lines, so its total is 0.',
    'zh-CN': '账单“{value}”没有销售记录，金额为 0。',
  },
  'negative-invoice-total': {
    en: 'invoice "{value}" totals {total}, less than zero.',
    'zh-CN': '账单“{value}”的金额为 {total}，小于零。',
  },
  'amount-mismatch': {
    en: 'Amount "{value}" differs from Quantity × Unit Price × (1 + Tax Rate) = {expected}.',
    'zh-CN': '金额“{value}”与 数量 × 单价 × (1 + 税率) = {expected} 不一致。',
  },
  'due-before-issue': {
    en: 'Due Date "{value}" is before the Issue Date {issueDate}.',
    'zh-CN': '到期日“{value}”早于开票日期 {issueDate}。',
  },
  'over-allocation': {
    en: 'allocating {value} from "{source}" to "{invoiceNo}" exceeds what is left to allocate ({left}).',
    'zh-CN': '从“{source}”核销 {value} 到“{invoiceNo}”超过了可核销的余额（{left}）。',
  },
  'unknown-allocation-source': {
    en: 'source "{value}" is not a payment or a credit adjustment.',
    'zh-CN': '来源“{value}”不是收款或贷项调整。',
  },
  'unknown-allocation-target': {
    en: 'target "{value}" is not an issued invoice or a debit adjustment.',
    'zh-CN': '核销对象“{value}”不是已开具的账单或借项调整。',
  },
  'allocation-date-adjusted': {
    en: 'allocation date "{value}" is before its payment or invoice; {date} is used.',
    'zh-CN': '核销日期“{value}”早于收款或账单日期，按 {date} 处理。',
  },
};

/** The default severity of each code; producers may still choose (see problemMake). */
export const PROBLEM_SEVERITY: { readonly [K in ProblemCode]: ProblemSeverity } = {
  'missing-column': 'error',
  'missing-value': 'error',
  'invalid-date': 'error',
  'invalid-amount': 'error',
  'invalid-number': 'error',
  'invalid-rate': 'error',
  'invalid-choice': 'error',
  'invalid-currency': 'error',
  'negative-amount': 'error',
  'zero-amount': 'error',
  'text-too-long': 'warning',
  'ambiguous-date': 'error',
  'unknown-header-set': 'error',
  'duplicate-column': 'warning',
  'unknown-customer': 'error',
  'duplicate-customer': 'error',
  'duplicate-invoice': 'error',
  'duplicate-payment': 'error',
  'unknown-invoice': 'error',
  'void-invoice': 'error',
  'draft-invoice': 'error',
  'invoice-customer-mismatch': 'error',
  'currency-mismatch': 'error',
  'invoice-without-lines': 'warning',
  'negative-invoice-total': 'warning',
  'amount-mismatch': 'warning',
  'due-before-issue': 'warning',
  'over-allocation': 'error',
  'unknown-allocation-source': 'error',
  'unknown-allocation-target': 'error',
  'allocation-date-adjusted': 'warning',
};

/** Localised tab names, as the add-on writes them. */
export const TAB_NAMES: { readonly [K in TabName | 'Book']: MessageText } = {
  Customers: { en: 'Customers', 'zh-CN': '客户' },
  Sales: { en: 'Sales', 'zh-CN': '销售记录' },
  Invoices: { en: 'Invoices', 'zh-CN': '账单' },
  Payments: { en: 'Payments', 'zh-CN': '收款' },
  Adjustments: { en: 'Adjustments', 'zh-CN': '调整' },
  Allocations: { en: 'Allocations', 'zh-CN': '核销记录' },
  Settings: { en: 'Settings', 'zh-CN': '设置' },
  Book: { en: 'Book', 'zh-CN': '账簿' },
};

/** Options of problemMake beyond the tab, row and code. */
export interface ProblemDetails {
  readonly column?: string;
  readonly value?: string;
  readonly severity?: ProblemSeverity;
  readonly params?: MessageParams;
}

/** Builds a Problem with the code's default severity unless one is given. */
export function problemMake(tab: TabName | 'Book', row: number, code: ProblemCode, details: ProblemDetails = {}): Problem {
  const problem: Problem = {
    tab,
    row,
    code,
    severity: details.severity ?? PROBLEM_SEVERITY[code],
    params: details.params ?? {},
    ...(details.column !== undefined ? { column: details.column } : {}),
    ...(details.value !== undefined ? { value: details.value } : {}),
  };
  return problem;
}

/** "Payments row 7: " / "收款 第 7 行："; row 0 names only the tab. */
function problemPrefix(p: Problem, lang: Lang): string {
  const tab = TAB_NAMES[p.tab][lang];
  if (lang === 'zh-CN') return p.row > 0 ? `${tab} 第 ${p.row} 行：` : `${tab}：`;
  return p.row > 0 ? `${tab} row ${p.row}: ` : `${tab}: `;
}

/**
 * The problem as one sentence naming the tab, the row and quoting the value:
 * en `Payments row 7: customer "C099" is not in Customers.`, zh `收款 第 7 行：客户“C099”不在客户表中。`
 */
export function problemMessage(p: Problem, lang: Lang): string {
  const params: MessageParams = { column: p.column ?? '', value: p.value ?? '', ...p.params };
  return problemPrefix(p, lang) + messageFormat(PROBLEM_MESSAGES[p.code], lang, params);
}

const TAB_ORDER: readonly string[] = Object.keys(TAB_NAMES);

/** Sheet order: by tab as listed in TAB_NAMES, then row; errors before warnings on the same row. */
export function problemCompare(a: Problem, b: Problem): number {
  return (
    TAB_ORDER.indexOf(a.tab) - TAB_ORDER.indexOf(b.tab) ||
    a.row - b.row ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
  );
}

/** True when the list holds an error (a skipped row). */
export function problemsHaveErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
