// The sidebar's Documents section: recent invoices with status, document link and Sent At; customers; quota.
import { moneyFormat } from '../../core/money';
import { INVOICE_PAYMENT_STATUS_LABELS, invoiceStatusReport } from '../../core/reports/invoice-status';
import type { Lang } from '../../core/types';
import { cellText } from '../../sheets/cell-text';
import { headerDetect } from '../../sheets/header-detect';
import { invoicesSchema } from '../../sheets/schemas';
import { reminderTriggerInstalled } from '../reminders/reminder-trigger';
import { invoiceRowsRead, invoiceSentAt, sentAtText } from './invoice-rows';
import { mailContextRead } from './mail-context';
import { mailQuotaLeft } from './mail-outgoing';

/** The list shows the newest invoices only: a sidebar is no place for 100,000 rows. */
export const DOCUMENTS_LIST_MAX = 200;

export interface DocumentsInvoice {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly issueDate: string;
  readonly dueDate: string;
  /** Payment status in the user's language (Draft, Open, Paid, Overdue …). */
  readonly status: string;
  readonly draft: boolean;
  readonly total: string;
  readonly balance: string;
  /** The Document cell (the PDF's URL), '' when none yet. */
  readonly document: string;
  /** When it was mailed, '' when never. */
  readonly sentAt: string;
}

export interface DocumentsView {
  readonly today: string;
  readonly invoices: readonly DocumentsInvoice[];
  /** How many invoices the book has (the list holds the newest DOCUMENTS_LIST_MAX). */
  readonly invoiceCount: number;
  readonly customers: readonly { readonly id: string; readonly name: string; readonly email: string }[];
  readonly quotaLeft: number;
  readonly triggerInstalled: boolean;
}

/** Reads the ledger once and lists the newest invoices first. */
export function documentsViewRead(lang: Lang): DocumentsView {
  const context = mailContextRead(lang);
  const rows = invoiceRowsRead(context.tabs);
  const cells = context.tabs.tables.Invoices ?? [];
  const header = headerDetect(invoicesSchema, cells);
  const documentColumn = header.ok ? header.map.columns.document : undefined;
  const report = invoiceStatusReport(context.book, context.today);
  const invoices = report
    .slice(-DOCUMENTS_LIST_MAX)
    .reverse()
    .map((row): DocumentsInvoice => {
      const index = rows?.indexByNo.get(row.invoiceNo);
      const cellsOfRow = index === undefined ? [] : (cells[index] ?? []);
      return {
        invoiceNo: row.invoiceNo,
        customerId: row.customerId,
        customerName: context.contacts.get(row.customerId)?.name ?? '',
        issueDate: row.issueDate,
        dueDate: row.dueDate,
        status: INVOICE_PAYMENT_STATUS_LABELS[row.status][lang],
        draft: row.status === 'Draft',
        total: moneyFormat(row.total, row.currency, lang),
        balance: moneyFormat(row.balance, row.currency, lang),
        document: documentColumn === undefined ? '' : cellText(cellsOfRow[documentColumn]).trim(),
        sentAt: rows && index !== undefined ? sentAtText(invoiceSentAt(rows, index), context.timeZone) : '',
      };
    });
  return {
    today: context.today,
    invoices,
    invoiceCount: report.length,
    customers: [...context.contacts.values()].map((c) => ({ id: c.customerId, name: c.name, email: c.email })),
    quotaLeft: mailQuotaLeft(),
    triggerInstalled: reminderTriggerInstalled(),
  };
}
