// Manual allocations (rule 'manual'): checked against sources and targets before automatic allocation runs.
import type { LedgerItem, LedgerSource } from './book-types';
import { dateMax } from './dates';
import type { KeyedLookup } from './keyed-lookup';
import { minor, moneyToDecimalString } from './money';
import { problemMake, type Problem, type ProblemCode } from './problems';
import type { Allocation, InvoiceStatus } from './types';

/** What the manual pass needs to know about the book. */
export interface ManualAllocationContext {
  readonly itemByKey: KeyedLookup<LedgerItem>;
  readonly sourceByKey: KeyedLookup<LedgerSource>;
  /** Every valid invoice, so a Void or Draft target gets its own message. */
  readonly invoiceByNo: ReadonlyMap<string, { readonly status: InvoiceStatus }>;
}

/** The valid manual allocations (dates moved to no earlier than source and target) and what they use up. */
export interface ManualAllocationResult {
  readonly allocations: readonly Allocation[];
  readonly appliedToItem: ReadonlyMap<string, number>;
  readonly appliedFromSource: ReadonlyMap<string, number>;
}

/**
 * Keeps each manual allocation, in sheet order, whose source is a payment or credit, whose target is an open
 * item of the same customer, and which fits in what is left of both; reports the others (row skipped).
 */
export function manualAllocationsCheck(
  manual: readonly Allocation[],
  context: ManualAllocationContext,
  problems: Problem[],
): ManualAllocationResult {
  const appliedToItem = new Map<string, number>();
  const appliedFromSource = new Map<string, number>();
  const allocations: Allocation[] = [];
  for (const allocation of manual) {
    const row = allocation.sourceRef?.row ?? 0;
    const report = (code: ProblemCode, value: string, params = {}): void => {
      problems.push(problemMake('Allocations', row, code, { value, params }));
    };
    const source = context.sourceByKey.get(allocation.source);
    if (!source) {
      report('unknown-allocation-source', allocation.source);
      continue;
    }
    const item = context.itemByKey.get(allocation.invoiceNo);
    if (!item) {
      const status = context.invoiceByNo.get(allocation.invoiceNo)?.status;
      if (status === 'Void') report('void-invoice', allocation.invoiceNo);
      else if (status === 'Draft') report('draft-invoice', allocation.invoiceNo);
      else report('unknown-allocation-target', allocation.invoiceNo);
      continue;
    }
    if (item.customerId !== source.customerId) {
      report('invoice-customer-mismatch', item.key, { invoiceCustomer: item.customerId, customer: source.customerId });
      continue;
    }
    const amountText = moneyToDecimalString(allocation.amount, source.currency);
    if (allocation.amount <= 0) {
      problems.push(problemMake('Allocations', row, allocation.amount < 0 ? 'negative-amount' : 'zero-amount', { column: 'Amount', value: amountText }));
      continue;
    }
    const sourceLeft = source.amount - (appliedFromSource.get(source.key) ?? 0);
    const itemLeft = item.amount - (appliedToItem.get(item.key) ?? 0);
    const left = Math.min(sourceLeft, itemLeft);
    if (allocation.amount > left) {
      const leftText = moneyToDecimalString(minor(Math.max(0, left)), source.currency);
      report('over-allocation', amountText, { source: source.key, invoiceNo: item.key, left: leftText });
      continue;
    }
    const date = dateMax(allocation.date, dateMax(source.date, item.issueDate));
    if (date !== allocation.date) report('allocation-date-adjusted', allocation.date, { date });
    appliedFromSource.set(source.key, (appliedFromSource.get(source.key) ?? 0) + allocation.amount);
    appliedToItem.set(item.key, (appliedToItem.get(item.key) ?? 0) + allocation.amount);
    allocations.push({
      source: allocation.source,
      invoiceNo: allocation.invoiceNo,
      amount: allocation.amount,
      date,
      rule: 'manual',
      ...(allocation.at !== undefined ? { at: allocation.at } : {}),
      ...(allocation.by !== undefined ? { by: allocation.by } : {}),
      ...(allocation.sourceRef !== undefined ? { sourceRef: allocation.sourceRef } : {}),
    });
  }
  return { allocations, appliedToItem, appliedFromSource };
}
