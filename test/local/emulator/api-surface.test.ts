// The emulator's contract: exact globals, unsupported methods throw by name, calls are counted, API names are current.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/local/emulator';
import { apiNamesSource } from '../../../src/local/emulator/tools/api-names-generate';

describe('emulator API surface', () => {
  it('exposes exactly the Apps Script globals', () => {
    expect(Object.keys(createEmulator().globals).sort()).toEqual(
      ['CacheService', 'Date', 'DocumentApp', 'DriveApp', 'HtmlService', 'LockService', 'Logger', 'MailApp', 'MimeType', 'PropertiesService', 'ScriptApp', 'Session', 'SpreadsheetApp', 'Utilities', 'console'].sort(),
    );
  });

  it('throws an error naming any real Apps Script method it does not support', () => {
    const { SpreadsheetApp, DriveApp } = createEmulator().globals;
    const range = SpreadsheetApp.getActiveSheet().getRange('A1');
    expect(typeof range.getRichTextValues).toBe('function');
    expect(() => range.getRichTextValues()).toThrow('Emulator: Range.getRichTextValues is not supported');
    expect(() => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getCharts()).toThrow('Emulator: Sheet.getCharts is not supported');
    expect(() => DriveApp.searchFiles('x')).toThrow('Emulator: DriveApp.searchFiles is not supported');
    expect((range as unknown as Record<string, unknown>).notAnApiMethod).toBeUndefined();
  });

  it('counts each outside service call once per Class.method, not the calls the emulator makes internally', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').getValue();
    sheet.getDataRange().getValues();
    expect(Object.fromEntries(emu.calls)).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValue': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
    expect(emu.calls.total()).toBe(8);
    emu.sheetSnapshot('Sheet1');
    expect(emu.calls.total()).toBe(8);
    emu.resetCalls();
    expect(emu.calls.size).toBe(0);
  });

  it('counts calls made by custom functions from inside formula evaluation', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    emu.setCustomFunctions({ TZ: () => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() });
    SpreadsheetApp.getActiveSheet().getRange('A1').setFormula('=TZ()');
    expect(SpreadsheetApp.getActiveSheet().getRange('A1').getValue()).toBe('Asia/Shanghai');
    expect(emu.calls.get('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });

  it('runs script code in node:vm with only the emulator globals', () => {
    const emu = createEmulator({ today: '2026-03-31' });
    const context = vm.createContext({ ...emu.globals });
    vm.runInContext(
      `function onOpen() { SpreadsheetApp.getUi().createMenu('Ledger').addItem('Refresh', 'refresh').addToUi(); }
       function refresh() {
         const sheet = SpreadsheetApp.getActiveSheet();
         sheet.getRange(1, 1, 1, 2).setValues([[new Date(), Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd')]]);
         Logger.log('refreshed %s', sheet.getName());
         return sheet.getRange('A1').getValue() instanceof Date;
       }
       onOpen();`,
      context,
    );
    expect(vm.runInContext('refresh()', context)).toBe(true);
    // Sheets parses date-like text written by setValues into a date, as the emulator does.
    expect(emu.sheetSnapshot('Sheet1')[0]![1]).toEqual(new Date('2026-03-30T16:00:00Z'));
    expect(emu.ui.menus[0]!.entries).toEqual([{ kind: 'item', caption: 'Refresh', functionName: 'refresh' }]);
    expect(emu.logs).toContainEqual({ level: 'Logger', text: 'refreshed Sheet1' });
    expect(vm.runInContext('typeof require + typeof process + typeof setTimeout', context)).toBe('undefinedundefinedundefined');
  });

  it('keeps the generated list of real API method names in step with @types/google-apps-script', () => {
    expect(readFileSync('src/local/emulator/api-names.generated.ts', 'utf8')).toBe(apiNamesSource());
  });
});
