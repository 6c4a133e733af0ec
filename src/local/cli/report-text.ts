// The readable `report`: customer balances with aging per currency, open invoices, then the problems.
import type { Book } from '../../core/book-types';
import { messageFormat } from '../../core/i18n';
import { moneyToDecimalString } from '../../core/money';
import { problemMessage, type Problem } from '../../core/problems';
import { customerBalanceReport, type CustomerBalanceRow } from '../../core/reports/customer-balance';
import { INVOICE_PAYMENT_STATUS_LABELS, invoiceStatusReport } from '../../core/reports/invoice-status';
import type { CurrencyCode, IsoDate, Lang, Minor } from '../../core/types';
import { cliMessage, type CliMessageCode } from './cli-messages';
import { textTable, type TextColumn } from './text-table';

/** "1,234,567.50" (grouped, the currency's precision). */
export function amountText(amount: number, currency: CurrencyCode): string {
  const [whole = '', fraction] = moneyToDecimalString(amount as Minor, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function customerLines(rows: readonly CustomerBalanceRow[], bucketLabels: readonly string[], lang: Lang): string[] {
  const m = (code: CliMessageCode): string => cliMessage(code, lang);
  const columns: TextColumn[] = [
    { header: m('col.id'), align: 'left' }, { header: m('col.name'), align: 'left', max: 34 },
    { header: m('col.currency'), align: 'left' }, { header: m('col.invoiced'), align: 'right' },
    { header: m('col.debits'), align: 'right' }, { header: m('col.received'), align: 'right' },
    { header: m('col.credits'), align: 'right' }, { header: m('col.balance'), align: 'right' },
    { header: m('col.unapplied'), align: 'right' }, ...bucketLabels.map((header): TextColumn => ({ header, align: 'right' })),
  ];
  const body = rows.map((r) => [
    r.customerId, r.name, r.currency, ...[r.invoiced, r.debits, r.received, r.credits, r.balance, r.unapplied, ...r.buckets].map((a) => amountText(a, r.currency)),
  ]);
  const currencies = [...new Set(rows.map((r) => r.currency))];
  const totals = currencies.map((currency) => {
    const of = rows.filter((r) => r.currency === currency);
    const sum = (pick: (r: CustomerBalanceRow) => number): string => amountText(of.reduce((n, r) => n + pick(r), 0), currency);
    return [
      '', cliMessage('report.total', lang, { currency }), currency,
      sum((r) => r.invoiced), sum((r) => r.debits), sum((r) => r.received), sum((r) => r.credits), sum((r) => r.balance),
      sum((r) => r.unapplied), ...bucketLabels.map((_, i) => sum((r) => r.buckets[i] ?? 0)),
    ];
  });
  return textTable(columns, [...body, ...totals]);
}

function invoiceLines(book: Book, asOf: IsoDate, lang: Lang): string[] {
  const m = (code: CliMessageCode): string => cliMessage(code, lang);
  const open = invoiceStatusReport(book, asOf).filter((r) => r.balance !== 0 && r.status !== 'Draft' && r.status !== 'Void');
  if (open.length === 0) return [m('report.noOpenInvoices')];
  const columns: TextColumn[] = [
    { header: m('col.invoiceNo'), align: 'left' }, { header: m('col.customerId'), align: 'left' }, { header: m('col.dueDate'), align: 'left' },
    { header: m('col.currency'), align: 'left' }, { header: m('col.total'), align: 'right' }, { header: m('col.paid'), align: 'right' },
    { header: m('col.balance'), align: 'right' }, { header: m('col.status'), align: 'left' },
  ];
  const rows = open.map((r) => [
    r.invoiceNo, r.customerId, r.dueDate, r.currency, amountText(r.total, r.currency), amountText(r.paid, r.currency),
    amountText(r.balance, r.currency), messageFormat(INVOICE_PAYMENT_STATUS_LABELS[r.status], lang),
  ]);
  return [cliMessage('report.openInvoices', lang, { count: open.length }), ...textTable(columns, rows)];
}

/** The report as text lines in `lang`, aged by the Settings buckets. */
export function reportText(book: Book, asOf: IsoDate, problems: readonly Problem[], lang: Lang): string {
  const balances = customerBalanceReport(book, asOf);
  const labels = balances.buckets.map((b) => messageFormat(b.label, lang));
  const lines = [
    cliMessage('report.title', lang, { asOf }), '',
    ...customerLines(balances.rows, labels, lang), '',
    ...invoiceLines(book, asOf, lang), '',
    problems.length === 0 ? cliMessage('report.noProblems', lang) : cliMessage('report.problems', lang, { count: problems.length }),
    ...problems.map((p) => `  ${p.severity === 'error' ? '✗' : '!'} ${problemMessage(p, lang)}`),
  ];
  return `${lines.join('\n')}\n`;
}
