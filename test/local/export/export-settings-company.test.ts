// The exported Settings tab keeps the company details and statement reply days, and reads back the same.
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/core/types';
import { bookExportTabs } from '../../../src/local/export/export-tabs';
import { bookRead } from '../../../src/sheets/book-read';

describe('export: Settings company details', () => {
  it('round-trips address, email, phone, tax id, bank details and reply days', () => {
    const settings = [
      ['Setting', 'Value'], ['Company Name', 'Test Co.'], ['Company Address', '1 Main St'], ['Company Email', 'ar@example.com'],
      ['Company Phone', '021-555'], ['Company Tax ID', '9131'], ['Bank Details', 'Bank of X\nAcct 1'], ['Statement Reply Days', 10],
    ];
    const exported = bookExportTabs({ Settings: settings, Customers: [['Customer ID', 'Name'], ['C001', 'A']] }, { today: '2026-03-31' as IsoDate, lang: 'en' });
    const tab = exported.tabs.find((t) => t.name === 'Settings')!;
    const back = bookRead({ Settings: tab.rows as unknown[][] }, { lang: 'en' }).input.settings;
    expect([back.companyAddress, back.companyEmail, back.companyPhone, back.companyTaxId, back.bankDetails, back.statementReplyDays])
      .toEqual(['1 Main St', 'ar@example.com', '021-555', '9131', 'Bank of X\nAcct 1', 10]);
  });
});
