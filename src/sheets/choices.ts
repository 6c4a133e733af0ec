// The fixed choices of choice columns (status, type, rule, currency names) with their labels in both languages.
import type { AdjustmentType, AllocationRule, CustomerStatus, InvoiceStatus, Lang } from '../core/types';
import { headerNormalize } from './schemas';

export interface ChoiceSchema<V extends string> {
  readonly value: V;
  readonly label: { readonly en: string; readonly 'zh-CN': string };
  readonly synonyms: readonly string[];
}

export const invoiceStatusChoices: readonly ChoiceSchema<InvoiceStatus>[] = [
  { value: 'Draft', label: { en: 'Draft', 'zh-CN': '草稿' }, synonyms: ['未开具', '待开'] },
  { value: 'Issued', label: { en: 'Issued', 'zh-CN': '已开具' }, synonyms: ['开具', '已开', '已开票', 'Open', 'Sent', '已发送'] },
  { value: 'Void', label: { en: 'Void', 'zh-CN': '作废' }, synonyms: ['已作废', 'Voided', 'Cancelled', 'Canceled', '取消'] },
];

export const customerStatusChoices: readonly ChoiceSchema<CustomerStatus>[] = [
  { value: 'Active', label: { en: 'Active', 'zh-CN': '正常' }, synonyms: ['启用', '活跃', '有效', 'Enabled'] },
  { value: 'Inactive', label: { en: 'Inactive', 'zh-CN': '停用' }, synonyms: ['禁用', '无效', '冻结', 'Disabled', 'Closed'] },
];

export const adjustmentTypeChoices: readonly ChoiceSchema<AdjustmentType>[] = [
  { value: 'CreditNote', label: { en: 'Credit Note', 'zh-CN': '贷项' }, synonyms: ['贷项通知', '贷项通知单', '红字', '红冲', '折让', '退货', 'Credit', 'CN'] },
  { value: 'WriteOff', label: { en: 'Write-off', 'zh-CN': '坏账核销' }, synonyms: ['坏账', '核销坏账', 'Write off', 'Bad Debt'] },
  { value: 'Debit', label: { en: 'Debit', 'zh-CN': '借项' }, synonyms: ['借项通知', '补收', '加收', 'Debit Note', 'Charge', 'DN'] },
];

export const allocationRuleChoices: readonly ChoiceSchema<AllocationRule>[] = [
  { value: 'reference', label: { en: 'reference', 'zh-CN': '按单号' }, synonyms: ['参考号', '单号'] },
  { value: 'amount', label: { en: 'amount', 'zh-CN': '按金额' }, synonyms: ['金额'] },
  { value: 'fifo', label: { en: 'fifo', 'zh-CN': '先进先出' }, synonyms: ['按账龄', 'oldest first'] },
  { value: 'credit', label: { en: 'credit', 'zh-CN': '预收抵扣' }, synonyms: ['预收', '余款'] },
  { value: 'manual', label: { en: 'manual', 'zh-CN': '手工' }, synonyms: ['手动', '人工'] },
];

/** Currency names users type instead of the ISO code. */
export const currencyChoices: readonly ChoiceSchema<string>[] = [
  { value: 'CNY', label: { en: 'CNY', 'zh-CN': 'CNY' }, synonyms: ['RMB', '人民币', '元', '¥', '￥', '人民币元'] },
  { value: 'USD', label: { en: 'USD', 'zh-CN': 'USD' }, synonyms: ['US$', '$', '美元', '美金'] },
  { value: 'EUR', label: { en: 'EUR', 'zh-CN': 'EUR' }, synonyms: ['€', '欧元'] },
  { value: 'HKD', label: { en: 'HKD', 'zh-CN': 'HKD' }, synonyms: ['HK$', '港币', '港元'] },
  { value: 'JPY', label: { en: 'JPY', 'zh-CN': 'JPY' }, synonyms: ['日元', '円'] },
  { value: 'GBP', label: { en: 'GBP', 'zh-CN': 'GBP' }, synonyms: ['£', '英镑'] },
];

/** The label of `value` in `lang`. */
export function choiceLabel<V extends string>(choices: readonly ChoiceSchema<V>[], value: V, lang: Lang): string {
  return choices.find((c) => c.value === value)?.label[lang] ?? value;
}

/** The choice whose value, label or synonym matches `text` (case, width and spacing ignored), or null. */
export function choiceFind<V extends string>(choices: readonly ChoiceSchema<V>[], text: string): V | null {
  const lookup = choiceLookup(choices);
  return lookup.get(text) ?? lookup.get(headerNormalize(text)) ?? null;
}

const lookups = new WeakMap<readonly ChoiceSchema<string>[], Map<string, string>>();

/** Every spelling of every choice (as written and normalised) → its value; built once per choice list. */
function choiceLookup<V extends string>(choices: readonly ChoiceSchema<V>[]): Map<string, V> {
  let lookup = lookups.get(choices);
  if (!lookup) {
    lookup = new Map();
    for (const choice of choices) {
      for (const name of [choice.value, choice.label.en, choice.label['zh-CN'], ...choice.synonyms]) {
        if (!lookup.has(name)) lookup.set(name, choice.value);
        const folded = headerNormalize(name);
        if (!lookup.has(folded)) lookup.set(folded, choice.value);
      }
    }
    lookups.set(choices, lookup);
  }
  return lookup as Map<string, V>;
}
