// The sidebar's bilingual catalogue: every string the sidebar shows.
import type { Catalogue, MessageParams } from '../src/core/i18n';
import { messageFormat } from '../src/core/i18n';
import type { Lang } from '../src/core/types';

export type SidebarMessageCode = keyof typeof sidebarMessages;

export const sidebarMessages = {
  'tab.summary': { en: 'Summary', 'zh-CN': '概况' },
  'tab.settings': { en: 'Settings', 'zh-CN': '设置' },
  'tab.statement': { en: 'Statement', 'zh-CN': '对账单' },
  'statement.title': { en: 'Customer statement', 'zh-CN': '客户对账单' },
  'statement.customer': { en: 'Customer', 'zh-CN': '客户' },
  'statement.from': { en: 'From', 'zh-CN': '起始日' },
  'statement.to': { en: 'To', 'zh-CN': '截止日' },
  'statement.layout': { en: 'Layout', 'zh-CN': '格式' },
  'statement.layoutBalanceForward': { en: 'Balance forward', 'zh-CN': '余额结转' },
  'statement.layoutOpenItem': { en: 'Open items', 'zh-CN': '未清项' },
  'statement.show': { en: 'Show statement', 'zh-CN': '生成对账单' },
  'statement.period': { en: '{from} to {to} · {currency}', 'zh-CN': '{from} 至 {to} · {currency}' },
  'statement.opening': { en: 'Opening balance', 'zh-CN': '期初余额' },
  'statement.totals': { en: 'Totals', 'zh-CN': '合计' },
  'statement.closing': { en: 'Closing balance', 'zh-CN': '期末余额' },
  'statement.inWords': { en: 'In words', 'zh-CN': '大写金额' },
  'statement.noRows': { en: 'No documents in this period.', 'zh-CN': '本期间没有单据。' },
  'statement.noCustomers': {
    en: 'There are no customers yet: add them to the Customers tab.',
    'zh-CN': '还没有客户：请在客户表中添加。',
  },
  'tab.help': { en: 'Help', 'zh-CN': '帮助' },
  'settings.title': { en: 'Settings in force', 'zh-CN': '当前设置' },
  'settings.where': {
    en: 'Read from the “{tab}” tab; change a value there and press Refresh.',
    'zh-CN': '读取自“{tab}”工作表；在那里修改后点“刷新”。',
  },
  'settings.noTab': {
    en: 'There is no “{tab}” tab, so these defaults apply. “Set up ledger” creates it.',
    'zh-CN': '没有“{tab}”工作表，因此使用以下默认值。“建立账本”会创建它。',
  },
  'summary.title': { en: 'Ledger summary', 'zh-CN': '账本概况' },
  'summary.asOf': { en: 'As of {date}', 'zh-CN': '截至 {date}' },
  'summary.customers': { en: 'Customers', 'zh-CN': '客户数' },
  'summary.openBalance': { en: 'Open balance ({currency})', 'zh-CN': '应收余额（{currency}）' },
  'summary.owing': { en: '{count} customers owe', 'zh-CN': '{count} 位客户欠款' },
  'summary.noBalances': { en: 'Nothing is owed.', 'zh-CN': '没有应收款项。' },
  'summary.problems': { en: 'Problems found: {count}', 'zh-CN': '发现问题：{count} 个' },
  'summary.problemsMore': { en: '…and {count} more', 'zh-CN': '……还有 {count} 个' },
  'summary.tabsMissing': { en: 'Tabs not found: {tabs}', 'zh-CN': '未找到工作表：{tabs}' },
  'summary.perCustomer': { en: 'By customer', 'zh-CN': '按客户查看' },
  'reconcile.title': { en: 'Reconciliation by customer', 'zh-CN': '按客户对账' },
  'reconcile.unapplied': { en: 'Unapplied credit: {amount}', 'zh-CN': '未核销预收：{amount}' },
  'reconcile.overLimit': { en: 'Over the credit limit', 'zh-CN': '超出信用额度' },
  'reconcile.settled': { en: '{count} customers owe nothing.', 'zh-CN': '{count} 位客户无欠款。' },
  'summary.refresh': { en: 'Refresh', 'zh-CN': '刷新' },
  'status.loading': { en: 'Loading…', 'zh-CN': '加载中…' },
  'status.error': { en: 'Could not load: {message}', 'zh-CN': '加载失败：{message}' },
  'status.transport': {
    en: 'The server could not be reached ({message}). Try again.',
    'zh-CN': '无法连接服务器（{message}）。请重试。',
  },
  'lang.label': { en: 'Language', 'zh-CN': '语言' },
  'help.title': { en: 'How Customer Ledger works', 'zh-CN': '客户账使用说明' },
  'help.tabs': {
    en: 'Keep your accounts in ordinary tabs: Customers, Sales, Invoices, Payments and Adjustments. Headers may be in English or Chinese, in any column order.',
    'zh-CN': '在普通工作表中记账：客户、销售记录、账单、收款、调整。表头可用中文或英文，列的顺序不限。',
  },
  'help.required': {
    en: 'Required columns — Customers: Customer ID, Name. Sales: Date, Customer ID, Amount. Invoices: Invoice No, Customer ID, Issue Date. Payments: Date, Customer ID, Amount.',
    'zh-CN': '必填列——客户：客户编号、客户名称；销售记录：日期、客户编号、金额；账单：账单号、客户编号、开票日期；收款：收款日期、客户编号、金额。',
  },
  'help.allocation': {
    en: 'Payments are matched to invoices automatically: first by the invoice number they name, then by an exact amount, then oldest due first. What is left stays as unapplied credit.',
    'zh-CN': '收款自动核销到账单：先按注明的账单号，再按金额完全相等，最后按到期日从早到晚。剩余部分记为未核销预收款。',
  },
  'help.balance': {
    en: 'In any cell, =BALANCE(A2:A20) returns the open balance of each customer ID in A2:A20. Add the tables as arguments (=BALANCE(A2:A20, TODAY(), Customers!A:L, Sales!A:H, Invoices!A:K, Payments!A:J, Adjustments!A:F)) so Sheets recalculates when they change.',
    'zh-CN': '在任意单元格输入 =BALANCE(A2:A20)，即可得到 A2:A20 中每个客户编号的应收余额。把各表作为参数传入（=BALANCE(A2:A20, TODAY(), Customers!A:L, Sales!A:H, Invoices!A:K, Payments!A:J, Adjustments!A:F)），表格变化时会自动重算。',
  },
  'help.privacy': {
    en: 'The add-on works only inside this spreadsheet and the documents it creates; it never reads your other files.',
    'zh-CN': '本插件只在当前表格及其创建的文档中工作，不会读取您的其他文件。',
  },
} satisfies Catalogue<string>;

/** Renders the sidebar message `code` in `lang`. */
export function sidebarMessage(code: SidebarMessageCode, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(sidebarMessages[code], lang, params);
}
