// What every custom function shares: table arguments → one built book per call, as_of, scalar-or-range, #-errors.
import { bookBuild } from '../core/book';
import type { Book } from '../core/book-types';
import { dateFromSerial, dateParse } from '../core/dates';
import type { IsoDate, Lang, TabName } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { cellIsBlank, isDateObject } from '../sheets/cell-text';
import { tabSchemas } from '../sheets/schemas';
import { CustomArgError, customMessage } from './custom-messages';
import { ledgerTablesReadByName, type CellGrid } from './ledger-tables';
import { spreadsheetDate, spreadsheetToday } from './spreadsheet-date';
import { langFromLocale } from '../core/i18n';
import { isLang, LANG_PROPERTY } from './user-lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The table arguments every ledger custom function takes last, as Sheets passes ranges (2-D arrays). */
export interface LedgerTableArgs {
  readonly customers?: unknown;
  readonly sales?: unknown;
  readonly invoices?: unknown;
  readonly payments?: unknown;
  readonly adjustments?: unknown;
  readonly allocations?: unknown;
}

/** One output cell: a number, text (a status, '' for a blank input) or a #-message. */
export type CustomCell = number | string;
export type CustomResult = CustomCell | CustomCell[][];

const ARG_TABS: readonly [keyof LedgerTableArgs, TabName][] = [
  ['customers', 'Customers'],
  ['sales', 'Sales'],
  ['invoices', 'Invoices'],
  ['payments', 'Payments'],
  ['adjustments', 'Adjustments'],
  ['allocations', 'Allocations'],
];
const REQUIRED: readonly TabName[] = ['Customers', 'Sales', 'Invoices', 'Payments'];

/** A range argument without the blank rows a whole-column reference (Sales!A:H) brings along. */
export function gridTrim(grid: unknown[][]): CellGrid {
  let end = grid.length;
  while (end > 0 && (grid[end - 1] ?? []).every(cellIsBlank)) end--;
  return grid.slice(0, end);
}

/** The as_of argument as a calendar date: a date cell, `YYYY-MM-DD` text or a serial; blank = today. */
export function customAsOf(value: unknown, spreadsheet: Spreadsheet | null): IsoDate {
  if (cellIsBlank(value)) return spreadsheetToday(spreadsheet);
  const date = isDateObject(value)
    ? spreadsheetDate(value as Date, spreadsheet)
    : typeof value === 'number'
      ? dateFromSerial(value)
      : dateParse(String(value).trim());
  if (!date) throw new CustomArgError('asOfInvalid', { value: String(value) });
  return date;
}

/** The given ranges, plus this spreadsheet's tabs for the tables left out (one getValues each) and Settings. */
function customTables(given: LedgerTableArgs, spreadsheet: Spreadsheet | null, lang: Lang): Partial<Record<TabName, CellGrid>> {
  const tables: Partial<Record<TabName, CellGrid>> = {};
  for (const [arg, tab] of ARG_TABS) {
    const value = given[arg];
    if (Array.isArray(value)) tables[tab] = gridTrim(value as unknown[][]);
  }
  const missing: TabName[] = ['Settings', ...ARG_TABS.map(([, tab]) => tab).filter((tab) => !tables[tab])];
  if (spreadsheet) Object.assign(tables, ledgerTablesReadByName(spreadsheet, missing));
  const absent = REQUIRED.find((tab) => !tables[tab]);
  if (absent) throw new CustomArgError('tableMissing', { tab: tabSchemas[absent].title[lang] });
  return tables;
}

/**
 * The book of one call, built once whatever the number of ids. A required table given but not recognised
 * (wrong range, header missing) is a #-error naming what is missing: silently reading nothing would show 0s.
 */
export function customBook(given: LedgerTableArgs, spreadsheet: Spreadsheet | null, lang: Lang): Book {
  const read = bookRead(customTables(given, spreadsheet, lang), { lang });
  const unreadable = read.unreadable.find((tab) => REQUIRED.includes(tab));
  if (unreadable) {
    const schema = tabSchemas[unreadable];
    const columns = schema.required.map((set) => schema.columns.find((c) => c.key === set[0])?.header[lang] ?? set[0]).join(', ');
    throw new CustomArgError('tableUnreadable', { tab: schema.title[lang], columns });
  }
  return bookBuild(read.input);
}

/** A single value gives one cell; a range gives a grid of the same shape, one call filling a column. */
export function customEach(ids: unknown, cell: (id: unknown) => CustomCell): CustomResult {
  if (!Array.isArray(ids)) return cell(ids);
  return (ids as unknown[][]).map((row) => (Array.isArray(row) ? row.map(cell) : [cell(row)]));
}

/** Like customEach, but each id gives a whole row (AGING without a bucket): a column of ids gives a table. */
export function customRows(ids: unknown, row: (id: unknown) => CustomCell[]): CustomCell[][] {
  if (!Array.isArray(ids)) return [row(ids)];
  return (ids as unknown[][]).flatMap((line) => (Array.isArray(line) ? line : [line])).map(row);
}

/**
 * The language of a custom function's texts. Custom functions run without the user's authorisation, so the
 * user's own choice may be out of reach; the spreadsheet's locale is then the best guess (a Chinese sheet
 * gets Chinese statuses), the account locale the last.
 */
export function customLang(spreadsheet: Spreadsheet | null): Lang {
  try {
    const chosen = PropertiesService.getUserProperties().getProperty(LANG_PROPERTY);
    if (isLang(chosen)) return chosen;
  } catch (_) {
    // No user properties in this context: fall through to the locales.
  }
  try {
    const locale = spreadsheet?.getSpreadsheetLocale() || Session.getActiveUserLocale();
    return langFromLocale(locale);
  } catch (_) {
    return 'en';
  }
}

/**
 * Runs a custom function's body with the active spreadsheet and the user's language. A wrong argument
 * answers with its #-text in the user's language; anything unexpected with "#ERROR <message>", never a stack.
 */
export function customRun(body: (spreadsheet: Spreadsheet | null, lang: Lang) => CustomResult): CustomResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = customLang(spreadsheet);
  try {
    return body(spreadsheet, lang);
  } catch (error) {
    if (error instanceof CustomArgError) return customMessage(error.code, lang, error.params);
    const detail = error instanceof Error ? error.message : String(error);
    return customMessage('internal', lang, { detail });
  }
}
