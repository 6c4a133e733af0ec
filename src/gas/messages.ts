// The bilingual catalogue of every string the Apps Script layer shows: menu labels, titles, errors.
import type { Catalogue, MessageParams } from '../core/i18n';
import { messageFormat } from '../core/i18n';
import type { Lang } from '../core/types';

export type GasMessageCode = keyof typeof gasMessages;

export const gasMessages = {
  'menu.title': { en: 'Customer Ledger', 'zh-CN': '客户账' },
  'menu.openSidebar': { en: 'Open sidebar', 'zh-CN': '打开侧边栏' },
  'menu.setUp': { en: 'Set up ledger', 'zh-CN': '建立账本' },
  'menu.reconcile': { en: 'Reconcile now', 'zh-CN': '立即对账' },
  'menu.invoiceFromSales': { en: 'New invoice from selected sales', 'zh-CN': '用所选销售记录开账单' },
  'menu.statement': { en: 'Customer statement', 'zh-CN': '客户对账单' },
  'menu.mail': { en: 'Mail and reminders', 'zh-CN': '邮件与催款' },
  'menu.refreshFormulas': { en: 'Refresh formulas', 'zh-CN': '刷新公式' },
  'menu.settings': { en: 'Settings', 'zh-CN': '设置' },
  'menu.help': { en: 'Help', 'zh-CN': '帮助' },
  'sidebar.title': { en: 'Customer Ledger', 'zh-CN': '客户账' },
  'error.internal': {
    en: 'Something went wrong on the server: {detail}',
    'zh-CN': '服务器出错：{detail}',
  },
  'error.rpcUnknown': { en: 'Unknown request "{name}".', 'zh-CN': '未知的请求“{name}”。' },
  'error.rpcArgs': { en: 'Request "{name}" got invalid arguments.', 'zh-CN': '请求“{name}”的参数无效。' },
  'error.noSpreadsheet': {
    en: 'No spreadsheet is open: open the add-on from a Google Sheets file.',
    'zh-CN': '没有打开的表格：请在 Google 表格文件中打开本插件。',
  },
  'error.languageUnknown': { en: 'Unknown language "{lang}".', 'zh-CN': '未知的语言“{lang}”。' },
  'balance.customerUnknown': { en: 'Unknown customer {id}', 'zh-CN': '未知客户 {id}' },
  'balance.tableMissing': {
    en: 'The {tab} table is missing: give it as an argument or add the tab.',
    'zh-CN': '缺少“{tab}”表：请作为参数传入或添加该工作表。',
  },
  'statement.customerUnknown': { en: 'Customer {id} is not in Customers.', 'zh-CN': '客户 {id} 不在客户表中。' },
  'statement.dateInvalid': { en: '"{value}" is not a date (YYYY-MM-DD).', 'zh-CN': '“{value}”不是日期（YYYY-MM-DD）。' },
  'statement.periodInvalid': { en: 'The period starts ({from}) after it ends ({to}).', 'zh-CN': '期间开始日（{from}）晚于结束日（{to}）。' },
  'statement.customerMissing': { en: 'Choose the customer the statement is for.', 'zh-CN': '请选择要出对账单的客户。' },
  'statement.layoutInvalid': {
    en: 'Unknown statement layout "{value}": use balance-forward or open-item.',
    'zh-CN': '未知的对账方式“{value}”：请用余额结转（balance-forward）或未清项（open-item）。',
  },
  'statement.noData': {
    en: 'No statement for {id} from {from} to {to}: no documents in the period and nothing owed or in credit.',
    'zh-CN': '{id} 在 {from} 至 {to} 期间没有单据，也没有欠款或预收款，无需出对账单。',
  },
  'statement.noneForAll': {
    en: 'No customer has documents or a balance from {from} to {to}; no statement was made.',
    'zh-CN': '{from} 至 {to} 期间没有客户有单据或余额，未生成对账单。',
  },
  'statement.runBusy': {
    en: 'Statements for all customers are being made by another run right now; try again when it has finished.',
    'zh-CN': '另一个“所有客户对账单”任务正在运行，请在其完成后再试。',
  },
  'statement.documentName': { en: 'Statement {no} — {name} ({id}) {from} to {to}', 'zh-CN': '对账单 {no} — {name}（{id}）{from} 至 {to}' },
  'invoice.selectSales': {
    en: 'Select the rows to bill on the Sales tab first.',
    'zh-CN': '请先在“销售记录”工作表中选中要开账单的行。',
  },
  'invoice.noSales': {
    en: 'Rows {first}–{last} hold no valid sales line.',
    'zh-CN': '第 {first}–{last} 行没有有效的销售记录。',
  },
  'invoice.alreadyBilled': {
    en: 'Row {row} is already billed on invoice {invoiceNo}.',
    'zh-CN': '第 {row} 行已开在账单 {invoiceNo} 上。',
  },
  'invoice.mixedCustomers': {
    en: 'The selected rows belong to several customers ({customers}); one invoice bills one customer.',
    'zh-CN': '所选行属于多个客户（{customers}）；一张账单只能开给一个客户。',
  },
  'invoice.customerUnknown': { en: 'Customer {id} is not in Customers.', 'zh-CN': '客户 {id} 不在客户表中。' },
  'invoice.noInvoicesTab': {
    en: 'The Sales and Invoices tabs are needed: use “Set up ledger” first.',
    'zh-CN': '需要“销售记录”和“账单”工作表：请先使用“建立账本”。',
  },
  'invoice.columnMissing': { en: 'The {tab} tab has no “{column}” column.', 'zh-CN': '“{tab}”工作表缺少“{column}”列。' },
  'form.invalid': { en: 'Please check: {details}', 'zh-CN': '请检查：{details}' },
  'balance.asOfInvalid': { en: 'as_of is not a date: {value}', 'zh-CN': 'as_of 不是日期：{value}' },
  'allocation.sourceUnknown': {
    en: 'There is no payment or credit {source}.',
    'zh-CN': '没有收款或贷项 {source}。',
  },
  'allocation.invoiceUnknown': { en: 'There is no invoice {invoiceNo}.', 'zh-CN': '没有账单 {invoiceNo}。' },
  'allocation.invoiceNotOpen': {
    en: 'Invoice {invoiceNo} is {status}: only issued invoices can be paid.',
    'zh-CN': '账单 {invoiceNo} 为{status}状态：只能核销已开具的账单。',
  },
  'allocation.customerMismatch': {
    en: '{source} is from customer {sourceCustomer} but invoice {invoiceNo} bills {invoiceCustomer}.',
    'zh-CN': '{source} 属于客户 {sourceCustomer}，而账单 {invoiceNo} 开给 {invoiceCustomer}。',
  },
  'allocation.amountInvalid': {
    en: 'The amount must be a positive number, not "{value}".',
    'zh-CN': '金额必须是正数，而不是“{value}”。',
  },
  'allocation.overAllocation': {
    en: 'Cannot allocate {amount} from {source} to {invoiceNo}: at most {left} is left (payment {sourceLeft}, invoice {invoiceLeft}).',
    'zh-CN': '无法从 {source} 核销 {amount} 到 {invoiceNo}：最多还可核销 {left}（收款剩余 {sourceLeft}，账单未收 {invoiceLeft}）。',
  },
  'allocation.dateInvalid': { en: '"{value}" is not a date (YYYY-MM-DD).', 'zh-CN': '“{value}”不是日期（YYYY-MM-DD）。' },
  'allocation.nothingToUndo': {
    en: '{source} has no allocations to undo.',
    'zh-CN': '{source} 没有可撤销的核销。',
  },
  'error.lockBusy': {
    en: 'Someone else is writing to the ledger right now; nothing was changed. Try again in a moment.',
    'zh-CN': '其他人正在写入账本，本次未做任何更改。请稍后再试。',
  },
  'allocation.notHeld': { en: '{source} is not on hold.', 'zh-CN': '{source} 未处于暂挂状态。' },
  'allocation.tabUnreadable': {
    en: 'The {tab} tab has no header row with Source, Invoice No and Amount, so it was left as it is: fix its header (or rename the tab) and reconcile again.',
    'zh-CN': '“{tab}”工作表没有包含“来源、账单号、金额”的表头行，因此未做任何更改：请修正表头（或重命名该工作表）后再对账。',
  },
  'preview.customerUnknown': { en: 'Customer {id} is not in Customers.', 'zh-CN': '客户 {id} 不在客户表中。' },
  'menu.invoiceDocuments': { en: 'Create invoice documents', 'zh-CN': '生成账单文件' },
  'document.selectRows': {
    en: 'Select the invoices on the Invoices tab (or their lines on the Sales tab) first.',
    'zh-CN': '请先在“账单”工作表中选中账单（或在“销售记录”工作表中选中其销售行）。',
  },
  'document.noneSelected': {
    en: 'The selected rows ({first}–{last}) hold no invoice number.',
    'zh-CN': '所选的第 {first}–{last} 行没有账单号。',
  },
  'document.invoiceUnknown': {
    en: 'Invoice {invoiceNo} is not in the Invoices tab.',
    'zh-CN': '账单 {invoiceNo} 不在“账单”工作表中。',
  },
  'document.invoiceUnreadable': {
    en: '{invoiceNo} cannot be read, so it gets no document. {detail} Fix the row first.',
    'zh-CN': '{invoiceNo} 无法读取，未生成账单文件。{detail}请先修正该行。',
  },
  'document.void': {
    en: 'Invoices row {row}: {invoiceNo} is Void, so it gets no document.',
    'zh-CN': '账单 第 {row} 行：{invoiceNo} 已作废，不生成账单文件。',
  },
  'document.customerUnknown': {
    en: 'Invoices row {row}: customer {id} of {invoiceNo} is not in Customers.',
    'zh-CN': '账单 第 {row} 行：{invoiceNo} 的客户 {id} 不在客户表中。',
  },
  'document.noLines': {
    en: 'Invoices row {row}: {invoiceNo} has no Sales lines (write {invoiceNo} in the Invoice No column of the Sales rows it bills).',
    'zh-CN': '账单 第 {row} 行：{invoiceNo} 没有销售记录（请在所开销售行的“账单号”列填写 {invoiceNo}）。',
  },
  'document.noLineRow': {
    en: 'The invoice template has no line-item row (cells with line_description, line_amount … placeholders): restore the row, or trash the template to get a new one.',
    'zh-CN': '账单模板中没有明细行（含 line_description、line_amount 等占位符的单元格）：请恢复该行，或将模板移到回收站以重新生成。',
  },
  'document.failed': {
    en: 'Invoice {invoiceNo}: the document could not be made ({detail}).',
    'zh-CN': '账单 {invoiceNo}：无法生成文件（{detail}）。',
  },
  'document.pdfMissing': {
    en: 'The Document link of {invoiceNo} no longer opens a file. Issued invoices are not made again on their own: clear its Document cell to create the document anew.',
    'zh-CN': '{invoiceNo} 的“文件”链接已无法打开。已开具的账单不会自动重新生成：清空其“文件”单元格后可重新生成。',
  },
  'document.created': { en: '{invoiceNo} ({customer}, {total}): created {url}', 'zh-CN': '{invoiceNo}（{customer}，{total}）：已生成 {url}' },
  'document.existing': { en: '{invoiceNo}: already has a document {url}', 'zh-CN': '{invoiceNo}：已有文件 {url}' },
  'document.summary': {
    en: 'Invoice documents: {created} created, {existing} already existed, {problems} not created.',
    'zh-CN': '账单文件：新生成 {created} 份，已存在 {existing} 份，未生成 {problems} 份。',
  },
} satisfies Catalogue<string>;

/** Renders the message `code` in `lang`. */
export function gasMessage(code: GasMessageCode, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(gasMessages[code], lang, params);
}
