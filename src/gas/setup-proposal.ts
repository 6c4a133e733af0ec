// The setup proposal: which sheet holds each ledger tab (metadata, name, then headers) and where its columns are.
import type { Lang, TabName } from '../core/types';
import { headerDetect } from '../sheets/header-detect';
import { tabSchemas } from '../sheets/schemas';
import { settingsHeaderDetect } from '../sheets/settings-read';
import { ledgerSheetsFind, type LedgerTab } from './metadata-tabs';
import { columnTagsRead, tabColumnTags, tabLayout } from './setup-columns';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every tab Set up manages, in the order it creates them (DESIGN.md §3). */
export const SETUP_ORDER: readonly LedgerTab[] = [
  'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations', 'Reconciliation', 'Statement', 'AuditLog', 'Settings',
];

/** Tabs with a column schema whose missing columns Set up adds. */
export const SCHEMA_TABS: readonly TabName[] = ['Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

export interface SetupColumnProposal {
  readonly key: string;
  /** The header Set up writes, in the user's language. */
  readonly label: string;
  /** 1-based column found, or null (Set up adds it). */
  readonly column: number | null;
  readonly required: boolean;
  /** A live-formula column the add-on fills. */
  readonly derived: boolean;
}

export interface SetupTabProposal {
  readonly tab: LedgerTab;
  /** The sheet found for the tab, or null (Set up creates it). */
  readonly sheetName: string | null;
  /** 1-based header row (1 for a tab to create). */
  readonly headerRow: number;
  readonly columns: readonly SetupColumnProposal[];
  /** Keys of the columns Set up adds. */
  readonly missing: readonly string[];
  /** The texts of the sheet's header row (what the wizard shows beside each column letter). */
  readonly headers: readonly string[];
}

export interface SetupProposal {
  readonly tabs: readonly SetupTabProposal[];
  /** True when the spreadsheet holds no data at all (a new ledger). */
  readonly blank: boolean;
}

/** The first rows of a sheet, where a header can be (one getValues). */
function sheetHead(sheet: Sheet): unknown[][] {
  const rows = Math.min(sheet.getLastRow(), 20);
  const columns = sheet.getLastColumn();
  return rows > 0 && columns > 0 ? sheet.getRange(1, 1, rows, columns).getValues() : [];
}

/** How many columns of `tab` the head names (0 when it is not that tab). */
function headScore(tab: TabName, head: unknown[][]): number {
  const found = headerDetect(tabSchemas[tab], head);
  return found.ok ? Object.keys(found.map.columns).length : 0;
}

/**
 * Assigns sheets to tabs: tagged or named sheets first; then each input tab not found takes the unassigned
 * sheet whose header names most of its columns (a "客户资料" or "Clients 2026" sheet is found by its headers).
 */
export function setupSheetsAssign(spreadsheet: Spreadsheet): { sheets: Map<LedgerTab, Sheet>; heads: Map<number, unknown[][]> } {
  const sheets = ledgerSheetsFind(spreadsheet);
  const heads = new Map<number, unknown[][]>();
  const all = spreadsheet.getSheets();
  for (const sheet of all) heads.set(sheet.getSheetId(), sheetHead(sheet));
  const taken = new Set([...sheets.values()].map((sheet) => sheet.getSheetId()));
  for (const tab of SCHEMA_TABS) {
    if (sheets.has(tab)) continue;
    let best: Sheet | null = null;
    let bestScore = 0;
    for (const sheet of all) {
      if (taken.has(sheet.getSheetId())) continue;
      const score = headScore(tab, heads.get(sheet.getSheetId()) ?? []);
      if (score > bestScore) {
        best = sheet;
        bestScore = score;
      }
    }
    if (best) {
      sheets.set(tab, best);
      taken.add(best.getSheetId());
    }
  }
  return { sheets, heads };
}

/** The proposal for one tab with a column schema. */
function schemaTabProposal(tab: TabName, sheet: Sheet | undefined, head: unknown[][], tagged: Record<string, number>, lang: Lang): SetupTabProposal {
  const schema = tabSchemas[tab];
  const layout = sheet ? tabLayout(tab, head, tagged) : { headerRow: 1, columns: {} as Record<string, number> };
  const columns = schema.columns.map((column) => ({
    key: column.key,
    label: column.header[lang],
    column: layout.columns[column.key] ?? null,
    required: schema.required.some((set) => set.includes(column.key)),
    derived: column.role === 'derived',
  }));
  return {
    tab,
    sheetName: sheet ? sheet.getName() : null,
    headerRow: layout.headerRow,
    columns,
    missing: sheet ? columns.filter((c) => c.column === null).map((c) => c.key) : [],
    headers: sheet ? (head[layout.headerRow - 1] ?? []).map((cell) => String(cell ?? '').trim()) : [],
  };
}

/** What Set up would do on `spreadsheet`: each tab's sheet (or null), columns found and columns to add. */
export function setupProposalBuild(spreadsheet: Spreadsheet, lang: Lang): SetupProposal {
  const { sheets, heads } = setupSheetsAssign(spreadsheet);
  const tags = columnTagsRead(spreadsheet);
  const tabs = SETUP_ORDER.map((tab): SetupTabProposal => {
    const sheet = sheets.get(tab);
    if ((SCHEMA_TABS as readonly string[]).includes(tab)) {
      const head = sheet ? heads.get(sheet.getSheetId()) ?? [] : [];
      return schemaTabProposal(tab as TabName, sheet, head, sheet ? tabColumnTags(tags, sheet, tab) : {}, lang);
    }
    let headerRow = 1;
    if (tab === 'Settings' && sheet) {
      const found = settingsHeaderDetect(heads.get(sheet.getSheetId()) ?? []);
      if (found.ok) headerRow = Math.max(found.map.headerIndex + 1, 1);
    }
    return { tab, sheetName: sheet ? sheet.getName() : null, headerRow, columns: [], missing: [], headers: [] };
  });
  const blank = [...heads.values()].every((head) => head.length === 0);
  return { tabs, blank };
}
