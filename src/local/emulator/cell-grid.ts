// A sparse per-cell layer (number formats, notes, validations…) that shifts with inserted and deleted rows/columns.

/** Sparse 2-D storage indexed 0-based; rows and columns splice like the sheet they belong to. */
export class CellGrid<T> {
  private rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let r = this.rows[row];
    if (!r) {
      if (value === undefined) return;
      r = [];
      this.rows[row] = r;
    }
    r[column] = value;
  }

  /** Sets every cell of a rectangle from a producer. */
  fill(row: number, column: number, numRows: number, numColumns: number, value: (r: number, c: number) => T | undefined): void {
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numColumns; c++) this.set(row + r, column + c, value(r, c));
  }

  clear(): void {
    this.rows = [];
  }

  /** True when no cell of the layer holds anything (lets hot paths skip lookups). */
  isEmpty(): boolean {
    return this.rows.every((r) => !r || r.every((v) => v === undefined));
  }

  insertRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(count));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const r of this.rows) if (r && at < r.length) r.splice(at, 0, ...new Array<undefined>(count));
  }

  deleteColumns(at: number, count: number): void {
    for (const r of this.rows) if (r) r.splice(at, count);
  }
}
