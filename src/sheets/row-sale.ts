// The row codec of the Sales tab: Amount as typed, or Quantity × Unit Price × (1 + Tax Rate) when blank.
import { DECIMAL_ONE, DECIMAL_ZERO, decimalMajorToMinor, saleLineAmount } from '../core/decimal';
import type { SaleLine } from '../core/types';
import { cellDate, cellDecimal, cellMoney, cellRate } from './cell-values';
import type { ReadContext } from './read-context';
import type { RowReader } from './row-reader';

/**
 * One Sales row. Quantity blank = 1; Tax Rate blank = 0 when Amount is given (Amount is tax-inclusive),
 * else the Settings tax rate. Amount and Unit Price both blank is a missing value.
 */
export function saleRowRead(r: RowReader, context: ReadContext): SaleLine | null {
  const date = r.required('date', cellDate, context.dateOrder);
  const customerId = r.requiredSharedKey('customerId');
  const currency = context.customerCurrency(customerId ?? '');
  const quantity = r.optional('quantity', cellDecimal, DECIMAL_ONE);
  const price = r.optional('unitPrice', cellDecimal, null);
  const typed = r.optional('amount', cellMoney, null, currency);
  const taxRate = r.optional('taxRate', cellRate, r.has('amount') ? DECIMAL_ZERO : context.settings.taxRate);
  if (!r.has('amount') && !r.has('unitPrice')) r.report(r.has('quantity') ? 'unitPrice' : 'amount', 'missing-value');
  if (date === null || customerId === null || quantity === null || taxRate === null || r.failed()) return null;
  const unitPrice = price === null ? null : decimalMajorToMinor(price, currency);
  const amount = typed ?? (unitPrice === null ? null : saleLineAmount(quantity, unitPrice, taxRate));
  if (amount === null) return null;
  const invoiceNo = r.optionalKey('invoiceNo');
  return {
    date, customerId, description: r.sharedText('description'), quantity, unitPrice, taxRate, amount, invoiceNo,
    source: { tab: 'Sales', row: r.row },
  };
}
