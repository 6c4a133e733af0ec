// The row codec of the Allocations tab: only manual rows are input; automatic ones are always recomputed.
import type { Allocation, CurrencyCode } from '../core/types';
import { allocationRuleChoices } from './choices';
import { cellChoiceOf, cellDate, cellMoney } from './cell-values';
import type { ReadContext } from './read-context';
import type { RowReader } from './row-reader';

/** One Allocations row with Rule manual (or blank); rows of the automatic rules yield null silently. */
export function allocationRowRead(
  r: RowReader, context: ReadContext, invoiceCurrency: (invoiceNo: string) => CurrencyCode,
): Allocation | null {
  const rule = r.optional('rule', cellChoiceOf, 'manual' as const, allocationRuleChoices);
  if (rule !== 'manual') return null;
  const source = r.requiredKey('source');
  const invoiceNo = r.requiredKey('invoiceNo');
  const amount = r.required('amount', cellMoney, invoiceCurrency(invoiceNo ?? ''));
  const date = r.required('date', cellDate, context.dateOrder);
  if (amount !== null && amount <= 0) r.report('amount', amount < 0 ? 'negative-amount' : 'zero-amount');
  if (source === null || invoiceNo === null || amount === null || date === null || r.failed()) return null;
  return {
    source, invoiceNo, amount, date, rule,
    ...(r.has('at') ? { at: r.text('at') } : {}),
    ...(r.has('by') ? { by: r.text('by') } : {}),
    sourceRef: { tab: 'Allocations', row: r.row },
  };
}
