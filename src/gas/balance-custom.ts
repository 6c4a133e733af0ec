// =BALANCE(customer_ids, [as_of], [customers], [sales], [invoices], [payments], [adjustments]): open balances.
import { dateFromSerial, dateParse } from '../core/dates';
import { moneyToDecimalString } from '../core/money';
import type { IsoDate, Lang, TabName } from '../core/types';
import { cellIsBlank, cellKey, isDateObject } from '../sheets/cell-text';
import { tabSchemas } from '../sheets/schemas';
import { GasError } from './gas-error';
import { ledgerBalances, type CustomerBalanceRow } from './ledger-book';
import { ledgerTablesRead, type CellGrid } from './ledger-tables';
import { gasMessage } from './messages';
import { spreadsheetDate, spreadsheetToday } from './spreadsheet-date';
import { userLang } from './user-lang';

/** The table arguments, as Sheets passes ranges (2-D arrays) or undefined when left out. */
export interface BalanceTableArgs {
  readonly customers?: unknown;
  readonly sales?: unknown;
  readonly invoices?: unknown;
  readonly payments?: unknown;
  readonly adjustments?: unknown;
}

type BalanceCell = number | string;

const ARG_TABS: readonly [keyof BalanceTableArgs, TabName][] = [
  ['customers', 'Customers'],
  ['sales', 'Sales'],
  ['invoices', 'Invoices'],
  ['payments', 'Payments'],
  ['adjustments', 'Adjustments'],
];
const REQUIRED: readonly TabName[] = ['Customers', 'Sales', 'Invoices', 'Payments'];

/** A range argument without the blank rows a whole-column reference (Sales!A:H) brings along. */
export function gridTrim(grid: unknown[][]): CellGrid {
  let end = grid.length;
  while (end > 0 && (grid[end - 1] ?? []).every(cellIsBlank)) end--;
  return grid.slice(0, end);
}

/** The as_of argument as a calendar date: a date cell, `YYYY-MM-DD` text or a serial; blank = today. */
export function balanceAsOf(value: unknown, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null): IsoDate {
  if (cellIsBlank(value)) return spreadsheetToday(spreadsheet);
  const date = isDateObject(value)
    ? spreadsheetDate(value as Date, spreadsheet)
    : typeof value === 'number'
      ? dateFromSerial(value)
      : dateParse(String(value).trim());
  if (!date) throw new GasError('balance.asOfInvalid', { value: String(value) });
  return date;
}

/** The given ranges, plus the tabs of the spreadsheet for the tables left out (one getValues each). */
function balanceTables(
  given: BalanceTableArgs,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null,
  lang: Lang,
): Partial<Record<TabName, CellGrid>> {
  const tables: Partial<Record<TabName, CellGrid>> = {};
  for (const [arg, tab] of ARG_TABS) {
    const value = given[arg];
    if (Array.isArray(value)) tables[tab] = gridTrim(value as unknown[][]);
  }
  const missing: TabName[] = ['Settings', ...ARG_TABS.map(([, tab]) => tab).filter((tab) => !tables[tab])];
  if (spreadsheet) Object.assign(tables, ledgerTablesRead(spreadsheet, missing));
  const absent = REQUIRED.find((tab) => !tables[tab]);
  if (absent) throw new GasError('balance.tableMissing', { tab: tabSchemas[absent].title[lang] });
  return tables;
}

/** One output cell: the balance in major units, '' for a blank id, a message for an unknown one. */
function balanceCell(id: unknown, byId: ReadonlyMap<string, CustomerBalanceRow>, lang: Lang): BalanceCell {
  if (cellIsBlank(id)) return '';
  const key = cellKey(id);
  const row = byId.get(key);
  if (!row) return gasMessage('balance.customerUnknown', lang, { id: key });
  return Number(moneyToDecimalString(row.balance, row.currency));
}

/** The custom function's body: a single id gives a number, a range gives a column (grid) of the same shape. */
export function balanceCustom(ids: unknown, asOf: unknown, given: BalanceTableArgs): BalanceCell | BalanceCell[][] {
  const lang = userLang();
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const date = balanceAsOf(asOf, spreadsheet);
    const ledger = ledgerBalances(balanceTables(given, spreadsheet, lang), date, lang);
    const byId = new Map(ledger.balances.map((row) => [row.customerId, row]));
    if (!Array.isArray(ids)) return balanceCell(ids, byId, lang);
    return (ids as unknown[][]).map((row) => row.map((id) => balanceCell(id, byId, lang)));
  } catch (error) {
    // Sheets shows a custom function's error text in the cell's tooltip: make it readable, in the user's language.
    if (error instanceof GasError) throw new Error(error.messageIn(lang));
    throw error;
  }
}
