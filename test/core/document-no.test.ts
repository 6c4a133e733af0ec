// Tests of invoice-number ordering and reference tokenising.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentNoCompare, documentNoKey, referenceTokens } from '../../src/core/document-no';

describe('documentNoCompare', () => {
  it('orders digit runs by value', () => {
    const list = ['INV-10', 'INV-9', 'INV-009', 'A2', 'INV-1', 'INV-1a', 'B'];
    expect([...list].sort(documentNoCompare)).toEqual(['A2', 'B', 'INV-1', 'INV-1a', 'INV-009', 'INV-9', 'INV-10']);
  });
});

describe('referenceTokens', () => {
  it('splits at spaces and punctuation in both scripts and drops trailing dots', () => {
    expect(referenceTokens('Paid INV-2, thanks.')).toEqual(['PAID', 'INV-2', 'THANKS']);
    expect(referenceTokens('货款（INV-7）；#INV-8。')).toEqual(['货款', 'INV-7', 'INV-8']);
    expect(referenceTokens('INV-1/INV-2')).toEqual(['INV-1/INV-2', 'INV-1', 'INV-2']);
    expect(referenceTokens('  ')).toEqual([]);
    expect(documentNoKey(' inv-3 ')).toBe('INV-3');
  });

  it('gives the tokens of the plain regular-expression split for any text', () => {
    const separators = /[\s,;:()[\]{}<>"'“”‘’，；：（）【】《》。、！!?？|]+/u;
    const reference = (text: string): string[] => {
      const tokens = new Set<string>();
      for (const raw of text.split(separators)) {
        const token = raw.replace(/^[#.]+|\.+$/g, '').trim().toUpperCase();
        if (token === '') continue;
        tokens.add(token);
        if (token.includes('/')) for (const part of token.split('/')) if (part !== '') tokens.add(part);
      }
      return [...tokens];
    };
    const unit = fc.constantFrom('a', 'I', 'N', 'V', '-', '1', '0', ' ', '  ', '#', '.', '/', ',', '货', '款', '（', '）', '\u3000', '\t', 'é', '_', '|');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(referenceTokens(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('documentNoKey', () => {
  it('is the trimmed upper-case text, with or without the already-normal shortcut', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '-', '0', ' ', '\t', '\u3000', 'ß', 'é', 'İ', '~', '{', '@', '`', '\u00a0') });
    fc.assert(
      fc.property(text, (t) => {
        expect(documentNoKey(t)).toBe(t.trim().toUpperCase());
      }),
      { numRuns: 2000 },
    );
    expect(documentNoKey(' inv-1 ')).toBe('INV-1');
  });
});
