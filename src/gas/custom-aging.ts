// =AGING(customer_ids, [bucket], [as_of], tables…): open amounts by days past due, one bucket or all of them.
import { agingBoundsOf, agingByCustomer } from '../core/reports/aging';
import { agingBucketIndex, type AgingBucket } from '../core/reports/aging-buckets';
import type { Lang } from '../core/types';
import { cellIsBlank, cellText } from '../sheets/cell-text';
import { customAmount, customCustomerOf } from './balance-custom';
import { customAsOf, customBook, customEach, customRows, customRun, type CustomCell, type CustomResult, type LedgerTableArgs } from './custom-ledger';
import { CustomArgError } from './custom-messages';

/** Which column of the aging a bucket argument asks for: a bucket index, or 'total' (= OUTSTANDING). */
export type AgingPick = number | 'total' | 'all';

/** Folds a label for comparison: width, case, spaces, dash styles and a trailing "days"/"天" ignored. */
function labelFold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[-‐‑‒—~～至]/g, '–').replace(/(days?|天)$/u, '');
}

const TOTAL_NAMES = new Set(['total', '合计', '总计', 'all', '全部'].map(labelFold));
const NOT_DUE_NAMES = new Set(['current', 'notdue', '未到期', '未逾期'].map(labelFold));

/**
 * The bucket argument: blank = every bucket (a row per id); a label as the Reconciliation tab writes it in
 * either language ("1–30", "31-60", "90+", "Not Due", "未到期", "61–90天"); "Total"/"合计"; or a number of
 * days past due (0 or less = Not Due), meaning the bucket that holds it.
 */
export function agingPick(value: unknown, buckets: readonly AgingBucket[], bounds: readonly number[], lang: Lang): AgingPick {
  if (cellIsBlank(value)) return 'all';
  if (typeof value === 'number' && Number.isInteger(value)) return agingBucketIndex(value, bounds);
  const folded = labelFold(cellText(value));
  if (TOTAL_NAMES.has(folded)) return 'total';
  if (NOT_DUE_NAMES.has(folded)) return 0;
  const index = buckets.findIndex((b) => labelFold(b.label.en) === folded || labelFold(b.label['zh-CN']) === folded);
  if (index >= 0) return index;
  if (/^-?\d+$/.test(folded)) return agingBucketIndex(Number(folded), bounds);
  throw new CustomArgError('bucketUnknown', { value: cellText(value), labels: buckets.map((b) => b.label[lang]).join(', ') });
}

/** AGING's body: one number per id for a bucket, or a row of every bucket per id. */
export function agingCustom(ids: unknown, bucket: unknown, asOf: unknown, given: LedgerTableArgs): CustomResult {
  return customRun((spreadsheet, lang) => {
    const date = customAsOf(asOf, spreadsheet);
    const book = customBook(given, spreadsheet, lang);
    const aging = agingByCustomer(book, { asOf: date });
    const bounds = agingBoundsOf(book, undefined);
    const pick = agingPick(bucket, aging.buckets, bounds, lang);
    if (pick === 'all') {
      return customRows(ids, (id): CustomCell[] => {
        const found = customCustomerOf(book, id, lang);
        if (typeof found === 'string') return aging.buckets.map((_, i) => (i === 0 ? found : ''));
        return aging.customers[found.index]!.amounts.map((amount) => customAmount(amount, found.customer.currency));
      });
    }
    return customEach(ids, (id): CustomCell => {
      const found = customCustomerOf(book, id, lang);
      if (typeof found === 'string') return found;
      const row = aging.customers[found.index]!;
      return customAmount(pick === 'total' ? row.total : row.amounts[pick]!, found.customer.currency);
    });
  });
}
