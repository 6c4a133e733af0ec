// Tests of the ISO-4217 facts: codes, symbols and names in both languages.
import { describe, expect, it } from 'vitest';
import { currencyNameZh, currencySymbol, currencyUnitZh, currencyWordsEn, isCurrencyCode } from '../../src/core/currency';

describe('currency facts', () => {
  it('recognises three-letter codes only', () => {
    expect(['CNY', 'usd', 'RMB', 'US', 'USDT', '元', ''].map(isCurrencyCode)).toEqual([true, true, true, false, false, false, false]);
  });
  it('gives symbols, Chinese names and English words, with fallbacks for unknown codes', () => {
    expect(['CNY', 'USD', 'EUR', 'JPY', 'HKD', 'xyz'].map(currencySymbol)).toEqual(['¥', '$', '€', 'JP¥', 'HK$', 'XYZ ']);
    expect(['CNY', 'USD', 'HKD', 'XYZ'].map(currencyNameZh)).toEqual(['人民币', '美元', '港币', 'XYZ']);
    expect(['CNY', 'HKD'].map(currencyUnitZh)).toEqual(['元', '港元']);
    expect(currencyWordsEn('GBP')).toEqual({ major: ['pound', 'pounds'], minor: ['penny', 'pence'] });
    expect(currencyWordsEn('XYZ')).toBeNull();
  });
});
