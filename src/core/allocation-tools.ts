// Actions on allocations for the sidebar: undo a payment's matches (反核销) and preview a payment before saving it.
import { bookBuild } from './book';
import { paymentIdsAssign } from './book-payments';
import type { Book } from './book-types';
import { documentNoKey } from './document-no';
import type { Problem } from './problems';
import type { Allocation, BookInput, Minor, Payment, PaymentId } from './types';
import { minor } from './money';

/** What to write after undoing a payment's allocations. */
export interface PaymentUnallocation {
  /** Every allocation the source had (manual and automatic): the rows to strike from Allocations. */
  readonly removed: readonly Allocation[];
  /** The new manual allocation set (the input's, without this source's). */
  readonly manualAllocations: readonly Allocation[];
  /** The new held set: this source is added, so automatic allocation leaves it unapplied. */
  readonly heldSources: readonly string[];
}

/**
 * Undoes the allocations of a payment (or credit key) in one call. Rebuilding the book with the returned
 * manualAllocations and heldSources leaves it wholly unapplied until the user allocates it by hand or
 * releases it (sourceRelease).
 */
export function paymentUnallocate(book: Book, paymentId: PaymentId): PaymentUnallocation {
  const held = book.input.heldSources ?? [];
  return {
    removed: book.allocationsBySource.get(paymentId) ?? [],
    manualAllocations: book.input.manualAllocations.filter((a) => a.source !== paymentId),
    heldSources: held.includes(paymentId) ? held : [...held, paymentId],
  };
}

/** The held set without `sourceKey`: automatic allocation applies it again on the next build. */
export function sourceRelease(book: Book, sourceKey: string): readonly string[] {
  return (book.input.heldSources ?? []).filter((key) => key !== sourceKey);
}

/** The input with `patch` applied: a small helper so actions return a ready-to-build input. */
export function bookInputWith(book: Book, patch: Partial<BookInput>): BookInput {
  return { ...book.input, ...patch };
}

/** How a payment not yet recorded would be allocated. */
export interface PaymentAllocationPreview {
  /** The id it would get (its own, or the next free P-number). */
  readonly paymentId: PaymentId;
  readonly allocations: readonly Allocation[];
  readonly unapplied: Minor;
  /** Problems of the draft row itself (unknown customer, void invoice, …); empty when it would load. */
  readonly problems: readonly Problem[];
}

/** A payment typed in the sidebar: a Payment whose sheet row does not exist yet. */
export type PaymentDraft = Omit<Payment, 'source'> & { readonly source?: Payment['source'] };

/**
 * Previews `draft` as if it were the next row of Payments: only its customer's records are rebuilt, so the
 * cost is that customer's size. Existing payments keep the ids the book gave them.
 */
export function paymentAllocationPreview(book: Book, draft: PaymentDraft): PaymentAllocationPreview {
  const row = book.input.payments.reduce((max, p) => Math.max(max, p.source.row), 1) + 1;
  const source = { tab: 'Payments' as const, row };
  const ids = paymentIdsAssign([...book.input.payments, { ...draft, source }]);
  const paymentId = ids[ids.length - 1]!;
  const customerId = draft.customerId;
  const named = draft.invoiceNo === null ? null : documentNoKey(draft.invoiceNo);
  const payments: Payment[] = book.payments.filter((p) => p.customerId === customerId).map((p) => ({ ...p, id: p.id }));
  payments.push({ ...draft, id: paymentId, source });
  const sourceKeys = new Set([...payments.map((p) => p.id), ...book.sources.filter((s) => s.customerId === customerId).map((s) => s.key)]);
  const namedInvoice = named === null ? undefined : book.invoices.find((i) => documentNoKey(i.invoiceNo) === named);
  const preview = bookBuild({
    settings: book.settings,
    customers: book.input.customers.filter((c) => c.id === customerId || c.id === namedInvoice?.customerId),
    sales: book.sales.filter((s) => s.customerId === customerId),
    invoices: book.input.invoices.filter((i) => i.customerId === customerId || i.invoiceNo === namedInvoice?.invoiceNo),
    payments,
    adjustments: book.input.adjustments.filter((a) => a.customerId === customerId),
    manualAllocations: book.input.manualAllocations.filter((a) => sourceKeys.has(a.source)),
    heldSources: book.input.heldSources ?? [],
  });
  const allocations = preview.allocationsBySource.get(paymentId) ?? [];
  const applied = allocations.reduce((sum, a) => sum + a.amount, 0);
  const loaded = preview.paymentById.has(paymentId);
  return {
    paymentId,
    allocations,
    unapplied: minor(loaded ? draft.amount - applied : 0),
    problems: preview.problems.filter((p) => p.tab === 'Payments' && p.row === row),
  };
}
