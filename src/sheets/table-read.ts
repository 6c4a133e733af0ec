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

/** True when every input column of the row is blank (derived columns may still show formula results). */
function rowIsBlank(schema: TabSchema, map: HeaderMap, cells: readonly unknown[]): boolean {
  for (const column of schema.columns) {
    if (column.role !== 'input') continue;
    const index = map.columns[column.key];
    if (index !== undefined && !cellIsBlank(cells[index])) return false;
  }
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
  for (let index = map.headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    if (rowIsBlank(schema, map, cells)) continue;
    reader.reset(index + 1, cells);
    const record = decode(reader);
    if (reader.problems.length > 0) problems.push(...reader.problems);
    if (record !== null && !reader.failed()) records.push(record);
  }
  return { records, problems };
}
