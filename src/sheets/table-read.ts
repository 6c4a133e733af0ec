// Reads the data rows under a detected header: blank rows skipped, each row decoded or reported and skipped.
import type { Problem } from '../core/problems';
import { cellIsBlank } from './cell-text';
import type { HeaderMap } from './header-detect';
import { rowReaderMake, type RowReader } from './row-reader';
import type { TabSchema } from './schemas';

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
  table: readonly (readonly unknown[])[],
  decode: (reader: RowReader) => T | null,
): TableRead<T> {
  const records: T[] = [];
  const problems: Problem[] = [];
  const reader = rowReaderMake(schema, map, 0, []);
  const indexes = inputIndexes(schema, map);
  for (let index = map.headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    if (rowIsBlank(indexes, cells)) continue;
    reader.reset(index + 1, cells);
    const record = decode(reader);
    if (reader.problems.length > 0) problems.push(...reader.problems);
    if (record !== null && !reader.failed()) records.push(record);
  }
  return { records, problems };
}
