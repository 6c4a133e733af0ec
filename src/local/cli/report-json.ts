// The `report --json` document: balances with standard aging, invoices, allocations and problems, amounts as text.
import type { Book } from '../../core/book-types';
import { moneyToDecimalString } from '../../core/money';
import { problemMessage, type Problem } from '../../core/problems';
import { AGING_STANDARD } from '../../core/reports/aging-buckets';
import { customerBalanceReport } from '../../core/reports/customer-balance';
import { invoiceStatusReport, type InvoiceStatusRow } from '../../core/reports/invoice-status';
import type { Allocation, CurrencyCode, IsoDate, Lang, Minor } from '../../core/types';

export interface ReportJson {
  readonly asOf: string;
  readonly customers: readonly {
    readonly id: string; readonly name: string; readonly currency: string;
    readonly invoiced: string; readonly debits: string; readonly received: string; readonly credits: string;
    readonly balance: string; readonly unapplied: string;
    readonly aging: { readonly notDue: string; readonly d1_30: string; readonly d31_60: string; readonly d61_90: string; readonly d90plus: string };
  }[];
  readonly invoices: readonly {
    readonly invoiceNo: string; readonly customerId: string; readonly total: string; readonly paid: string;
    readonly balance: string; readonly status: string;
  }[];
  readonly allocations: readonly { readonly source: string; readonly invoiceNo: string; readonly amount: string; readonly date: string; readonly rule: string }[];
  readonly problems: readonly { readonly tab: string; readonly row: number; readonly code: string; readonly message: string }[];
}

type Row<K extends keyof ReportJson> = ReportJson[K][number];

const text = (amount: Minor, currency: CurrencyCode): string => moneyToDecimalString(amount, currency);

/** The JSON row of an invoice status row. */
function invoiceJson(row: InvoiceStatusRow): Row<'invoices'> {
  return {
    invoiceNo: row.invoiceNo, customerId: row.customerId, total: text(row.total, row.currency),
    paid: text(row.paid, row.currency), balance: text(row.balance, row.currency), status: row.status,
  };
}

/** The JSON row of an allocation, in the currency of what it pays. */
function allocationJson(book: Book, a: Allocation): Row<'allocations'> {
  const currency = book.itemByKey.get(a.invoiceNo)?.currency ?? book.sourceByKey.get(a.source)?.currency ?? book.settings.currency;
  return { source: a.source, invoiceNo: a.invoiceNo, amount: text(a.amount, currency), date: a.date, rule: a.rule };
}

/** Every customer's balances, with aging in the five standard buckets whatever Settings says. */
function customersJson(book: Book, asOf: IsoDate): Row<'customers'>[] {
  return customerBalanceReport(book, asOf, { buckets: AGING_STANDARD }).rows.map((row) => {
    const bucket = (i: number): string => text(row.buckets[i] ?? (0 as Minor), row.currency);
    return {
      id: row.customerId, name: row.name, currency: row.currency,
      invoiced: text(row.invoiced, row.currency), debits: text(row.debits, row.currency),
      received: text(row.received, row.currency), credits: text(row.credits, row.currency),
      balance: text(row.balance, row.currency), unapplied: text(row.unapplied, row.currency),
      aging: { notDue: bucket(0), d1_30: bucket(1), d31_60: bucket(2), d61_90: bucket(3), d90plus: bucket(4) },
    };
  });
}

function problemsJson(problems: readonly Problem[], lang: Lang): Row<'problems'>[] {
  return problems.map((p) => ({ tab: p.tab, row: p.row, code: p.code, message: problemMessage(p, lang) }));
}

/** The report as of `asOf` as one object (for tests and indented output). */
export function reportJsonBuild(book: Book, asOf: IsoDate, problems: readonly Problem[], lang: Lang): ReportJson {
  return {
    asOf,
    customers: customersJson(book, asOf),
    invoices: invoiceStatusReport(book, asOf).map(invoiceJson),
    allocations: book.allocations.filter((a) => a.date <= asOf).map((a) => allocationJson(book, a)),
    problems: problemsJson(problems, lang),
  };
}

/** Rows per JSON chunk when streaming: small enough to die young, large enough to write few times. */
const chunkRows = 2000;

/** Writes `rows` as the elements of a JSON array (without brackets), mapped and stringified a chunk at a time. */
function arrayChunksWrite<T, R>(rows: readonly T[], map: (row: T) => R, write: (text: string) => void): void {
  for (let start = 0; start < rows.length; start += chunkRows) {
    const chunk = JSON.stringify(rows.slice(start, start + chunkRows).map(map));
    write(`${start > 0 ? ',' : ''}${chunk.slice(1, -1)}`);
  }
}

/**
 * The same document as JSON.stringify(reportJsonBuild(…)), written compactly in chunks: the rows of a big
 * book (100,000 invoices) are never all held as objects, nor the whole text as one string.
 */
export function reportJsonWrite(book: Book, asOf: IsoDate, problems: readonly Problem[], lang: Lang, write: (text: string) => void): void {
  write(`{"asOf":${JSON.stringify(asOf)},"customers":${JSON.stringify(customersJson(book, asOf))},"invoices":[`);
  arrayChunksWrite(invoiceStatusReport(book, asOf), invoiceJson, write);
  write('],"allocations":[');
  arrayChunksWrite(book.allocations.filter((a) => a.date <= asOf), (a) => allocationJson(book, a), write);
  write(`],"problems":${JSON.stringify(problemsJson(problems, lang))}}\n`);
}

