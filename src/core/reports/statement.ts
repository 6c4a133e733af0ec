// Customer statement (对账单): balance-forward or open-item rows for one customer and period, amount in words.
import type { Book, LedgerItem, LedgerSource } from '../book-types';
import { dateAddDays } from '../dates';
import type { MessageText } from '../i18n';
import { minor } from '../money';
import { amountInChineseCapitals, amountInEnglishWords } from '../money-words';
import type { CurrencyCode, CustomerId, IsoDate, Minor } from '../types';
import { allocatedAsOf, itemOpenAmount, sourceUnapplied } from './as-of';

/**
 * 'balance-forward': the balance as of the day before `from`, then every document dated in [from, to] in
 * event order with a running balance. 'open-item': opening balance 0, then every item still open as of
 * `to` (debit = its open amount, oldest due first), then every credit still unapplied as of `to`
 * (credit = its unapplied amount, by date); `from` only labels the period. Both close at Balance(to).
 */
export type StatementLayout = 'balance-forward' | 'open-item';

export interface StatementSpec {
  readonly customerId: CustomerId;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly layout: StatementLayout;
}

export type StatementRowKind = 'invoice' | 'debit' | 'payment' | 'credit-note' | 'write-off';

export const STATEMENT_KIND_LABELS: { readonly [K in StatementRowKind]: MessageText } = {
  invoice: { en: 'Invoice', 'zh-CN': '账单' },
  debit: { en: 'Debit', 'zh-CN': '借项' },
  payment: { en: 'Payment', 'zh-CN': '收款' },
  'credit-note': { en: 'Credit note', 'zh-CN': '贷项' },
  'write-off': { en: 'Write-off', 'zh-CN': '坏账核销' },
};

export interface StatementRow {
  readonly date: IsoDate;
  readonly kind: StatementRowKind;
  readonly documentNo: string;
  /** The document's own text (line descriptions, method and reference, adjustment reason). */
  readonly description: string;
  /** Due date of invoices and debits; null for credits. */
  readonly dueDate: IsoDate | null;
  readonly debit: Minor;
  readonly credit: Minor;
  readonly balance: Minor;
}

export interface StatementReport {
  readonly customerId: CustomerId;
  readonly customerName: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly layout: StatementLayout;
  readonly currency: CurrencyCode;
  readonly openingBalance: Minor;
  readonly rows: readonly StatementRow[];
  readonly totalDebit: Minor;
  readonly totalCredit: Minor;
  readonly closingBalance: Minor;
  /** The closing balance in Chinese capitals: "人民币壹仟贰佰元整". */
  readonly closingInWords: string;
  readonly closingInEnglish: string;
}

/** The statement row kind of a ledger source. */
function sourceKind(source: LedgerSource): StatementRowKind {
  if (source.kind === 'payment') return 'payment';
  return source.adjustmentType === 'WriteOff' ? 'write-off' : 'credit-note';
}

type Entry = { date: IsoDate; kind: StatementRowKind; documentNo: string; description: string; dueDate: IsoDate | null; debit: number; credit: number };

/** Up to three Sales line descriptions of each invoice of one customer ("A; B; C; …"). */
function invoiceDescriptions(book: Book, customerId: CustomerId): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const line of book.sales) {
    if (line.customerId !== customerId || line.invoiceNo === null || line.description === '') continue;
    const list = lists.get(line.invoiceNo) ?? [];
    list.push(line.description);
    lists.set(line.invoiceNo, list);
  }
  const out = new Map<string, string>();
  for (const [invoiceNo, list] of lists) out.set(invoiceNo, list.length > 3 ? `${list.slice(0, 3).join('; ')}; …` : list.join('; '));
  return out;
}

const itemEntry = (item: LedgerItem, debit: number, descriptions: ReadonlyMap<string, string>): Entry => ({
  date: item.issueDate,
  kind: item.kind,
  documentNo: item.key,
  description: item.kind === 'invoice' ? descriptions.get(item.key) ?? '' : item.description,
  dueDate: item.dueDate,
  debit,
  credit: 0,
});

const sourceEntry = (source: LedgerSource, credit: number): Entry => ({
  date: source.date,
  kind: sourceKind(source),
  documentNo: source.key,
  description: source.description,
  dueDate: null,
  debit: 0,
  credit,
});

/** Balance-forward entries: documents dated in [from, to], items before sources on a date, sheet order. */
function balanceForwardEntries(items: readonly LedgerItem[], sources: readonly LedgerSource[], spec: StatementSpec, descriptions: ReadonlyMap<string, string>): Entry[] {
  const inPeriod = (date: IsoDate) => date >= spec.from && date <= spec.to;
  const entries: Array<Entry & { rank: number }> = [
    ...items.filter((i) => inPeriod(i.issueDate)).map((i, n) => ({ ...itemEntry(i, i.amount, descriptions), rank: n })),
    ...sources.filter((s) => inPeriod(s.date)).map((s, n) => ({ ...sourceEntry(s, s.amount), rank: 1e9 + n })),
  ];
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank));
}

/** Open-item entries as of `to`: open items oldest due first, then unapplied credits by date. */
function openItemEntries(book: Book, customerId: CustomerId, to: IsoDate, descriptions: ReadonlyMap<string, string>): Entry[] {
  const allocated = allocatedAsOf(book, to);
  const open: Entry[] = [];
  book.items.forEach((item, index) => {
    if (item.customerId !== customerId || item.issueDate > to) return;
    const amount = itemOpenAmount(book, index, allocated);
    if (amount !== 0) open.push(itemEntry(item, amount, descriptions));
  });
  open.sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0));
  const credits: Entry[] = [];
  book.sources.forEach((source, index) => {
    if (source.customerId !== customerId || source.date > to) return;
    const amount = sourceUnapplied(book, index, allocated);
    if (amount !== 0) credits.push(sourceEntry(source, amount));
  });
  return open.concat(credits);
}

/** Balance(date) of one customer's documents: items issued minus sources received on or before it. */
function balanceAsOf(items: readonly LedgerItem[], sources: readonly LedgerSource[], date: IsoDate): number {
  let balance = 0;
  for (const item of items) if (item.issueDate <= date) balance += item.amount;
  for (const source of sources) if (source.date <= date) balance -= source.amount;
  return balance;
}

/** The statement of one customer, or null when the customer is not in the book. */
export function statementReport(book: Book, spec: StatementSpec): StatementReport | null {
  const customer = book.customerById.get(spec.customerId);
  if (!customer) return null;
  const items = book.items.filter((i) => i.customerId === spec.customerId);
  const sources = book.sources.filter((s) => s.customerId === spec.customerId);
  const opening = spec.layout === 'balance-forward' ? balanceAsOf(items, sources, dateAddDays(spec.from, -1)) : 0;
  const descriptions = invoiceDescriptions(book, spec.customerId);
  const entries =
    spec.layout === 'balance-forward'
      ? balanceForwardEntries(items, sources, spec, descriptions)
      : openItemEntries(book, spec.customerId, spec.to, descriptions);
  let balance = opening;
  let totalDebit = 0;
  let totalCredit = 0;
  const rows = entries.map((entry) => {
    balance += entry.debit - entry.credit;
    totalDebit += entry.debit;
    totalCredit += entry.credit;
    return { ...entry, debit: minor(entry.debit), credit: minor(entry.credit), balance: minor(balance) };
  });
  const closing = minor(balance);
  return {
    customerId: customer.id,
    customerName: customer.name,
    from: spec.from,
    to: spec.to,
    layout: spec.layout,
    currency: customer.currency,
    openingBalance: minor(opening),
    rows,
    totalDebit: minor(totalDebit),
    totalCredit: minor(totalCredit),
    closingBalance: closing,
    closingInWords: amountInChineseCapitals(closing, customer.currency),
    closingInEnglish: amountInEnglishWords(closing, customer.currency),
  };
}
