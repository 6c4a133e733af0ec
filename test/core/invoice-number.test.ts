// Invoice numbering from the Settings format.
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/types';
import { invoiceNumberNext } from '../../src/core/invoice-number';

const d = (iso: string) => iso as IsoDate;

describe('invoiceNumberNext', () => {
  it('starts each period at 1, padded to the token width', () => {
    expect(invoiceNumberNext('INV-{YYYY}-{0000}', d('2026-11-20'), [])).toBe('INV-2026-0001');
    expect(invoiceNumberNext('INV-{YYYY}-{0000}', d('2027-01-02'), ['INV-2026-0133'])).toBe('INV-2027-0001');
  });

  it('continues after the highest number of the period, in any order', () => {
    expect(invoiceNumberNext('INV-{YYYY}-{0000}', d('2026-11-20'), ['INV-2026-0009', 'INV-2026-0133', 'INV-2026-0020'])).toBe('INV-2026-0134');
  });

  it('grows past the width instead of wrapping', () => {
    expect(invoiceNumberNext('A{00}', d('2026-11-20'), ['A99'])).toBe('A100');
  });

  it('fills month and two-digit year tokens', () => {
    expect(invoiceNumberNext('{YY}{MM}-{000}', d('2026-03-05'), ['2603-007', '2602-050'])).toBe('2603-008');
  });

  it('keeps regex characters literal', () => {
    expect(invoiceNumberNext('No.{0000}(A)', d('2026-03-05'), ['No.0004(A)', 'Nox0009(A)'])).toBe('No.0005(A)');
  });

  it('appends a counter to a format without a sequence token', () => {
    expect(invoiceNumberNext('FIXED', d('2026-03-05'), ['FIXED-1'])).toBe('FIXED-2');
  });

  it('uses the default format when the setting is blank', () => {
    expect(invoiceNumberNext('  ', d('2026-03-05'), [])).toBe('INV-2026-0001');
  });
});
