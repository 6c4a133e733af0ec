// The Allocations tab as the add-on rewrites it: manual rows kept as they are, holds and automatic rows replaced.
import type { Book } from '../core/book-types';
import { moneyToDecimalString } from '../core/money';
import type { Allocation, AllocationRule, IsoDate, Lang } from '../core/types';
import { cellIsBlank, cellKey, cellText, cellTextSafe } from '../sheets/cell-text';
import { allocationRuleChoices, choiceFind, choiceLabel } from '../sheets/choices';
import { headerDetect, type HeaderMap } from '../sheets/header-detect';
import { allocationHoldChoice } from '../sheets/row-allocation';
import { allocationsSchema, schemaHeaders } from '../sheets/schemas';
import { GasError } from './gas-error';
import type { CellGrid } from './ledger-tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Who and when, stamped on the rows this run adds. */
export interface AllocationStamp {
  readonly at: string;
  readonly by: string;
  readonly today: IsoDate;
}

/** The tab as read: rows to keep, the automatic rows of the previous run, where the columns are. */
export interface AllocationsTabState {
  /** Rows above the header and the header itself (missing columns appended), written back unchanged. */
  readonly head: unknown[][];
  readonly columns: Readonly<Record<string, number>>;
  readonly width: number;
  /** Data rows that are neither holds nor automatic: manual allocations (inputs), kept cell for cell. */
  readonly manual: unknown[][];
  /** Automatic rows of the previous run by allocationKey, with their At/By (a multiset). */
  readonly previous: Map<string, { at: unknown; by: unknown }[]>;
  /** Rows the tab held before (to blank what the new content no longer covers). */
  readonly rowCount: number;
}

const AUTOMATIC: ReadonlySet<AllocationRule> = new Set(['reference', 'amount', 'fifo', 'credit']);

/** Identity of an automatic allocation across runs: source, target, amount, rule. */
export function allocationKey(source: string, invoiceNo: string, amount: number, rule: string): string {
  return `${source}\u0000${invoiceNo}\u0000${amount}\u0000${rule}`;
}

/** The amount of an allocation as the tab holds it: a number in major units. */
export function allocationAmountCell(book: Book, allocation: Allocation): number {
  const currency = book.sourceByKey.get(allocation.source)?.currency ?? book.settings.currency;
  return Number(moneyToDecimalString(allocation.amount, currency));
}

/** A date cell for `date`: local midnight, and the script's zone is the spreadsheet's (appsscript.json). */
export function dateCell(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function amountOfCell(value: unknown): number {
  return typeof value === 'number' ? value : Number(cellText(value).replace(/,/g, ''));
}

/** The header to write: the user's header with any missing Allocations column appended, or a new one in `lang`. */
function headerRow(table: CellGrid, map: HeaderMap | null, lang: Lang): { row: unknown[]; columns: Record<string, number> } {
  if (!map) {
    const row = schemaHeaders(allocationsSchema, lang);
    return { row, columns: Object.fromEntries(allocationsSchema.columns.map((c, i) => [c.key, i])) };
  }
  const row = [...(table[map.headerIndex] ?? [])];
  const columns: Record<string, number> = { ...map.columns };
  for (const column of allocationsSchema.columns) {
    if (columns[column.key] === undefined) {
      columns[column.key] = row.length;
      row.push(column.header[lang]);
    }
  }
  return { row, columns };
}

/** A cell the user filled with a formula: written back as that formula, read (cellKey, cellText) as its value. */
export class FormulaCell {
  constructor(
    readonly formula: string,
    readonly value: unknown,
  ) {}
  toString(): string {
    return String(this.value);
  }
}

/** The row with its formula cells (from getFormulas) kept as formulas. */
function rowWithFormulas(row: readonly unknown[], formulas: readonly string[] | undefined): unknown[] {
  return row.map((value, i) => (formulas?.[i] ? new FormulaCell(formulas[i]!, value) : value));
}

/** A cell as setValues gets it: a kept formula as itself, user text as text, anything else as it is. */
function cellWritten(cell: unknown): unknown {
  if (cell instanceof FormulaCell) return cell.formula;
  return typeof cell === 'string' ? cellTextSafe(cell) : cell;
}

/**
 * Sorts the rows of the Allocations tab into manual (kept), holds (dropped: rewritten) and automatic (dropped).
 * Throws allocation.tabUnreadable for a tab with content but no Allocations header.
 */
export function allocationsTabState(table: CellGrid | undefined, lang: Lang, formulas: readonly (readonly string[])[] = []): AllocationsTabState {
  const cells = table ?? [];
  const found = cells.length > 0 ? headerDetect(allocationsSchema, cells) : null;
  // A tab with content but no recognisable header may be someone's own sheet: never overwrite it.
  if (found && !found.ok && found.reason !== 'empty') throw new GasError('allocation.tabUnreadable', { tab: allocationsSchema.title[lang] });
  const map = found?.ok ? found.map : null;
  const header = headerRow(cells, map, lang);
  const start = map ? map.headerIndex : 0;
  const head = map ? [...cells.slice(0, start).map((row, i) => rowWithFormulas(row, formulas[i])), header.row] : [header.row];
  const width = Math.max(header.row.length, ...cells.map((row) => row.length));
  const manual: unknown[][] = [];
  const previous = new Map<string, { at: unknown; by: unknown }[]>();
  const at = (row: readonly unknown[], key: string): unknown => row[header.columns[key]!];
  for (let index = map ? start + 1 : cells.length; index < cells.length; index += 1) {
    const row = cells[index]!;
    if (row.every(cellIsBlank)) continue;
    const ruleText = cellText(at(row, 'rule'));
    if (ruleText !== '' && choiceFind(allocationHoldChoice, ruleText) === 'hold') continue;
    const rule = ruleText === '' ? null : choiceFind(allocationRuleChoices, ruleText);
    if (rule === null || !AUTOMATIC.has(rule)) {
      manual.push(rowWithFormulas(row, formulas[index]));
      continue;
    }
    const key = allocationKey(cellKey(at(row, 'source')), cellKey(at(row, 'invoiceNo')), amountOfCell(at(row, 'amount')), rule);
    const list = previous.get(key) ?? [];
    list.push({ at: at(row, 'at'), by: at(row, 'by') });
    previous.set(key, list);
  }
  return { head, columns: header.columns, width, manual, previous, rowCount: cells.length };
}

/** What the rewrite produced: the automatic allocations no previous run had. */
export interface AllocationsTabWrite {
  readonly newAllocations: Allocation[];
}

/**
 * Rewrites the tab in ONE setValues: head, manual rows (as they were), one hold row per held source, then the
 * book's automatic allocations (an allocation the previous run already had keeps its At/By); rows below are
 * blanked. Every text cell is written as text (cellTextSafe), so `=…` or `+1-555` never becomes a formula.
 */
export function allocationsTabWrite(
  sheet: Sheet,
  state: AllocationsTabState,
  book: Book,
  content: { manual: readonly unknown[][]; held: readonly string[]; stamp: AllocationStamp; lang: Lang; created: boolean },
): AllocationsTabWrite {
  const { columns, width } = state;
  const blank = (): unknown[] => new Array<unknown>(width).fill('');
  const grid: unknown[][] = state.head.map((row) => padded(row, width));
  for (const row of content.manual) grid.push(padded(row, width));
  for (const source of content.held) {
    const row = blank();
    row[columns.source!] = source;
    row[columns.date!] = dateCell(content.stamp.today);
    row[columns.rule!] = choiceLabel(allocationHoldChoice, 'hold', content.lang);
    row[columns.at!] = content.stamp.at;
    row[columns.by!] = content.stamp.by;
    grid.push(row);
  }
  const remaining = new Map([...state.previous].map(([key, list]) => [key, [...list]]));
  const newAllocations: Allocation[] = [];
  for (const allocation of book.allocations) {
    if (!AUTOMATIC.has(allocation.rule)) continue;
    const amount = allocationAmountCell(book, allocation);
    const before = remaining.get(allocationKey(allocation.source, allocation.invoiceNo, amount, allocation.rule))?.shift();
    if (!before) newAllocations.push(allocation);
    const row = blank();
    row[columns.source!] = allocation.source;
    row[columns.invoiceNo!] = allocation.invoiceNo;
    row[columns.amount!] = amount;
    row[columns.date!] = dateCell(allocation.date);
    row[columns.rule!] = choiceLabel(allocationRuleChoices, allocation.rule, content.lang);
    row[columns.at!] = before ? before.at : content.stamp.at;
    row[columns.by!] = before ? before.by : content.stamp.by;
    grid.push(row);
  }
  while (grid.length < state.rowCount) grid.push(blank());
  const safe = grid.map((row) => row.map(cellWritten));
  sheetFit(sheet, safe.length, width, content.created);
  sheet.getRange(1, 1, safe.length, width).setValues(safe);
  return { newAllocations };
}

/**
 * Grows the sheet to hold `rows` × `columns` (a range past its size is an error in Sheets). A tab the add-on
 * has just created is always sized once (it is empty: one spare row does no harm), so a first run costs the
 * same calls whatever the book's size; an existing tab grows only on the run that outgrows it.
 */
export function sheetFit(sheet: Sheet, rows: number, columns: number, created: boolean): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (rows > maxRows || created) sheet.insertRowsAfter(maxRows, Math.max(1, rows - maxRows));
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function padded(row: readonly unknown[], width: number): unknown[] {
  const out = [...row];
  while (out.length < width) out.push('');
  return out;
}
