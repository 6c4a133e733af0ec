// The texts of a statement document (对账单) in English and Chinese: headings, column names, notices.
import { messageFormat, type MessageParams, type MessageText } from '../i18n';
import type { Lang } from '../types';

export const STATEMENT_LABELS = {
  title: { en: 'Statement of Account', 'zh-CN': '对账单' },
  statementNo: { en: 'Statement No', 'zh-CN': '对账单号' },
  statementDate: { en: 'Statement date', 'zh-CN': '对账日期' },
  period: { en: 'Period', 'zh-CN': '对账期间' },
  periodValue: { en: '{from} to {to}', 'zh-CN': '{from} 至 {to}' },
  currency: { en: 'Currency', 'zh-CN': '币种' },
  layout: { en: 'Layout', 'zh-CN': '对账方式' },
  layoutBalanceForward: { en: 'Balance forward', 'zh-CN': '余额结转' },
  layoutOpenItem: { en: 'Open items as of {to}', 'zh-CN': '截至 {to} 的未清项' },
  customer: { en: 'Customer', 'zh-CN': '客户' },
  customerId: { en: 'Customer ID', 'zh-CN': '客户编号' },
  contact: { en: 'Contact', 'zh-CN': '联系人' },
  address: { en: 'Address', 'zh-CN': '地址' },
  phone: { en: 'Phone', 'zh-CN': '电话' },
  email: { en: 'Email', 'zh-CN': '邮箱' },
  taxId: { en: 'Tax ID', 'zh-CN': '税号' },
  date: { en: 'Date', 'zh-CN': '日期' },
  documentNo: { en: 'Document No', 'zh-CN': '单据号' },
  description: { en: 'Description', 'zh-CN': '摘要' },
  debit: { en: 'Debit', 'zh-CN': '借方' },
  credit: { en: 'Credit', 'zh-CN': '贷方' },
  balance: { en: 'Balance', 'zh-CN': '余额' },
  opening: { en: 'Opening balance', 'zh-CN': '期初余额' },
  totals: { en: 'Totals for the period', 'zh-CN': '本期合计' },
  totalsOpen: { en: 'Totals of open items', 'zh-CN': '未清项合计' },
  closing: { en: 'Closing balance', 'zh-CN': '期末余额' },
  inCapitals: { en: 'In Chinese capitals', 'zh-CN': '大写金额' },
  inWords: { en: 'In words', 'zh-CN': '英文金额' },
  due: { en: 'due {date}', 'zh-CN': '到期 {date}' },
  noRows: { en: 'No documents in this statement.', 'zh-CN': '本对账单无单据。' },
  aging: { en: 'Aging as of {date}', 'zh-CN': '账龄分析（截至 {date}）' },
  agingTotal: { en: 'Total open', 'zh-CN': '未收合计' },
  unapplied: { en: 'Unapplied credit', 'zh-CN': '未核销预收' },
  net: { en: 'Net balance', 'zh-CN': '净余额' },
  confirmation: { en: 'Confirmation', 'zh-CN': '客户确认' },
  notice: {
    en: 'Please check this statement and report differences within {days} days of receipt; otherwise the balance above is taken as confirmed.',
    'zh-CN': '请核对本对账单，如有差异请于{days}日内告知，逾期未回复视为核对无误。',
  },
  agree: { en: '☐ The balance above is correct.', 'zh-CN': '☐ 以上余额核对无误。' },
  differ: { en: '☐ The balance differs by: ______________ (details attached)', 'zh-CN': '☐ 核对不符，差异金额：______________（请附明细）' },
  signature: { en: 'Customer confirmation (signature and stamp)', 'zh-CN': '客户确认（签章）' },
  signatureDate: { en: 'Date', 'zh-CN': '日期' },
  blankLine: { en: '______________________', 'zh-CN': '______________________' },
  bankDetails: { en: 'Bank details', 'zh-CN': '开户行及账号' },
} as const satisfies Record<string, MessageText>;

export type StatementLabel = keyof typeof STATEMENT_LABELS;

/** A label in one language: "期初余额". */
export function statementLabel(label: StatementLabel | MessageText, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(typeof label === 'string' ? STATEMENT_LABELS[label] : label, lang, params);
}

/**
 * A heading or column name in both languages, the document's language first ("期初余额 / Opening balance"), so a
 * statement reads for customers of either language; sentences stay in the document's language only.
 */
export function statementHeading(label: StatementLabel | MessageText, lang: Lang, params: MessageParams = {}): string {
  const other: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  const first = statementLabel(label, lang, params);
  const second = statementLabel(label, other, params);
  return first === second ? first : `${first} / ${second}`;
}
