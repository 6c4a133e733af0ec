// "New invoice" in the sidebar: the ticked unbilled Sales lines of one customer become one numbered invoice.
import { bookBuild } from '../core/book';
import { minorSum, moneyFormat, moneyToDecimalString } from '../core/money';
import type { Lang } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { cellKey } from '../sheets/cell-text';
import { choiceLabel, invoiceStatusChoices } from '../sheets/choices';
import { salesSchema } from '../sheets/schemas';
import { documentLocked } from './allocation-lock';
import { auditLogAppend } from './audit-log';
import { customerCardBuild } from './customer-card';
import type { FormDone } from './form-customer';
import { FormCheck, formMessage, formRefuse } from './form-messages';
import { tablesWithRow } from './form-sale';
import { dateCell, formFormulasRefresh, formRowAppend, formTableOf, formTablesRead } from './form-table';
import { salesInvoiceNoWrite } from './invoice-from-sales';
import { invoiceNumberNext } from '../core/invoice-number';
import { spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

export interface InvoiceRequest {
  readonly customerId: string;
  /** The 1-based Sales rows to bill (CardSale.row of the customer card). */
  readonly saleRows: readonly number[];
}

/**
 * Creates the invoice under the document lock (numbers are never handed out twice): one getValues per tab,
 * one setValues for the Invoices row and one for the Invoice No cells of the billed Sales rows.
 */
export function invoiceFromSales(request: InvoiceRequest, lang: Lang): FormDone {
  const done = invoiceFromSalesLocked(request, lang);
  formFormulasRefresh(spreadsheetActive());
  return done;
}

function invoiceFromSalesLocked(request: InvoiceRequest, lang: Lang): FormDone {
  return documentLocked(() => {
    const spreadsheet = spreadsheetActive();
    const { tables, sheets } = formTablesRead(spreadsheet);
    const invoices = formTableOf(sheets.Invoices ?? null, 'Invoices', tables.Invoices, lang);
    const sales = formTableOf(sheets.Sales ?? null, 'Sales', tables.Sales, lang);
    const book = bookBuild(bookRead(tables, { lang }).input);
    const customerId = cellKey(String(request?.customerId ?? ''));
    const rows = [...new Set((request?.saleRows ?? []).map(Number))];
    const check = new FormCheck();
    if (!book.customerById.has(customerId)) check.add('customerId', 'form.customerUnknown', { id: customerId });
    if (rows.length === 0) check.add('saleRows', 'form.salesNone');
    check.done();
    const lines = book.sales.filter((s) => rows.includes(s.source.row));
    if (lines.length !== rows.length || lines.some((s) => s.customerId !== customerId || s.invoiceNo !== null)) {
      formRefuse('saleRows', 'form.saleNotOpen', { id: customerId });
    }
    const customer = book.customerById.get(customerId)!;
    const today = spreadsheetToday(spreadsheet);
    const invoiceNo = invoiceNumberNext(book.settings.invoiceNumberFormat, today, book.input.invoices.map((i) => i.invoiceNo));
    const invoiceCells = {
      invoiceNo: { text: invoiceNo },
      customerId: { text: customerId },
      issueDate: dateCell(today),
      status: invoices.map.columns.status === undefined ? null : { text: choiceLabel(invoiceStatusChoices, 'Issued', lang) },
    };
    const invoiceRow = formRowAppend(invoices, invoiceCells, lang);
    if (sales.map.columns.invoiceNo === undefined) {
      formRefuse('invoiceNo', 'form.columnMissing', { tab: salesSchema.title[lang], column: salesSchema.columns[salesSchema.columns.length - 1]!.header[lang] });
    }
    salesInvoiceNoWrite(spreadsheet, tables.Sales!, sales.map, { first: Math.min(...rows), last: Math.max(...rows), rows, invoiceNo });
    const salesAfter = salesWithInvoiceNo(tables.Sales!, sales.map.columns.invoiceNo!, rows, invoiceNo);
    const written = { ...tablesWithRow(tables, 'Invoices', invoiceRow, invoices.map.columns, invoiceCells), Sales: salesAfter };
    const after = bookBuild(bookRead(written, { lang }).input);
    const sum = minorSum(lines.map((l) => l.amount));
    // The same Audit Log line as the menu's "New invoice from selected sales" (language-neutral text).
    auditLogAppend(
      [
        {
          action: 'invoice.create',
          what: invoiceNo,
          before: '',
          after: `${customerId}, ${lines.length} sales lines (Sales rows ${rows.slice().sort((a, b) => a - b).join(', ')}), ${moneyToDecimalString(sum, customer.currency)} ${customer.currency}`,
        },
      ],
      spreadsheet,
    );
    const total = moneyFormat(sum, customer.currency, lang);
    return {
      notice: formMessage('form.invoiceAdded', lang, { invoiceNo, id: customerId, lines: lines.length, total }),
      card: customerCardBuild(after, customerId, today, lang),
    };
  });
}

/** The Sales cells as they are after the billed rows got `invoiceNo` (for the refreshed view). */
function salesWithInvoiceNo(cells: unknown[][], column: number, rows: readonly number[], invoiceNo: string): unknown[][] {
  const billed = new Set(rows);
  return cells.map((r, i) => (billed.has(i + 1) ? r.map((cell, c) => (c === column ? invoiceNo : cell)) : r));
}
