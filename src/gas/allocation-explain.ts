// Allocations as the sidebar shows them: amount, rule label and a sentence saying why the engine made each match.
import type { Book } from '../core/book-types';
import { messageFormat, type Catalogue } from '../core/i18n';
import { moneyFormat, moneyToDecimalString } from '../core/money';
import type { Allocation, AllocationRule, Lang } from '../core/types';
import { allocationRuleChoices, choiceLabel } from '../sheets/choices';

/** One allocation, ready to show: every field is display text except the keys, rule and kind. */
export interface AllocationView {
  /** Payment ID or credit key (ADJ-<row>). */
  readonly source: string;
  readonly sourceKind: 'payment' | 'credit';
  readonly customerId: string;
  /** Invoice No or debit key (DEBIT-<row>). */
  readonly invoiceNo: string;
  /** Formatted with the currency, in the user's language (¥1,234.50). */
  readonly amount: string;
  /** The same amount as plain decimal text ("1234.50"), for sums and tests. */
  readonly amountDecimal: string;
  readonly currency: string;
  /** YYYY-MM-DD: the date the allocation takes effect. */
  readonly date: string;
  readonly rule: AllocationRule;
  /** The rule's label in the user's language (reference / 按单号 …). */
  readonly ruleLabel: string;
  /** "Payment P00012 → INV-2026-0031: reference — the payment names this invoice". */
  readonly explanation: string;
}

const explainTexts = {
  'source.payment': { en: 'Payment {source}', 'zh-CN': '收款 {source}' },
  'source.credit': { en: 'Credit {source}', 'zh-CN': '贷项 {source}' },
  line: { en: '{who} → {invoiceNo}: {rule} — {why}', 'zh-CN': '{who} → {invoiceNo}：{rule}——{why}' },
  reference: { en: 'the payment names this invoice', 'zh-CN': '收款注明了该账单号' },
  amount: { en: 'the amount equals this invoice’s open amount', 'zh-CN': '金额与该账单的未收金额相同' },
  fifo: { en: 'applied to the oldest-due open invoice first', 'zh-CN': '按到期日先后冲抵最早的未收账单' },
  credit: {
    en: 'unapplied credit used when this invoice was issued',
    'zh-CN': '未核销的余款在该账单开具时抵扣',
  },
  manual: { en: 'allocated by hand', 'zh-CN': '人工核销' },
  hold: {
    en: '{who}: on hold — its matches were undone; it stays unapplied until allocated by hand or released',
    'zh-CN': '{who}：暂挂——已反核销；在人工核销或解除暂挂前保持未核销',
  },
} satisfies Catalogue<string>;

/** What a view needs of its source; a payment not yet recorded (a preview's draft) passes its own. */
export interface SourceFacts {
  readonly kind: 'payment' | 'credit';
  readonly customerId: string;
  readonly currency: string;
}

/** "Payment P00012" / "收款 P00012" (or the credit wording for adjustment keys). */
export function allocationSourceText(book: Book, source: string, lang: Lang): string {
  const kind = book.sourceByKey.get(source)?.kind ?? 'payment';
  return messageFormat(explainTexts[kind === 'payment' ? 'source.payment' : 'source.credit'], lang, { source });
}

/** The sentence explaining one allocation. */
export function allocationExplain(book: Book, allocation: Allocation, lang: Lang): string {
  return messageFormat(explainTexts.line, lang, {
    who: allocationSourceText(book, allocation.source, lang),
    invoiceNo: allocation.invoiceNo,
    rule: choiceLabel(allocationRuleChoices, allocation.rule, lang),
    why: messageFormat(explainTexts[allocation.rule], lang),
  });
}

/** The sentence explaining a held (undone) source. */
export function allocationHoldExplain(book: Book, source: string, lang: Lang): string {
  return messageFormat(explainTexts.hold, lang, { who: allocationSourceText(book, source, lang) });
}

/** One allocation as the sidebar shows it. */
export function allocationView(book: Book, allocation: Allocation, lang: Lang, draft?: SourceFacts): AllocationView {
  const source = draft ?? book.sourceByKey.get(allocation.source);
  const currency = source?.currency ?? book.settings.currency;
  return {
    source: allocation.source,
    sourceKind: source?.kind === 'credit' ? 'credit' : 'payment',
    customerId: source?.customerId ?? '',
    invoiceNo: allocation.invoiceNo,
    amount: moneyFormat(allocation.amount, currency, lang),
    amountDecimal: moneyToDecimalString(allocation.amount, currency),
    currency,
    date: allocation.date,
    rule: allocation.rule,
    ruleLabel: choiceLabel(allocationRuleChoices, allocation.rule, lang),
    explanation: allocationExplain(book, allocation, lang),
  };
}

