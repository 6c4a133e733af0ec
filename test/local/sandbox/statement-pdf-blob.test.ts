// statementPdfBlob (what the mail attaches), run from src on the emulator's Apps Script globals: made once per content.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statementPdfBlob } from '../../../src/gas/statements/statement-documents';
import { pdfSourceDocumentId } from '../../../src/local/emulator/document-app';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';
import { auditRows, statementSandbox, type Fixture } from './statement-fixture';

timeZoneOfSpreadsheet();

const SERVICES = ['SpreadsheetApp', 'PropertiesService', 'LockService', 'DriveApp', 'DocumentApp', 'Session', 'Utilities'] as const;
const request = { customerId: 'C001', from: '2026-01-01', to: '2026-11-20', layout: 'balance-forward' } as const;

let fixture: Fixture;
const host = globalThis as Record<string, unknown>;

beforeEach(() => {
  fixture = statementSandbox('en');
  for (const name of SERVICES) host[name] = fixture.emulator.globals[name];
});

afterEach(() => {
  for (const name of SERVICES) delete host[name];
});

describe('statementPdfBlob', () => {
  it('makes the statement on first use and hands back the same PDF while nothing changes', () => {
    const first = statementPdfBlob(request, 'en');
    expect(first).toMatchObject({ statementNo: 'ST-2026-0001', customerId: 'C001', customerEmail: 'wangli@minghui-trade.cn', reused: false, currency: 'CNY' });
    expect(first.blob.getContentType()).toBe('application/pdf');
    expect(first.blob.getName()).toMatch(/^Statement ST-2026-0001 — .*\.pdf$/);
    expect(pdfSourceDocumentId(new Uint8Array(first.blob.getBytes()))).toBe(first.docId);
    const again = statementPdfBlob(request, 'en');
    expect(again).toMatchObject({ statementNo: 'ST-2026-0001', pdfFileId: first.pdfFileId, docId: first.docId, reused: true, closingBalance: first.closingBalance });
    expect(Buffer.from(again.blob.getBytes()).equals(Buffer.from(first.blob.getBytes()))).toBe(true);
    expect(fixture.emulator.documents).toHaveLength(1);
    expect(auditRows(fixture, 'statement.create')).toHaveLength(1);
  });

  it('reuses a statement made from the sidebar (same content), and makes a new one for another language or period', () => {
    const made = fixture.bundle.call('statementDocumentCreate', request) as { ok: true; data: { statementNo: string; pdfFileId: string } };
    expect(statementPdfBlob(request, 'en')).toMatchObject({ statementNo: made.data.statementNo, pdfFileId: made.data.pdfFileId, reused: true });
    expect(statementPdfBlob(request, 'zh-CN')).toMatchObject({ statementNo: 'ST-2026-0002', reused: false });
    expect(statementPdfBlob({ ...request, to: '2026-10-31' }, 'zh-CN')).toMatchObject({ statementNo: 'ST-2026-0003', reused: false });
  });

  it('makes a new statement when a figure changed or the remembered PDF was trashed', () => {
    const first = statementPdfBlob(request, 'en');
    fixture.emulator.uncounted(() => {
      const payments = fixture.spreadsheet.getSheetByName('Payments')!;
      payments.appendRow(['', new Date(2026, 10, 18), 'C001', 100, 'Bank', 'late', '', '', '', '']);
    });
    const changed = statementPdfBlob(request, 'en');
    expect(changed).toMatchObject({ statementNo: 'ST-2026-0002', reused: false });
    expect(changed.closingBalance).not.toBe(first.closingBalance);
    fixture.emulator.drive.item(changed.pdfFileId).trashed = true;
    expect(statementPdfBlob(request, 'en')).toMatchObject({ statementNo: 'ST-2026-0003', reused: false });
  });

  it('refuses what statementDocumentCreate refuses, with the same codes', () => {
    expect(() => statementPdfBlob({ ...request, customerId: 'C999' }, 'en')).toThrow('Customer C999 is not in Customers.');
    expect(() => statementPdfBlob({ ...request, from: '2020-01-01', to: '2020-01-31' }, 'en')).toThrow(/^No statement for C001/);
    expect(fixture.emulator.documents).toHaveLength(0);
  });
});
