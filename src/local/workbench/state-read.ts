// Reads the emulator into the JSON the workbench page renders (through the Apps Script API where possible).
import type { Lang } from '../../core/types';
import { langFromLocale } from '../../core/i18n';
import type { Emulator } from '../emulator';
import type { WorkbenchCell, WorkbenchMenu, WorkbenchSheet, WorkbenchState } from './workbench-state';
import { LANG_PROPERTY } from '../../gas/user-lang';
import { documentsRead, driveRead, mailRead } from './outputs-read';

/** The text a cell shows: dates as YYYY-MM-DD in the sheet's zone, numbers as Sheets' plain format. */
export function cellDisplay(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e10) / 1e10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function sheetRead(sheet: GoogleAppsScript.Spreadsheet.Sheet, timeZone: string): WorkbenchSheet {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const rows = values.map((row, r) =>
    row.map(
      (value, c): WorkbenchCell => ({
        text: cellDisplay(value, timeZone),
        formula: formulas[r]?.[c] || null,
        numeric: typeof value === 'number',
      }),
    ),
  );
  return { name: sheet.getName(), rows };
}

/** The add-on user's language: their choice stored by the add-on, else the emulated account locale. */
function userLangRead(emulator: Emulator): Lang {
  const chosen = emulator.globals.PropertiesService.getUserProperties().getProperty(LANG_PROPERTY);
  if (chosen === 'en' || chosen === 'zh-CN') return chosen;
  return langFromLocale(emulator.globals.Session.getActiveUserLocale());
}

/** The menus the bundle built (the last addToUi of each title wins, as in Sheets). */
function menusRead(emulator: Emulator): WorkbenchMenu[] {
  return emulator.ui.menus.map((menu) => ({
    title: menu.title,
    addon: menu.addon,
    items: menu.entries.flatMap((entry) =>
      entry.kind === 'item' ? [{ label: entry.caption, functionName: entry.functionName }] : entry.kind === 'separator' ? [null] : [],
    ),
  }));
}

/** Everything the page shows; read without counting as the add-on's service calls. */
export function workbenchStateRead(emulator: Emulator, sidebarVersion: number): WorkbenchState {
  return emulator.uncounted(() => {
    const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const sidebar = emulator.ui.sidebar;
    return {
      lang: userLangRead(emulator),
      spreadsheetName: spreadsheet.getName(),
      today: emulator.today(),
      timeZone,
      sheets: spreadsheet.getSheets().map((sheet) => sheetRead(sheet, timeZone)),
      menus: menusRead(emulator),
      sidebar: sidebar ? { title: sidebar.title, version: sidebarVersion } : null,
      messages: emulator.ui.alerts.map((alert) => [alert.title, alert.prompt].filter(Boolean).join(': ')),
      documents: documentsRead(emulator),
      mail: mailRead(emulator),
      drive: driveRead(emulator),
      calls: Object.fromEntries(emulator.calls.calls),
    };
  });
}
