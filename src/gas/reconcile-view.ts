// What Reconcile now and the allocation actions return to the sidebar: every allocation explained, the new ones, holds.
import type { Book } from '../core/book-types';
import { messageFormat, type Catalogue } from '../core/i18n';
import { minor, moneyFormat } from '../core/money';
import type { IsoDate, Lang } from '../core/types';
import { allocationHoldExplain, allocationView, type AllocationView } from './allocation-explain';

/** A payment or credit on hold (反核销): automatic allocation leaves it alone. */
export interface HeldSourceView {
  readonly source: string;
  readonly sourceKind: 'payment' | 'credit';
  /** '' when the source is no longer in the book. */
  readonly customerId: string;
  /** Its whole amount, formatted ('' when unknown). */
  readonly amount: string;
  readonly explanation: string;
}

export interface ReconcileSummary {
  readonly asOf: IsoDate;
  /** Every allocation in the book after the run (manual + automatic). */
  readonly allocationCount: number;
  readonly newCount: number;
  readonly manualCount: number;
  readonly heldCount: number;
  /** Payments and credits with something left unapplied. */
  readonly unappliedCount: number;
  readonly problemCount: number;
  /** The first problems, translated (row-numbered), at most 20. */
  readonly problems: readonly string[];
  /** One line saying what happened, in the user's language. */
  readonly text: string;
}

export interface ReconcileView {
  /** Automatic allocations the previous run did not have, in the engine's order. */
  readonly newAllocations: readonly AllocationView[];
  /** Every allocation: manual first, then automatic, in the engine's order. */
  readonly allocations: readonly AllocationView[];
  readonly held: readonly HeldSourceView[];
  readonly summary: ReconcileSummary;
}

const summaryTexts = {
  text: {
    en: 'Reconciled: {count} allocations ({new} new, {manual} manual), {held} on hold, {unapplied} payments or credits with unapplied money.',
    'zh-CN': '已对账：共 {count} 笔核销（新增 {new} 笔，手工 {manual} 笔），暂挂 {held} 笔，{unapplied} 笔收款或贷项尚有未核销金额。',
  },
} satisfies Catalogue<string>;

const PROBLEMS_SHOWN = 20;

function heldView(book: Book, source: string, lang: Lang): HeldSourceView {
  const found = book.sourceByKey.get(source);
  return {
    source,
    sourceKind: found?.kind === 'credit' ? 'credit' : 'payment',
    customerId: found?.customerId ?? '',
    amount: found ? moneyFormat(minor(found.amount), found.currency, lang) : '',
    explanation: allocationHoldExplain(book, source, lang),
  };
}

/** Sources with money left after every allocation (all dates). */
function unappliedCount(book: Book): number {
  const applied = new Map<string, number>();
  for (const a of book.allocations) applied.set(a.source, (applied.get(a.source) ?? 0) + a.amount);
  return book.sources.filter((s) => s.amount - (applied.get(s.key) ?? 0) > 0).length;
}

/** The view of `book` after a run whose new automatic allocations (already made views) are `fresh`. */
export function reconcileViewMake(
  book: Book,
  fresh: readonly AllocationView[],
  problems: readonly string[],
  asOf: IsoDate,
  lang: Lang,
): ReconcileView {
  const allocations = book.allocations.map((a) => allocationView(book, a, lang));
  const held = (book.input.heldSources ?? []).map((source) => heldView(book, source, lang));
  const counts = {
    count: allocations.length,
    new: fresh.length,
    manual: book.allocations.filter((a) => a.rule === 'manual').length,
    held: held.length,
    unapplied: unappliedCount(book),
  };
  return {
    newAllocations: fresh,
    allocations,
    held,
    summary: {
      asOf,
      allocationCount: counts.count,
      newCount: counts.new,
      manualCount: counts.manual,
      heldCount: counts.held,
      unappliedCount: counts.unapplied,
      problemCount: problems.length,
      problems: problems.slice(0, PROBLEMS_SHOWN),
      text: messageFormat(summaryTexts.text, lang, counts),
    },
  };
}

/** The summary line in both languages (for the menu's notice above the sidebar). */
export function reconcileNotice(view: ReconcileView): { en: string; 'zh-CN': string } {
  const counts = {
    count: view.summary.allocationCount,
    new: view.summary.newCount,
    manual: view.summary.manualCount,
    held: view.summary.heldCount,
    unapplied: view.summary.unappliedCount,
  };
  return { en: messageFormat(summaryTexts.text, 'en', counts), 'zh-CN': messageFormat(summaryTexts.text, 'zh-CN', counts) };
}
