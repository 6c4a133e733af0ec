// Reads the ledger's input tabs from the active spreadsheet: one getValues per tab, whatever the row count.
import type { TabName } from '../core/types';
import { tabFromName } from '../sheets/schemas';
import { GasError } from './gas-error';

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
 * The cells and sheet of each tab in `tabs` found in `spreadsheet` by any of its names (en, zh-CN, synonyms);
 * missing tabs are absent from the result. One getSheets call plus one getDataRange().getValues() per tab found.
 */
export function ledgerTabsRead(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: readonly TabName[]): LedgerTabs {
  const tables: Partial<Record<TabName, CellGrid>> = {};
  const sheets: Partial<Record<TabName, GoogleAppsScript.Spreadsheet.Sheet>> = {};
  for (const sheet of spreadsheet.getSheets()) {
    const tab = tabFromName(sheet.getName());
    // The first sheet with a tab's name wins; a second "Customers" copy is not silently merged in.
    if (tab && tabs.includes(tab) && !sheets[tab]) {
      sheets[tab] = sheet;
      tables[tab] = sheet.getDataRange().getValues();
    }
  }
  return { tables, sheets };
}

/** The cells of each tab in `tabs` found by name (see ledgerTabsRead), for operations that only read. */
export function ledgerTablesRead(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: readonly TabName[],
): Partial<Record<TabName, CellGrid>> {
  return ledgerTabsRead(spreadsheet, tabs).tables;
}
