// The row codec of the Allocations tab: manual rows and holds are input; automatic ones are always recomputed.
import type { Allocation, CurrencyCode } from '../core/types';
import { allocationRuleChoices, choiceFind, type ChoiceSchema } from './choices';
import { cellText } from './cell-text';
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

/**
 * The Rule of a hold row: a payment or credit whose matches the user undid (反核销), with a blank Invoice No.
 * Automatic allocation leaves a held source alone (BookInput.heldSources); only manual rows apply it.
 */
export const allocationHoldChoice: readonly ChoiceSchema<'hold'>[] = [
  { value: 'hold', label: { en: 'hold', 'zh-CN': '暂挂' }, synonyms: ['held', 'on hold', 'undone', '反核销', '挂起', '暂不核销'] },
];

/** The source of a hold row (Rule "hold" / 暂挂), or null for any other row. Holds are never row problems. */
export function allocationHoldRead(r: RowReader): string | null {
  const rule = cellText(r.cell('rule'));
  if (rule === '' || choiceFind(allocationHoldChoice, rule) !== 'hold') return null;
  return r.optionalKey('source');
}
