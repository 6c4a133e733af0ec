// A reminder carries the invoice's PDF when the invoice has its document, and goes without one otherwise.
import { describe, expect, it } from 'vitest';
import { ok } from './mail-fixture';
import { dailyRun, reminderSandbox } from './reminders-fixture';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';

timeZoneOfSpreadsheet();

describe('reminder attachments', () => {
  it('attaches the PDF the Document cell links to; makes no document for an invoice without one', () => {
    const fixture = reminderSandbox({ today: '2026-02-01' });
    const made = ok(fixture.bundle.call('invoiceDocumentsCreate', ['INV-1']));
    expect(made.created).toBe(1);
    const pdfName = fixture.emulator.drive.filesNamed('INV-1.pdf');
    expect(pdfName).toHaveLength(1);
    // INV-1 reaches level 1 on 02-07; INV-2 (C2, no document) reaches level 1 on 02-11.
    dailyRun(fixture, '2026-02-11');
    const byInvoice = new Map(fixture.emulator.outbox.map((m) => [/INV-\d+/.exec(m.subject)?.[0], m]));
    const withPdf = byInvoice.get('INV-1');
    expect(withPdf?.attachments.map((a) => [a.name, a.contentType])).toEqual([['INV-1.pdf', 'application/pdf']]);
    expect(withPdf?.attachments[0]?.bytes.equals(pdfName[0]!.data)).toBe(true);
    expect(byInvoice.get('INV-2')?.attachments).toEqual([]);
    // The reminder made no document for INV-2.
    expect(fixture.emulator.drive.filesNamed('INV-2.pdf')).toEqual([]);
  });
});
