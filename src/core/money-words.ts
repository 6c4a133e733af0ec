// Amounts in words for statements and invoices: Chinese financial capitals (大写) and English words.
import { currencyDigits, currencyNameZh, currencyWordsEn } from './currency';
import { moneyToDecimalString } from './money';
import type { CurrencyCode, Minor } from './types';

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACE_UNITS = ['', '拾', '佰', '仟'] as const;
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;
const FRACTION_UNITS = ['角', '分', '厘'] as const;

/** The whole part in capitals ("壹拾万零伍佰"); '' for zero. One 零 stands for any run of inner zeros. */
function capitalsOfWhole(whole: string): string {
  let out = '';
  let zeroPending = false;
  for (let i = 0; i < whole.length; i += 1) {
    const position = whole.length - 1 - i;
    const digit = whole.charCodeAt(i) - 48;
    if (digit === 0) {
      zeroPending = out !== '';
    } else {
      if (zeroPending) out += '零';
      out += CAPITAL_DIGITS[digit] + PLACE_UNITS[position % 4]!;
      zeroPending = false;
    }
    const groupEnds = position % 4 === 0 && position > 0;
    const groupStart = Math.max(0, i - 3);
    if (groupEnds && /[1-9]/.test(whole.slice(groupStart, i + 1))) out += GROUP_UNITS[position / 4]!;
  }
  return out;
}

/**
 * The amount in Chinese financial capitals with the currency name: 1200.00 CNY → "人民币壹仟贰佰元整",
 * 100500.05 → "人民币壹拾万零伍佰元零伍分", 0 → "人民币零元整", -1 → "人民币负壹元整", JPY "日元…元整".
 * 整 ends an amount without 分 (also after 角); a zero 角 before a non-zero 分 is written 零.
 */
export function amountInChineseCapitals(amount: Minor, currency: CurrencyCode): string {
  const digits = currencyDigits(currency);
  const [whole = '0', fraction = ''] = moneyToDecimalString(Math.abs(amount) as Minor, currency).split('.');
  const prefix = currencyNameZh(currency) + (amount < 0 ? '负' : '');
  const wholeText = capitalsOfWhole(whole.replace(/^0+/, ''));
  const fractionDigits = fraction.slice(0, Math.min(digits, FRACTION_UNITS.length));
  if (!/[1-9]/.test(fractionDigits)) return `${prefix}${wholeText || '零'}元整`;
  let out = wholeText === '' ? '' : `${wholeText}元`;
  let zeroPending = false;
  for (let i = 0; i < fractionDigits.length; i += 1) {
    const digit = fractionDigits.charCodeAt(i) - 48;
    if (digit === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (zeroPending) out += '零';
    out += CAPITAL_DIGITS[digit] + FRACTION_UNITS[i]!;
    zeroPending = false;
  }
  const endsBeforeLastUnit = !/[1-9]$/.test(fractionDigits);
  return `${prefix}${out}${endsBeforeLastUnit ? '整' : ''}`;
}

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'] as const;

/** 0 ≤ n < 1000 in words: "two hundred forty-five". */
function wordsBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]} hundred`);
  if (rest >= 20) parts.push(TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${ONES[rest % 10]}` : ''));
  else if (rest > 0) parts.push(ONES[rest]!);
  return parts.join(' ');
}

/** A non-negative integer in English words: 1200 → "one thousand two hundred"; 0 → "zero". */
export function integerInEnglishWords(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  let rest = n;
  for (let scale = 0; rest > 0; scale += 1) {
    const chunk = rest % 1000;
    rest = Math.floor(rest / 1000);
    if (chunk > 0) parts.unshift(wordsBelowThousand(chunk) + (SCALES[scale] ? ` ${SCALES[scale]}` : ''));
  }
  return parts.join(' ');
}

/**
 * The amount in English words for cheques and statements: 1200.50 USD → "One thousand two hundred dollars
 * and fifty cents"; CNY uses yuan/fen; JPY "…yen"; a currency without known words gives
 * "One thousand two hundred and 50/100 XYZ". Negative amounts start with "Minus".
 */
export function amountInEnglishWords(amount: Minor, currency: CurrencyCode): string {
  const [wholeText = '0', fraction = ''] = moneyToDecimalString(Math.abs(amount) as Minor, currency).split('.');
  const whole = Number(wholeText);
  const cents = fraction === '' ? 0 : Number(fraction);
  const words = currencyWordsEn(currency);
  let text: string;
  if (!words) {
    const tail = fraction === '' ? '' : ` and ${fraction}/1${'0'.repeat(fraction.length)}`;
    text = `${integerInEnglishWords(whole)}${tail} ${currency.toUpperCase()}`;
  } else {
    const major = `${integerInEnglishWords(whole)} ${words.major[whole === 1 ? 0 : 1]}`;
    const minorWords = words.minor && cents > 0 ? ` and ${integerInEnglishWords(cents)} ${words.minor[cents === 1 ? 0 : 1]}` : '';
    text = major + minorWords;
  }
  const signed = amount < 0 ? `minus ${text}` : text;
  return signed.charAt(0).toUpperCase() + signed.slice(1);
}
