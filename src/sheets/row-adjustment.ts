// The row codec of the Adjustments tab (credit notes, write-offs, debits).
import type { Adjustment } from '../core/types';
import { adjustmentTypeChoices } from './choices';
import { cellChoiceOf, cellDate, cellMoney } from './cell-values';
import type { ReadContext } from './read-context';
import { amountPositiveCheck } from './row-payment';
import type { RowReader } from './row-reader';

/** One Adjustments row; the Amount is typed positive, the Type says which side it is on. */
export function adjustmentRowRead(r: RowReader, context: ReadContext): Adjustment | null {
  const date = r.required('date', cellDate, context.dateOrder);
  const customerId = r.requiredSharedKey('customerId');
  const type = r.required('type', cellChoiceOf, adjustmentTypeChoices);
  const amount = r.required('amount', cellMoney, context.customerCurrency(customerId ?? ''));
  amountPositiveCheck(r, amount);
  if (date === null || customerId === null || type === null || amount === null || r.failed()) return null;
  const invoiceNo = r.optionalKey('invoiceNo');
  return { date, customerId, type, amount, invoiceNo, reason: r.text('reason'), source: { tab: 'Adjustments', row: r.row } };
}
