// What a row codec needs to know beyond its own row: the settings and the currency of each customer.
import type { CurrencyCode, CustomerId, Settings } from '../core/types';
import type { DateOrder } from './cell-date';

export interface ReadContext {
  readonly settings: Settings;
  /** How to read 1/5/2026 (see cellDateParts). */
  readonly dateOrder: DateOrder;
  /** The currency of a customer's amounts: its own, else the Settings currency (also for unknown ids). */
  customerCurrency(id: CustomerId): CurrencyCode;
}
