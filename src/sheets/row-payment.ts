// The row codec of the Payments tab (Applied and Unapplied are formulas and not read).
import type { Minor, Payment } from '../core/types';
import { cellDate, cellMoney } from './cell-values';
import type { ReadContext } from './read-context';
import type { RowReader } from './row-reader';

/** Reports a negative or zero amount (a refund is not a payment; a zero payment matches nothing). */
export function amountPositiveCheck(r: RowReader, amount: Minor | null): void {
  if (amount !== null && amount < 0) r.report('amount', 'negative-amount');
  if (amount === 0) r.report('amount', 'zero-amount');
}

/** One Payments row; Payment ID blank = assigned when the book is built. */
export function paymentRowRead(r: RowReader, context: ReadContext): Payment | null {
  const id = r.optionalKey('paymentId');
  const date = r.required('date', cellDate, context.dateOrder);
  const customerId = r.requiredSharedKey('customerId');
  const amount = r.required('amount', cellMoney, context.customerCurrency(customerId ?? ''));
  amountPositiveCheck(r, amount);
  if (date === null || customerId === null || amount === null || r.failed()) return null;
  return {
    id, date, customerId, amount, currency: null,
    method: r.sharedText('method'), reference: r.text('reference'),
    invoiceNo: r.optionalKey('invoiceNo'),
    notes: r.text('notes'),
    source: { tab: 'Payments', row: r.row },
  };
}
