// The readable `statement`: an aligned table with opening and closing balance and the amount in words.
import { messageFormat } from '../../core/i18n';
import { STATEMENT_KIND_LABELS, type StatementReport } from '../../core/reports/statement';
import type { Lang } from '../../core/types';
import { cliMessage, type CliMessageCode } from './cli-messages';
import { amountText } from './report-text';
import { textTable, type TextColumn } from './text-table';

/** The statement as aligned text lines in `lang`; zero debits and credits are left blank. */
export function statementTable(report: StatementReport, lang: Lang): string {
  const m = (code: CliMessageCode): string => cliMessage(code, lang);
  const money = (amount: number): string => amountText(amount, report.currency);
  const blankZero = (amount: number): string => (amount === 0 ? '' : money(amount));
  const columns: TextColumn[] = [
    { header: m('col.date'), align: 'left' }, { header: m('col.document'), align: 'left' },
    { header: m('col.description'), align: 'left', max: 44 }, { header: m('col.debit'), align: 'right' },
    { header: m('col.credit'), align: 'right' }, { header: m('col.balance'), align: 'right' },
  ];
  const rows = [
    ['', '', m('statement.opening'), '', '', money(report.openingBalance)],
    ...report.rows.map((r) => [
      r.date, r.documentNo,
      `${messageFormat(STATEMENT_KIND_LABELS[r.kind], lang)}${r.description ? ` · ${r.description.replace(/\s+/g, ' ')}` : ''}`,
      blankZero(r.debit), blankZero(r.credit), money(r.balance),
    ]),
    ['', '', m('statement.closing'), money(report.totalDebit), money(report.totalCredit), money(report.closingBalance)],
  ];
  const title = cliMessage('statement.title', lang, { name: report.customerName, id: report.customerId, from: report.from, to: report.to });
  const words = lang === 'zh-CN' ? report.closingInWords : report.closingInEnglish;
  const lines = [`${title} · ${report.currency}`, '', ...textTable(columns, rows), '', `${m('statement.inWords')}: ${words}`];
  return `${lines.join('\n')}\n`;
}
