// Finds the ledger's tabs: by the developer metadata Set up tags them with first, by their names second.
import type { TabName } from '../core/types';
import { headerNormalize, tabFromName } from '../sheets/schemas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every tab the add-on manages: the input tabs of the book and the derived tabs it writes. */
export type LedgerTab = TabName | 'Reconciliation' | 'Statement' | 'AuditLog';

/** Developer metadata key on a sheet; the value is its LedgerTab. */
export const TAB_METADATA_KEY = 'customerLedger.tab';
/** Developer metadata key on a whole column; the value is `<LedgerTab>.<column key>`. */
export const COLUMN_METADATA_KEY = 'customerLedger.column';

/** Names of the tabs that have no reading schema (the add-on writes them). */
export const derivedTabTitles: Readonly<Record<'Reconciliation' | 'Statement' | 'AuditLog', { readonly en: string; readonly 'zh-CN': string; readonly synonyms: readonly string[] }>> = {
  Reconciliation: { en: 'Reconciliation', 'zh-CN': '对账', synonyms: ['对账表', 'Recon'] },
  Statement: { en: 'Statement', 'zh-CN': '对账单', synonyms: ['Customer Statement', '客户对账单'] },
  AuditLog: { en: 'Audit Log', 'zh-CN': '操作日志', synonyms: ['日志', 'Log', 'Audit'] },
};

const LEDGER_TABS: readonly LedgerTab[] = [
  'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations', 'Reconciliation', 'Statement', 'AuditLog', 'Settings',
];

function isLedgerTab(value: string | null): value is LedgerTab {
  return value !== null && (LEDGER_TABS as readonly string[]).includes(value);
}

/** The ledger tab a sheet name names (en, zh-CN or a synonym), or null. */
export function ledgerTabFromName(name: string): LedgerTab | null {
  const input = tabFromName(name);
  if (input) return input;
  const wanted = headerNormalize(name);
  for (const [tab, title] of Object.entries(derivedTabTitles)) {
    if ([title.en, title['zh-CN'], ...title.synonyms].some((n) => headerNormalize(n) === wanted)) return tab as LedgerTab;
  }
  return null;
}

/**
 * The sheet of every ledger tab present: a sheet tagged with the tab's metadata wins (so a renamed tab is
 * still found); an untagged tab is found by its name. A fixed number of service calls, whatever the rows.
 */
export function ledgerSheetsFind(spreadsheet: Spreadsheet): Map<LedgerTab, Sheet> {
  const found = new Map<LedgerTab, Sheet>();
  const sheets = spreadsheet.getSheets();
  const tagged = spreadsheet.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find();
  for (const metadata of tagged) {
    const tab = metadata.getValue();
    const sheet = metadata.getLocation().getSheet();
    if (isLedgerTab(tab) && sheet && !found.has(tab)) found.set(tab, sheet);
  }
  const taken = new Set([...found.values()].map((sheet) => sheet.getSheetId()));
  for (const sheet of sheets) {
    if (taken.has(sheet.getSheetId())) continue;
    const tab = ledgerTabFromName(sheet.getName());
    // The first sheet with a tab's name wins.
    if (tab && !found.has(tab)) found.set(tab, sheet);
  }
  return found;
}

/** The ledger tab `sheet` is: its Set up tag first (a renamed tab is still itself), else its name; or null. */
export function ledgerTabOfSheet(sheet: Sheet): LedgerTab | null {
  const tag = sheet.getDeveloperMetadata().find((m) => m.getKey() === TAB_METADATA_KEY)?.getValue() ?? null;
  return isLedgerTab(tag) ? tag : ledgerTabFromName(sheet.getName());
}

/** Tags `sheet` as `tab` unless it already carries that tag. */
export function sheetTag(sheet: Sheet, tab: LedgerTab): boolean {
  const has = sheet.getDeveloperMetadata().some((m) => m.getKey() === TAB_METADATA_KEY && m.getValue() === tab);
  if (!has) sheet.addDeveloperMetadata(TAB_METADATA_KEY, tab);
  return !has;
}
