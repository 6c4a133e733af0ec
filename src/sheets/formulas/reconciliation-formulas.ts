// The Reconciliation 对账 tab: one row per customer, every figure a live formula as of TODAY().
import { agingBuckets } from '../../core/reports/aging-buckets';
import type { Lang } from '../../core/types';
import { formulaText, moneyRound, onOrAfterToday, onOrBeforeToday, rowCell, sumIfs } from './formula-dialect';
import { nr } from './named-ranges';
import type { FormulaOptions } from './row-formulas';

export interface ReconciliationOptions extends FormulaOptions {
  /** Aging bucket bounds in days (Settings), e.g. [30, 60, 90]. */
  readonly bounds: readonly number[];
  /** The Settings currency, shown for customers without one. */
  readonly currency: string;
}

/** One column of the tab: its key and header per language. */
export interface ReconciliationColumn {
  readonly key: string;
  readonly header: { readonly en: string; readonly 'zh-CN': string };
}

const FIXED_HEAD: readonly ReconciliationColumn[] = [
  { key: 'customerId', header: { en: 'Customer ID', 'zh-CN': '客户编号' } },
  { key: 'name', header: { en: 'Name', 'zh-CN': '客户名称' } },
  { key: 'currency', header: { en: 'Currency', 'zh-CN': '币种' } },
  { key: 'invoiced', header: { en: 'Invoiced', 'zh-CN': '已开票' } },
  { key: 'debits', header: { en: 'Debits', 'zh-CN': '借项' } },
  { key: 'received', header: { en: 'Received', 'zh-CN': '已收款' } },
  { key: 'credits', header: { en: 'Credits', 'zh-CN': '贷项' } },
  { key: 'balance', header: { en: 'Balance', 'zh-CN': '余额' } },
  { key: 'unapplied', header: { en: 'Unapplied', 'zh-CN': '未核销' } },
];

const FIXED_TAIL: readonly ReconciliationColumn[] = [
  { key: 'creditLimit', header: { en: 'Credit Limit', 'zh-CN': '信用额度' } },
  { key: 'overLimit', header: { en: 'Over Limit', 'zh-CN': '超额' } },
];

const OVER_LIMIT: { readonly en: string; readonly 'zh-CN': string } = { en: 'Over limit', 'zh-CN': '超额' };

/** The columns of the tab for these bucket bounds: the figures, one column per bucket (bucket0, …), the limit. */
export function reconciliationColumns(bounds: readonly number[]): ReconciliationColumn[] {
  const buckets = agingBuckets(bounds, 'due').map((bucket, index) => ({ key: `bucket${index}`, header: bucket.label }));
  return [...FIXED_HEAD, ...buckets, ...FIXED_TAIL];
}

/** The header row in `lang`. */
export function reconciliationHeaders(bounds: readonly number[], lang: Lang): string[] {
  return reconciliationColumns(bounds).map((column) => column.header[lang]);
}

/** INDEX/MATCH of the customer's value in a Customers column, as text ('' when absent). */
function customerField(id: string, key: string): string {
  return `INDEX(${nr('Customers', key)},MATCH(${id},${nr('Customers', 'customerId')},0))&""`;
}

/**
 * Open items of the customer whose days past due are in [from, to] (to null = no upper end, from null =
 * not due): invoice balances by Due Date (issued by today) plus open debits by their date (their due date).
 */
function bucketFormula(id: string, from: number | null, to: number | null, digits: number): string {
  const dueRange = (range: string): [string, string][] => {
    const criteria: [string, string][] = [];
    // days = today − due ∈ [from, to]  ⇔  due ∈ [today − to, today − from]; not due ⇔ due ≥ today.
    if (from === null) criteria.push([range, onOrAfterToday()]);
    else {
      if (to !== null) criteria.push([range, onOrAfterToday(to)]);
      criteria.push([range, onOrBeforeToday(from)]);
    }
    return criteria;
  };
  const invoices = sumIfs(
    nr('Invoices', 'balance'),
    [nr('Invoices', 'customerId'), id],
    [nr('Invoices', 'issueDate'), onOrBeforeToday()],
    ...dueRange(nr('Invoices', 'dueDate')),
  );
  const debits = sumIfs(
    nr('Adjustments', 'open'),
    [nr('Adjustments', 'customerId'), id],
    [nr('Adjustments', 'direction'), '1'],
    [nr('Adjustments', 'date'), onOrBeforeToday()],
    ...dueRange(nr('Adjustments', 'date')),
  );
  return `=${moneyRound(`${invoices}+${debits}`, digits)}`;
}

/**
 * The formulas of the customer row at sheet row `row` (the Customer ID itself is a value in column A).
 * Invoiced sums Paid + Balance of invoices issued by today, which is their Total for Issued invoices and 0
 * for Draft and Void ones (both columns are 0 there) — so no status test is repeated per customer.
 */
export function reconciliationRowFormulas(row: number, options: ReconciliationOptions): Record<string, string> {
  const columns = reconciliationColumns(options.bounds);
  const col = (key: string) => rowCell(columns.findIndex((c) => c.key === key) + 1, row);
  const id = col('customerId');
  const d = options.digits;
  const byCustomer = (tab: 'Invoices' | 'Payments' | 'Adjustments', dateKey: string): [string, string][] => [
    [nr(tab, 'customerId'), id],
    [nr(tab, dateKey), onOrBeforeToday()],
  ];
  const direction = (sign: string): [string, string] => [nr('Adjustments', 'direction'), sign];
  const formulas: Record<string, string> = {
    name: `=IFERROR(${customerField(id, 'name')},"")`,
    currency: `=IFERROR(IF(${customerField(id, 'currency')}="",${formulaText(options.currency)},${customerField(id, 'currency')}),${formulaText(options.currency)})`,
    invoiced: `=${moneyRound(`${sumIfs(nr('Invoices', 'paid'), ...byCustomer('Invoices', 'issueDate'))}+${sumIfs(nr('Invoices', 'balance'), ...byCustomer('Invoices', 'issueDate'))}`, d)}`,
    debits: `=${moneyRound(sumIfs(nr('Adjustments', 'amount'), ...byCustomer('Adjustments', 'date'), direction('1')), d)}`,
    received: `=${moneyRound(sumIfs(nr('Payments', 'amount'), ...byCustomer('Payments', 'date')), d)}`,
    credits: `=${moneyRound(sumIfs(nr('Adjustments', 'amount'), ...byCustomer('Adjustments', 'date'), direction('-1')), d)}`,
    balance: `=${moneyRound(`${col('invoiced')}+${col('debits')}-${col('received')}-${col('credits')}`, d)}`,
    unapplied: `=${moneyRound(`${sumIfs(nr('Payments', 'unapplied'), ...byCustomer('Payments', 'date'))}+${sumIfs(nr('Adjustments', 'open'), ...byCustomer('Adjustments', 'date'), direction('-1'))}`, d)}`,
    creditLimit: `=IFERROR(IF(${customerField(id, 'creditLimit')}="","",INDEX(${nr('Customers', 'creditLimit')},MATCH(${id},${nr('Customers', 'customerId')},0))),"")`,
    overLimit: `=IF(${col('creditLimit')}="","",IF(${col('balance')}>${col('creditLimit')},${formulaText(OVER_LIMIT[options.lang])},""))`,
  };
  agingBuckets(options.bounds, 'due').forEach((bucket, index) => {
    formulas[`bucket${index}`] = bucketFormula(id, bucket.from, bucket.to, d);
  });
  return formulas;
}

/** The row of formulas in column order (column A, the Customer ID, is not a formula: null). */
export function reconciliationRow(row: number, options: ReconciliationOptions): (string | null)[] {
  const formulas = reconciliationRowFormulas(row, options);
  return reconciliationColumns(options.bounds).map((column) => formulas[column.key] ?? null);
}
