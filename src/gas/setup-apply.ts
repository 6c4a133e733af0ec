// Set up, applied: creates missing tabs, adds missing columns (never touching the user's own), tags tabs and
// columns, names the formula columns, formats and validates new columns, protects derived ones, installs the
// sync trigger and refreshes the formulas. Running it twice changes nothing the second time.
import { currencyDigits } from '../core/currency';
import type { Lang, TabName } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { adjustmentTypeChoices, customerStatusChoices, invoiceStatusChoices } from '../sheets/choices';
import { columnLetters } from '../sheets/formulas/formula-dialect';
import { FORMULA_COLUMNS, rangeName } from '../sheets/formulas/named-ranges';
import { reconciliationColumns, reconciliationHeaders } from '../sheets/formulas/reconciliation-formulas';
import { tabSchemas } from '../sheets/schemas';
import { AUDIT_LOG_HEADERS, auditLogAppend, type AuditEntry } from './audit-log';
import { tabInitialRows } from './ledger-setup';
import { derivedTabTitles, sheetTag, type LedgerTab } from './metadata-tabs';
import { formulasRefresh } from './refresh-formulas';
import { columnTag, columnTagsRead, tabColumnTags, tabLayout, type ColumnTag } from './setup-columns';
import { headerDetect } from '../sheets/header-detect';
import { SCHEMA_TABS, SETUP_ORDER, setupSheetsAssign } from './setup-proposal';
import { changeTriggerInstall } from './refresh-trigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The mapping the user confirmed: per tab, its sheet (null = create) and key → 1-based column. */
export interface SetupConfirmedTab {
  readonly tab: LedgerTab;
  readonly sheetName: string | null;
  readonly columns: Readonly<Record<string, number | null>>;
}

export interface SetupConfirmed {
  readonly tabs: readonly SetupConfirmedTab[];
}

/** What Set up changed (empty lists on a second run). */
export interface SetupApplied {
  readonly created: string[];
  readonly columnsAdded: string[];
}

/** The Audit Log texts of Set up, per language. */
const SETUP_LOG = {
  created: { en: 'created', 'zh-CN': '已创建' },
  tagged: { en: 'recognised as', 'zh-CN': '识别为' },
} as const;

/** Marks the description of every protection Set up makes, to find its own again. */
export const PROTECTION_DESCRIPTION = 'Customer Ledger: live formulas';

const AMOUNT_KEYS = new Set(['amount', 'unitPrice', 'creditLimit', 'total', 'paid', 'balance', 'applied', 'unapplied', 'open']);
const DATE_KEYS = new Set(['date', 'issueDate', 'dueDate']);

/** The title of a tab in `lang`, made unique among the sheet names. */
function tabTitle(spreadsheet: Spreadsheet, tab: LedgerTab, lang: Lang): string {
  const title = tab === 'Reconciliation' || tab === 'Statement' || tab === 'AuditLog' ? derivedTabTitles[tab][lang] : tabSchemas[tab].title[lang];
  let name = title;
  for (let n = 2; spreadsheet.getSheetByName(name); n += 1) name = `${title} (${n})`;
  return name;
}

/** The first rows of a tab Set up creates. */
function tabStartRows(tab: LedgerTab, lang: Lang, bounds: readonly number[]): unknown[][] {
  if (tab === 'Reconciliation') return [reconciliationHeaders(bounds, lang)];
  if (tab === 'AuditLog') return [[...AUDIT_LOG_HEADERS[lang]]];
  if (tab === 'Statement') {
    return [[lang === 'zh-CN' ? '客户对账单在此生成（菜单：客户对账单）。' : 'Customer statements are made here (menu: Customer statement).']];
  }
  return tabInitialRows(tab, lang);
}

/** Number format of a column: amounts with the currency's decimals, ISO dates, integers for days. */
function columnFormat(key: string, digits: number): string | null {
  if (AMOUNT_KEYS.has(key)) return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
  if (DATE_KEYS.has(key)) return 'yyyy-mm-dd';
  if (key === 'termsDays') return '0';
  return null;
}

/** Data validation of a new column, warning only (a paste is never refused): dropdowns, dates, amounts ≥ 0. */
function columnValidation(tab: TabName, key: string, customerIds: GoogleAppsScript.Spreadsheet.Range | null, lang: Lang): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const rule = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  if (key === 'customerId' && tab !== 'Customers' && customerIds) return rule.requireValueInRange(customerIds, true).build();
  if (DATE_KEYS.has(key)) return rule.requireDate().build();
  if (key === 'amount' || key === 'creditLimit' || key === 'quantity' || key === 'unitPrice' || key === 'termsDays') {
    return rule.requireNumberGreaterThanOrEqualTo(0).build();
  }
  const labels = (choices: readonly { label: { en: string; 'zh-CN': string } }[]) => choices.map((c) => c.label[lang]);
  if (tab === 'Invoices' && key === 'status') return rule.requireValueInList(labels(invoiceStatusChoices), true).build();
  if (tab === 'Customers' && key === 'status') return rule.requireValueInList(labels(customerStatusChoices), true).build();
  if (tab === 'Adjustments' && key === 'type') return rule.requireValueInList(labels(adjustmentTypeChoices), true).build();
  return null;
}

/** Formats and validates the data rows of a column Set up created (the user's columns are left as they are). */
function columnDress(sheet: Sheet, tab: TabName, key: string, column: number, headerRow: number, context: DressContext): void {
  const rows = sheet.getMaxRows() - headerRow;
  if (rows <= 0) return;
  const range = sheet.getRange(headerRow + 1, column, rows, 1);
  const format = columnFormat(key, context.digits);
  if (format) range.setNumberFormat(format);
  const validation = tabSchemas[tab].columns.find((c) => c.key === key)?.role === 'derived' ? null : columnValidation(tab, key, context.customerIds, context.lang);
  if (validation) range.setDataValidation(validation);
}

interface DressContext {
  readonly lang: Lang;
  readonly digits: number;
  readonly customerIds: GoogleAppsScript.Spreadsheet.Range | null;
}

/** Protects a range or sheet with a warning (editors are asked, not stopped), once. */
function protectWarning(target: Sheet | GoogleAppsScript.Spreadsheet.Range, existing: readonly GoogleAppsScript.Spreadsheet.Protection[], a1: string): void {
  if (existing.some((p) => p.getDescription() === PROTECTION_DESCRIPTION && p.getRange().getA1Notation() === a1)) return;
  target.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
}

/** Named ranges over the whole formula columns, set where missing or pointing elsewhere. */
function namedRangesSet(spreadsheet: Spreadsheet, sheets: ReadonlyMap<LedgerTab, Sheet>, positions: ReadonlyMap<TabName, Record<string, number>>): void {
  const current = new Map(spreadsheet.getNamedRanges().map((named) => {
    const range = named.getRange();
    return [named.getName(), `${range.getSheet().getSheetId()}!${range.getA1Notation()}`] as const;
  }));
  for (const { tab, key } of FORMULA_COLUMNS) {
    const sheet = sheets.get(tab);
    const column = positions.get(tab)?.[key];
    if (!sheet || column === undefined) continue;
    const letters = columnLetters(column);
    const range = sheet.getRange(`${letters}:${letters}`);
    const wanted = `${sheet.getSheetId()}!${range.getA1Notation()}`;
    if (current.get(rangeName(tab, key)) !== wanted) spreadsheet.setNamedRange(rangeName(tab, key), range);
  }
}

/** Adds the missing columns of a schema tab at the right of its header, one setValues; returns their keys. */
function columnsAppend(sheet: Sheet, tab: TabName, headerRow: number, columns: Record<string, number>, lang: Lang): string[] {
  const missing = tabSchemas[tab].columns.filter((c) => columns[c.key] === undefined);
  if (missing.length === 0) return [];
  const start = Math.max(sheet.getLastColumn(), 0) + 1;
  if (sheet.getMaxColumns() < start + missing.length - 1) sheet.insertColumnsAfter(sheet.getMaxColumns(), start + missing.length - 1 - sheet.getMaxColumns());
  sheet.getRange(headerRow, start, 1, missing.length).setValues([missing.map((c) => c.header[lang])]);
  missing.forEach((c, i) => (columns[c.key] = start + i));
  return missing.map((c) => c.key);
}

/** The header row of a schema tab's sheet, detected as the proposal does. */
function headerRowOf(sheet: Sheet, tab: TabName): number {
  const rows = Math.min(sheet.getLastRow(), 20);
  if (rows === 0) return 1;
  const head = sheet.getRange(1, 1, rows, Math.max(sheet.getLastColumn(), 1)).getValues();
  return tabLayoutHeader(tab, head);
}

function tabLayoutHeader(tab: TabName, head: unknown[][]): number {
  const found = headerDetect(tabSchemas[tab], head);
  return found.ok ? found.map.headerIndex + 1 : 1;
}

/**
 * Applies a confirmed mapping (tabs left out are taken as proposed). Returns what it created and added;
 * the Audit Log gets one "setup" row per change.
 */
export function setupApplyRun(spreadsheet: Spreadsheet, confirmed: SetupConfirmed, lang: Lang): SetupApplied {
  const assigned = setupSheetsAssign(spreadsheet).sheets;
  const given = new Map(confirmed.tabs.map((t) => [t.tab, t]));
  const tags = columnTagsRead(spreadsheet);
  const bounds = [30, 60, 90];
  const created: string[] = [];
  const columnsAdded: string[] = [];
  const sheets = new Map<LedgerTab, Sheet>();
  const positions = new Map<TabName, Record<string, number>>();
  const createdColumns: { tab: TabName; key: string; column: number; headerRow: number }[] = [];
  const log: AuditEntry[] = [];
  for (const tab of SETUP_ORDER) {
    const choice = given.get(tab);
    let sheet = choice ? (choice.sheetName ? spreadsheet.getSheetByName(choice.sheetName) : null) : assigned.get(tab) ?? null;
    const isNew = !sheet;
    if (!sheet) {
      const name = tabTitle(spreadsheet, tab, lang);
      sheet = spreadsheet.insertSheet(name);
      const rows = tabStartRows(tab, lang, bounds);
      const width = Math.max(...rows.map((r) => r.length));
      sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
      if (tab !== 'Statement') sheet.setFrozenRows(1);
      created.push(name);
      log.push({ action: 'setup', what: name, before: '', after: SETUP_LOG.created[lang] });
    }
    sheets.set(tab, sheet);
    if (sheetTag(sheet, tab) && !isNew) log.push({ action: 'setup', what: sheet.getName(), before: '', after: `${SETUP_LOG.tagged[lang]} ${tab}` });
    if (!(SCHEMA_TABS as readonly string[]).includes(tab)) continue;
    const schemaTab = tab as TabName;
    const headerRow = isNew ? 1 : headerRowOf(sheet, schemaTab);
    const columns: Record<string, number> = {};
    if (isNew) tabSchemas[schemaTab].columns.forEach((c, i) => (columns[c.key] = i + 1));
    else {
      const mapping = choice?.columns ?? proposalColumns(spreadsheet, sheet, schemaTab, tags);
      for (const [key, column] of Object.entries(mapping)) if (typeof column === 'number' && column >= 1) columns[key] = column;
      for (const key of columnsAppend(sheet, schemaTab, headerRow, columns, lang)) {
        columnsAdded.push(`${sheet.getName()}.${key}`);
        createdColumns.push({ tab: schemaTab, key, column: columns[key]!, headerRow });
        log.push({ action: 'setup', what: `${sheet.getName()}!${columnLetters(columns[key]!)}${headerRow}`, before: '', after: tabSchemas[schemaTab].columns.find((c) => c.key === key)!.header[lang] });
      }
    }
    if (isNew) for (const [key, column] of Object.entries(columns)) createdColumns.push({ tab: schemaTab, key, column, headerRow });
    for (const [key, column] of Object.entries(columns)) columnTag(sheet, tags, schemaTab, key, column);
    positions.set(schemaTab, columns);
  }
  namedRangesSet(spreadsheet, sheets, positions);
  const customersSheet = sheets.get('Customers')!;
  const idColumn = positions.get('Customers')?.customerId;
  const context: DressContext = {
    lang,
    digits: settingsDigits(sheets.get('Settings')!, lang),
    // The IDs below the header (the header itself is no choice); the range grows as rows are inserted.
    customerIds: idColumn === undefined ? null : customersSheet.getRange(customersHeaderRow(customersSheet), idColumn, Math.max(customersSheet.getMaxRows() - customersHeaderRow(customersSheet) + 1, 1), 1),
  };
  for (const { tab, key, column, headerRow } of createdColumns) columnDress(sheets.get(tab)!, tab, key, column, headerRow, context);
  protectionsSet(sheets, positions);
  reconciliationDress(sheets.get('Reconciliation')!, created.includes(sheets.get('Reconciliation')!.getName()), bounds, context.digits);
  changeTriggerInstall(spreadsheet);
  formulasRefresh(spreadsheet);
  auditLogAppend(log, spreadsheet);
  return { created, columnsAdded };
}

/** The columns of an existing sheet as the proposal finds them (tags first, headers second). */
function proposalColumns(_spreadsheet: Spreadsheet, sheet: Sheet, tab: TabName, tags: ReadonlyMap<string, ColumnTag[]>): Record<string, number> {
  const rows = Math.min(sheet.getLastRow(), 20);
  const head = rows === 0 ? [] : sheet.getRange(1, 1, rows, Math.max(sheet.getLastColumn(), 1)).getValues();
  return { ...tabLayout(tab, head, tabColumnTags(tags, sheet, tab)).columns };
}

/** The first data row of the Customers tab. */
function customersHeaderRow(sheet: Sheet): number {
  return headerRowOf(sheet, 'Customers') + 1;
}

/** The decimals of the Settings currency (one getValues of the Settings tab): 2 for CNY/USD, 0 for JPY. */
function settingsDigits(settings: Sheet, lang: Lang): number {
  return currencyDigits(bookRead({ Settings: settings.getDataRange().getValues() }, { lang }).input.settings.currency);
}

/** Warning-only protections: the derived tabs whole, the derived columns of the input tabs. */
function protectionsSet(sheets: ReadonlyMap<LedgerTab, Sheet>, positions: ReadonlyMap<TabName, Record<string, number>>): void {
  for (const tab of ['Reconciliation', 'AuditLog'] as const) {
    const sheet = sheets.get(tab);
    if (!sheet) continue;
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    if (!existing.some((p) => p.getDescription() === PROTECTION_DESCRIPTION)) sheet.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
  }
  for (const tab of ['Invoices', 'Payments', 'Adjustments'] as const) {
    const sheet = sheets.get(tab);
    const columns = positions.get(tab);
    if (!sheet || !columns) continue;
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    for (const column of tabSchemas[tab].columns.filter((c) => c.role === 'derived')) {
      const at = columns[column.key];
      if (at === undefined) continue;
      const letters = columnLetters(at);
      const range = sheet.getRange(`${letters}:${letters}`);
      protectWarning(range, existing, range.getA1Notation());
    }
  }
}

/** Number formats of a new Reconciliation tab's amount columns. */
function reconciliationDress(sheet: Sheet, isNew: boolean, bounds: readonly number[], digits: number): void {
  if (!isNew) return;
  const width = reconciliationColumns(bounds).length;
  const amounts = width - 4; // Invoiced … last bucket, and Credit Limit: columns D … (width − 1)
  const rows = sheet.getMaxRows() - 1;
  if (rows > 0) sheet.getRange(2, 4, rows, amounts).setNumberFormat(digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`);
}
