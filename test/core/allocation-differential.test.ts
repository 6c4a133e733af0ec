// Automatic allocation gives exactly the allocations of the implementation before the speed-ups (the oracle).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../src/core/book';
import type { Book } from '../../src/core/book-types';
import { minor } from '../../src/core/money';
import type { Allocation, BookInput } from '../../src/core/types';
import { arbitraryBookInput } from './arbitrary-book';
import { CustomerAllocationReference } from './allocation-reference';

/** The automatic allocations of `book` computed by the oracle, customer by customer, from the manual ones. */
function referenceAllocations(book: Book): Allocation[] {
  const manual = book.allocations.filter((a) => a.rule === 'manual');
  const appliedToItem = new Map<string, number>();
  const appliedFromSource = new Map<string, number>();
  for (const a of manual) {
    appliedToItem.set(a.invoiceNo, (appliedToItem.get(a.invoiceNo) ?? 0) + a.amount);
    appliedFromSource.set(a.source, (appliedFromSource.get(a.source) ?? 0) + a.amount);
  }
  const start = { appliedToItem, appliedFromSource, held: new Set(book.input.heldSources ?? []) };
  const sink = { allocations: [] as Allocation[], itemIndex: [] as number[], sourceIndex: [] as number[], day: [] as number[] };
  book.customers.forEach((_, c) => {
    const itemPositions = book.items.flatMap((_, i) => (book.itemCustomer[i] === c ? [i] : []));
    const sourcePositions = book.sources.flatMap((_, j) => (book.sourceCustomer[j] === c ? [j] : []));
    if (itemPositions.length === 0 && sourcePositions.length === 0) return;
    const items = itemPositions.map((i) => book.items[i]!);
    const sources = sourcePositions.map((j) => book.sources[j]!);
    new CustomerAllocationReference(items, sources, itemPositions, sourcePositions, start, sink).run();
  });
  return sink.allocations;
}

/** The same book with amounts from a few values, so many open items share an amount. */
function amountsFew(input: BookInput): BookInput {
  const few = (amount: number) => minor(10_000 * (1 + (Math.abs(amount) % 3)));
  return {
    ...input,
    sales: input.sales.map((s) => ({ ...s, amount: few(s.amount), unitPrice: null })),
    payments: input.payments.map((p) => ({ ...p, amount: few(p.amount) })),
  };
}

describe('automatic allocation against the oracle', () => {
  it.each([
    ['random books', (input: BookInput) => input],
    ['books whose items share amounts', amountsFew],
  ])('%s', (_, shape) => {
    fc.assert(
      fc.property(arbitraryBookInput({ maxCustomers: 3, maxRows: 16 }), (input) => {
        const book = bookBuild(shape(input));
        expect(book.allocations.filter((a) => a.rule !== 'manual')).toEqual(referenceAllocations(book));
      }),
      { numRuns: 300 },
    );
  });
});
