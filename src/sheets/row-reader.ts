// Reads the cells of one data row by column key, collecting the row's problems (tab, row, column, value).
import { problemMake, type Problem, type ProblemCode } from '../core/problems';
import type { TabName } from '../core/types';
import { cellIsBlank, cellText } from './cell-text';
import type { CellResult } from './cell-values';
import type { HeaderMap } from './header-detect';
import { schemaColumn, type TabSchema } from './schemas';

/** Longest cell text quoted in a problem; longer values are cut with "…". */
const quoteMax = 60;

export interface RowReader {
  readonly tab: TabName;
  /** 1-based sheet row. */
  readonly row: number;
  readonly problems: Problem[];
  /** True when the column exists and its cell is not blank. */
  has(key: string): boolean;
  /** The cell of `key` (undefined when the column is absent). */
  cell(key: string): unknown;
  /** Trimmed text of the cell ('' when blank or absent). */
  text(key: string): string;
  /** The decoded cell, or null (with a missing-value problem) when blank. */
  required<T>(key: string, decode: (cell: unknown) => CellResult<T>): T | null;
  /** The decoded cell, or `fallback` when blank; null (with a problem) when it cannot be read. */
  optional<T, F>(key: string, decode: (cell: unknown) => CellResult<T>, fallback: F): T | F | null;
  /** Records a problem about the cell of `key`. */
  report(key: string, code: ProblemCode, params?: Readonly<Record<string, string | number>>): void;
  /** True when an error was recorded: the row is skipped. */
  failed(): boolean;
}

/** The header the user wrote for `key`, else the schema's English header (for absent columns). */
function columnLabel(schema: TabSchema, map: HeaderMap, key: string): string {
  return map.headers[key] ?? schemaColumn(schema, key).header.en;
}

function quote(value: unknown): string {
  const text = cellText(value);
  return text.length > quoteMax ? `${text.slice(0, quoteMax)}…` : text;
}

/** A reader over `cells`, the row at 1-based sheet row `row` of `schema`'s tab. */
export function rowReaderMake(schema: TabSchema, map: HeaderMap, row: number, cells: readonly unknown[]): RowReader {
  const problems: Problem[] = [];
  const cell = (key: string): unknown => {
    const index = map.columns[key];
    return index === undefined ? undefined : cells[index];
  };
  const has = (key: string): boolean => !cellIsBlank(cell(key));
  const report = (key: string, code: ProblemCode, params: Readonly<Record<string, string | number>> = {}): void => {
    problems.push(problemMake(schema.tab, row, code, { column: columnLabel(schema, map, key), value: quote(cell(key)), params }));
  };
  const decoded = <T>(key: string, decode: (value: unknown) => CellResult<T>): T | null => {
    const result = decode(cell(key));
    if (result.ok) return result.value;
    report(key, result.code, result.params ?? {});
    return null;
  };
  return {
    tab: schema.tab,
    row,
    problems,
    has,
    cell,
    text: (key) => cellText(cell(key)),
    required: (key, decode) => {
      if (has(key)) return decoded(key, decode);
      report(key, 'missing-value');
      return null;
    },
    optional: (key, decode, fallback) => (has(key) ? decoded(key, decode) : fallback),
    report,
    failed: () => problems.some((p) => p.severity === 'error'),
  };
}
