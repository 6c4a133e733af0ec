// The streamed `report --json` text: byte for byte what JSON.stringify writes for the same document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import type { IsoDate } from '../../../src/core/types';
import { reportJsonBuild, reportJsonWrite } from '../../../src/local/cli/report-json';
import { arbitraryAsOf, arbitraryBookInput } from '../../core/arbitrary-book';
import { billMake, bookInputFromBills, customerMake, paymentMake, yuan } from '../../core/builders';

function streamed(book: ReturnType<typeof bookBuild>, asOf: IsoDate): string {
  let text = '';
  // Each chunk decoded on its own: chunks must end at character boundaries.
  reportJsonWrite(book, asOf, book.problems, 'en', (chunk) => (text += new TextDecoder('utf-8', { fatal: true }).decode(chunk)));
  return text;
}

describe('reportJsonWrite', () => {
  it('writes JSON.stringify(reportJsonBuild(…)) for random books and dates', () => {
    fc.assert(
      fc.property(arbitraryBookInput({ maxCustomers: 3, maxRows: 12 }), arbitraryAsOf, (input, asOf) => {
        const book = bookBuild(input);
        expect(streamed(book, asOf)).toBe(`${JSON.stringify(reportJsonBuild(book, asOf, book.problems, 'en'))}\n`);
      }),
      { numRuns: 150 },
    );
  });

  it('escapes ids as JSON.stringify does (quotes, backslashes, controls, lone surrogates)', () => {
    const odd = ['INV "1"', 'INV\\2', 'INV\t3', 'INV\ud8004', '发票😀5'];
    const customer = 'C"1\u0001';
    const bills = odd.map((no, i) => billMake(no, `2026-01-0${i + 1}`, '100.00', { customerId: customer }));
    const input = bookInputFromBills(bills, {
      customers: [customerMake({ id: customer })],
      payments: [paymentMake({ id: 'P\\1"', customerId: customer, amount: yuan('250.00'), date: bills[0]!.invoice.issueDate })],
    });
    const book = bookBuild(input);
    const asOf = '2026-02-01' as IsoDate;
    expect(book.allocations.length).toBeGreaterThan(0);
    expect(streamed(book, asOf)).toBe(`${JSON.stringify(reportJsonBuild(book, asOf, book.problems, 'en'))}\n`);
  });

  it('splits a big document into chunks that each end at a character boundary', () => {
    // ~2,000 invoice rows with three-byte characters: many 64 KB chunks, each decoded on its own (fatal).
    const bills = Array.from({ length: 2000 }, (_, i) => billMake(`发票-${i}`, '2026-01-05', '100.00'));
    const book = bookBuild(bookInputFromBills(bills, { customers: [customerMake()] }));
    const asOf = '2026-02-01' as IsoDate;
    const chunks: Uint8Array[] = [];
    reportJsonWrite(book, asOf, book.problems, 'en', (chunk) => chunks.push(chunk.slice()));
    expect(chunks.length).toBeGreaterThan(2);
    const text = chunks.map((chunk) => new TextDecoder('utf-8', { fatal: true }).decode(chunk)).join('');
    expect(text).toBe(`${JSON.stringify(reportJsonBuild(book, asOf, book.problems, 'en'))}\n`);
  });
});
