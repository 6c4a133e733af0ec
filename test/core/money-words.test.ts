// Tests of amounts in Chinese capitals (大写) and English words.
import { describe, expect, it } from 'vitest';
import { minor } from '../../src/core/money';
import { amountInChineseCapitals, amountInEnglishWords, integerInEnglishWords } from '../../src/core/money-words';

describe('amountInChineseCapitals', () => {
  it.each([
    [120000, 'CNY', '人民币壹仟贰佰元整'],
    [1234567, 'CNY', '人民币壹万贰仟叁佰肆拾伍元陆角柒分'],
    [10050005, 'CNY', '人民币壹拾万零伍佰元零伍分'],
    [0, 'CNY', '人民币零元整'],
    [5, 'CNY', '人民币伍分'],
    [50, 'CNY', '人民币伍角整'],
    [150, 'CNY', '人民币壹元伍角整'],
    [-10000, 'CNY', '人民币负壹佰元整'],
    [100000100, 'CNY', '人民币壹佰万零壹元整'],
    [1000000000, 'CNY', '人民币壹仟万元整'],
    [1001000000, 'CNY', '人民币壹仟零壹万元整'],
    [10000000100, 'CNY', '人民币壹亿零壹元整'],
    [10100000000, 'CNY', '人民币壹亿零壹佰万元整'],
    [100000000000000, 'CNY', '人民币壹万亿元整'],
    [120050, 'CNY', '人民币壹仟贰佰元伍角整'],
    [100001, 'CNY', '人民币壹仟元零壹分'],
    [123450, 'USD', '美元壹仟贰佰叁拾肆元伍角整'],
    [1200, 'JPY', '日元壹仟贰佰元整'],
    [1234, 'BHD', 'BHD壹元贰角叁分肆厘'],
  ])('%d %s → %s', (amount, currency, expected) => {
    expect(amountInChineseCapitals(minor(amount), currency)).toBe(expected);
  });
});

describe('amountInEnglishWords', () => {
  it.each([
    [120050, 'USD', 'One thousand two hundred dollars and fifty cents'],
    [100, 'USD', 'One dollar'],
    [101, 'USD', 'One dollar and one cent'],
    [120050, 'CNY', 'One thousand two hundred yuan and fifty fen'],
    [0, 'EUR', 'Zero euros'],
    [-2500, 'GBP', 'Minus twenty-five pounds'],
    [1999, 'JPY', 'One thousand nine hundred ninety-nine yen'],
    [123456, 'XYZ', 'One thousand two hundred thirty-four and 56/100 XYZ'],
  ])('%d %s → %s', (amount, currency, expected) => {
    expect(amountInEnglishWords(minor(amount), currency)).toBe(expected);
  });
  it('names big numbers', () => {
    expect(integerInEnglishWords(1_000_001)).toBe('one million one');
    expect(integerInEnglishWords(90_071_992_547_409)).toBe(
      'ninety trillion seventy-one billion nine hundred ninety-two million five hundred forty-seven thousand four hundred nine',
    );
  });
});
