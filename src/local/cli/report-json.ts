// The `report --json` document: balances with standard aging, invoices, allocations and problems, amounts as text.
import type { Book } from '../../core/book-types';
import { moneyToDecimalString } from '../../core/money';
import { problemMessage, type Problem } from '../../core/problems';
import { AGING_STANDARD } from '../../core/reports/aging-buckets';
import { customerBalanceReport } from '../../core/reports/customer-balance';
import { invoiceStatusEach, invoiceStatusReport, type InvoiceStatusRow } from '../../core/reports/invoice-status';
import type { CurrencyCode, IsoDate, Lang, Minor } from '../../core/types';

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

/** The currency of allocation k: that of the item it pays (by position, so a key used twice cannot mislead). */
function allocationCurrency(book: Book, k: number): CurrencyCode {
  return book.items[book.allocationItemIndex[k]!]?.currency ?? book.sources[book.allocationSourceIndex[k]!]?.currency ?? book.settings.currency;
}

/** The JSON row of allocation k of the book, in the currency of what it pays. */
function allocationJson(book: Book, k: number): Row<'allocations'> {
  const a = book.allocations[k]!;
  return { source: a.source, invoiceNo: a.invoiceNo, amount: text(a.amount, allocationCurrency(book, k)), date: a.date, rule: a.rule };
}

/** Positions in book.allocations of the allocations dated on or before `asOf`. */
function allocationsAsOf(book: Book, asOf: IsoDate): number[] {
  const positions: number[] = [];
  for (let k = 0; k < book.allocations.length; k += 1) if (book.allocations[k]!.date <= asOf) positions.push(k);
  return positions;
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
    allocations: allocationsAsOf(book, asOf).map((k) => allocationJson(book, k)),
    problems: problemsJson(problems, lang),
  };
}

/**
 * Characters per written chunk: large enough to write few times (~400 writes for 25 MB), small enough that
 * the row texts of a chunk die young. A chunk is encoded into a buffer of its own and written as bytes:
 * handing the stream the string made it measure, flatten and encode 25 MB of two-byte text (ids sliced from
 * a decoded CSV file are UTF-16 even when ASCII) in ~130 ms on 100k invoices; one encoding pass into a
 * buffer sized for the worst case takes ~45 ms.
 */
const chunkChars = 1 << 16;

/** UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair is 2 units for 4 bytes). */
const utf8MaxBytesPerUnit = 3;

/** Collects JSON text and hands it to `write` as UTF-8 in chunks of about chunkChars, each ending between texts. */
class JsonBytes {
  private text = '';

  constructor(private readonly write: (bytes: Uint8Array) => void) {}

  add(text: string): void {
    this.text += text;
    if (this.text.length >= chunkChars) this.flush();
  }

  flush(): void {
    if (this.text === '') return;
    // A fresh buffer per chunk: a stream to a pipe may still hold the last one after write returns.
    const bytes = Buffer.allocUnsafe(this.text.length * utf8MaxBytesPerUnit);
    const length = bytes.write(this.text, 0, 'utf8');
    this.text = '';
    this.write(bytes.subarray(0, length));
  }
}

/** Text that JSON.stringify would escape (quotes, backslashes, controls, surrogates); most ids have none. */
const jsonEscaped = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal, exactly as JSON.stringify writes it. */
function jsonString(value: string): string {
  return jsonEscaped.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** One invoice status row as JSON text (the same text as JSON.stringify(invoiceJson(row))). */
function invoiceJsonText(row: InvoiceStatusRow): string {
  const c = row.currency;
  return `{"invoiceNo":${jsonString(row.invoiceNo)},"customerId":${jsonString(row.customerId)},"total":"${text(row.total, c)}",` +
    `"paid":"${text(row.paid, c)}","balance":"${text(row.balance, c)}","status":"${row.status}"}`;
}

/**
 * Allocation k of the book as JSON text (the same text as JSON.stringify(allocationJson(book, k))), in
 * `currency` when the whole book has one. Dates (YYYY-MM-DD), rules and statuses are fixed ASCII words that
 * JSON never escapes: only the ids, which people type, are checked.
 */
function allocationJsonText(book: Book, k: number, currency: CurrencyCode | null): string {
  const a = book.allocations[k]!;
  return `{"source":${jsonString(a.source)},"invoiceNo":${jsonString(a.invoiceNo)},"amount":"${text(a.amount, currency ?? allocationCurrency(book, k))}",` +
    `"date":"${a.date}","rule":"${a.rule}"}`;
}

/** The one currency of every customer, or null when the book has several (or none). */
function bookCurrency(book: Book): CurrencyCode | null {
  const first = book.customers[0]?.currency;
  return first !== undefined && book.customers.every((c) => c.currency === first) ? first : null;
}

/**
 * The same document as JSON.stringify(reportJsonBuild(…)), written compactly as UTF-8 in chunks of bytes made
 * row by row: the rows of a big book (100,000 invoices) are never all held as objects, nor the whole text as
 * one string, and JSON.stringify's general walk is spared for rows whose shape is fixed. Every chunk ends at
 * a character boundary, so each one may be decoded on its own.
 */
export function reportJsonWrite(book: Book, asOf: IsoDate, problems: readonly Problem[], lang: Lang, write: (bytes: Uint8Array) => void): void {
  const out = new JsonBytes(write);
  out.add(`{"asOf":${JSON.stringify(asOf)},"customers":${JSON.stringify(customersJson(book, asOf))},"invoices":[`);
  let first = true;
  invoiceStatusEach(book, asOf, (row) => {
    out.add((first ? '' : ',') + invoiceJsonText(row));
    first = false;
  });
  out.add('],"allocations":[');
  const allocations = allocationsAsOf(book, asOf);
  const currency = bookCurrency(book);
  for (let i = 0; i < allocations.length; i += 1) out.add((i > 0 ? ',' : '') + allocationJsonText(book, allocations[i]!, currency));
  out.add(`],"problems":${JSON.stringify(problemsJson(problems, lang))}}\n`);
  out.flush();
}
