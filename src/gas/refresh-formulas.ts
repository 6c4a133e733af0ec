// Refresh formulas: writes the live formulas of Invoices, Payments, Adjustments and Reconciliation, repairs
// overwritten ones (logged), fills due dates and payment ids the engine resolved — a fixed number of calls.
import type { Book } from '../core/book-types';
import { currencyDigits } from '../core/currency';
import { moneyToDecimalString } from '../core/money';
import { AGING_STANDARD } from '../core/reports/aging-buckets';
import type { IsoDate, TabName } from '../core/types';
import { cellIsBlank, cellText } from '../sheets/cell-text';
import { columnLetters, formulaNormalize } from '../sheets/formulas/formula-dialect';
import { reconciliationColumns, reconciliationHeaders, reconciliationRowFormulas, type ReconciliationOptions } from '../sheets/formulas/reconciliation-formulas';
import { ROW_FORMULA_KEYS, rowFormulas, type RowFormulaTab } from '../sheets/formulas/row-formulas';
import { tabSchemas } from '../sheets/schemas';
import { auditLogAppend, type AuditEntry } from './audit-log';
import { ledgerBookRead } from './ledger-book';
import type { CellGrid } from './ledger-tables';
import { ledgerSheetsFind, type LedgerTab } from './metadata-tabs';
import { columnTagsOfSheets, tabColumnTags, tabLayout, type ColumnTag, type TabLayout } from './setup-columns';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a refresh did. */
export interface RefreshResult {
  /** Formula cells written where there was none (new rows). */
  readonly added: number;
  /** Formula cells that held something else and were put right (each is in the Audit Log). */
  readonly repaired: number;
  /** Due dates, payment ids and sales line amounts filled in from the engine. */
  readonly filled: number;
  /** Customers given a Reconciliation row. */
  readonly customersAdded: number;
}

const INPUT_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

/** One cell to put right: its row, what it held, what it gets. */
interface CellChange {
  readonly row: number;
  readonly before: string;
  readonly after: string;
  /** It held something (a repair, logged) rather than nothing (a new row). */
  readonly repair: boolean;
}

/** The state of one tab as read: its sheet, cells, formulas and layout. */
interface TabState {
  readonly sheet: Sheet;
  readonly values: CellGrid;
  readonly formulas: string[][];
  readonly layout: TabLayout;
}

/** A local-midnight Date of `date`: the script runs in the spreadsheet's zone (appsscript.json). */
function dateValue(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** What a cell shows for the log: its formula, else its value as text. */
function cellShown(value: unknown, formula: string | undefined): string {
  return formula ? formula : cellText(value);
}

/** A value to write back unchanged: text keeps a leading apostrophe so Sheets does not re-type it. */
function valueKept(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** The formulas options of the book: its language, money decimals, aging bounds and currency. */
export function refreshOptions(book: Book): ReconciliationOptions {
  const currencies = [book.settings.currency, ...book.customers.map((c) => c.currency)];
  return {
    lang: book.settings.language,
    digits: Math.max(...currencies.map(currencyDigits)),
    bounds: book.settings.agingBuckets.length > 0 ? book.settings.agingBuckets : AGING_STANDARD,
    currency: book.settings.currency,
  };
}

/**
 * Compares each derived cell of a column with what it should hold; `expected(row)` is null for a row
 * that needs no formula (left as it is).
 */
function columnChanges(state: TabState, column: number, firstRow: number, lastRow: number, expected: (row: number) => string | null): CellChange[] {
  const changes: CellChange[] = [];
  for (let row = firstRow; row <= lastRow; row += 1) {
    const after = expected(row);
    if (after === null) continue;
    const value = state.values[row - 1]?.[column - 1] ?? '';
    const formula = state.formulas[row - 1]?.[column - 1] ?? '';
    if (formula !== '' && formulaNormalize(formula) === formulaNormalize(after)) continue;
    const blank = formula === '' && cellIsBlank(value);
    changes.push({ row, before: cellShown(value, formula), after, repair: !blank });
  }
  return changes;
}

/**
 * Writes the changed cells of one column as one block from the first to the last change; cells in between
 * get back exactly the formula they hold (a row needing none, in a block, keeps its formula or is blank).
 */
function columnWrite(state: TabState, column: number, changes: readonly CellChange[]): void {
  if (changes.length === 0) return;
  const first = changes[0]!.row;
  const last = changes[changes.length - 1]!.row;
  const byRow = new Map(changes.map((change) => [change.row, change.after]));
  const block: string[][] = [];
  for (let row = first; row <= last; row += 1) {
    const formula = byRow.get(row) ?? state.formulas[row - 1]?.[column - 1] ?? '';
    block.push([formula]);
  }
  state.sheet.getRange(first, column, block.length, 1).setFormulas(block);
}

/** True when the row has anything in a column the reader reads. */
function rowHasInput(state: TabState, tab: TabName, row: number): boolean {
  const cells = state.values[row - 1] ?? [];
  return tabSchemas[tab].columns.some((column) => {
    const at = state.layout.columns[column.key];
    return column.role === 'input' && at !== undefined && !cellIsBlank(cells[at - 1] ?? '');
  });
}

function auditEntries(sheet: Sheet, column: number, changes: readonly CellChange[]): AuditEntry[] {
  return changes
    .filter((change) => change.repair)
    .map((change) => ({ action: 'formula.repair', what: `${sheet.getName()}!${columnLetters(column)}${change.row}`, before: change.before, after: change.after }));
}

/** The derived columns of Invoices, Payments or Adjustments: every data row gets its formulas. */
function rowFormulasRefresh(tab: RowFormulaTab, state: TabState, options: ReconciliationOptions, log: AuditEntry[]): { added: number; repaired: number } {
  const { layout } = state;
  const keys = ROW_FORMULA_KEYS[tab];
  // Formulas refer to the cells of their row; until Set up has added every column they need, none is written.
  const refersTo = tab === 'Invoices' ? ['invoiceNo', 'status', 'dueDate'] : tab === 'Payments' ? ['paymentId', 'amount'] : ['type', 'amount'];
  if ([...keys, ...refersTo].some((key) => layout.columns[key] === undefined)) return { added: 0, repaired: 0 };
  const lastRow = state.values.length;
  const cache = new Map<number, Record<string, string> | null>();
  const expectedRow = (row: number) => {
    if (!cache.has(row)) cache.set(row, rowHasInput(state, tab, row) ? rowFormulas(tab, layout.columns, row, options) : null);
    return cache.get(row)!;
  };
  let added = 0;
  let repaired = 0;
  for (const key of keys) {
    const column = layout.columns[key]!;
    const changes = columnChanges(state, column, layout.headerRow + 1, lastRow, (row) => expectedRow(row)?.[key] ?? null);
    columnWrite(state, column, changes);
    log.push(...auditEntries(state.sheet, column, changes));
    repaired += changes.filter((c) => c.repair).length;
    added += changes.filter((c) => !c.repair).length;
  }
  return { added, repaired };
}

/**
 * Fills the blank cells of one input column with the engine's resolved values (due dates, payment ids),
 * as one block; the cells in between are written back as they were.
 */
function valuesFill(state: TabState, key: string, resolved: ReadonlyMap<number, unknown>): number {
  const column = state.layout.columns[key];
  if (column === undefined) return 0;
  const rows = [...resolved.keys()].filter((row) => cellIsBlank(state.values[row - 1]?.[column - 1] ?? '') && !state.formulas[row - 1]?.[column - 1]).sort((a, b) => a - b);
  if (rows.length === 0) return 0;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const filling = new Set(rows);
  const block: unknown[][] = [];
  for (let row = first; row <= last; row += 1) {
    const formula = state.formulas[row - 1]?.[column - 1] ?? '';
    block.push([filling.has(row) ? resolved.get(row) : formula !== '' ? formula : valueKept(state.values[row - 1]?.[column - 1] ?? '')]);
  }
  state.sheet.getRange(first, column, block.length, 1).setValues(block);
  return rows.length;
}

/** The Reconciliation tab: header, one row per customer (Customer ID value + formulas), stale rows cleared. */
function reconciliationRefresh(sheet: Sheet, book: Book, options: ReconciliationOptions, log: AuditEntry[]): { added: number; repaired: number; customersAdded: number } {
  const values = sheet.getDataRange().getValues();
  const formulas = sheet.getDataRange().getFormulas();
  const columns = reconciliationColumns(options.bounds);
  const width = columns.length;
  const header = reconciliationHeaders(options.bounds, options.lang);
  if (header.some((text, i) => cellText(values[0]?.[i] ?? '') !== text)) sheet.getRange(1, 1, 1, width).setValues([header]);
  const ids = [...new Set(book.customers.map((customer) => customer.id))];
  const changed: number[] = [];
  let added = 0;
  let repaired = 0;
  let customersAdded = 0;
  ids.forEach((id, index) => {
    const row = index + 2;
    const expected = reconciliationRowFormulas(row, options);
    const sameId = cellText(values[row - 1]?.[0] ?? '') === id && !(formulas[row - 1]?.[0] ?? '');
    let rowChanged = !sameId;
    if (!sameId && (values[row - 1] ?? []).every(cellIsBlank)) customersAdded += 1;
    columns.forEach((column, c) => {
      if (c === 0) return;
      const formula = formulas[row - 1]?.[c] ?? '';
      const after = expected[column.key]!;
      if (formula !== '' && formulaNormalize(formula) === formulaNormalize(after)) return;
      rowChanged = true;
      const value = values[row - 1]?.[c] ?? '';
      // A formula put right for the same customer is a repair; a new or moved customer row is not.
      if (sameId && (formula !== '' || !cellIsBlank(value))) {
        repaired += 1;
        log.push({ action: 'formula.repair', what: `${sheet.getName()}!${columnLetters(c + 1)}${row}`, before: cellShown(value, formula), after });
      } else added += 1;
    });
    if (rowChanged) changed.push(row);
  });
  if (changed.length > 0) {
    const first = changed[0]!;
    const last = changed[changed.length - 1]!;
    const idBlock: unknown[][] = [];
    const formulaBlock: string[][] = [];
    for (let row = first; row <= last; row += 1) {
      const expected = reconciliationRowFormulas(row, options);
      idBlock.push([`'${ids[row - 2]!}`]);
      formulaBlock.push(columns.slice(1).map((column) => {
        const formula = formulas[row - 1]?.[columns.indexOf(column)] ?? '';
        return formula !== '' && formulaNormalize(formula) === formulaNormalize(expected[column.key]!) ? formula : expected[column.key]!;
      }));
    }
    sheet.getRange(first, 1, idBlock.length, 1).setValues(idBlock);
    sheet.getRange(first, 2, formulaBlock.length, width - 1).setFormulas(formulaBlock);
  }
  // Rows of customers no longer in Customers (or beyond the list) are emptied, in one call.
  const stale = values.length - (ids.length + 1);
  if (stale > 0) sheet.getRange(ids.length + 2, 1, stale, Math.max(width, values[0]?.length ?? 0)).clearContent();
  return { added, repaired, customersAdded };
}

/** Reads one input tab's cells, formulas (for tabs with formulas) and layout. */
function tabStateRead(tab: TabName, sheet: Sheet, tags: ReadonlyMap<string, ColumnTag[]>, withFormulas: boolean): TabState {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = withFormulas ? range.getFormulas() : [];
  return { sheet, values, formulas, layout: tabLayout(tab, values, tabColumnTags(tags, sheet, tab)) };
}

/**
 * Refreshes every live formula of the ledger in `spreadsheet`. Each tab is read with one getValues (and one
 * getFormulas where formulas live) and each changed column written as one block, so the number of service
 * calls does not grow with the rows. Repairs go to the Audit Log in one append.
 */
export function formulasRefresh(spreadsheet: Spreadsheet): RefreshResult {
  const sheets = ledgerSheetsFind(spreadsheet);
  const tags = columnTagsOfSheets(INPUT_TABS.flatMap((tab) => sheets.get(tab) ?? []));
  const states = new Map<TabName, TabState>();
  for (const tab of INPUT_TABS) {
    const sheet = sheets.get(tab);
    if (sheet) states.set(tab, tabStateRead(tab, sheet, tags, tab === 'Sales' || tab === 'Invoices' || tab === 'Payments' || tab === 'Adjustments'));
  }
  const tables: Partial<Record<TabName, CellGrid>> = {};
  for (const [tab, state] of states) tables[tab] = state.values;
  const { book } = ledgerBookRead(tables, 'en');
  const options = refreshOptions(book);
  const log: AuditEntry[] = [];
  let filled = 0;
  const invoices = states.get('Invoices');
  if (invoices) {
    filled += valuesFill(invoices, 'dueDate', new Map(book.invoices.map((invoice) => [invoice.source.row, dateValue(invoice.dueDate)])));
  }
  const sales = states.get('Sales');
  if (sales) {
    // A line given as Quantity × Unit Price gets its Amount written, so the invoice Total formula can add it.
    const currencyOf = new Map(book.customers.map((customer) => [customer.id, customer.currency]));
    const amounts = book.sales.map((line) => [line.source.row, Number(moneyToDecimalString(line.amount, currencyOf.get(line.customerId) ?? book.settings.currency))] as const);
    filled += valuesFill(sales, 'amount', new Map(amounts));
  }
  const payments = states.get('Payments');
  if (payments) {
    const assigned = book.payments.filter((payment) => payment.idAssigned).map((payment) => [payment.source.row, `'${payment.key}`] as const);
    filled += valuesFill(payments, 'paymentId', new Map(assigned));
  }
  let added = 0;
  let repaired = 0;
  for (const tab of ['Invoices', 'Payments', 'Adjustments'] as const) {
    const state = states.get(tab);
    if (!state) continue;
    const done = rowFormulasRefresh(tab, state, options, log);
    added += done.added;
    repaired += done.repaired;
  }
  let customersAdded = 0;
  const reconciliation = sheets.get('Reconciliation' as LedgerTab);
  if (reconciliation) {
    const done = reconciliationRefresh(reconciliation, book, options, log);
    added += done.added;
    repaired += done.repaired;
    customersAdded = done.customersAdded;
  }
  auditLogAppend(log, spreadsheet);
  return { added, repaired, filled, customersAdded };
}
