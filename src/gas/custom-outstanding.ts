// =OUTSTANDING(customer_ids, [as_of], tables…): the open invoiced amount (not yet due + overdue), before unapplied credit.
import { agingByCustomer } from '../core/reports/aging';
import { customAmount, customCustomerOf } from './balance-custom';
import { customAsOf, customBook, customEach, customRun, type CustomCell, type CustomResult, type LedgerTableArgs } from './custom-ledger';

/**
 * Σ of the open amounts of the customer's issued invoices and debits as of as_of, after the allocations dated
 * on or before it = the sum of the aging buckets. BALANCE = OUTSTANDING − unapplied credit, so the two differ
 * exactly when a customer has paid money not yet matched to an invoice.
 */
export function outstandingCustom(ids: unknown, asOf: unknown, given: LedgerTableArgs): CustomResult {
  return customRun((spreadsheet, lang) => {
    const date = customAsOf(asOf, spreadsheet);
    const book = customBook(given, spreadsheet, lang);
    const aging = agingByCustomer(book, { asOf: date });
    return customEach(ids, (id): CustomCell => {
      const found = customCustomerOf(book, id, lang);
      if (typeof found === 'string') return found;
      return customAmount(aging.customers[found.index]!.total, found.customer.currency);
    });
  });
}
