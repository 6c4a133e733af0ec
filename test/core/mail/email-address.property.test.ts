// Property tests of address lists: whatever is accepted is safe to put in a header and reads back the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailAddressesJoin, emailAddressesParse, isEmailAddress } from '../../../src/core/mail/email-address';
import { isHeaderSafe } from '../../../src/core/mail/mail-header';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const address = fc
  .tuple(fc.stringMatching(/^[a-z0-9_+-]{1,10}(\.[a-z0-9_+-]{1,6})?$/), fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([local, labels, tld]) => `${local}@${[...labels, tld].join('.')}`);
const separator = fc.constantFrom(',', ';', '、', ' ', '\n', '，', '；', ' , ');

describe('emailAddressesParse properties', () => {
  it('reads back every address of a list however it is separated, once each', () => {
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 6 }), fc.array(separator, { minLength: 6, maxLength: 6 }), (list, seps) => {
        const text = list.map((a, i) => (i === 0 ? a : `${seps[i]}${a}`)).join('');
        const result = emailAddressesParse(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.addresses.map((a) => a.address)).toEqual([...new Set(list)]);
      }),
    );
  });

  it('accepts only header-safe, valid addresses, and its join parses to the same list', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = emailAddressesParse(text);
        if (!result.ok) return;
        const joined = emailAddressesJoin(result.addresses);
        expect(isHeaderSafe(joined)).toBe(true);
        for (const a of result.addresses) expect(isEmailAddress(a.address)).toBe(true);
        const again = emailAddressesParse(joined);
        expect(again.ok && again.addresses.map((a) => a.address)).toEqual(result.addresses.map((a) => a.address));
      }),
    );
  });

  it('never accepts a list with a control character other than a line break or tab', () => {
    fc.assert(
      fc.property(address, fc.integer({ min: 0, max: 0x1f }).filter((c) => ![9, 10, 13].includes(c)), (a, code) => {
        expect(emailAddressesParse(`${a}${String.fromCharCode(code)}x@y.cn`).ok).toBe(false);
      }),
    );
  });
});
