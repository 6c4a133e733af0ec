// The tabs the add-on would create for a book, as cells: values, and formulas with their results as of a date.
import { bookBuild } from '../../core/book';
import type { Book } from '../../core/book-types';
import { currencyDigits } from '../../core/currency';
import { decimalShift, decimalToString } from '../../core/decimal';
import { moneyToDecimalString } from '../../core/money';
import { AGING_STANDARD } from '../../core/reports/aging-buckets';
import { allocatedAsOf } from '../../core/reports/as-of';
import { customerBalanceReport } from '../../core/reports/customer-balance';
import { INVOICE_PAYMENT_STATUS_LABELS, invoiceStatusReport } from '../../core/reports/invoice-status';
import type { CurrencyCode, IsoDate, Lang, Minor } from '../../core/types';
import { AUDIT_LOG_HEADERS } from '../../gas/audit-log';
import { derivedTabTitles } from '../../gas/metadata-tabs';
import { settingsRowsDefault } from '../../gas/ledger-setup';
import { bookRead, type BookSources, type BookTables } from '../../sheets/book-read';
import { adjustmentTypeChoices, allocationRuleChoices, choiceLabel, customerStatusChoices, invoiceStatusChoices } from '../../sheets/choices';
import { FORMULA_COLUMNS, rangeName } from '../../sheets/formulas/named-ranges';
import { columnLetters } from '../../sheets/formulas/formula-dialect';
import { reconciliationHeaders, reconciliationRowFormulas, reconciliationColumns, type ReconciliationOptions } from '../../sheets/formulas/reconciliation-formulas';
import { rowFormulas } from '../../sheets/formulas/row-formulas';
import { settingKeys, tabSchemas, type TabSchema } from '../../sheets/schemas';

/** A formula (without "=") and the value it has as of the export date. */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number | string;
}

/** A calendar date cell. */
export interface DateCell {
  readonly date: IsoDate;
}

export type ExportCell = string | number | DateCell | FormulaCell | null;

export interface ExportTab {
  readonly name: string;
  /** Column formats by 1-based column: 'amount', 'date' or 'percent'. */
  readonly formats: Readonly<Record<number, 'amount' | 'date' | 'percent'>>;
  readonly rows: ExportCell[][];
}

export interface ExportBook {
  readonly tabs: ExportTab[];
  /** Named range → tab name and column letters. */
  readonly names: readonly { readonly name: string; readonly tab: string; readonly column: string }[];
  readonly digits: number;
}

export interface ExportOptions {
  /** The date TODAY() stands for in the cached results. */
  readonly today: IsoDate;
  /** Headers and status texts; default: the book's Settings language. */
  readonly lang?: Lang;
}

const AMOUNT_KEYS = new Set(['amount', 'unitPrice', 'creditLimit', 'total', 'paid', 'balance', 'applied', 'unapplied', 'open']);
const DATE_KEYS = new Set(['date', 'issueDate', 'dueDate']);

function major(amount: Minor | number, currency: CurrencyCode): number {
  return Number(moneyToDecimalString(amount as Minor, currency));
}

/** The formats of a schema tab's columns. */
function schemaFormats(schema: TabSchema): Record<number, 'amount' | 'date' | 'percent'> {
  const formats: Record<number, 'amount' | 'date' | 'percent'> = {};
  schema.columns.forEach((column, i) => {
    if (AMOUNT_KEYS.has(column.key)) formats[i + 1] = 'amount';
    else if (DATE_KEYS.has(column.key)) formats[i + 1] = 'date';
    else if (column.key === 'taxRate') formats[i + 1] = 'percent';
  });
  return formats;
}

/** Positions of a schema's columns (the export writes every column, in schema order). */
function positions(schema: TabSchema): Record<string, number> {
  return Object.fromEntries(schema.columns.map((column, i) => [column.key, i + 1]));
}

/** A schema tab's rows: header, then one row per record with derived columns as formulas. */
function schemaTab(schema: TabSchema, lang: Lang, records: readonly Record<string, ExportCell>[], derived?: (row: number, index: number) => Record<string, FormulaCell>): ExportTab {
  const rows: ExportCell[][] = [schema.columns.map((column) => column.header[lang])];
  records.forEach((record, index) => {
    const row = index + 2;
    const formulas = derived?.(row, index) ?? {};
    rows.push(schema.columns.map((column) => formulas[column.key] ?? record[column.key] ?? null));
  });
  return { name: schema.title[lang], formats: schemaFormats(schema), rows };
}

/** Allocations dated ≤ today per key, from either side (source or item). */
function allocatedByKey(book: Book, today: IsoDate): Map<string, number> {
  const sums = new Map<string, number>();
  for (const allocation of book.allocations) {
    if (allocation.date > today) continue;
    sums.set(allocation.source, (sums.get(allocation.source) ?? 0) + allocation.amount);
    sums.set(allocation.invoiceNo, (sums.get(allocation.invoiceNo) ?? 0) + allocation.amount);
  }
  return sums;
}

/** The Settings rows with the book's settings in force (the defaults' labels and order). */
function settingsRows(book: Book, lang: Lang): ExportCell[][] {
  const s = book.settings;
  const values: Record<string, ExportCell> = {
    companyName: s.companyName, currency: s.currency, termsDays: s.termsDays,
    taxRate: `${decimalToString(decimalShift(s.taxRate, 2))}%`, language: s.language,
    agingBuckets: s.agingBuckets.join(', '), invoiceNumberFormat: s.invoiceNumberFormat,
    companyAddress: s.companyAddress, companyEmail: s.companyEmail, companyPhone: s.companyPhone,
    companyTaxId: s.companyTaxId, bankDetails: s.bankDetails, statementReplyDays: s.statementReplyDays,
  };
  return settingsRowsDefault(lang).map((row, i) => [row[0] as string, values[settingKeys[i]!.key] ?? (row[1] as ExportCell)]);
}

const formula = (text: string, result: number | string): FormulaCell => ({ formula: text.replace(/^=/, ''), result });

/**
 * The book as the add-on lays it out in Sheets: the input tabs with every column (derived ones as live
 * formulas), Allocations from the engine, Reconciliation, Statement, Audit Log and Settings. Adjustment rows
 * are renumbered densely, so their keys (ADJ-/DEBIT-<row>) in Allocations are rewritten to match.
 */
export function bookExportTabs(tables: BookTables | BookSources, options: ExportOptions): ExportBook {
  const read = bookRead(tables, options.lang ? { lang: options.lang } : {});
  const book = bookBuild(read.input);
  const lang = options.lang ?? book.settings.language;
  const today = options.today;
  const digits = Math.max(...[book.settings.currency, ...book.customers.map((c) => c.currency)].map(currencyDigits));
  const formulaOptions: ReconciliationOptions = {
    lang, digits, currency: book.settings.currency,
    bounds: book.settings.agingBuckets.length > 0 ? book.settings.agingBuckets : AGING_STANDARD,
  };
  const currencyOf = new Map(book.customers.map((c) => [c.id, c.currency]));
  const ccy = (customerId: string) => currencyOf.get(customerId) ?? book.settings.currency;
  const allocated = allocatedByKey(book, today);
  const keyRenamed = new Map<string, string>();
  book.adjustments.forEach((adjustment, index) => keyRenamed.set(adjustment.key, `${adjustment.type === 'Debit' ? 'DEBIT' : 'ADJ'}-${index + 2}`));
  const renamed = (key: string) => keyRenamed.get(key) ?? key;

  const customers = schemaTab(tabSchemas.Customers, lang, book.customers.map((c) => ({
    customerId: c.id, name: c.name, contact: c.contact, email: c.email, phone: c.phone, address: c.address, taxId: c.taxId,
    termsDays: c.termsDays, creditLimit: c.creditLimit === null ? null : major(c.creditLimit, c.currency), currency: c.currency,
    status: choiceLabel(customerStatusChoices, c.status, lang), notes: c.notes,
  })));
  const sales = schemaTab(tabSchemas.Sales, lang, book.sales.map((s) => ({
    date: { date: s.date }, customerId: s.customerId, description: s.description, quantity: Number(decimalToString(s.quantity)),
    unitPrice: s.unitPrice === null ? null : Number(decimalToString(decimalShift(s.unitPrice, -currencyDigits(ccy(s.customerId))))),
    taxRate: Number(decimalToString(s.taxRate)), amount: major(s.amount, ccy(s.customerId)), invoiceNo: s.invoiceNo,
  })));
  const status = new Map(invoiceStatusReport(book, today).map((row) => [row.invoiceNo, row]));
  const invoicePositions = positions(tabSchemas.Invoices);
  const invoices = schemaTab(tabSchemas.Invoices, lang, book.invoices.map((i) => ({
    invoiceNo: i.invoiceNo, customerId: i.customerId, issueDate: { date: i.issueDate }, dueDate: { date: i.dueDate },
    status: choiceLabel(invoiceStatusChoices, i.status, lang),
  })), (row, index) => {
    const invoice = book.invoices[index]!;
    const figures = status.get(invoice.invoiceNo)!;
    const f = rowFormulas('Invoices', invoicePositions, row, formulaOptions);
    return {
      total: formula(f.total!, major(figures.total, invoice.currency)),
      paid: formula(f.paid!, major(figures.paid, invoice.currency)),
      balance: formula(f.balance!, major(figures.balance, invoice.currency)),
      paymentStatus: formula(f.paymentStatus!, INVOICE_PAYMENT_STATUS_LABELS[figures.status][lang]),
    };
  });
  const paymentPositions = positions(tabSchemas.Payments);
  const payments = schemaTab(tabSchemas.Payments, lang, book.payments.map((p) => ({
    paymentId: p.key, date: { date: p.date }, customerId: p.customerId, amount: major(p.amount, p.currency), method: p.method,
    reference: p.reference, invoiceNo: p.invoiceNo, notes: p.notes,
  })), (row, index) => {
    const payment = book.payments[index]!;
    const applied = allocated.get(payment.key) ?? 0;
    const f = rowFormulas('Payments', paymentPositions, row, formulaOptions);
    return { applied: formula(f.applied!, major(applied, payment.currency)), unapplied: formula(f.unapplied!, major(payment.amount - applied, payment.currency)) };
  });
  const adjustmentPositions = positions(tabSchemas.Adjustments);
  const adjustments = schemaTab(tabSchemas.Adjustments, lang, book.adjustments.map((a) => ({
    date: { date: a.date }, customerId: a.customerId, type: choiceLabel(adjustmentTypeChoices, a.type, lang), amount: major(a.amount, a.currency),
    invoiceNo: a.invoiceNo, reason: a.reason,
  })), (row, index) => {
    const adjustment = book.adjustments[index]!;
    const applied = allocated.get(adjustment.key) ?? 0;
    const f = rowFormulas('Adjustments', adjustmentPositions, row, formulaOptions);
    return {
      direction: formula(f.direction!, adjustment.type === 'Debit' ? 1 : -1),
      applied: formula(f.applied!, major(applied, adjustment.currency)),
      open: formula(f.open!, major(adjustment.amount - applied, adjustment.currency)),
    };
  });
  const allocations = schemaTab(tabSchemas.Allocations, lang, book.allocations.map((a) => {
    const currency = book.sourceByKey.get(a.source)?.currency ?? book.settings.currency;
    return {
      source: renamed(a.source), invoiceNo: renamed(a.invoiceNo), amount: major(a.amount, currency), date: { date: a.date },
      rule: choiceLabel(allocationRuleChoices, a.rule, lang), at: a.at ?? null, by: a.by ?? null,
    };
  }));
  const report = customerBalanceReport(book, today);
  const reconRows: ExportCell[][] = [reconciliationHeaders(formulaOptions.bounds, lang)];
  const columns = reconciliationColumns(formulaOptions.bounds);
  report.rows.forEach((row, index) => {
    const f = reconciliationRowFormulas(index + 2, formulaOptions);
    const m = (amount: Minor) => major(amount, row.currency);
    const results: Record<string, number | string> = {
      name: row.name, currency: row.currency, invoiced: m(row.invoiced), debits: m(row.debits), received: m(row.received),
      credits: m(row.credits), balance: m(row.balance), unapplied: m(row.unapplied),
      creditLimit: row.creditLimit === null ? '' : m(row.creditLimit),
      overLimit: row.overLimit ? (lang === 'zh-CN' ? '超额' : 'Over limit') : '',
    };
    row.buckets.forEach((amount, b) => (results[`bucket${b}`] = m(amount)));
    reconRows.push(columns.map((column) => (column.key === 'customerId' ? row.customerId : formula(f[column.key]!, results[column.key] ?? ''))));
  });
  const reconFormats: Record<number, 'amount'> = {};
  for (let c = 4; c < columns.length; c += 1) reconFormats[c] = 'amount';
  const tabs: ExportTab[] = [
    customers, sales, invoices, payments, adjustments, allocations,
    { name: derivedTabTitles.Reconciliation[lang], formats: reconFormats, rows: reconRows },
    { name: derivedTabTitles.Statement[lang], formats: {}, rows: [[lang === 'zh-CN' ? '客户对账单在此生成（菜单：客户对账单）。' : 'Customer statements are made here (menu: Customer statement).']] },
    { name: derivedTabTitles.AuditLog[lang], formats: {}, rows: [[...AUDIT_LOG_HEADERS[lang]]] },
    { name: tabSchemas.Settings.title[lang], formats: {}, rows: [[tabSchemas.Settings.columns[0]!.header[lang], tabSchemas.Settings.columns[1]!.header[lang]], ...settingsRows(book, lang)] },
  ];
  const tabOf = { Customers: customers, Sales: sales, Invoices: invoices, Payments: payments, Adjustments: adjustments, Allocations: allocations } as const;
  const names = FORMULA_COLUMNS.map(({ tab, key }) => ({
    name: rangeName(tab, key),
    tab: tabOf[tab as keyof typeof tabOf].name,
    column: columnLetters(tabSchemas[tab].columns.findIndex((c) => c.key === key) + 1),
  }));
  return { tabs, names, digits };
}
