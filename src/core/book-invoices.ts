// Book steps: invoices (duplicates, customers, due dates) and their totals from Sales lines.
import type { BookCustomer, BookInvoice } from './book-types';
import { dateAddDays } from './dates';
import { saleLineAmount } from './decimal';
import { minor, moneyToDecimalString } from './money';
import { problemMake, type Problem } from './problems';
import type { CustomerId, Invoice, IsoDate, SaleLine } from './types';

/** An invoice before its total is known. */
export type InvoiceResolved = Omit<BookInvoice, 'total' | 'lineCount'>;

/** Valid invoices by number: unique, of a known customer, due date = issue + terms when blank. */
export function invoicesResolve(invoices: readonly Invoice[], customers: ReadonlyMap<CustomerId, BookCustomer>, problems: Problem[]): Map<string, InvoiceResolved> {
  const byNo = new Map<string, InvoiceResolved>();
  const dueDates = new Map<string, IsoDate>(); // few distinct (issue date, terms) pairs: compute each once
  const dueDateOf = (issueDate: IsoDate, terms: number): IsoDate => {
    const key = `${issueDate}+${terms}`;
    let due = dueDates.get(key);
    if (due === undefined) dueDates.set(key, (due = dateAddDays(issueDate, terms)));
    return due;
  };
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
    const dueDate = invoice.dueDate ?? dueDateOf(invoice.issueDate, customer.termsDays);
    if (dueDate < invoice.issueDate) {
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
    });
  }
  return byNo;
}

/** Sales lines whose customer exists and whose invoice (if any) exists and belongs to that customer. */
export function salesCheck(
  sales: readonly SaleLine[],
  customers: ReadonlyMap<CustomerId, BookCustomer>,
  invoices: ReadonlyMap<string, InvoiceResolved>,
  problems: Problem[],
): SaleLine[] {
  const kept: SaleLine[] = [];
  for (const line of sales) {
    const row = line.source.row;
    const customer = customers.get(line.customerId);
    if (!customer) {
      problems.push(problemMake('Sales', row, 'unknown-customer', { value: line.customerId }));
      continue;
    }
    if (line.invoiceNo !== null) {
      const invoice = invoices.get(line.invoiceNo);
      if (!invoice) {
        problems.push(problemMake('Sales', row, 'unknown-invoice', { value: line.invoiceNo }));
        continue;
      }
      if (invoice.customerId !== line.customerId) {
        problems.push(problemMake('Sales', row, 'invoice-customer-mismatch', { value: line.invoiceNo, params: { invoiceCustomer: invoice.customerId, customer: line.customerId } }));
        continue;
      }
    }
    if (line.unitPrice !== null) {
      const expected = saleLineAmount(line.quantity, line.unitPrice, line.taxRate);
      if (expected !== line.amount) {
        const value = moneyToDecimalString(line.amount, customer.currency);
        problems.push(problemMake('Sales', row, 'amount-mismatch', { column: 'Amount', value, params: { expected: moneyToDecimalString(expected, customer.currency) } }));
      }
    }
    kept.push(line);
  }
  return kept;
}

/** Each invoice's total is Σ of its lines; Issued invoices without lines or below zero are reported. */
export function invoicesTotal(invoices: ReadonlyMap<string, InvoiceResolved>, sales: readonly SaleLine[], problems: Problem[]): BookInvoice[] {
  const totals = new Map<string, { total: number; lines: number }>();
  for (const line of sales) {
    if (line.invoiceNo === null) continue;
    const sum = totals.get(line.invoiceNo) ?? { total: 0, lines: 0 };
    sum.total += line.amount;
    sum.lines += 1;
    totals.set(line.invoiceNo, sum);
  }
  const out: BookInvoice[] = [];
  for (const invoice of invoices.values()) {
    const sum = totals.get(invoice.invoiceNo) ?? { total: 0, lines: 0 };
    const total = minor(sum.total);
    if (invoice.status === 'Issued' && sum.lines === 0) {
      problems.push(problemMake('Invoices', invoice.source.row, 'invoice-without-lines', { value: invoice.invoiceNo }));
    } else if (invoice.status === 'Issued' && total < 0) {
      problems.push(problemMake('Invoices', invoice.source.row, 'negative-invoice-total', { value: invoice.invoiceNo, params: { total: moneyToDecimalString(total, invoice.currency) } }));
    }
    out.push({
      invoiceNo: invoice.invoiceNo,
      customerId: invoice.customerId,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      status: invoice.status,
      source: invoice.source,
      currency: invoice.currency,
      total,
      lineCount: sum.lines,
    });
  }
  return out;
}
