// textShared: equal texts come back as one string, and no text ever changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textShared } from '../../src/sheets/text-shared';

describe('textShared', () => {
  // Which string object comes back cannot be seen from JS (strings compare by value); what matters is that
  // the text never changes, whatever was pooled before.
  it('gives back an equal text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 50 }), (texts) => {
        for (const text of texts) expect(textShared(text)).toBe(text);
      }),
    );
  });

  it('keeps working past its bound (it starts over)', () => {
    for (let i = 0; i < 25_000; i += 1) expect(textShared(`T${i}`)).toBe(`T${i}`);
  });
});
