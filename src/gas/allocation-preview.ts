// The record-payment form's live preview: how a payment not yet saved would be allocated, explained.
import { bookBuild } from '../core/book';
import { paymentAllocationPreview } from '../core/allocation-tools';
import { moneyFormat } from '../core/money';
import { problemMessage } from '../core/problems';
import type { Lang } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { allocationView, type AllocationView } from './allocation-explain';
import { paymentFormCheck } from './form-payment';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';
import { LEDGER_TABS } from './reconcile-tables';
import { spreadsheetToday } from './spreadsheet-date';

/** The payment as typed so far. */
export interface PaymentPreviewRequest {
  readonly customerId: string;
  /** Decimal text in major units ("1,234.50"). */
  readonly amount: string | number;
  /** YYYY-MM-DD; blank = today. */
  readonly date?: string;
  readonly reference?: string;
  readonly invoiceNo?: string;
}

export interface PaymentPreviewView {
  /** The P-number it would get. */
  readonly paymentId: string;
  /** The allocations it would make, with rule and explanation (no manual ones: it is new). */
  readonly allocations: readonly AllocationView[];
  /** What would stay unapplied, formatted. */
  readonly unapplied: string;
  /** Problems of the draft as a row (e.g. a Void invoice named), translated. */
  readonly problems: readonly string[];
}

/**
 * Previews the payment without writing anything (no lock: nothing is numbered). Invalid input is refused
 * with the record-payment form's own messages, so the preview and the Save button agree.
 */
export function paymentPreviewRead(request: PaymentPreviewRequest, lang: Lang): PaymentPreviewView {
  const spreadsheet = spreadsheetActive();
  const book = bookBuild(bookRead(ledgerTablesRead(spreadsheet, LEDGER_TABS), { lang }).input);
  const form = { ...request, amount: request.amount === undefined ? undefined : String(request.amount) };
  const { draft, currency } = paymentFormCheck(form, book, spreadsheetToday(spreadsheet), lang);
  const preview = paymentAllocationPreview(book, draft);
  const facts = { kind: 'payment' as const, customerId: draft.customerId, currency };
  return {
    paymentId: preview.paymentId,
    allocations: preview.allocations.map((allocation) => allocationView(book, allocation, lang, facts)),
    unapplied: moneyFormat(preview.unapplied, currency, lang),
    problems: preview.problems.map((problem) => problemMessage(problem, lang)),
  };
}
