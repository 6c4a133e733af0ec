// Test builders: tiny constructors with partial overrides, so fixtures read like the sheets they model.
import { dateParse } from '../../src/core/dates';
import { decimalParse } from '../../src/core/decimal';
import { moneyParse } from '../../src/core/money';
import type {
  Adjustment,
  Allocation,
  BookInput,
  Customer,
  Decimal,
  Invoice,
  IsoDate,
  Minor,
  Payment,
  SaleLine,
  Settings,
  TabName,
} from '../../src/core/types';

/** A date from literal text (throws on a typo in a fixture). */
export function day(text: string): IsoDate {
  const date = dateParse(text);
  if (!date) throw new Error(`fixture: bad date ${text}`);
  return date;
}

/** Minor units from major-unit text in a 2-digit currency: yuan('1234.50') → 123450. */
export function yuan(text: string | number): Minor {
  const amount = moneyParse(String(text), 'CNY');
  if (amount === null) throw new Error(`fixture: bad amount ${text}`);
  return amount;
}

/** A decimal from literal text. */
export function dec(text: string): Decimal {
  const value = decimalParse(text);
  if (!value) throw new Error(`fixture: bad decimal ${text}`);
  return value;
}

const at = (tab: TabName, row = 0) => ({ tab, row });

export function settingsMake(over: Partial<Settings> = {}): Settings {
  return {
    currency: 'CNY',
    termsDays: 30,
    taxRate: dec('0'),
    language: 'en',
    agingBuckets: [30, 60, 90],
    companyName: 'Test Trading Co.',
    invoiceNumberFormat: 'INV-{0000}',
    companyAddress: '',
    companyEmail: '',
    companyPhone: '',
    companyTaxId: '',
    bankDetails: '',
    statementReplyDays: 7,
    ...over,
  };
}

export function customerMake(over: Partial<Customer> = {}): Customer {
  return {
    id: 'C001',
    name: 'Acme',
    contact: '',
    email: '',
    phone: '',
    address: '',
    taxId: '',
    termsDays: null,
    creditLimit: null,
    currency: null,
    status: 'Active',
    notes: '',
    source: at('Customers'),
    ...over,
  };
}

export function saleMake(over: Partial<SaleLine> = {}): SaleLine {
  return {
    date: day('2026-01-01'),
    customerId: 'C001',
    description: 'Goods',
    quantity: dec('1'),
    unitPrice: null,
    taxRate: dec('0'),
    amount: yuan('100'),
    invoiceNo: 'INV-1',
    source: at('Sales'),
    ...over,
  };
}

export function invoiceMake(over: Partial<Invoice> = {}): Invoice {
  return {
    invoiceNo: 'INV-1',
    customerId: 'C001',
    issueDate: day('2026-01-01'),
    dueDate: null,
    status: 'Issued',
    source: at('Invoices'),
    ...over,
  };
}

export function paymentMake(over: Partial<Payment> = {}): Payment {
  return {
    id: null,
    date: day('2026-01-10'),
    customerId: 'C001',
    amount: yuan('100'),
    currency: null,
    method: 'Bank',
    reference: '',
    invoiceNo: null,
    notes: '',
    source: at('Payments'),
    ...over,
  };
}

export function adjustmentMake(over: Partial<Adjustment> = {}): Adjustment {
  return {
    date: day('2026-01-15'),
    customerId: 'C001',
    type: 'CreditNote',
    amount: yuan('10'),
    invoiceNo: null,
    reason: 'Discount',
    source: at('Adjustments'),
    ...over,
  };
}

export function allocationMake(over: Partial<Allocation> = {}): Allocation {
  return {
    source: 'P00001',
    invoiceNo: 'INV-1',
    amount: yuan('10'),
    date: day('2026-01-10'),
    rule: 'manual',
    sourceRef: at('Allocations'),
    ...over,
  };
}

/** Gives every record without a row (row 0) the sheet row of its position (header is row 1). */
function rowsNumber<T extends { source: { tab: TabName; row: number } }>(records: readonly T[]): T[] {
  return records.map((record, index) =>
    record.source.row === 0 ? { ...record, source: { ...record.source, row: index + 2 } } : record,
  );
}

/** Rows of manual allocations get Allocations rows the same way. */
function allocationRowsNumber(records: readonly Allocation[]): Allocation[] {
  return records.map((record, index) =>
    !record.sourceRef || record.sourceRef.row === 0 ? { ...record, sourceRef: at('Allocations', index + 2) } : record,
  );
}

/** A whole input; one customer C001 unless customers are given; rows numbered by position. */
export function bookInputMake(over: Partial<BookInput> = {}): BookInput {
  return {
    settings: over.settings ?? settingsMake(),
    customers: rowsNumber(over.customers ?? [customerMake()]),
    sales: rowsNumber(over.sales ?? []),
    invoices: rowsNumber(over.invoices ?? []),
    payments: rowsNumber(over.payments ?? []),
    adjustments: rowsNumber(over.adjustments ?? []),
    manualAllocations: allocationRowsNumber(over.manualAllocations ?? []),
    ...(over.heldSources ? { heldSources: over.heldSources } : {}),
  };
}

/** An Issued invoice and one Sales line of `amount` for it, as a pair of records. */
export function billMake(invoiceNo: string, issueDate: string, amount: string, over: Partial<Invoice> = {}): { invoice: Invoice; sale: SaleLine } {
  const customerId = over.customerId ?? 'C001';
  return {
    invoice: invoiceMake({ invoiceNo, issueDate: day(issueDate), ...over }),
    sale: saleMake({ invoiceNo, date: day(issueDate), amount: yuan(amount), customerId }),
  };
}

/** A book input from bills (invoice + line pairs, first) and other records (invoices and sales appended). */
export function bookInputFromBills(
  bills: ReadonlyArray<{ invoice: Invoice; sale: SaleLine }>,
  over: Partial<BookInput> = {},
): BookInput {
  return bookInputMake({
    ...over,
    invoices: [...bills.map((b) => b.invoice), ...(over.invoices ?? [])],
    sales: [...bills.map((b) => b.sale), ...(over.sales ?? [])],
  });
}
