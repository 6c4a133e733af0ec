// The sidebar forms' bilingual messages and the error that carries every problem of one submitted form.
import type { Catalogue, MessageParams, MessageText } from '../core/i18n';
import { messageFormat } from '../core/i18n';
import type { Lang } from '../core/types';
import { GasError } from './gas-error';

export type FormMessageCode = keyof typeof formMessages;

export const formMessages = {
  'form.required': { en: '{field} is required.', 'zh-CN': '请填写{field}。' },
  'form.emailInvalid': { en: '“{value}” is not an email address.', 'zh-CN': '“{value}”不是有效的邮箱地址。' },
  'form.numberInvalid': { en: '{field}: “{value}” is not a number.', 'zh-CN': '{field}：“{value}”不是数字。' },
  'form.daysInvalid': {
    en: '{field}: “{value}” is not a whole number of days (0–3650).',
    'zh-CN': '{field}：“{value}”不是 0–3650 之间的整天数。',
  },
  'form.amountInvalid': { en: '{field}: “{value}” is not an amount.', 'zh-CN': '{field}：“{value}”不是有效金额。' },
  'form.amountPositive': { en: '{field} must be more than zero.', 'zh-CN': '{field}必须大于零。' },
  'form.amountNegative': { en: '{field} cannot be negative.', 'zh-CN': '{field}不能为负数。' },
  'form.dateInvalid': { en: '{field}: “{value}” is not a date (YYYY-MM-DD).', 'zh-CN': '{field}：“{value}”不是日期（YYYY-MM-DD）。' },
  'form.rateInvalid': { en: '{field}: “{value}” is not a rate such as 13%.', 'zh-CN': '{field}：“{value}”不是有效税率（如 13%）。' },
  'form.currencyInvalid': { en: '“{value}” is not a currency code such as CNY or USD.', 'zh-CN': '“{value}”不是币种代码（如 CNY、USD）。' },
  'form.idTaken': { en: 'Customer ID {id} is already used.', 'zh-CN': '客户编号 {id} 已被使用。' },
  'form.customerUnknown': { en: 'Customer {id} is not in Customers.', 'zh-CN': '客户 {id} 不在客户表中。' },
  'form.invoiceUnknown': { en: 'Invoice {invoiceNo} is not an invoice of {id}.', 'zh-CN': '账单 {invoiceNo} 不是客户 {id} 的账单。' },
  'form.amountOrPrice': {
    en: 'Give an amount, or a quantity and a unit price.',
    'zh-CN': '请填写金额，或填写数量和单价。',
  },
  'form.formatInvalid': {
    en: 'Invoice number format “{value}” needs exactly one sequence such as {0000}; only {YYYY}, {YY}, {MM} and {0…0} may appear in braces.',
    'zh-CN': '账单编号格式“{value}”必须恰好包含一个序号（如 {0000}）；大括号中只能是 {YYYY}、{YY}、{MM} 或 {0…0}。',
  },
  'form.bucketsInvalid': {
    en: 'Aging buckets “{value}” must be increasing whole days, such as 30, 60, 90.',
    'zh-CN': '账龄分段“{value}”必须是递增的整天数，如 30, 60, 90。',
  },
  'form.langInvalid': { en: 'Language must be English or 简体中文.', 'zh-CN': '语言必须是 English 或简体中文。' },
  'form.tabMissing': { en: 'There is no {tab} tab: use “Set up ledger” first.', 'zh-CN': '没有“{tab}”工作表：请先使用“建立账本”。' },
  'form.columnMissing': {
    en: 'The {tab} tab has no “{column}” column: add it or run “Set up ledger”.',
    'zh-CN': '“{tab}”工作表缺少“{column}”列：请添加该列或使用“建立账本”。',
  },
  'form.salesNone': { en: 'Tick at least one sales line to bill.', 'zh-CN': '请至少勾选一条要开账单的销售记录。' },
  'form.saleNotOpen': {
    en: 'A ticked line is no longer an unbilled sale of {id}; refresh the list.',
    'zh-CN': '勾选的某条记录已不是 {id} 的未开账单销售记录；请刷新列表。',
  },
  'form.customerAdded': { en: 'Customer {id} added.', 'zh-CN': '已添加客户 {id}。' },
  'form.saleAdded': { en: 'Sale of {amount} recorded for {id}.', 'zh-CN': '已为 {id} 记录销售 {amount}。' },
  'form.paymentAdded': { en: 'Payment {paymentId} of {amount} recorded for {id}.', 'zh-CN': '已为 {id} 记录收款 {paymentId}，金额 {amount}。' },
  'form.invoiceAdded': {
    en: 'Invoice {invoiceNo} created for {id}: {lines} sales lines, {total}.',
    'zh-CN': '已为 {id} 开具账单 {invoiceNo}：{lines} 条销售记录，合计 {total}。',
  },
  'form.settingsSaved': { en: 'Settings saved.', 'zh-CN': '设置已保存。' },
  'form.invalid': { en: 'Please check: {details}', 'zh-CN': '请检查：{details}' },
} satisfies Catalogue<string>;

/** Renders the form message `code` in `lang`. */
export function formMessage(code: FormMessageCode, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(formMessages[code], lang, params);
}

/** One problem of a submitted form: the field it is about and its text in both languages. */
export interface FormProblem {
  readonly field: string;
  readonly code: FormMessageCode;
  readonly text: MessageText;
}

/**
 * A form the server refused: every problem, one after the other, in the user's language. It is a GasError
 * (code 'form.invalid') so the RPC wrapper turns it into a reply; nothing was written.
 */
export class FormInvalid extends GasError {
  constructor(readonly problems: readonly FormProblem[]) {
    super('form.invalid', { details: '' });
    this.name = 'FormInvalid';
    this.message = this.messageIn('en');
  }

  override messageIn(lang: Lang): string {
    if (!this.problems) return '';
    return formMessage('form.invalid', lang, { details: this.problems.map((p) => p.text[lang]).join(' ') });
  }
}

/** Message parameters; a name shown in each language (a column header) is given as {en, zh-CN}. */
export type FormParams = Readonly<Record<string, string | number | MessageText>>;

function paramsIn(params: FormParams, lang: Lang): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) out[key] = typeof value === 'object' ? value[lang] : value;
  return out;
}

/** Collects problems while a form is checked; `done()` throws them all at once. */
export class FormCheck {
  readonly problems: FormProblem[] = [];

  /** A problem of `field`; a parameter given in both languages (a column's name) is used in each. */
  add(field: string, code: FormMessageCode, params: FormParams = {}): void {
    const text = { en: formMessage(code, 'en', paramsIn(params, 'en')), 'zh-CN': formMessage(code, 'zh-CN', paramsIn(params, 'zh-CN')) };
    this.problems.push({ field, code, text });
  }

  done(): void {
    if (this.problems.length > 0) throw new FormInvalid(this.problems);
  }
}

/** A single refusal (tab or column missing): thrown at once, nothing written. */
export function formRefuse(field: string, code: FormMessageCode, params: FormParams = {}): never {
  const check = new FormCheck();
  check.add(field, code, params);
  check.done();
  throw new Error('unreachable');
}
