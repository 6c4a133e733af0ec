// Book steps: invoices (duplicates, customers, due dates) and their totals from Sales lines.
import type { BookCustomer, BookInvoice } from './book-types';
import { dateFromDayNumber, dayNumbers } from './dates';
import { saleLineAmount } from './decimal';
import { minor, moneyToDecimalString } from './money';
import { problemMake, type Problem } from './problems';
import type { CustomerId, Invoice, IsoDate, Minor, SaleLine } from './types';

/** An invoice while the book is built: its total and line count grow as Sales lines are checked. */
export type InvoiceResolved = { -readonly [K in keyof BookInvoice]: BookInvoice[K] };

/** The dates of day numbers, each made once: a book's due dates fall on a few hundred distinct days. */
function datesOfDays(): (day: number) => IsoDate {
  const cache = new Map<number, IsoDate>();
  return (day) => {
    let date = cache.get(day);
    if (date === undefined) cache.set(day, (date = dateFromDayNumber(day)));
    return date;
  };
}

/** Valid invoices by number: unique, of a known customer, due date = issue + terms when blank; total 0 so far. */
export function invoicesResolve(invoices: readonly Invoice[], customers: ReadonlyMap<CustomerId, BookCustomer>, problems: Problem[]): Map<string, InvoiceResolved> {
  const byNo = new Map<string, InvoiceResolved>();
  const dateOf = datesOfDays();
  const dayOf = dayNumbers();
  for (const invoice of invoices) {
    const row = invoice.source.row;
    const first = byNo.get(invoice.invoiceNo);
    if (first) {
      problems.push(problemMake('Invoices', row, 'duplicate-invoice', { value: invoice.invoiceNo, params: { firstRow: first.source.row } }));
      continue;
    }
    const customer = customers.get(invoice.customerId);
    if (!customer) {
      problems.push(problemMake('Invoices', row, 'unknown-customer', { value: invoice.customerId }));
      continue;
    }
    const issueDay = dayOf(invoice.issueDate);
    // A due date from the terms is issue day + terms days: found by its day number, with no date arithmetic.
    const dueDay = invoice.dueDate === null ? issueDay + customer.termsDays : dayOf(invoice.dueDate);
    const dueDate = invoice.dueDate ?? dateOf(dueDay);
    if (dueDay < issueDay) {
      problems.push(problemMake('Invoices', row, 'due-before-issue', { value: dueDate, params: { issueDate: invoice.issueDate } }));
    }
    byNo.set(invoice.invoiceNo, {
      invoiceNo: invoice.invoiceNo,
      customerId: invoice.customerId,
      issueDate: invoice.issueDate,
      dueDate,
      status: invoice.status,
      source: invoice.source,
      currency: customer.currency,
      total: 0 as Minor,
      lineCount: 0,
      key: invoice.invoiceNo,
      kind: 'invoice',
      issueDay,
      dueDay,
      amount: 0 as Minor,
      description: '',
      order: invoice.source.row,
    });
  }
  return byNo;
}

/**
 * Sales lines whose customer exists and whose invoice (if any) exists and belongs to that customer; each
 * kept billed line is added to its invoice's total.
 */
export function salesCheck(
  sales: readonly SaleLine[],
  customers: ReadonlyMap<CustomerId, BookCustomer>,
  invoices: ReadonlyMap<string, InvoiceResolved>,
  problems: Problem[],
): SaleLine[] {
  const kept: SaleLine[] = [];
  const invoiceOf = invoiceFinder(invoices);
  for (const line of sales) {
    const row = line.source.row;
    const customer = customers.get(line.customerId);
    if (!customer) {
      problems.push(problemMake('Sales', row, 'unknown-customer', { value: line.customerId }));
      continue;
    }
    const invoice = line.invoiceNo === null ? undefined : invoiceOf(line.invoiceNo);
    if (line.invoiceNo !== null && !invoice) {
      problems.push(problemMake('Sales', row, 'unknown-invoice', { value: line.invoiceNo }));
      continue;
    }
    if (invoice && invoice.customerId !== line.customerId) {
      problems.push(problemMake('Sales', row, 'invoice-customer-mismatch', { value: invoice.invoiceNo, params: { invoiceCustomer: invoice.customerId, customer: line.customerId } }));
      continue;
    }
    if (line.unitPrice !== null) saleAmountCheck(line, customer.currency, problems);
    if (invoice) {
      invoice.total = minor(invoice.total + line.amount);
      invoice.amount = invoice.total;
      invoice.lineCount += 1;
    }
    kept.push(line);
  }
  return kept;
}

/**
 * invoices.get for Sales lines, which usually follow the Invoices tab's order: the invoice of the line before
 * and the one after it are tried first, so most lines need no lookup in a map of every invoice.
 */
function invoiceFinder(invoices: ReadonlyMap<string, InvoiceResolved>): (invoiceNo: string) => InvoiceResolved | undefined {
  const list = [...invoices.values()];
  let next = 0;
  return (invoiceNo) => {
    const guess = list[next];
    if (guess !== undefined && guess.invoiceNo === invoiceNo) {
      next += 1;
      return guess;
    }
    const previous = list[next - 1];
    if (previous !== undefined && previous.invoiceNo === invoiceNo) return previous;
    const found = invoices.get(invoiceNo);
    if (found !== undefined && list[next + 1] === found) next += 2;
    return found;
  };
}

/** Warns when a given Amount differs from Quantity × Unit Price × (1 + Tax Rate). */
function saleAmountCheck(line: SaleLine, currency: string, problems: Problem[]): void {
  const expected = saleLineAmount(line.quantity, line.unitPrice!, line.taxRate);
  if (expected === line.amount) return;
  const value = moneyToDecimalString(line.amount, currency);
  problems.push(problemMake('Sales', line.source.row, 'amount-mismatch', { column: 'Amount', value, params: { expected: moneyToDecimalString(expected, currency) } }));
}

/** The invoices with their totals; Issued invoices without lines or below zero are reported (kept). */
export function invoicesTotal(invoices: ReadonlyMap<string, InvoiceResolved>, problems: Problem[]): BookInvoice[] {
  const out: BookInvoice[] = [];
  for (const invoice of invoices.values()) {
    if (invoice.status === 'Issued' && invoice.lineCount === 0) {
      problems.push(problemMake('Invoices', invoice.source.row, 'invoice-without-lines', { value: invoice.invoiceNo }));
    } else if (invoice.status === 'Issued' && invoice.total < 0) {
      const total = moneyToDecimalString(invoice.total, invoice.currency);
      problems.push(problemMake('Invoices', invoice.source.row, 'negative-invoice-total', { value: invoice.invoiceNo, params: { total } }));
    }
    out.push(invoice);
  }
  return out;
}
