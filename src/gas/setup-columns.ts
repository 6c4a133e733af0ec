// Where each managed column of a tab is: its developer metadata tag first, its header second.
import { columnLetters } from '../sheets/formulas/formula-dialect';
import { headerDetect } from '../sheets/header-detect';
import { tabSchemas } from '../sheets/schemas';
import type { TabName } from '../core/types';
import { COLUMN_METADATA_KEY, type LedgerTab } from './metadata-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One column tag as found: the sheet it sits on, its 1-based column, and the metadata itself. */
export interface ColumnTag {
  readonly sheetId: number;
  readonly column: number;
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** Every column tag of the spreadsheet by "<tab>.<key>" (one finder call, a few calls per tag). */
export function columnTagsRead(spreadsheet: Spreadsheet): Map<string, ColumnTag[]> {
  const tags = new Map<string, ColumnTag[]>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const location = metadata.getLocation();
    const range = location.getColumn();
    // A column's location names no sheet in Apps Script (getSheet is for sheet-level metadata): ask its range.
    const sheet = location.getSheet() ?? range?.getSheet() ?? null;
    if (range && sheet) columnTagAdd(tags, metadata, sheet.getSheetId(), range.getColumn());
  }
  return tags;
}

/** The column tags on the given sheets only: one finder per sheet, and no sheet lookup per tag. */
export function columnTagsOfSheets(sheets: readonly Sheet[]): Map<string, ColumnTag[]> {
  const tags = new Map<string, ColumnTag[]>();
  for (const sheet of sheets) {
    const id = sheet.getSheetId();
    for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
      const range = metadata.getLocation().getColumn();
      if (range) columnTagAdd(tags, metadata, id, range.getColumn());
    }
  }
  return tags;
}

function columnTagAdd(tags: Map<string, ColumnTag[]>, metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata, sheetId: number, column: number): void {
  const value = metadata.getValue();
  if (!value) return;
  const list = tags.get(value) ?? [];
  list.push({ sheetId, column, metadata });
  tags.set(value, list);
}

/** Where a tab's header and columns are. */
export interface TabLayout {
  /** 1-based row of the header; data starts below it. */
  readonly headerRow: number;
  /** Column key → 1-based column. */
  readonly columns: Readonly<Record<string, number>>;
}

/** The tag's column of `tab`.`key` on `sheet`, or undefined. */
export function columnTagOf(tags: ReadonlyMap<string, ColumnTag[]>, sheet: Sheet, tab: LedgerTab, key: string): ColumnTag | undefined {
  const id = sheet.getSheetId();
  return tags.get(`${tab}.${key}`)?.find((tag) => tag.sheetId === id);
}

/**
 * The layout of an input tab from its cells: the header found by headerDetect (row 1 when none is), with
 * each tagged column at its tag's position (a moved or renamed column is still found).
 */
export function tabLayout(tab: TabName, grid: readonly (readonly unknown[])[], tagged: Readonly<Record<string, number>>): TabLayout {
  const schema = tabSchemas[tab];
  const found = headerDetect(schema, grid);
  const columns: Record<string, number> = {};
  if (found.ok) for (const [key, index] of Object.entries(found.map.columns)) columns[key] = index + 1;
  // A tag wins over a header: a column of the tag's position no longer counts under another key.
  for (const [key, column] of Object.entries(tagged)) {
    for (const [other, at] of Object.entries(columns)) if (at === column && other !== key) delete columns[other];
    columns[key] = column;
  }
  return { headerRow: found.ok ? found.map.headerIndex + 1 : 1, columns };
}

/** The tagged columns of `tab` on `sheet`, key → column. */
export function tabColumnTags(tags: ReadonlyMap<string, ColumnTag[]>, sheet: Sheet, tab: LedgerTab): Record<string, number> {
  const out: Record<string, number> = {};
  const prefix = `${tab}.`;
  const id = sheet.getSheetId();
  for (const [value, list] of tags) {
    if (!value.startsWith(prefix)) continue;
    const tag = list.find((t) => t.sheetId === id);
    if (tag) out[value.slice(prefix.length)] = tag.column;
  }
  return out;
}

/** Tags the whole `column` of `sheet` as `tab`.`key`, moving an older tag of that key; false when already right. */
export function columnTag(sheet: Sheet, tags: ReadonlyMap<string, ColumnTag[]>, tab: LedgerTab, key: string, column: number): boolean {
  const existing = columnTagOf(tags, sheet, tab, key);
  if (existing && existing.column === column) return false;
  existing?.metadata.remove();
  const letters = columnLetters(column);
  sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(COLUMN_METADATA_KEY, `${tab}.${key}`);
  return true;
}
