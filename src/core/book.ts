// Builds a Book from raw input: one pipeline of small pure steps (validate → resolve → total → allocate).
import { allocationRun } from './allocation';
import { manualAllocationsCheck } from './allocation-manual';
import { customersResolve } from './book-customers';
import { dateToDayNumber } from './dates';
import { invoicesResolve, invoicesTotal, salesCheck } from './book-invoices';
import { ledgerItems, ledgerSources } from './book-ledger';
import { GroupedLookup, IndexedLookup, KeyPositions } from './keyed-lookup';
import { adjustmentsResolve, invoiceLookupMake, paymentsResolve } from './book-payments';
import type { Book, BookInvoice, LedgerItem } from './book-types';
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
  const customers = [...customerById.values()];
  const items = ledgerItems(invoices, adjustments);
  const sources = ledgerSources(payments, adjustments);
  const itemIndexByKey = new KeyPositions(items, (item) => item.key);
  const sourceIndexByKey = new KeyPositions(sources, (source) => source.key);
  const itemByKey = new IndexedLookup(itemIndexByKey, items);
  const sourceByKey = new IndexedLookup(sourceIndexByKey, sources);
  const customerAt = new Map(customers.map((customer, index) => [customer.id, index]));
  const itemCustomer = positionsOf(items, (item) => customerAt.get(item.customerId)!);
  const sourceCustomer = positionsOf(sources, (source) => customerAt.get(source.customerId)!);
  // Manual allocations first, kept as entered when they fit.
  const manual = manualAllocationsCheck(input.manualAllocations, { itemByKey, sourceByKey, invoiceByNo: resolvedInvoices }, problems);
  // Automatic allocation (§4): reference → amount → fifo → unapplied credit, customer by customer.
  const held = new Set(input.heldSources ?? []);
  const automatic = allocationRun({ items, sources, itemCustomer, sourceCustomer, customerCount: customers.length, ...manual, held });
  // All allocations, with the positions of their targets and sources so reports sum in typed arrays.
  const allocations = manual.allocations.concat(automatic.allocations);
  const allocationItemIndex = positionsJoin(manual.allocations.map((a) => itemIndexByKey.get(a.invoiceNo)!), automatic.itemIndex);
  const allocationSourceIndex = positionsJoin(manual.allocations.map((a) => sourceIndexByKey.get(a.source)!), automatic.sourceIndex);
  const allocationDay = positionsJoin(manual.allocations.map((a) => dateToDayNumber(a.date)), automatic.day);
  return {
    input,
    settings: input.settings,
    customers,
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
    paymentById: new IndexedLookup(new KeyPositions(payments, (payment) => payment.id), payments),
    itemByKey,
    sourceByKey,
    allocationsBySource: new GroupedLookup(sourceIndexByKey, sources, allocations, allocationSourceIndex),
    allocationsByTarget: new GroupedLookup(itemIndexByKey, items, allocations, allocationItemIndex),
    itemIndexByKey,
    sourceIndexByKey,
    itemCustomer,
    sourceCustomer,
    allocationItemIndex,
    allocationSourceIndex,
    allocationDay,
    invoiceItemIndex: invoiceItemPositions(invoices, items),
  };
}

/**
 * Parallel to `invoices`: each one's position in `items`, or -1, so reports need no Map of 100,000 invoice
 * numbers. Items hold the Issued invoice records themselves; they are matched through their sheet row
 * (`order`), which a typed array indexes in a few ms, where a Map of the records costs ~25 ms on 100k.
 */
function invoiceItemPositions(invoices: readonly BookInvoice[], items: readonly LedgerItem[]): Int32Array {
  const positions = new Int32Array(invoices.length).fill(-1);
  const invoiceAtRow = invoiceRowPositions(invoices);
  if (!invoiceAtRow) return invoiceItemPositionsByRecord(invoices, items);
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    if (item.kind === 'invoice') positions[invoiceAtRow[item.order]!] = i;
  }
  return positions;
}

/** Sheet row → position in `invoices`; null when rows repeat or are too sparse for an array (built input). */
function invoiceRowPositions(invoices: readonly BookInvoice[]): Int32Array | null {
  let maxRow = 0;
  for (const invoice of invoices) maxRow = Math.max(maxRow, invoice.order);
  if (maxRow > 4 * invoices.length + 4096) return null;
  const atRow = new Int32Array(maxRow + 1).fill(-1);
  for (let k = 0; k < invoices.length; k += 1) {
    const row = invoices[k]!.order;
    if (row < 0 || atRow[row] !== -1) return null;
    atRow[row] = k;
  }
  return atRow;
}

/** invoiceItemPositions by record identity, for rows no array can index. */
function invoiceItemPositionsByRecord(invoices: readonly BookInvoice[], items: readonly LedgerItem[]): Int32Array {
  const itemAt = new Map<LedgerItem, number>();
  for (let i = 0; i < items.length; i += 1) if (items[i]!.kind === 'invoice') itemAt.set(items[i]!, i);
  const positions = new Int32Array(invoices.length);
  for (let k = 0; k < invoices.length; k += 1) positions[k] = itemAt.get(invoices[k]!) ?? -1;
  return positions;
}

/** positionOf(record) for each record, as a typed array (a plain loop: Int32Array.from with a mapper is slow). */
function positionsOf<T>(records: readonly T[], positionOf: (record: T) => number): Int32Array {
  const positions = new Int32Array(records.length);
  for (let i = 0; i < records.length; i += 1) positions[i] = positionOf(records[i]!);
  return positions;
}

/** Two lists of integers (positions, day numbers) as one typed array. */
function positionsJoin(first: readonly number[], second: readonly number[]): Int32Array {
  const joined = new Int32Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
