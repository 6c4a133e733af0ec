// The tabs "Set up ledger" writes read back as an empty, problem-free book with the default settings.
import { describe, expect, it } from 'vitest';
import { SETUP_TABS, setupNotice, tabInitialRows } from '../../src/gas/ledger-setup';
import { bookRead } from '../../src/sheets/book-read';
import { settingsDefault } from '../../src/sheets/settings-read';

describe.each(['en', 'zh-CN'] as const)('set-up tabs in %s', (lang) => {
  const tables = Object.fromEntries(SETUP_TABS.map((tab) => [tab, tabInitialRows(tab, lang)]));

  it('read back without problems as an empty book', () => {
    const read = bookRead(tables, { lang });
    expect(read.problems).toEqual([]);
    expect(read.unreadable).toEqual([]);
    expect(read.input.customers).toEqual([]);
    expect(read.input.sales).toEqual([]);
  });

  it('carry the default settings', () => {
    expect(bookRead(tables, { lang }).input.settings).toEqual(settingsDefault(lang));
  });
});

describe('setupNotice', () => {
  it('names the tabs created in both languages', () => {
    const notice = setupNotice(['Customers', 'Sales']);
    expect(notice.en).toContain('Customers, Sales');
    expect(notice['zh-CN']).toContain('Customers、Sales');
  });

  it('says nothing changed when every tab was there', () => {
    expect(setupNotice([]).en).toMatch(/nothing was changed/);
  });
});
