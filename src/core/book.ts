// Builds a Book from raw input: one pipeline of small pure steps (validate → resolve → total → allocate).
import { allocationRun } from './allocation';
import { manualAllocationsCheck } from './allocation-manual';
import { customersResolve } from './book-customers';
import { invoicesResolve, invoicesTotal, salesCheck } from './book-invoices';
import { ledgerItems, ledgerSources } from './book-ledger';
import { GroupedLookup, IndexedLookup } from './keyed-lookup';
import { adjustmentsResolve, invoiceLookupMake, paymentsResolve } from './book-payments';
import type { Book } from './book-types';
import { problemCompare, type Problem } from './problems';
import type { BookInput } from './types';

/**
 * The book of a workbook. Problems are collected on `book.problems` (an 'error' row is skipped, the rest
 * still loads); nothing is thrown for bad data. Cost O(n log n) in the number of rows.
 */
export function bookBuild(input: BookInput): Book {
  const problems: Problem[] = [];
  // Customers: the first row of each ID wins; currency and terms default to Settings.
  const customerById = customersResolve(input.customers, input.settings, problems);
  // Invoices: unique numbers of known customers; Due Date = Issue Date + terms when blank.
  const resolvedInvoices = invoicesResolve(input.invoices, customerById, problems);
  // Sales: known customer, known invoice of that customer; Amount checked against Quantity × Unit Price;
  // each invoice's total is the Σ of its lines.
  const sales = salesCheck(input.sales, customerById, resolvedInvoices, problems);
  const invoices = invoicesTotal(resolvedInvoices, problems);
  const invoiceLookup = invoiceLookupMake(resolvedInvoices);
  // Payments: ids assigned (P00001…), customer, currency and directed invoice checked.
  const payments = paymentsResolve(input.payments, customerById, invoiceLookup, problems);
  // Adjustments: customer and (for credits) the directed invoice checked.
  const adjustments = adjustmentsResolve(input.adjustments, customerById, invoiceLookup, problems);
  // Ledger view: Issued invoices and debits are items; payments and credits are sources; event order.
  const items = ledgerItems(invoices, adjustments);
  const sources = ledgerSources(payments, adjustments);
  const itemIndexByKey = new Map(items.map((item, index) => [item.key, index]));
  const sourceIndexByKey = new Map(sources.map((source, index) => [source.key, index]));
  const itemByKey = new IndexedLookup(itemIndexByKey, items);
  const sourceByKey = new IndexedLookup(sourceIndexByKey, sources);
  // Manual allocations first, kept as entered when they fit.
  const manual = manualAllocationsCheck(input.manualAllocations, { itemByKey, sourceByKey, invoiceByNo: resolvedInvoices }, problems);
  // Automatic allocation (§4): reference → amount → fifo → unapplied credit.
  const automatic = allocationRun({ items, sources, ...manual, held: new Set(input.heldSources ?? []) });
  const allocations = manual.allocations.concat(automatic.allocations);
  // Positions of each allocation's target and source, so reports sum with typed arrays.
  const allocationItemIndex = Int32Array.from([...manual.allocations.map((a) => itemIndexByKey.get(a.invoiceNo)!), ...automatic.itemIndex]);
  const allocationSourceIndex = Int32Array.from([...manual.allocations.map((a) => sourceIndexByKey.get(a.source)!), ...automatic.sourceIndex]);
  return {
    input,
    settings: input.settings,
    customers: [...customerById.values()],
    sales,
    invoices,
    payments,
    adjustments,
    debits: items.filter((item) => item.kind === 'debit'),
    items,
    sources,
    allocations,
    problems: problems.sort(problemCompare),
    customerById,
    invoiceByNo: resolvedInvoices,
    paymentById: new Map(payments.map((payment) => [payment.id, payment])),
    itemByKey,
    sourceByKey,
    allocationsBySource: new GroupedLookup(sourceIndexByKey, sources.map((s) => s.key), allocations, allocationSourceIndex),
    allocationsByTarget: new GroupedLookup(itemIndexByKey, items.map((i) => i.key), allocations, allocationItemIndex),
    itemIndexByKey,
    sourceIndexByKey,
    allocationItemIndex,
    allocationSourceIndex,
  };
}
