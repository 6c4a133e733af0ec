// The next invoice number from the Settings format ('INV-{YYYY}-{0000}'): per period, one more than the highest.
import type { IsoDate } from './types';

const TOKEN = /\{(YYYY|YY|MM|0+)\}/g;

function regexQuote(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The format with the date tokens of `date` filled in, split around its sequence token. */
function formatParts(format: string, date: IsoDate): { before: string; width: number; after: string } {
  const filled = format.replace(TOKEN, (whole, token: string) => {
    if (token === 'YYYY') return date.slice(0, 4);
    if (token === 'YY') return date.slice(2, 4);
    if (token === 'MM') return date.slice(5, 7);
    return whole;
  });
  const sequence = /\{(0+)\}/.exec(filled);
  if (!sequence) return { before: filled, width: 0, after: '' };
  return {
    before: filled.slice(0, sequence.index),
    width: sequence[1]!.length,
    after: filled.slice(sequence.index + sequence[0].length),
  };
}

/**
 * The number for an invoice issued on `date`: the format with its date tokens filled and its sequence one
 * more than the highest existing number of the same period (1 for the first). A format without a sequence
 * token gets "-1", "-2"… appended, so numbers stay unique.
 */
export function invoiceNumberNext(format: string, date: IsoDate, existing: readonly string[]): string {
  const parts = formatParts(format.trim() || 'INV-{YYYY}-{0000}', date);
  const pattern = new RegExp(`^${regexQuote(parts.before)}(\\d+)${regexQuote(parts.after)}$`);
  const suffixed = parts.width === 0 ? new RegExp(`^${regexQuote(parts.before)}-(\\d+)$`) : pattern;
  let highest = 0;
  for (const no of existing) {
    const match = suffixed.exec(no.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const next = String(highest + 1);
  if (parts.width === 0) return `${parts.before}-${next}`;
  return `${parts.before}${next.padStart(parts.width, '0')}${parts.after}`;
}
