// ISO-4217 facts the ledger needs: minor-unit digits, display symbols and names in both languages.
import type { CurrencyCode } from './types';

/** Currencies whose minor unit is not 1/100 (ISO-4217); every other code has 2 digits. */
const DIGITS_OTHER_THAN_TWO: Readonly<Record<string, number>> = {
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, PYG: 0, UGX: 0, XAF: 0, XOF: 0, XPF: 0, RWF: 0, KMF: 0,
  GNF: 0, DJF: 0, VUV: 0, BIF: 0,
  BHD: 3, KWD: 3, OMR: 3, JOD: 3, IQD: 3, LYD: 3, TND: 3,
};

/** Number of decimal digits of the currency's minor unit (CNY/USD/EUR 2, JPY/KRW 0, BHD/KWD 3; unknown 2). */
export function currencyDigits(code: CurrencyCode): number {
  // Called for every amount read or printed (a million times in a big book), with a handful of codes.
  let digits = digitsByCode.get(code);
  if (digits === undefined) {
    digits = DIGITS_OTHER_THAN_TWO[code.toUpperCase()] ?? 2;
    if (digitsByCode.size < 1000) digitsByCode.set(code, digits);
  }
  return digits;
}

/** currencyDigits by the code as given (any case); bounded, as codes come from user text. */
const digitsByCode = new Map<string, number>();

/** True for a well-formed ISO-4217 code: three ASCII letters. */
export function isCurrencyCode(text: string): boolean {
  return /^[A-Za-z]{3}$/.test(text);
}

const SYMBOLS: Readonly<Record<string, string>> = {
  CNY: '¥', USD: '$', EUR: '€', GBP: '£', JPY: 'JP¥', HKD: 'HK$', KRW: '₩', TWD: 'NT$', SGD: 'S$',
  AUD: 'A$', CAD: 'CA$', INR: '₹', RUB: '₽', CHF: 'CHF ', MOP: 'MOP$',
};

/** The symbol written before an amount: "¥", "$", "HK$"; unknown codes give "XYZ " (code and a space). */
export function currencySymbol(code: CurrencyCode): string {
  return SYMBOLS[code.toUpperCase()] ?? `${code.toUpperCase()} `;
}

/** Chinese currency names used before capitals and after suffix-style amounts. */
const NAMES_ZH: Readonly<Record<string, { readonly name: string; readonly unit: string }>> = {
  CNY: { name: '人民币', unit: '元' },
  USD: { name: '美元', unit: '美元' },
  EUR: { name: '欧元', unit: '欧元' },
  GBP: { name: '英镑', unit: '英镑' },
  JPY: { name: '日元', unit: '日元' },
  HKD: { name: '港币', unit: '港元' },
  TWD: { name: '新台币', unit: '新台币' },
  KRW: { name: '韩元', unit: '韩元' },
  SGD: { name: '新加坡元', unit: '新加坡元' },
  AUD: { name: '澳元', unit: '澳元' },
  CAD: { name: '加元', unit: '加元' },
  MOP: { name: '澳门元', unit: '澳门元' },
};

/** The Chinese name of a currency ("人民币", "美元"); unknown codes give the code itself. */
export function currencyNameZh(code: CurrencyCode): string {
  return NAMES_ZH[code.toUpperCase()]?.name ?? code.toUpperCase();
}

/** The word written after a suffix-style Chinese amount ("1,234.50 元", "1,234.50 美元"). */
export function currencyUnitZh(code: CurrencyCode): string {
  return NAMES_ZH[code.toUpperCase()]?.unit ?? code.toUpperCase();
}

/** English names of the major and minor unit, singular and plural, for amounts in words. */
export interface CurrencyWords {
  readonly major: readonly [singular: string, plural: string];
  readonly minor: readonly [singular: string, plural: string] | null;
}

const WORDS_EN: Readonly<Record<string, CurrencyWords>> = {
  CNY: { major: ['yuan', 'yuan'], minor: ['fen', 'fen'] },
  USD: { major: ['dollar', 'dollars'], minor: ['cent', 'cents'] },
  EUR: { major: ['euro', 'euros'], minor: ['cent', 'cents'] },
  GBP: { major: ['pound', 'pounds'], minor: ['penny', 'pence'] },
  JPY: { major: ['yen', 'yen'], minor: null },
  KRW: { major: ['won', 'won'], minor: null },
  HKD: { major: ['Hong Kong dollar', 'Hong Kong dollars'], minor: ['cent', 'cents'] },
  TWD: { major: ['New Taiwan dollar', 'New Taiwan dollars'], minor: ['cent', 'cents'] },
  SGD: { major: ['Singapore dollar', 'Singapore dollars'], minor: ['cent', 'cents'] },
  AUD: { major: ['Australian dollar', 'Australian dollars'], minor: ['cent', 'cents'] },
  CAD: { major: ['Canadian dollar', 'Canadian dollars'], minor: ['cent', 'cents'] },
};

/** English unit words of a currency, or null when the ledger does not know them. */
export function currencyWordsEn(code: CurrencyCode): CurrencyWords | null {
  return WORDS_EN[code.toUpperCase()] ?? null;
}
