// The row codec of the Invoices tab (Total, Paid, Balance and Payment Status are formulas and not read).
import type { Invoice } from '../core/types';
import { invoiceStatusChoices } from './choices';
import { cellChoice, cellDate } from './cell-values';
import type { ReadContext } from './read-context';
import type { RowReader } from './row-reader';

/** One Invoices row; Status blank = Issued, Due Date blank = Issue Date + the customer's terms (null). */
export function invoiceRowRead(r: RowReader, context: ReadContext): Invoice | null {
  const invoiceNo = r.requiredKey('invoiceNo');
  const customerId = r.requiredKey('customerId');
  const issueDate = r.required('issueDate', (cell) => cellDate(cell, context.dateOrder));
  const dueDate = r.optional('dueDate', (cell) => cellDate(cell, context.dateOrder), null);
  const status = r.optional('status', (cell) => cellChoice(invoiceStatusChoices, cell), 'Issued' as const);
  if (invoiceNo === null || customerId === null || issueDate === null || status === null || r.failed()) return null;
  return { invoiceNo, customerId, issueDate, dueDate, status, source: { tab: 'Invoices', row: r.row } };
}
