// The Audit Log writer: creates the tab once, appends in one setValues, writes user text as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditLogAppend } from '../../src/gas/audit-log';
import { createEmulator } from '../../src/local/emulator';

function emulatorGlobal(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator({ userEmail: 'li@example.com', today: '2026-03-31', ...options });
  for (const [name, value] of Object.entries(emulator.globals)) {
    if (name !== 'Date' && name !== 'console') vi.stubGlobal(name, value);
  }
  return emulator;
}

afterEach(() => vi.unstubAllGlobals());

describe('auditLogAppend', () => {
  it('creates the tab with its header and appends rows with who and when', () => {
    const emulator = emulatorGlobal();
    auditLogAppend([{ action: 'formula.repair', what: 'Invoices!E2', before: '5', after: '=SUMIFS(…)' }]);
    auditLogAppend([
      { action: 'setup', what: 'Customers', before: '', after: 'created' },
      { action: 'setup', what: 'Sales', before: '', after: 'created' },
    ]);
    const sheet = emulator.spreadsheet.getSheetByName('Audit Log')!;
    const values = sheet.getDataRange().getValues();
    expect(values[0]).toEqual(['When', 'Who', 'Action', 'What', 'Before', 'After']);
    expect(values.slice(1).map((row) => row.slice(1))).toEqual([
      ['li@example.com', 'formula.repair', 'Invoices!E2', '5', '=SUMIFS(…)'],
      ['li@example.com', 'setup', 'Customers', '', 'created'],
      ['li@example.com', 'setup', 'Sales', '', 'created'],
    ]);
    expect(values[1]![0]).toBeInstanceOf(Date);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('writes one setValues per call, and nothing for no entries', () => {
    const emulator = emulatorGlobal();
    auditLogAppend([{ action: 'setup', what: 'x', before: '', after: '' }]);
    emulator.resetCalls();
    auditLogAppend(Array.from({ length: 50 }, (_, i) => ({ action: 'reconcile', what: `P${i}`, before: '', after: '1' })));
    expect(emulator.calls.get('Range.setValues')).toBe(1);
    emulator.resetCalls();
    auditLogAppend([]);
    expect(emulator.calls.total()).toBe(0);
  });

  it('keeps text starting with = + - @ as text', () => {
    const emulator = emulatorGlobal();
    auditLogAppend([{ action: 'invoice.create', what: '=HYPERLINK("x")', before: '+1-555', after: '@me' }]);
    const sheet = emulator.spreadsheet.getSheetByName('Audit Log')!;
    expect(sheet.getRange(2, 4, 1, 3).getValues()[0]).toEqual(['=HYPERLINK("x")', '+1-555', '@me']);
    expect(sheet.getRange(2, 4, 1, 3).getFormulas()[0]).toEqual(['', '', '']);
  });

  it('finds a renamed log by its metadata and appends below its rows', () => {
    const emulator = emulatorGlobal({ locale: 'zh_CN' });
    auditLogAppend([{ action: 'setup', what: 'a', before: '', after: '' }]);
    const sheet = emulator.spreadsheet.getSheetByName('操作日志')!;
    sheet.setName('My log');
    auditLogAppend([{ action: 'setup', what: 'b', before: '', after: '' }]);
    expect(emulator.spreadsheet.getSheets().filter((s) => s.getName().includes('日志'))).toHaveLength(0);
    expect(sheet.getDataRange().getValues().map((row) => row[3])).toEqual(['对象', 'a', 'b']);
  });
});
