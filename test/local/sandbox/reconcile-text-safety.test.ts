// Text that came from users stays text when Reconcile writes it back: `=HYPERLINK(…)`, `+1-555`, `-5`, `@x`.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { allocatedAsOf } from '../../../src/core/reports/as-of';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { bookRead } from '../../../src/sheets/book-read';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';

timeZoneOfSpreadsheet();

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };

describe('Reconcile writes user text as text', () => {
  it('payment IDs and references that look like formulas or numbers stay text in Allocations and Payments', () => {
    const fixture = sandboxWithSampleBook();
    const { spreadsheet, emulator } = fixture;
    const payments = spreadsheet.getSheetByName('Payments')!;
    // An invoice with more than 10.00 still open: each payment below names it in its Reference.
    const book = bookBuild(bookRead(sampleBookTables('en'), { lang: 'en' }).input);
    const allocated = allocatedAsOf(book, '2026-11-20' as never);
    const open = book.items.find((item, i) => item.kind === 'invoice' && item.amount - allocated.toItem[i]! > 1000)!;
    const [invoiceNo, customerId] = [open.key, open.customerId];
    const row = payments.getLastRow() + 1;
    const ids = ['=HYPERLINK("x")', '+1-555', '@me', '', 'formula'];
    emulator.uncounted(() =>
      payments.getRange(row, 1, ids.length, 7).setValues(
        ids.map((id, i) => [id === '' ? '' : id === 'formula' ? '="PF-"&(1+1)' : `'${id}`, '2026-11-19', customerId, 1 + i, 'Cash', `'=HYPERLINK("${invoiceNo}")`, '']),
      ),
    );
    const reply = fixture.bundle.call('reconcileRun') as Reply;
    expect(reply.ok).toBe(true);
    const allocations = spreadsheet.getSheetByName('Allocations')!;
    const values = emulator.uncounted(() => allocations.getDataRange().getValues());
    const formulas = emulator.uncounted(() => allocations.getDataRange().getFormulas());
    expect(formulas.flat().every((f) => f === '')).toBe(true);
    const sources = values.slice(1).map((r) => r[0]);
    for (const id of ids.slice(0, 3)) expect(sources).toContain(id);
    // The engine numbered the payment without an ID; the others kept their text in the Payments tab.
    const written = emulator.uncounted(() => payments.getRange(row, 1, ids.length, 1).getValues()).map((r) => r[0]);
    expect(written.slice(0, 3)).toEqual(ids.slice(0, 3));
    expect(written[3]).toMatch(/^P\d{5}$/);
    // Only the user's own formula cell holds a formula after the write-back, and it still computes.
    expect(emulator.uncounted(() => payments.getRange(row, 1, ids.length, 1).getFormulas()).flat()).toEqual(['', '', '', '', '="PF-"&(1+1)']);
    expect(written[4]).toBe('PF-2');
    expect(sources).toContain(written[3]);
  });
});
