// "New invoice from selected sales": the selected unbilled Sales rows of one customer become one invoice.
import type { MessageText } from '../core/i18n';
import { minorSum, moneyFormat, moneyToDecimalString } from '../core/money';
import type { IsoDate, Lang, SaleLine, TabName } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { cellTextSafe } from '../sheets/cell-text';
import { choiceLabel, invoiceStatusChoices } from '../sheets/choices';
import { headerDetect } from '../sheets/header-detect';
import { invoicesSchema, salesSchema } from '../sheets/schemas';
import { ledgerSheetsFind, ledgerTabOfSheet } from './metadata-tabs';
import { documentLocked } from './allocation-lock';
import { sheetFit } from './allocation-tab';
import { auditLogAppend } from './audit-log';
import { GasError } from './gas-error';
import { invoiceNumberNext } from '../core/invoice-number';
import { ledgerTablesRead, spreadsheetActive, type CellGrid } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

const BOOK_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

export interface InvoiceCreated {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly lines: number;
  readonly total: string;
}

/** The 1-based sheet rows of the active range on the Sales tab; the header row and above are left out. */
function selectedSalesRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { first: number; last: number } {
  const range = spreadsheet.getActiveRange();
  if (!range || ledgerTabOfSheet(range.getSheet()) !== 'Sales') throw new GasError('invoice.selectSales');
  return { first: range.getRow(), last: range.getLastRow() };
}

/** A date cell for `date`: local midnight, and the script's zone is the spreadsheet's (appsscript.json). */
function dateCell(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Checks the selected lines can be billed together; returns them. */
function linesBillable(sales: readonly SaleLine[], first: number, last: number, headerRow: number): SaleLine[] {
  const lines = sales.filter((line) => line.source.row >= Math.max(first, headerRow + 1) && line.source.row <= last);
  if (lines.length === 0) throw new GasError('invoice.noSales', { first, last });
  const billed = lines.find((line) => line.invoiceNo !== null);
  if (billed) throw new GasError('invoice.alreadyBilled', { row: billed.source.row, invoiceNo: billed.invoiceNo ?? '' });
  const customers = [...new Set(lines.map((line) => line.customerId))];
  if (customers.length > 1) throw new GasError('invoice.mixedCustomers', { customers: customers.join(', ') });
  return lines;
}

/** Column index of `key` in a detected header, or a translated error naming the tab and the column. */
function columnOf(map: { columns: Readonly<Record<string, number>> }, key: string, tab: string, column: string): number {
  const index = map.columns[key];
  if (index === undefined) throw new GasError('invoice.columnMissing', { tab, column });
  return index;
}

/**
 * Creates the invoice under the document lock (numbers must not be handed out twice): one getValues per
 * tab, one setValues for the new Invoices row and one for the selected rows' Invoice No cells.
 */
export function invoiceFromSelection(lang: Lang): InvoiceCreated {
  // The selection is the user's at the moment of the click; the tables are read only once the lock is held.
  const spreadsheet = spreadsheetActive();
  const { first, last } = selectedSalesRows(spreadsheet);
  return documentLocked(() => {
    const tables = ledgerTablesRead(spreadsheet, BOOK_TABS);
    const salesTable = tables.Sales ?? [];
    const invoicesTable = tables.Invoices;
    if (!invoicesTable) throw new GasError('invoice.noInvoicesTab');
    const salesHeader = headerDetect(salesSchema, salesTable);
    const invoicesHeader = headerDetect(invoicesSchema, invoicesTable);
    if (!salesHeader.ok || !invoicesHeader.ok) throw new GasError('invoice.noInvoicesTab');
    const read = bookRead(tables, { lang });
    const lines = linesBillable(read.input.sales, first, last, salesHeader.map.headerIndex + 1);
    const customerId = lines[0]!.customerId;
    const customer = read.input.customers.find((c) => c.id === customerId);
    if (!customer) throw new GasError('invoice.customerUnknown', { id: customerId });
    const issueDate = spreadsheetToday(spreadsheet);
    const invoiceNo = invoiceNumberNext(
      read.input.settings.invoiceNumberFormat,
      issueDate,
      read.input.invoices.map((invoice) => invoice.invoiceNo),
    );
    invoiceRowAppend(spreadsheet, invoicesTable, invoicesHeader.map, { invoiceNo, customerId, issueDate, lang });
    salesInvoiceNoWrite(spreadsheet, salesTable, salesHeader.map, { first, last, rows: lines.map((l) => l.source.row), invoiceNo });
    const currency = customer.currency ?? read.input.settings.currency;
    const total = minorSum(lines.map((l) => l.amount));
    const rows = lines.map((l) => l.source.row);
    auditLogAppend([{
      action: 'invoice.create',
      what: invoiceNo,
      before: '',
      after: `${customerId}, ${lines.length} sales lines (Sales rows ${rows.join(', ')}), ${moneyToDecimalString(total, currency)} ${currency}`,
    }], spreadsheet);
    return { invoiceNo, customerId, lines: lines.length, total: moneyFormat(total, currency, lang) };
  });
}

interface NewInvoice {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly issueDate: IsoDate;
  readonly lang: Lang;
}

/** Appends the invoice after the last row of the Invoices tab: number, customer, issue date, status Issued. */
function invoiceRowAppend(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  table: CellGrid,
  map: { columns: Readonly<Record<string, number>> },
  invoice: NewInvoice,
): void {
  const tab = invoicesSchema.title[invoice.lang];
  const width = Math.max(1, ...table.map((row) => row.length));
  const row: unknown[] = new Array(width).fill('');
  row[columnOf(map, 'invoiceNo', tab, 'Invoice No')] = cellTextSafe(invoice.invoiceNo);
  row[columnOf(map, 'customerId', tab, 'Customer ID')] = cellTextSafe(invoice.customerId);
  row[columnOf(map, 'issueDate', tab, 'Issue Date')] = dateCell(invoice.issueDate);
  const status = map.columns.status;
  if (status !== undefined) row[status] = choiceLabel(invoiceStatusChoices, 'Issued', invoice.lang);
  const sheet = sheetOfTab(spreadsheet, 'Invoices');
  sheetFit(sheet, table.length + 1, width, false);
  sheet.getRange(table.length + 1, 1, 1, width).setValues([row]);
}

/** Writes the invoice number into the Invoice No cells of the billed rows (others in the block keep theirs). */
export function salesInvoiceNoWrite(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  table: CellGrid,
  map: { columns: Readonly<Record<string, number>> },
  write: { first: number; last: number; rows: readonly number[]; invoiceNo: string },
): void {
  const column = columnOf(map, 'invoiceNo', salesSchema.title.en, 'Invoice No');
  const billed = new Set(write.rows);
  const top = Math.min(...write.rows);
  const bottom = Math.max(...write.rows);
  const range = sheetOfTab(spreadsheet, 'Sales').getRange(top, column + 1, bottom - top + 1, 1);
  // Rows between the billed ones keep what they hold: their formula, or their value written as text.
  const formulas = range.getFormulas();
  const cells: unknown[][] = [];
  for (let row = top; row <= bottom; row++) {
    const kept = formulas[row - top]?.[0] || table[row - 1]?.[column] || '';
    cells.push([billed.has(row) ? cellTextSafe(write.invoiceNo) : typeof kept === 'string' && !formulas[row - top]?.[0] ? cellTextSafe(kept) : kept]);
  }
  range.setValues(cells);
}

function sheetOfTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: TabName): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ledgerSheetsFind(spreadsheet).get(tab);
  if (!sheet) throw new GasError('invoice.noInvoicesTab');
  return sheet;
}

/** The notice shown after the invoice was created. */
export function invoiceCreatedNotice(created: InvoiceCreated): MessageText {
  return {
    en: `Invoice ${created.invoiceNo} created for ${created.customerId}: ${created.lines} sales lines, ${created.total}.`,
    'zh-CN': `已为 ${created.customerId} 开具账单 ${created.invoiceNo}：${created.lines} 条销售记录，合计 ${created.total}。`,
  };
}
