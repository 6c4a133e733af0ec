// One managed tab as the sidebar forms use it: its cells (one getValues), its header map, and one-row appends.
import type { IsoDate, Lang, TabName } from '../core/types';
import { cellTextSafe } from '../sheets/cell-text';
import { headerDetect, type HeaderMap } from '../sheets/header-detect';
import { tabSchemas } from '../sheets/schemas';
import { ledgerSheetsFind } from './metadata-tabs';
import { formRefuse } from './form-messages';
import { changeRefresh } from './refresh-trigger';
import { ledgerTabsRead, type CellGrid, type LedgerTabs } from './ledger-tables';

/** A tab found by any of its names, its cells and where each column is. */
export interface FormTable {
  readonly tab: TabName;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly cells: CellGrid;
  readonly map: HeaderMap;
}

/** The sheet of `tab` (first one with any of its names), or null. One getSheets call. */
export function sheetOfTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: TabName): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ledgerSheetsFind(spreadsheet).get(tab) ?? null;
}

/** Finds `tab`'s header in `cells` (already read), or refuses the form naming the tab. */
export function formTableOf(sheet: GoogleAppsScript.Spreadsheet.Sheet | null, tab: TabName, cells: CellGrid | undefined, lang: Lang): FormTable {
  const title = tabSchemas[tab].title[lang];
  if (!sheet || !cells) return formRefuse('tab', 'form.tabMissing', { tab: title });
  const detected = headerDetect(tabSchemas[tab], cells);
  if (!detected.ok) return formRefuse('tab', 'form.tabMissing', { tab: title });
  return { tab, sheet, cells, map: detected.map };
}

/** A date cell for `date`: local midnight, and the script's zone is the spreadsheet's (appsscript.json). */
export function dateCell(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** A cell value a form writes: user text (made formula-safe here), a number, or a date. */
export type FormCell = { readonly text: string } | number | Date;

/**
 * Appends one row after the last row of the table with one setValues: each key goes to its column wherever
 * the user put it; users' own columns outside the written span are not touched. A value for a column the tab lacks is
 * refused (nothing is written), blank text is skipped.
 */
export function formRowAppend(table: FormTable, values: Readonly<Record<string, FormCell | null>>, lang: Lang): number {
  const written = new Map<number, unknown>();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || (typeof value === 'object' && 'text' in value && value.text === '')) continue;
    const column = table.map.columns[key];
    if (column === undefined) {
      const header = tabSchemas[table.tab].columns.find((c) => c.key === key)?.header[lang] ?? key;
      return formRefuse(key, 'form.columnMissing', { tab: tabSchemas[table.tab].title[lang], column: header });
    }
    written.set(column, typeof value === 'object' && 'text' in value ? cellTextSafe(value.text) : value);
  }
  const rowNumber = lastRowWithData(table.cells) + 1;
  // Only the span of managed columns written is touched; a gap keeps what the row already held there.
  const first = Math.min(...written.keys());
  const last = Math.max(...written.keys());
  const existing = table.cells[rowNumber - 1] ?? [];
  const row: unknown[] = [];
  for (let column = first; column <= last; column += 1) row.push(written.has(column) ? written.get(column) : (existing[column] ?? ''));
  table.sheet.getRange(rowNumber, first + 1, 1, row.length).setValues([row]);
  return rowNumber;
}

/** The 1-based number of the last row holding anything (the header row at least). */
function lastRowWithData(cells: CellGrid): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) {
    if ((cells[index] ?? []).some((cell) => cell !== '' && cell !== null && cell !== undefined)) return index + 1;
  }
  return 1;
}

/** The tabs of the book the forms read: every input tab, so the refreshed view can be built from them. */
export const FORM_BOOK_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

/** Each tab's cells and sheet: one getSheets call and one getValues per tab found (first sheet of a name wins). */
export function formTablesRead(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: readonly TabName[] = FORM_BOOK_TABS): LedgerTabs {
  return ledgerTabsRead(spreadsheet, tabs);
}

/**
 * After a form added a customer or an invoice: the live-formula rows for it (Reconciliation, Invoices) are
 * added now, as the change trigger would — script writes do not fire triggers in Sheets. Skipped when
 * another run holds the lock (that run reads the sheets after taking it, so it adds them).
 */
export function formFormulasRefresh(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  changeRefresh(spreadsheet);
}
