// The `report --json` document: balances with standard aging, invoices, allocations and problems, amounts as text.
import type { Book } from '../../core/book-types';
import { moneyToDecimalString } from '../../core/money';
import { problemMessage, type Problem } from '../../core/problems';
import { AGING_STANDARD } from '../../core/reports/aging-buckets';
import { customerBalanceReport } from '../../core/reports/customer-balance';
import { invoiceStatusReport } from '../../core/reports/invoice-status';
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

/** The report as of `asOf`: aging always in the five standard buckets, whatever Settings says. */
export function reportJsonBuild(book: Book, asOf: IsoDate, problems: readonly Problem[], lang: Lang): ReportJson {
  const text = (amount: Minor, currency: CurrencyCode): string => moneyToDecimalString(amount, currency);
  const balances = customerBalanceReport(book, asOf, { buckets: AGING_STANDARD });
  const customers = balances.rows.map((row) => {
    const bucket = (i: number): string => text(row.buckets[i] ?? (0 as Minor), row.currency);
    return {
      id: row.customerId, name: row.name, currency: row.currency,
      invoiced: text(row.invoiced, row.currency), debits: text(row.debits, row.currency),
      received: text(row.received, row.currency), credits: text(row.credits, row.currency),
      balance: text(row.balance, row.currency), unapplied: text(row.unapplied, row.currency),
      aging: { notDue: bucket(0), d1_30: bucket(1), d31_60: bucket(2), d61_90: bucket(3), d90plus: bucket(4) },
    };
  });
  const invoices = invoiceStatusReport(book, asOf).map((row) => ({
    invoiceNo: row.invoiceNo, customerId: row.customerId, total: text(row.total, row.currency),
    paid: text(row.paid, row.currency), balance: text(row.balance, row.currency), status: row.status,
  }));
  const allocations = book.allocations
    .filter((a) => a.date <= asOf)
    .map((a) => {
      const currency = book.itemByKey.get(a.invoiceNo)?.currency ?? book.sourceByKey.get(a.source)?.currency ?? book.settings.currency;
      return { source: a.source, invoiceNo: a.invoiceNo, amount: text(a.amount, currency), date: a.date, rule: a.rule };
    });
  const problemRows = problems.map((p) => ({ tab: p.tab, row: p.row, code: p.code, message: problemMessage(p, lang) }));
  return { asOf, customers, invoices, allocations, problems: problemRows };
}

