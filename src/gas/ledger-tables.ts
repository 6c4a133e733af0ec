// Reads the ledger's tabs from the active spreadsheet (tagged by Set up first, by name second): one getValues per tab.
import type { TabName } from '../core/types';
import { tabFromName } from '../sheets/schemas';
import { GasError } from './gas-error';
import { ledgerSheetsFind } from './metadata-tabs';

/** A tab's cells as Apps Script returns them, header row first. */
export type CellGrid = unknown[][];

/** The active spreadsheet, or a translated error when the script runs without one. */
export function spreadsheetActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new GasError('error.noSpreadsheet');
  return spreadsheet;
}

/** Each tab found: its cells (header row first) and its sheet, for operations that write back. */
export interface LedgerTabs {
  readonly tables: Partial<Record<TabName, CellGrid>>;
  readonly sheets: Partial<Record<TabName, GoogleAppsScript.Spreadsheet.Sheet>>;
}

/**
 * The cells and sheet of each tab in `tabs`: the sheet Set up tagged with the tab's developer metadata first (a
 * renamed tab is still found), else the first sheet with any of its names (en, zh-CN, synonyms); missing tabs are
 * absent from the result. A fixed number of calls (the sheets, the metadata) plus one getValues per tab found.
 */
export function ledgerTabsRead(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: readonly TabName[]): LedgerTabs {
  const tables: Partial<Record<TabName, CellGrid>> = {};
  const sheets: Partial<Record<TabName, GoogleAppsScript.Spreadsheet.Sheet>> = {};
  const found = ledgerSheetsFind(spreadsheet);
  for (const tab of tabs) {
    const sheet = found.get(tab);
    if (!sheet || sheets[tab]) continue;
    sheets[tab] = sheet;
    tables[tab] = sheet.getDataRange().getValues();
  }
  return { tables, sheets };
}

/** The cells of each tab in `tabs` (see ledgerTabsRead), for operations that only read. */
export function ledgerTablesRead(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: readonly TabName[],
): Partial<Record<TabName, CellGrid>> {
  return ledgerTabsRead(spreadsheet, tabs).tables;
}

/**
 * The cells of each tab in `tabs` found by name only: for custom functions, which run without authorization and
 * so read no developer metadata; they get their tables as range arguments and fall back to this.
 */
export function ledgerTablesReadByName(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: readonly TabName[],
): Partial<Record<TabName, CellGrid>> {
  const tables: Partial<Record<TabName, CellGrid>> = {};
  for (const sheet of spreadsheet.getSheets()) {
    const tab = tabFromName(sheet.getName());
    // The first sheet with a tab's name wins; a second "Customers" copy is not silently merged in.
    if (tab && tabs.includes(tab) && !tables[tab]) tables[tab] = sheet.getDataRange().getValues();
  }
  return tables;
}
