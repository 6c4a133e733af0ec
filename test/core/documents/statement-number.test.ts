// Tests of statement numbering ST-{YYYY}-{0000}: per year, one more than the last, never a repeat.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementNumberNext, statementNumberYear } from '../../../src/core/documents/statement-number';
import { day } from '../builders';

describe('statementNumberNext', () => {
  it('starts at 0001, counts on from the last number, and starts again in a new year', () => {
    expect(statementNumberNext(day('2026-03-31'), null)).toBe('ST-2026-0001');
    expect(statementNumberNext(day('2026-03-31'), 'ST-2026-0001')).toBe('ST-2026-0002');
    expect(statementNumberNext(day('2026-12-31'), 'ST-2026-0099')).toBe('ST-2026-0100');
    expect(statementNumberNext(day('2027-01-02'), null)).toBe('ST-2027-0001');
    expect(statementNumberNext(day('2026-05-01'), 'ST-2026-9999')).toBe('ST-2026-10000');
    expect(statementNumberYear(day('2027-01-02'))).toBe('2027');
  });

  it('ignores a remembered number of another year or shape', () => {
    expect(statementNumberNext(day('2027-01-02'), 'ST-2026-0042')).toBe('ST-2027-0001');
    expect(statementNumberNext(day('2026-01-02'), 'garbage')).toBe('ST-2026-0001');
  });

  it('hands out distinct, increasing numbers when each call starts from the previous one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.constantFrom('2026-01-01', '2026-12-31', '2030-06-15'), (count, date) => {
        const numbers: string[] = [];
        let last: string | null = null;
        for (let i = 0; i < count; i += 1) numbers.push((last = statementNumberNext(day(date), last)));
        expect(new Set(numbers).size).toBe(count);
        expect(numbers.at(-1)).toBe(`ST-${date.slice(0, 4)}-${String(count).padStart(4, '0')}`);
      }),
      { numRuns: 50 },
    );
  });
});
