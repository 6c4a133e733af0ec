// Reads a whole book from its tables (2-D arrays of cells): the one loading pipeline of the sheets layer.
import { problemCompare, problemMake, type Problem } from '../core/problems';
import type { Adjustment, Allocation, BookInput, CurrencyCode, Customer, Invoice, Lang, Payment, SaleLine, TabName } from '../core/types';
import type { DateOrder } from './cell-date';
import { headerDetect, type HeaderMap } from './header-detect';
import type { ReadContext } from './read-context';
import { adjustmentRowRead } from './row-adjustment';
import { allocationHoldRead, allocationRowRead } from './row-allocation';
import { customerRowRead } from './row-customer';
import { invoiceRowRead } from './row-invoice';
import { paymentRowRead } from './row-payment';
import type { RowReader } from './row-reader';
import { saleRowRead } from './row-sale';
import { tabNames, tabSchemas } from './schemas';
import { settingsHeaderDetect, settingsRead } from './settings-read';
import { tableHead, tableRowsRead, type TableSource } from './table-read';

export type Table = readonly (readonly unknown[])[];

/** The tables of a book by tab; an absent tab is undefined (Adjustments, Allocations, Settings are optional). */
export type BookTables = Partial<Record<TabName, Table | undefined>>;

/** Like BookTables, but a tab may also be a stream of rows (big CSV files; see TableStream). */
export type BookSources = Partial<Record<TabName, TableSource | undefined>>;

export type { TableSource, TableStream } from './table-read';

export interface BookReadOptions {
  /** Language of the default settings when there is no Settings tab. */
  readonly lang?: Lang;
  /** How to read 1/5/2026; overrides the Settings "Date Order" row. */
  readonly dateOrder?: DateOrder;
}

export interface BookRead {
  readonly input: BookInput;
  /** Problems of headers and rows, by tab and row; rows with an error are not in `input`. */
  readonly problems: Problem[];
  /** Tabs that were given but could not be read at all (not that tab, or a required column missing). */
  readonly unreadable: TabName[];
}

type HeaderMaps = Partial<Record<TabName, HeaderMap>>;

/** Detects the header of every given tab; unreadable tabs get problems instead of a map. */
function headersDetect(tables: BookSources): { maps: HeaderMaps; problems: Problem[]; unreadable: TabName[] } {
  const maps: HeaderMaps = {};
  const problems: Problem[] = [];
  const unreadable: TabName[] = [];
  for (const tab of tabNames) {
    const table = tables[tab];
    if (!table) continue;
    const schema = tabSchemas[tab];
    const found = tab === 'Settings' ? settingsHeaderDetect(table) : headerDetect(schema, tableHead(table));
    if (!found.ok) {
      if (found.reason === 'empty') continue;
      const columns = schema.required
        .map((set) => schema.columns.find((c) => c.key === set[0]))
        .map((c) => (c ? `${c.header.en} / ${c.header['zh-CN']}` : ''))
        .join(', ');
      problems.push(problemMake(tab, 0, 'unknown-header-set', { params: { columns, lookalike: found.lookalike ?? '' } }));
      unreadable.push(tab);
      continue;
    }
    const headerRow = found.map.headerIndex + 1;
    const label = (key: string): string => schema.columns.find((c) => c.key === key)?.header.en ?? key;
    for (const set of found.map.missing) {
      problems.push(problemMake(tab, headerRow, 'missing-column', { column: set.map(label).join(' / ') }));
    }
    for (const key of found.map.duplicates) {
      problems.push(problemMake(tab, headerRow, 'duplicate-column', { column: found.map.headers[key] ?? label(key) }));
    }
    if (found.map.missing.length > 0) unreadable.push(tab);
    else maps[tab] = found.map;
  }
  return { maps, problems, unreadable };
}

/** Decodes the rows of `tab` when it was given and readable; [] otherwise. */
function tabRowsRead<T>(tab: TabName, tables: BookSources, maps: HeaderMaps, problems: Problem[], decode: (r: RowReader) => T | null): T[] {
  const map = maps[tab];
  const table = tables[tab];
  if (!map || !table) return [];
  const read = tableRowsRead(tabSchemas[tab], map, table, decode);
  problems.push(...read.problems);
  return read.records;
}

/** The currency of every customer's amounts, and of every invoice through its customer. */
function currencyLookups(customers: readonly Customer[], invoices: readonly Invoice[], fallback: CurrencyCode) {
  const byCustomer = new Map<string, CurrencyCode>();
  let mixed = false;
  for (const c of customers) {
    if (!c.currency) continue;
    byCustomer.set(c.id, c.currency);
    if (c.currency !== fallback) mixed = true;
  }
  // Most books have one currency: then every row's currency is the fallback, without a lookup per row.
  const customerCurrency = mixed ? (id: string): CurrencyCode => byCustomer.get(id) ?? fallback : () => fallback;
  // Only manual allocations ask for an invoice's currency: the index of 100,000 invoices waits for the first.
  let byInvoice: Map<string, string> | null = null;
  const invoiceCurrency = (no: string): CurrencyCode => {
    if (!byInvoice) {
      byInvoice = new Map();
      for (const i of invoices) byInvoice.set(i.invoiceNo, i.customerId);
    }
    return customerCurrency(byInvoice.get(no) ?? '');
  };
  return { customerCurrency, invoiceCurrency };
}

/**
 * Reads a book from its tables (or streams of their rows). Rows with an error are reported and left out;
 * blank rows are skipped; derived columns (Total, Paid, Balance, Applied, Unapplied, Payment Status) are never read.
 */
export function bookRead(tables: BookTables | BookSources, options: BookReadOptions = {}): BookRead {
  // 1. Find each tab's header row and columns; a tab that is not what its name says is not read.
  const headers = headersDetect(tables);
  const problems = headers.problems;
  // 2. Settings first: the default currency, terms, tax rate and date order apply to every other tab.
  const settingsResult = settingsRead(headers.maps.Settings ?? null, tables.Settings ?? [], options.lang ?? 'en');
  problems.push(...settingsResult.problems);
  const settings = settingsResult.settings;
  const base = { settings, dateOrder: options.dateOrder ?? settingsResult.dateOrder, customerCurrency: () => settings.currency };
  // 3. Customers next: their currencies decide the precision of every amount.
  const customers: Customer[] = tabRowsRead('Customers', tables, headers.maps, problems, (r) => customerRowRead(r, base));
  // 4. Invoices, so manual allocations can find the currency of the invoice they apply to.
  const invoices: Invoice[] = tabRowsRead('Invoices', tables, headers.maps, problems, (r) => invoiceRowRead(r, base));
  const lookups = currencyLookups(customers, invoices, settings.currency);
  const context: ReadContext = { ...base, customerCurrency: lookups.customerCurrency };
  // 5. The movements: sales lines, payments, adjustments, and the manual allocations.
  const sales: SaleLine[] = tabRowsRead('Sales', tables, headers.maps, problems, (r) => saleRowRead(r, context));
  const payments: Payment[] = tabRowsRead('Payments', tables, headers.maps, problems, (r) => paymentRowRead(r, context));
  const adjustments: Adjustment[] = tabRowsRead('Adjustments', tables, headers.maps, problems, (r) => adjustmentRowRead(r, context));
  const heldSources: string[] = [];
  const manualAllocations: Allocation[] = tabRowsRead('Allocations', tables, headers.maps, problems, (r) => {
    // Hold rows (反核销) name a source automatic allocation must leave alone; they are not allocations.
    const held = allocationHoldRead(r);
    if (held === null) return allocationRowRead(r, context, lookups.invoiceCurrency);
    if (!heldSources.includes(held)) heldSources.push(held);
    return null;
  });
  const input: BookInput = {
    settings, customers, sales, invoices, payments, adjustments, manualAllocations,
    ...(heldSources.length > 0 ? { heldSources } : {}),
  };
  // 6. Problems in sheet order (tab, row), so people can walk through them.
  return { input, problems: problems.sort(problemCompare), unreadable: headers.unreadable };
}
