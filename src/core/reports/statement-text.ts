// Plain-text rendering of a statement in either language (CLI output, mail body, golden tests).
import { messageFormat, type MessageText } from '../i18n';
import { minor, moneyFormat } from '../money';
import type { Lang } from '../types';
import { STATEMENT_KIND_LABELS, type StatementReport } from './statement';

const TEXT = {
  title: { en: 'Statement of account — {name} ({id})', 'zh-CN': '对账单 — {name}（{id}）' },
  period: { en: 'Period {from} to {to} · Currency {currency}', 'zh-CN': '期间 {from} 至 {to} · 币种 {currency}' },
  layoutBalanceForward: { en: 'Balance forward', 'zh-CN': '余额结转' },
  layoutOpenItem: { en: 'Open items as of {to}', 'zh-CN': '截至 {to} 的未清项' },
  header: { en: 'Date | Document | Description | Debit | Credit | Balance', 'zh-CN': '日期 | 单据 | 摘要 | 借方 | 贷方 | 余额' },
  opening: { en: 'Opening balance', 'zh-CN': '期初余额' },
  totals: { en: 'Totals', 'zh-CN': '合计' },
  closing: { en: 'Closing balance', 'zh-CN': '期末余额' },
  inWords: { en: 'Amount in words', 'zh-CN': '大写金额' },
} satisfies Record<string, MessageText>;

/** The statement as lines of text; amounts use the symbol style of moneyFormat, blank for zero. */
export function statementText(report: StatementReport, lang: Lang): string {
  const money = (amount: number) => moneyFormat(minor(amount), report.currency, lang);
  const blankZero = (amount: number) => (amount === 0 ? '' : money(amount));
  const t = (text: MessageText, params = {}) => messageFormat(text, lang, params);
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const lines = [
    t(TEXT.title, { name: report.customerName, id: report.customerId }),
    t(TEXT.period, { from: report.from, to: report.to, currency: report.currency }),
    report.layout === 'balance-forward' ? t(TEXT.layoutBalanceForward) : t(TEXT.layoutOpenItem, { to: report.to }),
    t(TEXT.header),
    ` |  | ${t(TEXT.opening)} |  |  | ${money(report.openingBalance)}`,
  ];
  for (const row of report.rows) {
    const label = t(STATEMENT_KIND_LABELS[row.kind]);
    const description = row.description === '' ? label : `${label}${colon}${row.description}`;
    lines.push(`${row.date} | ${row.documentNo} | ${description} | ${blankZero(row.debit)} | ${blankZero(row.credit)} | ${money(row.balance)}`);
  }
  lines.push(` |  | ${t(TEXT.totals)} | ${money(report.totalDebit)} | ${money(report.totalCredit)} | `);
  lines.push(`${t(TEXT.closing)}${colon}${money(report.closingBalance)}`);
  lines.push(`${t(TEXT.inWords)}${colon}${lang === 'zh-CN' ? report.closingInWords : report.closingInEnglish}`);
  return `${lines.join('\n')}\n`;
}
