// The ledger tabs of the active spreadsheet with their sheets: one getValues per tab, for operations that write back.
import type { TabName } from '../core/types';
import type { CellGrid, LedgerTabs } from './ledger-tables';
import { ledgerSheetsFind } from './metadata-tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LEDGER_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

/** Each ledger tab found: its cells (header row first) and its sheet, to write back to. */
export type LedgerSheets = LedgerTabs;

/**
 * Reads every ledger tab found — tagged by Set up's developer metadata first (a renamed tab is still found), by
 * any of its names second — with one getDataRange().getValues() per tab, whatever the row count.
 */
export function ledgerSheetsRead(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): LedgerSheets {
  const tables: Partial<Record<TabName, CellGrid>> = {};
  const sheets: Partial<Record<TabName, Sheet>> = {};
  const found = ledgerSheetsFind(spreadsheet);
  for (const tab of LEDGER_TABS) {
    const sheet = found.get(tab);
    if (!sheet) continue;
    sheets[tab] = sheet;
    tables[tab] = sheet.getDataRange().getValues();
  }
  return { tables, sheets };
}
