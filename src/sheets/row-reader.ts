// Reads the cells of one data row by column key, collecting the row's problems (tab, row, column, value).
import { problemMake, type Problem, type ProblemCode } from '../core/problems';
import type { TabName } from '../core/types';
import { cellIsBlank, cellKey, cellText } from './cell-text';
import type { CellResult } from './cell-values';
import type { HeaderMap } from './header-detect';
import { schemaColumn, type TabSchema } from './schemas';
import { textShared } from './text-shared';

/** What a row without problems reports (shared: most rows have none, and a new [] per row is garbage). */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/** Longest cell text quoted in a problem; longer values are cut with "…". */
const quoteMax = 60;

type Params = Readonly<Record<string, string | number>>;

function quote(value: unknown): string {
  const text = cellText(value);
  return text.length > quoteMax ? `${text.slice(0, quoteMax)}…` : text;
}

/**
 * A reader over the cells of the row at 1-based sheet row `row` of `schema`'s tab. One reader serves a
 * whole table (see reset): a table may have 100,000 rows, and a reader per row is garbage per row.
 */
export class RowReader {
  readonly tab: TabName;
  private found: Problem[] | null = null;
  private errors = 0;
  /**
   * Whether requiredSharedKey and sharedText pool their texts: worth it for rows parsed on the fly (each
   * string would otherwise live on in a record), not for a table whose strings live in the table anyway.
   */
  textsShared = false;

  constructor(
    private readonly schema: TabSchema,
    private readonly map: HeaderMap,
    public row: number,
    private cells: readonly unknown[],
  ) {
    this.tab = schema.tab;
  }

  /** Points the reader at another row, forgetting the problems of the previous one. */
  reset(row: number, cells: readonly unknown[]): void {
    this.row = row;
    this.cells = cells;
    this.found = null;
    this.errors = 0;
  }

  /** The cell of `key` as a key (Customer ID, Invoice No), or null with a missing-value problem when blank. */
  requiredKey(key: string): string | null {
    const value = cellKey(this.cell(key));
    if (value !== '') return value;
    this.report(key, 'missing-value');
    return null;
  }

  /** The cell of `key` as trimmed text (names keep their characters), or null with a problem when blank. */
  requiredText(key: string): string | null {
    const value = cellText(this.cell(key));
    if (value !== '') return value;
    this.report(key, 'missing-value');
    return null;
  }

  /** requiredKey for keys that repeat down a tab (customer ids): one string per distinct value (textShared). */
  requiredSharedKey(key: string): string | null {
    const value = this.requiredKey(key);
    return value === null || !this.textsShared ? value : textShared(value);
  }

  /** text for free text that repeats down a tab (descriptions, payment methods): one string per value. */
  sharedText(key: string): string {
    return this.textsShared ? textShared(this.text(key)) : this.text(key);
  }

  /** The cell of `key` as a key, or null when blank. */
  optionalKey(key: string): string | null {
    const value = cellKey(this.cell(key));
    return value === '' ? null : value;
  }

  /** The problems recorded so far (most rows have none, so the list is made on the first). */
  get problems(): readonly Problem[] {
    return this.found ?? NO_PROBLEMS;
  }

  /** The cell of `key` (undefined when the column is absent). */
  cell(key: string): unknown {
    const index = this.map.columns[key];
    return index === undefined ? undefined : this.cells[index];
  }

  /** True when the column exists and its cell is not blank. */
  has(key: string): boolean {
    return !cellIsBlank(this.cell(key));
  }

  /** Trimmed text of the cell ('' when blank or absent). */
  text(key: string): string {
    return cellText(this.cell(key));
  }

  /**
   * The cell decoded by `decode(cell, arg)`, or null (with a missing-value problem) when blank. The extra
   * argument (a currency, a date order) spares a closure per row.
   */
  required<T, A = undefined>(key: string, decode: (cell: unknown, arg: A) => CellResult<T>, arg?: A): T | null {
    const cell = this.cell(key);
    if (!cellIsBlank(cell)) return this.decoded(key, cell, decode(cell, arg as A));
    this.report(key, 'missing-value');
    return null;
  }

  /** The cell decoded by `decode(cell, arg)`, or `fallback` when blank; null (with a problem) when unreadable. */
  optional<T, F, A = undefined>(key: string, decode: (cell: unknown, arg: A) => CellResult<T>, fallback: F, arg?: A): T | F | null {
    const cell = this.cell(key);
    return cellIsBlank(cell) ? fallback : this.decoded(key, cell, decode(cell, arg as A));
  }

  /** Records a problem about the cell of `key`, naming the column as the user wrote its header. */
  report(key: string, code: ProblemCode, params: Params = {}, cell: unknown = this.cell(key)): void {
    const column = this.map.headers[key] ?? schemaColumn(this.schema, key).header.en;
    const problem = problemMake(this.tab, this.row, code, { column, value: quote(cell), params });
    if (problem.severity === 'error') this.errors += 1;
    (this.found ??= []).push(problem);
  }

  /** True when an error was recorded: the row is skipped. */
  failed(): boolean {
    return this.errors > 0;
  }

  private decoded<T>(key: string, cell: unknown, result: CellResult<T>): T | null {
    if (result.ok) return result.value;
    this.report(key, result.code, result.params ?? {}, cell);
    return null;
  }
}

/** A reader over `cells` (see RowReader). */
export function rowReaderMake(schema: TabSchema, map: HeaderMap, row: number, cells: readonly unknown[]): RowReader {
  return new RowReader(schema, map, row, cells);
}
