// How a fixed rectangle moves when rows or columns are inserted or deleted (protected ranges, metadata, as Sheets does).
import type { GridBox } from './a1';

/** Rows inserted before 1-based row `at` (count n): boxes below move down, boxes spanning it grow. */
export function boxRowsInsert(box: GridBox, at: number, n: number): GridBox {
  if (box.wholeColumns) return { ...box, numRows: box.numRows + n };
  if (at <= box.row) return { ...box, row: box.row + n };
  if (at < box.row + box.numRows) return { ...box, numRows: box.numRows + n };
  return box;
}

/** Rows [at, at+n) deleted: boxes below move up, overlapping boxes shrink; undefined when nothing is left. */
export function boxRowsDelete(box: GridBox, at: number, n: number): GridBox | undefined {
  const first = box.row;
  const last = box.row + box.numRows - 1;
  const delLast = at + n - 1;
  const removedBefore = Math.max(0, Math.min(delLast, first - 1) - at + 1);
  const overlap = Math.max(0, Math.min(last, delLast) - Math.max(first, at) + 1);
  const numRows = box.numRows - overlap;
  if (numRows <= 0) return undefined;
  return { ...box, row: first - removedBefore, numRows };
}

function transpose(box: GridBox): GridBox {
  const t: GridBox = { row: box.column, column: box.row, numRows: box.numColumns, numColumns: box.numRows };
  return { ...t, ...(box.wholeColumns ? { wholeRows: true } : {}), ...(box.wholeRows ? { wholeColumns: true } : {}) };
}

export function boxColumnsInsert(box: GridBox, at: number, n: number): GridBox {
  return transpose(boxRowsInsert(transpose(box), at, n));
}

export function boxColumnsDelete(box: GridBox, at: number, n: number): GridBox | undefined {
  const moved = boxRowsDelete(transpose(box), at, n);
  return moved && transpose(moved);
}

/** True when two boxes share at least one cell. */
export function boxesIntersect(a: GridBox, b: GridBox): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}
