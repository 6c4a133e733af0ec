// Shared steps of the formula tests: write the engine's allocations as Reconcile would, and the engine's figures.
import { bookBuild } from '../../../src/core/book';
import type { Book } from '../../../src/core/book-types';
import { moneyToDecimalString } from '../../../src/core/money';
import { customerBalanceReport } from '../../../src/core/reports/customer-balance';
import { invoiceStatusReport, INVOICE_PAYMENT_STATUS_LABELS } from '../../../src/core/reports/invoice-status';
import { allocatedAsOf } from '../../../src/core/reports/as-of';
import type { IsoDate, Lang, TabName } from '../../../src/core/types';
import { ledgerTabFromName } from '../../../src/gas/metadata-tabs';
import { bookRead } from '../../../src/sheets/book-read';
import { schemaHeaders, allocationsSchema } from '../../../src/sheets/schemas';
import { dateAtZoneMidnight } from '../../../src/local/workbench/seed';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ZONE = 'Asia/Shanghai';

/** The book the engine builds from the spreadsheet's input tabs as they are now. */
export function bookOfSpreadsheet(spreadsheet: Spreadsheet, lang: Lang): Book {
  const tables: Partial<Record<TabName, unknown[][]>> = {};
  for (const sheet of spreadsheet.getSheets()) {
    const tab = ledgerTabFromName(sheet.getName());
    if (tab && tab !== 'Reconciliation' && tab !== 'Statement' && tab !== 'AuditLog' && !tables[tab]) tables[tab] = sheet.getDataRange().getValues();
  }
  return bookBuild(bookRead(tables, { lang }).input);
}

/** Writes the engine's allocations into the Allocations tab (header + one row each), as Reconcile now does. */
export function allocationsWrite(spreadsheet: Spreadsheet, book: Book, lang: Lang): void {
  const sheet = spreadsheet.getSheets().find((s) => ledgerTabFromName(s.getName()) === 'Allocations')!;
  const rows: unknown[][] = [schemaHeaders(allocationsSchema, lang)];
  for (const allocation of book.allocations) {
    const currency = book.sourceByKey.get(allocation.source)?.currency ?? book.settings.currency;
    rows.push([
      allocation.source, allocation.invoiceNo, Number(moneyToDecimalString(allocation.amount, currency)),
      dateAtZoneMidnight(allocation.date, ZONE), allocation.rule, '', '',
    ]);
  }
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
}

const major = (amount: number, currency: string) => Number(moneyToDecimalString(amount as never, currency));

/** Every figure of the Reconciliation tab per customer, as the engine computes it as of `asOf`. */
export function engineReconciliation(book: Book, asOf: IsoDate): Map<string, number[]> {
  const report = customerBalanceReport(book, asOf);
  return new Map(report.rows.map((row) => [row.customerId, [
    row.invoiced, row.debits, row.received, row.credits, row.balance, row.unapplied, ...row.buckets,
  ].map((amount) => major(amount, row.currency))]));
}

/** Each invoice's Total, Paid, Balance and Payment Status label as of `asOf`, by sheet row. */
export function engineInvoices(book: Book, asOf: IsoDate, lang: Lang): Map<string, (number | string)[]> {
  return new Map(invoiceStatusReport(book, asOf).map((row) => [row.invoiceNo, [
    major(row.total, row.currency), major(row.paid, row.currency), major(row.balance, row.currency), INVOICE_PAYMENT_STATUS_LABELS[row.status][lang],
  ]]));
}

/** Each payment's Applied and Unapplied as of `asOf`, by payment key. */
export function enginePayments(book: Book, asOf: IsoDate): Map<string, number[]> {
  const allocated = allocatedAsOf(book, asOf);
  const out = new Map<string, number[]>();
  book.sources.forEach((source, index) => {
    if (source.kind !== 'payment') return;
    out.set(source.key, [major(allocated.fromSource[index]!, source.currency), major(source.amount - allocated.fromSource[index]!, source.currency)]);
  });
  return out;
}
