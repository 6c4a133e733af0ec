// The sidebar's allocation actions: undo a payment's matches (反核销) and add a manual allocation, each then reconciled.
import { paymentUnallocate, sourceRelease } from '../core/allocation-tools';
import type { Book, LedgerItem, LedgerSource } from '../core/book-types';
import { dateMax, dateParse } from '../core/dates';
import { minor, moneyFormat, moneyParse, moneyToDecimalString } from '../core/money';
import type { Allocation, IsoDate, Lang, Minor } from '../core/types';
import { cellKey } from '../sheets/cell-text';
import { allocationRuleChoices, choiceLabel, invoiceStatusChoices } from '../sheets/choices';
import { dateCell } from './allocation-tab';
import { GasError } from './gas-error';
import { documentLocked } from './allocation-lock';
import { reconcileRead, reconcileRebuild, reconcileWrite, type ReconcileRead } from './reconcile-run';
import type { ReconcileView } from './reconcile-view';

/** An allocation's amount as plain decimal text with its currency, for the Audit Log ("500.00 CNY"). */
function amountText(book: Book, allocation: Allocation): string {
  const currency = book.sourceByKey.get(allocation.source)?.currency ?? book.settings.currency;
  return `${moneyToDecimalString(allocation.amount, currency)} ${currency}`;
}

/** A manual allocation typed in the sidebar. */
export interface ManualAllocationRequest {
  /** Payment ID or credit key (ADJ-<row>). */
  readonly source: string;
  readonly invoiceNo: string;
  /** Decimal text or a number in major units ("1,234.50", 1234.5). */
  readonly amount: string | number;
  /** YYYY-MM-DD; default: the later of the payment's date and the invoice's issue date. */
  readonly date?: string;
}

/** The source of an action, or a translated error naming it. */
function sourceOf(book: Book, key: string): LedgerSource {
  const source = book.sourceByKey.get(key);
  if (!source) throw new GasError('allocation.sourceUnknown', { source: key });
  return source;
}

/**
 * Undoes every allocation of `sourceKey` (反核销): its manual rows are struck, it is put on hold so the
 * automatic rules leave it unapplied, and the tab is rewritten. Returns the refreshed view.
 */
export function allocationUndo(sourceKey: string, lang: Lang): ReconcileView {
  return documentLocked(() => {
    const read = reconcileRead(lang);
    const key = cellKey(sourceKey);
    sourceOf(read.book, key);
    const undo = paymentUnallocate(read.book, key);
    if (undo.removed.length === 0 && (read.book.input.heldSources ?? []).includes(key)) {
      throw new GasError('allocation.nothingToUndo', { source: key });
    }
    const book = reconcileRebuild(read, { manualAllocations: undo.manualAllocations, heldSources: undo.heldSources });
    const manualRows = read.tab.manual.filter((row) => cellKey(row[read.tab.columns.source!]) !== key);
    const before = undo.removed.map((a) => `${a.invoiceNo} ${amountText(read.book, a)} (${a.rule})`).join('; ');
    return reconcileWrite(read, book, manualRows, { action: 'allocation.undo', what: key, before, after: 'hold' });
  });
}

/**
 * Releases a held source (the opposite of allocationUndo): its hold row goes and the automatic rules apply it
 * again on this very run. Deleting the hold row from the Allocations tab by hand does the same.
 */
export function allocationRelease(sourceKey: string, lang: Lang): ReconcileView {
  return documentLocked(() => {
    const read = reconcileRead(lang);
    const key = cellKey(sourceKey);
    if (!(read.book.input.heldSources ?? []).includes(key)) throw new GasError('allocation.notHeld', { source: key });
    const book = reconcileRebuild(read, { heldSources: sourceRelease(read.book, key) });
    return reconcileWrite(read, book, read.tab.manual, { action: 'allocation.release', what: key, before: 'hold', after: 'automatic' });
  });
}

/** What is still free on each side for a new manual allocation: manual allocations come first, so only they count. */
function manualRoom(book: Book, source: LedgerSource, item: LedgerItem): { sourceLeft: number; itemLeft: number } {
  let sourceLeft: number = source.amount;
  let itemLeft: number = item.amount;
  for (const a of book.allocations) {
    if (a.rule !== 'manual') continue;
    if (a.source === source.key) sourceLeft -= a.amount;
    if (a.invoiceNo === item.key) itemLeft -= a.amount;
  }
  return { sourceLeft, itemLeft };
}

/** The target of a manual allocation: an issued invoice or a debit of the same customer. */
function targetOf(book: Book, invoiceNo: string, source: LedgerSource, lang: Lang): LedgerItem {
  const item = book.itemByKey.get(invoiceNo);
  if (!item) {
    const invoice = book.invoiceByNo.get(invoiceNo);
    if (!invoice) throw new GasError('allocation.invoiceUnknown', { invoiceNo });
    throw new GasError('allocation.invoiceNotOpen', { invoiceNo, status: choiceLabel(invoiceStatusChoices, invoice.status, lang) });
  }
  if (item.customerId !== source.customerId) {
    throw new GasError('allocation.customerMismatch', {
      source: source.key, sourceCustomer: source.customerId, invoiceNo, invoiceCustomer: item.customerId,
    });
  }
  return item;
}

/** The request checked against the book: a manual allocation that fits, or a translated error. */
export function manualAllocationCheck(book: Book, request: ManualAllocationRequest, lang: Lang): Allocation {
  const source = sourceOf(book, cellKey(request.source));
  const item = targetOf(book, cellKey(request.invoiceNo), source, lang);
  const amountText = String(request.amount ?? '').trim();
  const amount = moneyParse(amountText.replace(/,/g, ''), source.currency);
  if (amount === null || amount <= 0) throw new GasError('allocation.amountInvalid', { value: amountText });
  const { sourceLeft, itemLeft } = manualRoom(book, source, item);
  const left = Math.max(0, Math.min(sourceLeft, itemLeft));
  if (amount > left) {
    const show = (n: number): string => moneyFormat(minor(Math.max(0, n)), source.currency, lang);
    throw new GasError('allocation.overAllocation', {
      amount: show(amount), source: source.key, invoiceNo: item.key, left: show(left), sourceLeft: show(sourceLeft), invoiceLeft: show(itemLeft),
    });
  }
  return { source: source.key, invoiceNo: item.key, amount: amount as Minor, date: manualDate(request.date, source, item), rule: 'manual' };
}

function manualDate(text: string | undefined, source: LedgerSource, item: LedgerItem): IsoDate {
  const given = String(text ?? '').trim();
  if (given === '') return dateMax(source.date, item.issueDate);
  const date = dateParse(given);
  if (!date) throw new GasError('allocation.dateInvalid', { value: given });
  return date;
}

/** The Allocations row of a new manual allocation (the tab's columns; text cells made safe when written). */
function manualRow(read: ReconcileRead, allocation: Allocation, amountCell: number): unknown[] {
  const row = new Array<unknown>(read.tab.width).fill('');
  const { columns } = read.tab;
  row[columns.source!] = allocation.source;
  row[columns.invoiceNo!] = allocation.invoiceNo;
  row[columns.amount!] = amountCell;
  row[columns.date!] = dateCell(allocation.date);
  row[columns.rule!] = choiceLabel(allocationRuleChoices, 'manual', read.lang);
  row[columns.at!] = read.stamp.at;
  row[columns.by!] = read.stamp.by;
  return row;
}

/** Adds a manual allocation (checked first, nothing written when it does not fit) and reconciles around it. */
export function allocationAddManual(request: ManualAllocationRequest, lang: Lang): ReconcileView {
  return documentLocked(() => {
    const read = reconcileRead(lang);
    const allocation = manualAllocationCheck(read.book, request, lang);
    const manualAllocations = [...read.book.input.manualAllocations, allocation];
    const book = reconcileRebuild(read, { manualAllocations });
    const currency = read.book.sourceByKey.get(allocation.source)!.currency;
    const amountCell = Number(moneyToDecimalString(allocation.amount, currency));
    const audit = { action: 'allocation.manual', what: `${allocation.source} → ${allocation.invoiceNo}`, before: '', after: `${amountText(read.book, allocation)} on ${allocation.date}` };
    return reconcileWrite(read, book, [...read.tab.manual, manualRow(read, allocation, amountCell)], audit);
  });
}
