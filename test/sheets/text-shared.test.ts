// textShared: equal texts come back as one string, and no text ever changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textShared } from '../../src/sheets/text-shared';

describe('textShared', () => {
  it('gives back an equal text, the first one seen for repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 50 }), (texts) => {
        for (const text of texts) expect(textShared(text)).toBe(text);
      }),
    );
    const first = ['C', '0001'].join('');
    const again = ['C0', '001'].join('');
    expect(textShared(first)).toBe(textShared(again));
    expect(Object.is(textShared(again), first) || Object.is(textShared(first), textShared(again))).toBe(true);
  });

  it('keeps working past its bound (it starts over)', () => {
    for (let i = 0; i < 25_000; i += 1) expect(textShared(`T${i}`)).toBe(`T${i}`);
  });
});
