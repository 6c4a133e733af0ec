// The bilingual catalogue of every line the CLI prints itself (reports use the core's catalogue for problems).
import type { Catalogue, MessageParams } from '../../core/i18n';
import { messageFormat } from '../../core/i18n';
import type { Lang } from '../../core/types';

export const cliMessages = {
  'error.prefix': { en: 'customer-ledger: ', 'zh-CN': 'customer-ledger：' },
  'error.command': {
    en: 'unknown command "{value}": use report, statement or sample (see customer-ledger --help).',
    'zh-CN': '未知命令“{value}”：请使用 report、statement 或 sample（见 customer-ledger --help）。',
  },
  'error.option': {
    en: 'unknown option "{value}" (see customer-ledger --help).',
    'zh-CN': '未知选项“{value}”（见 customer-ledger --help）。',
  },
  'error.optionValue': {
    en: 'option {option} needs a value, e.g. {example}.',
    'zh-CN': '选项 {option} 需要一个值，例如 {example}。',
  },
  'error.required': {
    en: 'option {option} is required, e.g. {example}.',
    'zh-CN': '缺少必需的选项 {option}，例如 {example}。',
  },
  'error.date': {
    en: '{option} "{value}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20.',
    'zh-CN': '{option}“{value}”不是日期：请写成 YYYY-MM-DD，例如 2026-11-20。',
  },
  'error.range': {
    en: '--from {from} is after --to {to}: swap them.',
    'zh-CN': '--from {from} 晚于 --to {to}：请交换两者。',
  },
  'error.lang': { en: '--lang "{value}" is not en or zh-CN.', 'zh-CN': '--lang“{value}”不是 en 或 zh-CN。' },
  'error.dataMissing': {
    en: 'no folder or .xlsx file at "{path}": give --data a folder of CSV files or an .xlsx workbook.',
    'zh-CN': '“{path}”处没有文件夹或 .xlsx 文件：请为 --data 指定一个 CSV 文件夹或 .xlsx 工作簿。',
  },
  'error.dataKind': {
    en: '"{path}" is not a folder or an .xlsx workbook: give --data a folder of CSV files or an .xlsx file.',
    'zh-CN': '“{path}”不是文件夹或 .xlsx 工作簿：请为 --data 指定 CSV 文件夹或 .xlsx 文件。',
  },
  'error.fileMissing': {
    en: '{tab} is missing in "{path}": add {file} (or {fileZh}); see customer-ledger sample --out DIR for an example.',
    'zh-CN': '“{path}”中缺少{tabZh}：请添加 {fileZh}（或 {file}）；可用 customer-ledger sample --out 目录 生成示例。',
  },
  'error.fileTwice': {
    en: '{tab} is given twice in "{path}" ({first} and {second}): keep one.',
    'zh-CN': '“{path}”中{tabZh}出现了两次（{first} 和 {second}）：请只保留一个。',
  },
  'error.unreadable': {
    en: 'cannot read "{path}": {detail}',
    'zh-CN': '无法读取“{path}”：{detail}',
  },
  'error.headers': {
    en: '{file} is not the {tab} table: none of its first 20 rows has the headers {columns}.',
    'zh-CN': '{file} 不是{tabZh}表：前 20 行中没有表头 {columns}。',
  },
  'error.headersLike': {
    en: '{file} is not the {tab} table but looks like {like}: rename the file, or give it the headers {columns}.',
    'zh-CN': '{file} 不是{tabZh}表，看起来是{likeZh}表：请改正文件名，或使用表头 {columns}。',
  },
  'error.columns': {
    en: '{file} has no column "{column}" in its header row (row {row}): add that column (its English or Chinese header).',
    'zh-CN': '{file} 的表头行（第 {row} 行）缺少列“{column}”：请添加该列（英文或中文列名均可）。',
  },
  'error.customer': {
    en: 'customer "{value}" is not in Customers: use one of the Customer IDs, e.g. {example}.',
    'zh-CN': '客户“{value}”不在客户表中：请使用客户编号，例如 {example}。',
  },
  'error.outExists': {
    en: '"{path}" exists and is not a folder: choose another --out.',
    'zh-CN': '“{path}”已存在且不是文件夹：请换一个 --out。',
  },
  'report.customers': { en: 'Customers', 'zh-CN': '客户' },
  'report.openInvoices': { en: 'Open invoices ({count})', 'zh-CN': '未结清账单（{count} 张）' },
  'report.noOpenInvoices': { en: 'No open invoices.', 'zh-CN': '没有未结清的账单。' },
  'col.id': { en: 'ID', 'zh-CN': '编号' },
  'col.name': { en: 'Name', 'zh-CN': '名称' },
  'col.currency': { en: 'Cur', 'zh-CN': '币种' },
  'col.invoiced': { en: 'Invoiced', 'zh-CN': '开票' },
  'col.debits': { en: 'Debits', 'zh-CN': '借项' },
  'col.received': { en: 'Received', 'zh-CN': '已收' },
  'col.credits': { en: 'Credits', 'zh-CN': '贷项' },
  'col.balance': { en: 'Balance', 'zh-CN': '余额' },
  'col.unapplied': { en: 'Unapplied', 'zh-CN': '未核销' },
  'col.invoiceNo': { en: 'Invoice No', 'zh-CN': '账单号' },
  'col.customerId': { en: 'Customer', 'zh-CN': '客户' },
  'col.dueDate': { en: 'Due', 'zh-CN': '到期日' },
  'col.total': { en: 'Total', 'zh-CN': '金额' },
  'col.paid': { en: 'Paid', 'zh-CN': '已收' },
  'col.status': { en: 'Status', 'zh-CN': '状态' },
  'col.date': { en: 'Date', 'zh-CN': '日期' },
  'col.document': { en: 'Document', 'zh-CN': '单据' },
  'col.description': { en: 'Description', 'zh-CN': '摘要' },
  'col.debit': { en: 'Debit', 'zh-CN': '借方' },
  'col.credit': { en: 'Credit', 'zh-CN': '贷方' },
  'report.title': { en: 'Customer balances as of {asOf}', 'zh-CN': '客户余额（截至 {asOf}）' },
  'report.invoices': { en: 'Invoices', 'zh-CN': '账单' },
  'report.problems': { en: 'Problems ({count})', 'zh-CN': '问题（{count} 条）' },
  'report.noProblems': { en: 'No problems found.', 'zh-CN': '未发现问题。' },
  'report.total': { en: 'Total {currency}', 'zh-CN': '合计 {currency}' },
  'statement.title': {
    en: 'Statement of account — {name} ({id}), {from} to {to}',
    'zh-CN': '对账单 — {name}（{id}），{from} 至 {to}',
  },
  'statement.opening': { en: 'Opening balance', 'zh-CN': '期初余额' },
  'statement.closing': { en: 'Closing balance', 'zh-CN': '期末余额' },
  'statement.inWords': { en: 'In words', 'zh-CN': '大写' },
  'sample.written': {
    en: 'Wrote the sample book ({files}) to {path}. Try: customer-ledger report --data {path} --as-of 2026-11-20',
    'zh-CN': '已将示例账本（{files}）写入 {path}。试试：customer-ledger report --data {path} --as-of 2026-11-20',
  },
} satisfies Catalogue<string>;

export type CliMessageCode = keyof typeof cliMessages;

/** Renders the CLI message `code` in `lang`. */
export function cliMessage(code: CliMessageCode, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(cliMessages[code], lang, params);
}

/** An unusable-input error: the CLI prints its one line and exits non-zero. */
export class CliError extends Error {
  constructor(
    readonly code: CliMessageCode,
    readonly params: MessageParams = {},
    readonly exitCode = 2,
  ) {
    super(code);
  }
}
