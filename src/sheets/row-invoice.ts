// The row codec of the Invoices tab (Total, Paid, Balance and Payment Status are formulas and not read).
import type { Invoice } from '../core/types';
import { invoiceStatusChoices } from './choices';
import { cellChoiceOf, cellDate } from './cell-values';
import type { ReadContext } from './read-context';
import type { RowReader } from './row-reader';

/** One Invoices row; Status blank = Issued, Due Date blank = Issue Date + the customer's terms (null). */
export function invoiceRowRead(r: RowReader, context: ReadContext): Invoice | null {
  const invoiceNo = r.requiredKey('invoiceNo');
  const customerId = r.requiredSharedKey('customerId');
  const issueDate = r.required('issueDate', cellDate, context.dateOrder);
  const dueDate = r.optional('dueDate', cellDate, null, context.dateOrder);
  const status = r.optional('status', cellChoiceOf, 'Issued' as const, invoiceStatusChoices);
  if (invoiceNo === null || customerId === null || issueDate === null || status === null || r.failed()) return null;
  return { invoiceNo, customerId, issueDate, dueDate, status, source: { tab: 'Invoices', row: r.row } };
}
