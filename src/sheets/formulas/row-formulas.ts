// The live formulas of the derived columns of Invoices, Payments and Adjustments, for one sheet row.
import { adjustmentTypeChoices, invoiceStatusChoices, type ChoiceSchema } from '../choices';
import { INVOICE_PAYMENT_STATUS_LABELS } from '../../core/reports/invoice-status';
import type { Lang } from '../../core/types';
import { cellIsOneOf, formulaText, moneyRound, onOrBeforeToday, rowCell, sumIfs } from './formula-dialect';
import { nr } from './named-ranges';

/** What every formula builder needs: the book's language (status texts) and the money's decimals. */
export interface FormulaOptions {
  readonly lang: Lang;
  /** Decimals amounts are rounded to (2 for CNY/USD); the engine's amounts have no more. */
  readonly digits: number;
}

/** Column key → 1-based column of a tab, as found by header detection (derived columns included). */
export type ColumnPositions = Readonly<Record<string, number>>;

/** The tabs with derived columns inside an input tab. */
export type RowFormulaTab = 'Invoices' | 'Payments' | 'Adjustments';

/** The derived columns of each tab, in the order the formulas depend on each other. */
export const ROW_FORMULA_KEYS: Readonly<Record<RowFormulaTab, readonly string[]>> = {
  Invoices: ['total', 'paid', 'balance', 'paymentStatus'],
  Payments: ['applied', 'unapplied'],
  Adjustments: ['direction', 'applied', 'open'],
};

/** Every way a choice can be typed that the reader accepts as `value` (value, labels, synonyms). */
function choiceSpellings<V extends string>(choices: readonly ChoiceSchema<V>[], value: V): string[] {
  const choice = choices.find((c) => c.value === value);
  if (!choice) throw new Error(`choiceSpellings: no choice ${value}`);
  return [...new Set([choice.value, choice.label.en, choice.label['zh-CN'], ...choice.synonyms])];
}

function at(columns: ColumnPositions, key: string, tab: string): number {
  const column = columns[key];
  if (column === undefined) throw new Error(`rowFormulas: ${tab} has no column ${key}`);
  return column;
}

/** Allocations dated on or before today (what the engine counts as of today). */
function allocatedToday(keyRange: string, key: string): string {
  return sumIfs(nr('Allocations', 'amount'), [nr('Allocations', keyRange), key], [nr('Allocations', 'date'), onOrBeforeToday()]);
}

/**
 * Invoices: Total = Σ Sales amounts billed on it; Paid = Σ allocations to it dated ≤ today (0 when Draft or
 * Void); Balance = Total − Paid (0 when Draft or Void); Payment Status as invoicePaymentStatus decides it.
 */
export function invoiceRowFormulas(columns: ColumnPositions, row: number, options: FormulaOptions): Record<string, string> {
  const c = (key: string) => rowCell(at(columns, key, 'Invoices'), row);
  const draft = cellIsOneOf(c('status'), choiceSpellings(invoiceStatusChoices, 'Draft'));
  const voided = cellIsOneOf(c('status'), choiceSpellings(invoiceStatusChoices, 'Void'));
  const inactive = cellIsOneOf(c('status'), [...choiceSpellings(invoiceStatusChoices, 'Draft'), ...choiceSpellings(invoiceStatusChoices, 'Void')]);
  const label = (status: keyof typeof INVOICE_PAYMENT_STATUS_LABELS) => formulaText(INVOICE_PAYMENT_STATUS_LABELS[status][options.lang]);
  const open = moneyRound(`${c('total')}-${c('paid')}`, options.digits);
  const sales = sumIfs(nr('Sales', 'amount'), [nr('Sales', 'invoiceNo'), c('invoiceNo')]);
  return {
    total: `=${moneyRound(sales, options.digits)}`,
    paid: `=IF(${inactive},0,${moneyRound(allocatedToday('invoiceNo', c('invoiceNo')), options.digits)})`,
    balance: `=IF(${inactive},0,${open})`,
    paymentStatus:
      `=IF(${draft},${label('Draft')},IF(${voided},${label('Void')},IF(${open}<=0,${label('Paid')},` +
      `IF(TODAY()>${c('dueDate')},${label('Overdue')},IF(${c('paid')}>0,${label('Partial')},${label('Open')})))))`,
  };
}

/** Payments: Applied = Σ allocations from it dated ≤ today; Unapplied = Amount − Applied. */
export function paymentRowFormulas(columns: ColumnPositions, row: number, options: FormulaOptions): Record<string, string> {
  const c = (key: string) => rowCell(at(columns, key, 'Payments'), row);
  return {
    applied: `=${moneyRound(allocatedToday('source', c('paymentId')), options.digits)}`,
    unapplied: `=${moneyRound(`${c('amount')}-${c('applied')}`, options.digits)}`,
  };
}

/**
 * Adjustments: Direction = 1 for a Debit (an open item), −1 for a Credit Note or Write-off (a source);
 * Applied = Σ allocations from ADJ-<row> or to DEBIT-<row> dated ≤ today (the engine's keys of the row);
 * Open = Amount − Applied (a debit's open amount, a credit's unapplied rest).
 */
export function adjustmentRowFormulas(columns: ColumnPositions, row: number, options: FormulaOptions): Record<string, string> {
  const c = (key: string) => rowCell(at(columns, key, 'Adjustments'), row);
  const debit = cellIsOneOf(c('type'), choiceSpellings(adjustmentTypeChoices, 'Debit'));
  const applied = `${allocatedToday('source', formulaText(`ADJ-${row}`))}+${allocatedToday('invoiceNo', formulaText(`DEBIT-${row}`))}`;
  return {
    direction: `=IF(${debit},1,-1)`,
    applied: `=${moneyRound(applied, options.digits)}`,
    open: `=${moneyRound(`${c('amount')}-${c('applied')}`, options.digits)}`,
  };
}

/** The derived formulas of one row of `tab`. */
export function rowFormulas(tab: RowFormulaTab, columns: ColumnPositions, row: number, options: FormulaOptions): Record<string, string> {
  if (tab === 'Invoices') return invoiceRowFormulas(columns, row, options);
  if (tab === 'Payments') return paymentRowFormulas(columns, row, options);
  return adjustmentRowFormulas(columns, row, options);
}
