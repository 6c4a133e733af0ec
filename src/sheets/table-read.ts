// Reads the data rows under a detected header: blank rows skipped, each row decoded or reported and skipped.
import type { Problem } from '../core/problems';
import { cellIsBlank } from './cell-text';
import type { HeaderMap } from './header-detect';
import { rowReaderMake, type RowReader } from './row-reader';
import type { TabSchema } from './schemas';

/**
 * A tab's rows handed over one at a time, e.g. parsed from CSV text as they are read, so a big file is
 * never held as a table of cell strings (millions of strings that would all live until the book is read).
 */
export interface TableStream {
  /** The first rows (at least the 20 where a header is searched, or all rows when fewer). */
  readonly head: readonly (readonly unknown[])[];
  /** Calls `visit` with each row from 0-based index `from` on; `cells` may be reused after the call returns. */
  rowsEach(from: number, visit: (cells: readonly unknown[], index: number) => void): void;
}

/** A table of cells or a stream of its rows. */
export type TableSource = readonly (readonly unknown[])[] | TableStream;

/** True for a stream (tables are arrays). */
export function isTableStream(source: TableSource): source is TableStream {
  return !Array.isArray(source);
}

/** The rows where a header is searched: the head of a stream, or the table itself. */
export function tableHead(source: TableSource): readonly (readonly unknown[])[] {
  return isTableStream(source) ? source.head : source;
}

/** Calls `visit` with each row of a table or stream from 0-based index `from` on. */
export function tableRowsEach(source: TableSource, from: number, visit: (cells: readonly unknown[], index: number) => void): void {
  if (isTableStream(source)) {
    source.rowsEach(from, visit);
    return;
  }
  for (let index = from; index < source.length; index += 1) visit(source[index] ?? [], index);
}

export interface TableRead<T> {
  readonly records: T[];
  readonly problems: Problem[];
}

/** The indexes of the input columns present in the header (derived columns are left out). */
function inputIndexes(schema: TabSchema, map: HeaderMap): number[] {
  return schema.columns.flatMap((column) => {
    const index = map.columns[column.key];
    return column.role === 'input' && index !== undefined ? [index] : [];
  });
}

/** True when every input column of the row is blank (derived columns may still show formula results). */
function rowIsBlank(indexes: readonly number[], cells: readonly unknown[]): boolean {
  for (const index of indexes) if (!cellIsBlank(cells[index])) return false;
  return true;
}

/**
 * Decodes every data row of `table` (the rows after the header) with `decode`. A row with an error
 * problem yields no record — never a half-read one; warnings keep the record.
 */
export function tableRowsRead<T>(
  schema: TabSchema,
  map: HeaderMap,
  table: TableSource,
  decode: (reader: RowReader) => T | null,
): TableRead<T> {
  const records: T[] = [];
  const problems: Problem[] = [];
  const reader = rowReaderMake(schema, map, 0, []);
  reader.textsShared = isTableStream(table);
  const indexes = inputIndexes(schema, map);
  tableRowsEach(table, map.headerIndex + 1, (cells, index) => {
    if (rowIsBlank(indexes, cells)) return;
    reader.reset(index + 1, cells);
    const record = decode(reader);
    if (reader.problems.length > 0) problems.push(...reader.problems);
    if (record !== null && !reader.failed()) records.push(record);
  });
  return { records, problems };
}
