// =INVOICE_STATUS(invoice_nos, [as_of], tables…): each invoice's payment status (Open/Partial/Paid/Overdue/Draft/Void).
import { documentNoKey } from '../core/document-no';
import { INVOICE_PAYMENT_STATUS_LABELS, invoiceStatusReport, type InvoiceStatusRow } from '../core/reports/invoice-status';
import { cellIsBlank, cellKey } from '../sheets/cell-text';
import { customAsOf, customBook, customEach, customRun, type CustomCell, type CustomResult, type LedgerTableArgs } from './custom-ledger';
import { customMessage } from './custom-messages';

/**
 * The status label in the user's language, as the Invoices tab's Payment Status column shows it: Paid when
 * nothing is left, Overdue when unpaid past the due date, Partial / Open otherwise; Draft and Void as they are.
 * Invoice numbers match as the engine matches them (full-width folded, case ignored).
 */
export function invoiceStatusCustom(invoiceNos: unknown, asOf: unknown, given: LedgerTableArgs): CustomResult {
  return customRun((spreadsheet, lang) => {
    const date = customAsOf(asOf, spreadsheet);
    const book = customBook(given, spreadsheet, lang);
    const byNo = new Map<string, InvoiceStatusRow>();
    for (const row of invoiceStatusReport(book, date)) {
      if (!byNo.has(row.invoiceNo)) byNo.set(row.invoiceNo, row);
      const key = documentNoKey(row.invoiceNo);
      if (!byNo.has(key)) byNo.set(key, row);
    }
    return customEach(invoiceNos, (no): CustomCell => {
      if (cellIsBlank(no)) return '';
      const key = cellKey(no);
      const row = byNo.get(key) ?? byNo.get(documentNoKey(key));
      if (!row) return customMessage('invoiceUnknown', lang, { invoiceNo: key });
      return INVOICE_PAYMENT_STATUS_LABELS[row.status][lang];
    });
  });
}
