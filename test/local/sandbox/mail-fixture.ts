// Shared pieces of the mail and reminder bundle tests: the sample book with company mail settings, cell editors.
import type { Lang } from '../../../src/core/types';
import { sandboxWithSampleBook } from './sandbox-fixture';

export type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };
export type Fixture = ReturnType<typeof sandboxWithSampleBook>;

export const COMPANY_EMAIL = 'ar@yunfan.example.cn';
export const COMPANY_NAME = '杭州云帆办公用品有限公司 Hangzhou Yunfan Office Supplies Co., Ltd.';

/** The reply's data, or the test fails with the server's message. */
export function ok(reply: unknown): any {
  const r = reply as Reply;
  if (!r.ok) throw new Error(`RPC failed: ${r.code} ${r.message}`);
  return r.data;
}

function sheetOf(fixture: Fixture, names: RegExp): GoogleAppsScript.Spreadsheet.Sheet {
  return fixture.spreadsheet.getSheets().find((s) => names.test(s.getName()))! as unknown as GoogleAppsScript.Spreadsheet.Sheet;
}

/** Appends Settings rows (label, value) below the last one. */
export function settingsAdd(fixture: Fixture, rows: readonly (readonly [string, string | number])[]): void {
  fixture.emulator.uncounted(() => {
    const sheet = sheetOf(fixture, /^(Settings|设置)$/);
    sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 2).setValues(rows.map((row) => [...row]));
  });
}

/** Sets the cell of column `header` (added after the last column when missing) in the row of `key` (first column). */
export function cellSet(fixture: Fixture, tab: RegExp, key: string, header: string, value: unknown): void {
  fixture.emulator.uncounted(() => {
    const sheet = sheetOf(fixture, tab);
    const cells = sheet.getDataRange().getValues();
    let column = cells[0]!.findIndex((h) => h === header);
    if (column < 0) {
      column = cells[0]!.length;
      sheet.getRange(1, column + 1).setValue(header);
    }
    const row = cells.findIndex((r) => r[0] === key);
    if (row < 1) throw new Error(`no row ${key}`);
    sheet.getRange(row + 1, column + 1).setValue(value);
  });
}

/** The value of column `header` in the row of `key`. */
export function cellGet(fixture: Fixture, tab: RegExp, key: string, header: string): unknown {
  return fixture.emulator.uncounted(() => {
    const cells = sheetOf(fixture, tab).getDataRange().getValues();
    const column = cells[0]!.findIndex((h) => h === header);
    return column < 0 ? undefined : cells.find((r) => r[0] === key)?.[column];
  });
}

/** Every row of a tab (header first), or [] when it does not exist. */
export function tabRows(fixture: Fixture, tab: RegExp): unknown[][] {
  return fixture.emulator.uncounted(() => {
    const sheet = fixture.spreadsheet.getSheets().find((s) => tab.test(s.getName()));
    return sheet ? sheet.getDataRange().getValues() : [];
  });
}

export const CUSTOMERS = /^(Customers|客户)$/;
export const INVOICES = /^(Invoices|账单)$/;

/** Blanks column `header` of every data row of a tab (when the tab has that column). */
function columnClear(fixture: Fixture, tab: RegExp, header: string): void {
  fixture.emulator.uncounted(() => {
    const sheet = sheetOf(fixture, tab);
    const cells = sheet.getDataRange().getValues();
    const column = cells[0]!.findIndex((h) => h === header);
    if (column >= 0 && cells.length > 1) sheet.getRange(2, column + 1, cells.length - 1, 1).setValues(cells.slice(1).map(() => ['']));
  });
}

/** The sample book with Company Email set and a salesperson for C001 only (the sample's own are cleared). */
export function mailSandbox(lang: Lang = 'en'): Fixture {
  const fixture = sandboxWithSampleBook(lang);
  settingsAdd(fixture, [['Company Email', COMPANY_EMAIL]]);
  columnClear(fixture, CUSTOMERS, lang === 'en' ? 'Salesperson Email' : '业务员邮箱');
  cellSet(fixture, CUSTOMERS, 'C001', 'Salesperson Email', 'zhang.sales@yunfan.example.cn');
  fixture.emulator.resetCalls();
  return fixture;
}
