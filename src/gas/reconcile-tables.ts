// The ledger tabs of the active spreadsheet with their sheets: one getValues per tab, for operations that write back.
import type { TabName } from '../core/types';
import { tabFromName } from '../sheets/schemas';
import type { CellGrid } from './ledger-tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LEDGER_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

/** Each ledger tab found: its cells (header row first) and its sheet, to write back to. */
export interface LedgerSheets {
  readonly tables: Partial<Record<TabName, CellGrid>>;
  readonly sheets: Partial<Record<TabName, Sheet>>;
}

/**
 * Reads every ledger tab found by any of its names: one getSheets call plus getDataRange().getValues() per
 * tab, whatever the row count. The first sheet with a tab's name wins, as in ledgerTablesRead.
 */
export function ledgerSheetsRead(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): LedgerSheets {
  const tables: Partial<Record<TabName, CellGrid>> = {};
  const sheets: Partial<Record<TabName, Sheet>> = {};
  for (const sheet of spreadsheet.getSheets()) {
    const tab = tabFromName(sheet.getName());
    if (!tab || !LEDGER_TABS.includes(tab) || sheets[tab]) continue;
    sheets[tab] = sheet;
    tables[tab] = sheet.getDataRange().getValues();
  }
  return { tables, sheets };
}
