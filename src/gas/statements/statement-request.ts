// A statement request from the sidebar or another module, checked: a customer, a period in order, a layout.
import { dateParse } from '../../core/dates';
import type { StatementLayout, StatementSpec } from '../../core/reports/statement';
import type { IsoDate } from '../../core/types';
import { GasError } from '../gas-error';

/** What callers send: plain JSON (dates as YYYY-MM-DD text). */
export interface StatementRequest {
  readonly customerId: string;
  readonly from: string;
  readonly to: string;
  readonly layout: StatementLayout;
}

/** The same for every customer at once. */
export type StatementAllRequest = Omit<StatementRequest, 'customerId'>;

function requestDate(value: unknown): IsoDate {
  const date = typeof value === 'string' ? dateParse(value.trim()) : null;
  if (!date) throw new GasError('statement.dateInvalid', { value: String(value ?? '') });
  return date;
}

function requestLayout(value: unknown): StatementLayout {
  if (value === undefined || value === null || value === '' || value === 'balance-forward') return 'balance-forward';
  if (value === 'open-item') return 'open-item';
  throw new GasError('statement.layoutInvalid', { value: String(value) });
}

/** The period and layout of a request; a bad date, a period that ends before it starts or an unknown layout is refused. */
export function statementPeriodParse(request: Partial<StatementAllRequest> | null | undefined): Omit<StatementSpec, 'customerId'> {
  const from = requestDate(request?.from);
  const to = requestDate(request?.to);
  if (from > to) throw new GasError('statement.periodInvalid', { from, to });
  return { from, to, layout: requestLayout(request?.layout) };
}

/** The engine's spec of a one-customer request; a blank customer is refused (an unknown one later, against the book). */
export function statementRequestParse(request: Partial<StatementRequest> | null | undefined): StatementSpec {
  const customerId = typeof request?.customerId === 'string' ? request.customerId.trim() : '';
  if (customerId === '') throw new GasError('statement.customerMissing');
  return { customerId, ...statementPeriodParse(request) };
}
