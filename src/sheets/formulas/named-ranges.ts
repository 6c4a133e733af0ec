// The named ranges the formulas read: one per managed column, covering the whole column of its tab.
import type { TabName } from '../../core/types';

/** A column a formula reads, by tab and schema key. */
export interface FormulaColumn {
  readonly tab: TabName;
  readonly key: string;
}

/** The name of a column's named range: ASCII (Sheets and HyperFormula both accept it), e.g. CL_Sales_amount. */
export function rangeName(tab: TabName, key: string): string {
  return `CL_${tab}_${key}`;
}

/** Every column some derived formula reads through a named range. */
export const FORMULA_COLUMNS: readonly FormulaColumn[] = [
  { tab: 'Customers', key: 'customerId' },
  { tab: 'Customers', key: 'name' },
  { tab: 'Customers', key: 'currency' },
  { tab: 'Customers', key: 'creditLimit' },
  { tab: 'Sales', key: 'invoiceNo' },
  { tab: 'Sales', key: 'amount' },
  { tab: 'Invoices', key: 'customerId' },
  { tab: 'Invoices', key: 'issueDate' },
  { tab: 'Invoices', key: 'dueDate' },
  { tab: 'Invoices', key: 'paid' },
  { tab: 'Invoices', key: 'balance' },
  { tab: 'Payments', key: 'customerId' },
  { tab: 'Payments', key: 'date' },
  { tab: 'Payments', key: 'amount' },
  { tab: 'Payments', key: 'unapplied' },
  { tab: 'Adjustments', key: 'customerId' },
  { tab: 'Adjustments', key: 'date' },
  { tab: 'Adjustments', key: 'amount' },
  { tab: 'Adjustments', key: 'direction' },
  { tab: 'Adjustments', key: 'open' },
  { tab: 'Allocations', key: 'source' },
  { tab: 'Allocations', key: 'invoiceNo' },
  { tab: 'Allocations', key: 'amount' },
  { tab: 'Allocations', key: 'date' },
];

/** The named range of a column the formulas read. */
export function nr(tab: TabName, key: string): string {
  return rangeName(tab, key);
}
