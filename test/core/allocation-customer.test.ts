// Tests of the rank order of open items (Due Date, Issue Date, Invoice No, sheet order) on both sort paths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemOrder } from '../../src/core/allocation-customer';
import type { LedgerItem } from '../../src/core/book-types';
import { dateFromDayNumber } from '../../src/core/dates';
import { documentNoCompare } from '../../src/core/document-no';
import { minor } from '../../src/core/money';

function itemAt(dueDay: number, issueDay: number, key: string, order: number): LedgerItem {
  return {
    key,
    kind: 'invoice',
    customerId: 'C001',
    currency: 'CNY',
    issueDate: dateFromDayNumber(issueDay),
    dueDate: dateFromDayNumber(dueDay),
    issueDay,
    dueDay,
    amount: minor(100),
    description: '',
    source: { tab: 'Invoices', row: order },
    order,
  };
}

/** The definition, as a plain comparison sort. */
function referenceOrder(items: readonly LedgerItem[]): number[] {
  return items
    .map((_, i) => i)
    .sort((a, b) => {
      const x = items[a]!;
      const y = items[b]!;
      return x.dueDay - y.dueDay || x.issueDay - y.issueDay || documentNoCompare(x.key, y.key) || x.order - y.order;
    });
}

const arbitraryItems = (min: number, max: number, maxLength: number) =>
  fc
    .array(fc.record({ due: fc.integer({ min, max }), back: fc.integer({ min: -3, max: 40 }), no: fc.nat(30) }), { maxLength })
    .map((rows) => rows.map((r, i) => itemAt(r.due, r.due - r.back, `INV-${r.no}`, i + 2)));

describe('itemOrder', () => {
  it('matches the definition for dates close together (packed native sort)', () => {
    fc.assert(
      fc.property(arbitraryItems(20000, 20060, 60), (items) => {
        expect(itemOrder(items)).toEqual(referenceOrder(items));
      }),
    );
  });
  it('matches the definition for dates centuries apart (comparison sort fallback)', () => {
    fc.assert(
      fc.property(arbitraryItems(-700_000, 2_900_000, 400), (items) => {
        expect(itemOrder(items)).toEqual(referenceOrder(items));
      }),
      { numRuns: 40 },
    );
    const wide = Array.from({ length: 400 }, (_, i) => itemAt(i % 2 === 0 ? -700000 + i : 2_000_000 - i, -700000, `INV-${400 - i}`, i + 2));
    expect(itemOrder(wide)).toEqual(referenceOrder(wide));
  });
});
