// Developer metadata finders, protections with editors, data validation rules stored per cell.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/local/emulator';

function emuNew(options: { userEmail?: string; ownerEmail?: string } = {}) {
  const emu = createEmulator({ timeZone: 'UTC', ...options });
  const SpreadsheetApp = emu.globals.SpreadsheetApp;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { emu, SpreadsheetApp, ss, sheet: ss.getSheets()[0]! };
}

describe('developer metadata', () => {
  it('is found by key, value, location type and id at every level', () => {
    const { SpreadsheetApp, ss, sheet } = emuNew();
    ss.addDeveloperMetadata('schema', '3');
    sheet.addDeveloperMetadata('tab', 'invoices', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('C:C').addDeveloperMetadata('column', 'amount');
    const byKey = ss.createDeveloperMetadataFinder().withKey('tab').find();
    expect(byKey.map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())])).toEqual([['tab', 'invoices', 'PROJECT']]);
    expect(byKey[0]!.getLocation().getSheet()!.getName()).toBe('Sheet1');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['schema']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['tab']);
    const col = sheet.createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN).find();
    expect(col[0]!.getLocation().getColumn()!.getA1Notation()).toBe('C:C');
    expect(sheet.getRange('C:C').getDeveloperMetadata().map((m) => m.getValue())).toEqual(['amount']);
    expect(ss.createDeveloperMetadataFinder().withId(col[0]!.getId()).find()).toHaveLength(1);
    col[0]!.setValue('total');
    expect(ss.createDeveloperMetadataFinder().withValue('total').find()).toHaveLength(1);
    col[0]!.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('column').find()).toHaveLength(0);
  });

  it('refuses metadata on arbitrary ranges, as Sheets does', () => {
    const { sheet } = emuNew();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(/only be added to the top-level spreadsheet/);
  });
});

describe('protections', () => {
  it('records description, warning-only and editors; sheet.protect returns the existing protection', () => {
    const { SpreadsheetApp, ss, sheet } = emuNew();
    const p = sheet.protect().setDescription('Derived tab').setWarningOnly(true);
    expect(sheet.protect()).toBe(p);
    const r = sheet.getRange('A1:B2').protect().setDescription('header');
    r.removeEditors(r.getEditors());
    r.addEditor('clerk@example.com');
    expect(r.getEditors().map((u) => u.getEmail()).sort()).toEqual(['clerk@example.com', 'user@example.com']);
    expect(r.canEdit()).toBe(true);
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['header']);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!.isWarningOnly()).toBe(true);
    r.remove();
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('blocks writes by users who are not editors, except in unprotected ranges', () => {
    const { emu, sheet } = emuNew({ ownerEmail: 'owner@example.com', userEmail: 'owner@example.com' });
    const p = sheet.protect();
    p.removeEditors(['clerk@example.com']);
    p.setUnprotectedRanges([sheet.getRange('D:D')]);
    emu.setUser('clerk@example.com');
    expect(() => sheet.getRange('A1').setValue(1)).toThrow('You are trying to edit a protected cell or object.');
    sheet.getRange('D5').setValue('ok');
    expect(sheet.getRange('D5').getValue()).toBe('ok');
    emu.setUser('owner@example.com');
    sheet.getRange('A1').setValue(1);
    expect(sheet.getRange('A1').getValue()).toBe(1);
  });
});

describe('data validation', () => {
  it('stores rules built by the builder and reads their criteria back', () => {
    const { SpreadsheetApp, sheet } = emuNew();
    const list = SpreadsheetApp.newDataValidation().requireValueInList(['Draft', 'Issued', 'Void']).setAllowInvalid(false).setHelpText('Pick one').build();
    sheet.getRange('H2:H10').setDataValidation(list);
    const rule = sheet.getRange('H5').getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()).toEqual([['Draft', 'Issued', 'Void'], true]);
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([false, 'Pick one']);
    const inRange = SpreadsheetApp.newDataValidation().requireValueInRange(sheet.getRange('A2:A'), false).build();
    sheet.getRange('B2').setDataValidation(inRange);
    const values = sheet.getRange('B2').getDataValidation()!.getCriteriaValues();
    expect((values[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('A2:A1000');
    expect(String(SpreadsheetApp.newDataValidation().requireDate().build().getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(sheet.getRange('H1:H2').getDataValidations().map((r) => r[0] === null)).toEqual([true, false]);
    sheet.getRange('H2:H10').clearDataValidations();
    expect(sheet.getRange('H5').getDataValidation()).toBeNull();
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow();
  });
});
