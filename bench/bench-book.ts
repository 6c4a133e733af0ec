// A large deterministic book for the benchmark: N customers, single-line invoices and payments, as CSV tables.
import { randomSeeded, sampleDateAdd } from '../src/local/sample/sample-random';

export interface BenchSize {
  readonly customers: number;
  readonly invoices: number;
  readonly payments: number;
}

export type BenchTables = Record<'Settings' | 'Customers' | 'Sales' | 'Invoices' | 'Payments', (string | number)[][]>;

/** Minor units as typed decimal text (123456 → "1234.56"). */
function typed(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/**
 * The tables of a book of `size`: invoices spread over 2025-01-01 … 2026-11-20; payments mostly settle
 * an invoice (by Invoice No, by a reference naming it, or by exact amount), the rest are partial or
 * on-account payments matched oldest-first.
 */
export function benchBookTables(size: BenchSize, seed = 42): BenchTables {
  const random = randomSeeded(seed);
  const customers: (string | number)[][] = [['Customer ID', 'Name', 'Payment Terms', 'Credit Limit', 'Currency']];
  for (let c = 1; c <= size.customers; c += 1) {
    customers.push([`C${String(c).padStart(5, '0')}`, `客户 ${c} Customer ${c} Co., Ltd.`, random.pick([15, 30, 45, 60]), random.int(1, 50) * 10000, 'CNY']);
  }
  const sales: (string | number)[][] = [['Date', 'Customer ID', 'Description', 'Quantity', 'Unit Price', 'Tax Rate', 'Amount', 'Invoice No']];
  const invoices: (string | number)[][] = [['Invoice No', 'Customer ID', 'Issue Date', 'Due Date', 'Status']];
  const invoiceFacts: { no: string; customer: string; date: string; total: number }[] = [];
  for (let i = 1; i <= size.invoices; i += 1) {
    const customer = `C${String(random.int(1, size.customers)).padStart(5, '0')}`;
    const date = sampleDateAdd('2025-01-01', Math.floor(((i - 1) / size.invoices) * 688));
    const quantity = random.int(1, 20);
    const price = random.int(100, 500000);
    const total = Math.floor((quantity * price * 113 + 50) / 100);
    const no = `INV-${String(i).padStart(7, '0')}`;
    sales.push([date, customer, 'Goods 货品', quantity, typed(price), '13%', typed(total), no]);
    invoices.push([no, customer, date, '', 'Issued']);
    invoiceFacts.push({ no, customer, date, total });
  }
  const payments: (string | number)[][] = [['Payment ID', 'Date', 'Customer ID', 'Amount', 'Method', 'Reference', 'Invoice No']];
  for (let p = 1; p <= size.payments; p += 1) {
    const invoice = invoiceFacts[Math.min(invoiceFacts.length - 1, Math.floor(((p - 1) / size.payments) * invoiceFacts.length))];
    if (!invoice) break;
    const date = sampleDateAdd(invoice.date, random.int(5, 90));
    const style = random.next();
    const id = `P${String(p).padStart(7, '0')}`;
    const amount = style < 0.8 ? invoice.total : Math.max(1, Math.floor(invoice.total * random.next()));
    const reference = style < 0.3 ? `货款 ${invoice.no}` : '';
    const invoiceNo = style >= 0.3 && style < 0.6 ? invoice.no : '';
    payments.push([id, date > '2026-11-20' ? '2026-11-20' : date, invoice.customer, typed(amount), '银行转账', reference, invoiceNo]);
  }
  const settings = [['Setting', 'Value'], ['Currency', 'CNY'], ['Payment Terms', 30], ['Tax Rate', '13%']];
  return { Settings: settings, Customers: customers, Sales: sales, Invoices: invoices, Payments: payments };
}
