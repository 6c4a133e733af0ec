// The row codec of the Customers tab.
import type { Customer, CurrencyCode } from '../core/types';
import { customerStatusChoices } from './choices';
import { cellChoiceOf, cellCurrency, cellDays, cellMoney } from './cell-values';
import type { ReadContext } from './read-context';
import type { RowReader } from './row-reader';

/** One Customers row; Payment Terms and Currency blank = the Settings defaults (null). */
export function customerRowRead(r: RowReader, context: ReadContext): Customer | null {
  const id = r.requiredSharedKey('customerId');
  const name = r.requiredText('name');
  const currency = r.optional('currency', cellCurrency, null);
  const moneyCurrency: CurrencyCode = currency ?? context.settings.currency;
  const creditLimit = r.optional('creditLimit', cellMoney, null, moneyCurrency);
  if (creditLimit !== null && creditLimit < 0) r.report('creditLimit', 'negative-amount');
  const termsDays = r.optional('termsDays', cellDays, null);
  const status = r.optional('status', cellChoiceOf, 'Active' as const, customerStatusChoices);
  if (id === null || name === null || status === null || r.failed()) return null;
  return {
    id, name, currency, creditLimit, termsDays, status,
    contact: r.text('contact'), email: r.text('email'), phone: r.text('phone'), address: r.text('address'),
    taxId: r.text('taxId'), notes: r.text('notes'),
    source: { tab: 'Customers', row: r.row },
  };
}
