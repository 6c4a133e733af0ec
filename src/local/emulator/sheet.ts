// Sheet: one tab — its size, the HyperFormula sheet holding its cells, per-cell layers, structure edits, protections.
import type { CellValue, RawCellContent } from 'hyperformula';
import { a1Parse, type GridBox } from './a1';
import { boxColumnsDelete, boxColumnsInsert, boxRowsDelete, boxRowsInsert } from './box-shift';
import { CellGrid } from './cell-grid';
import { gas, type EmulatorContext } from './context';
import type { EmuDataValidation } from './data-validation';
import { EmuDeveloperMetadataFinder, metadataArgs } from './developer-metadata';
import { sheetsErrorText } from './formula-engine';
import { isDateFormat, numberDisplay, serialDisplay } from './number-format';
import { EmuProtection } from './protection';
import { EmuRange } from './range';
import type { EmuSpreadsheet } from './spreadsheet';
import { wallTimeOf } from './zoned-time';

type S = GoogleAppsScript.Spreadsheet.Sheet;
type R = GoogleAppsScript.Spreadsheet.Range;

export interface CellStyle {
  background?: string;
  fontWeight?: GoogleAppsScript.Spreadsheet.FontWeight;
  fontColor?: string;
  fontStyle?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
}

type SheetApi = Pick<
  S,
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'createDeveloperMetadataFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getColumnWidth'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getNamedRanges'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideSheet'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isSheetHidden'
  | 'protect'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setTabColor'
  | 'showColumns'
  | 'showSheet'
>;

const dateFormatCache = new Map<string, boolean>();
function isDateFormatCached(format: string): boolean {
  let v = dateFormatCache.get(format);
  if (v === undefined) {
    v = isDateFormat(format);
    dateFormatCache.set(format, v);
  }
  return v;
}

export class EmuSheet implements SheetApi {
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Columns autoResizeColumns was asked to fit (recorded for tests). */
  readonly autoResized = new Set<number>();
  readonly formats = new CellGrid<string>();
  readonly notes = new CellGrid<string>();
  readonly validations = new CellGrid<EmuDataValidation>();
  readonly styles = new CellGrid<CellStyle>();
  protectionList: EmuProtection[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    readonly spreadsheet: EmuSpreadsheet,
    readonly hfId: number,
    public name: string,
    readonly gid: number,
  ) {
    return ctx.expose('Sheet', this);
  }

  private get engine() {
    return this.spreadsheet.engine;
  }
  private self(): S {
    return gas<S>(this);
  }

  /** A Range object for a box, after checking it lies inside the sheet. */
  rangeOf(box: GridBox): R {
    if (box.row < 1) throw new Error('The starting row of the range is too small.');
    if (box.column < 1) throw new Error('The starting column of the range is too small.');
    if (box.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (box.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (box.row + box.numRows - 1 > this.maxRows || box.column + box.numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return gas<R>(new EmuRange(this.ctx, this, box));
  }

  // ---- cell data ------------------------------------------------------------------------------------

  /** HyperFormula's extent of this sheet (may exceed the real content after clears). */
  private contentExtent(): { height: number; width: number } {
    return this.engine.hf.getSheetDimensions(this.hfId);
  }

  /** Raw HyperFormula values of a box, clipped to the stored extent, padded with null. */
  private rawRead(box: GridBox): CellValue[][] {
    const ext = this.contentExtent();
    const rows = Math.max(0, Math.min(box.numRows, ext.height - (box.row - 1)));
    const cols = Math.max(0, Math.min(box.numColumns, ext.width - (box.column - 1)));
    const got = rows > 0 && cols > 0 ? this.engine.values(this.hfId, box.row - 1, box.column - 1, rows, cols) : [];
    const out: CellValue[][] = new Array(box.numRows);
    for (let r = 0; r < box.numRows; r++) {
      const src = got[r];
      const row: CellValue[] = new Array(box.numColumns);
      for (let c = 0; c < box.numColumns; c++) row[c] = src && c < cols ? (src[c] ?? null) : null;
      out[r] = row;
    }
    return out;
  }

  /** True when the cell's number should come back as a Date (date format, explicit or inferred). */
  private isDateCell(row0: number, col0: number): boolean {
    const format = this.formats.get(row0, col0);
    if (format !== undefined) return isDateFormatCached(format);
    return this.engine.isDateTyped(this.hfId, row0, col0);
  }

  /** Values as getValues returns them: numbers, strings, booleans, Dates, '' and error strings. */
  valuesRead(box: GridBox): unknown[][] {
    const raw = this.rawRead(box);
    const tz = this.spreadsheet.timeZone;
    return raw.map((row, r) =>
      row.map((v, c) => {
        if (v === null || v === undefined) return '';
        if (typeof v === 'number') return this.isDateCell(box.row - 1 + r, box.column - 1 + c) ? this.spreadsheet.dateOfSerial(v, tz) : v;
        if (typeof v === 'object') return sheetsErrorText(v.type);
        return v;
      }),
    );
  }

  displayRead(box: GridBox): string[][] {
    const raw = this.rawRead(box);
    return raw.map((row, r) =>
      row.map((v, c) => {
        if (v === null || v === undefined) return '';
        if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
        if (typeof v === 'object') return sheetsErrorText(v.type);
        if (typeof v === 'string') return v;
        const format = this.numberFormatOf(box.row - 1 + r, box.column - 1 + c);
        return isDateFormatCached(format) ? serialDisplay(v, format) : numberDisplay(v, format);
      }),
    );
  }

  formulasRead(box: GridBox): string[][] {
    const ext = this.contentExtent();
    const rows = Math.max(0, Math.min(box.numRows, ext.height - (box.row - 1)));
    const cols = Math.max(0, Math.min(box.numColumns, ext.width - (box.column - 1)));
    const got = rows > 0 && cols > 0 ? this.engine.formulas(this.hfId, box.row - 1, box.column - 1, rows, cols) : [];
    return Array.from({ length: box.numRows }, (_, r) => Array.from({ length: box.numColumns }, (_, c) => got[r]?.[c] ?? ''));
  }

  /** The number format shown for a cell: explicit, or inferred from the value type like Sheets' automatic format. */
  private numberFormatOf(row0: number, col0: number): string {
    const explicit = this.formats.get(row0, col0);
    if (explicit !== undefined) return explicit;
    const type = this.engine.hf.getCellValueDetailedType({ sheet: this.hfId, row: row0, col: col0 });
    if (type === 'NUMBER_DATE') return 'yyyy-mm-dd';
    if (type === 'NUMBER_DATETIME') return 'yyyy-mm-dd hh:mm:ss';
    if (type === 'NUMBER_TIME') return 'hh:mm:ss';
    if (type === 'NUMBER_PERCENT') return '0.00%';
    return 'General';
  }

  numberFormatsRead(box: GridBox): string[][] {
    return Array.from({ length: box.numRows }, (_, r) => Array.from({ length: box.numColumns }, (_, c) => this.numberFormatOf(box.row - 1 + r, box.column - 1 + c)));
  }

  /** Reads a per-cell layer for a box. */
  gridRead<T, D>(grid: CellGrid<T>, box: GridBox, empty: D): Array<Array<T | D>> {
    return Array.from({ length: box.numRows }, (_, r) => Array.from({ length: box.numColumns }, (_, c) => grid.get(box.row - 1 + r, box.column - 1 + c) ?? empty));
  }

  stylesWrite(box: GridBox, patch: (r: number, c: number) => Partial<CellStyle>): void {
    this.styles.fill(box.row - 1, box.column - 1, box.numRows, box.numColumns, (r, c) => ({
      ...this.styles.get(box.row - 1 + r, box.column - 1 + c),
      ...patch(r, c),
    }));
  }

  /** Writes values or formulas as Sheets' setValues does: '=…' is a formula, Dates get a date format. */
  contentsWrite(box: GridBox, data: unknown[][]): void {
    this.spreadsheet.writeCheck(this, box);
    const tz = this.spreadsheet.timeZone;
    // Array.from builds arrays of this realm: data may come from a node:vm sandbox, whose arrays HyperFormula rejects.
    const raw: RawCellContent[][] = Array.from(data, (row, r) =>
      Array.from(Array.isArray(row) ? row : [row], (v, c) => this.rawContentOf(v, box.row - 1 + r, box.column - 1 + c, tz)),
    );
    this.engine.contentsSet({ sheet: this.hfId, row: box.row - 1, col: box.column - 1 }, raw);
  }

  private rawContentOf(v: unknown, row0: number, col0: number, tz: string): RawCellContent {
    if (v === null || v === undefined || v === '') return null;
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) throw new Error('Invalid Date written to a cell.');
      const w = wallTimeOf(v.getTime(), tz);
      const hasTime = w.hour !== 0 || w.minute !== 0 || w.second !== 0 || w.millisecond !== 0;
      if (!isDateFormatCached(this.formats.get(row0, col0) ?? '')) this.formats.set(row0, col0, hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd');
      // HyperFormula reads a Date through local getters: hand it one whose local fields are the sheet-zone wall time.
      return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
    }
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    const text = String(v);
    // Plain-text cells keep what is typed as text, formulas included (as typing into them in Sheets does).
    if (this.formats.get(row0, col0) === '@') return `'${text}`;
    return text;
  }

  // ---- identity and layout ------------------------------------------------------------------------

  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): S {
    this.spreadsheet.sheetRename(this, name);
    return this.self();
  }
  getSheetId(): number {
    return this.gid;
  }
  getIndex(): number {
    return this.spreadsheet.sheetList.indexOf(this.self() as unknown as EmuSheet) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this.spreadsheet);
  }
  activate(): S {
    this.spreadsheet.setActiveSheet(this.self());
    return this.self();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getLastRow(): number {
    const ext = this.contentExtent();
    for (let r = ext.height; r >= 1; r--) {
      const row = this.engine.values(this.hfId, r - 1, 0, 1, Math.max(1, ext.width));
      if (row[0]?.some((v) => v !== null && v !== '')) return r;
    }
    return 0;
  }
  getLastColumn(): number {
    const ext = this.contentExtent();
    if (ext.height === 0) return 0;
    for (let c = ext.width; c >= 1; c--) {
      const col = this.engine.values(this.hfId, 0, c - 1, ext.height, 1);
      if (col.some((row) => row[0] !== null && row[0] !== '')) return c;
    }
    return 0;
  }
  getDataRange(): R {
    return this.rangeOf({ row: 1, column: 1, numRows: Math.max(1, this.getLastRow()), numColumns: Math.max(1, this.getLastColumn()) });
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): R {
    if (typeof a === 'string') return this.rangeOf(a1Parse(a).box(this.maxRows, this.maxColumns));
    if (column === undefined) throw new Error('The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    return this.rangeOf({ row: a, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.valuesRead({ row: startRow, column: startColumn, numRows: rows, numColumns: cols });
  }
  appendRow(rowContents: unknown[]): S {
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    this.contentsWrite({ row, column: 1, numRows: 1, numColumns: Math.max(1, rowContents.length) }, [rowContents.length ? rowContents : ['']]);
    return this.self();
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setTabColor(color: string | null): S {
    this.tabColor = color;
    return this.self();
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): S {
    if (this.spreadsheet.sheetList.filter((s) => !s.hidden).length <= 1) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this.self();
  }
  showSheet(): S {
    this.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setColumnWidth(columnPosition: number, width: number): S {
    this.columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): S {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): S {
    this.rowHeights.set(rowPosition, height);
    return this.self();
  }
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? 21;
  }
  autoResizeColumns(startColumn: number, numColumns: number): S {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResized.add(c);
    return this.self();
  }
  autoResizeColumn(columnPosition: number): S {
    this.autoResized.add(columnPosition);
    return this.self();
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }
  clear(): S {
    this.clearContents();
    this.clearFormats();
    this.notes.clear();
    this.validations.clear();
    return this.self();
  }
  clearContents(): S {
    const ext = this.contentExtent();
    if (ext.height > 0 && ext.width > 0) {
      this.contentsWrite({ row: 1, column: 1, numRows: ext.height, numColumns: ext.width }, Array.from({ length: ext.height }, () => new Array(ext.width).fill(null)));
    }
    return this.self();
  }
  clearFormats(): S {
    this.formats.clear();
    this.styles.clear();
    return this.self();
  }
  clearNotes(): S {
    this.notes.clear();
    return this.self();
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.spreadsheet.getNamedRanges().filter((n) => (n.getRange() as unknown as EmuRange).sheet === (this.self() as unknown as EmuSheet));
  }

  // ---- structure ----------------------------------------------------------------------------------

  /** Inserts n rows before 1-based row `at`, moving cells, layers, protections and metadata like Sheets. */
  private rowsInsert(at: number, n: number): void {
    if (at < 1 || at > this.maxRows + 1) throw new Error('Those rows are out of bounds.');
    if (at - 1 < this.contentExtent().height) this.spreadsheet.engineRun(() => this.engine.hf.addRows(this.hfId, [at - 1, n]));
    for (const grid of this.layers()) grid.insertRows(at - 1, n);
    this.maxRows += n;
    this.spreadsheet.boxesMove(this, (b) => boxRowsInsert(b, at, n));
  }
  private rowsDelete(at: number, n: number): void {
    if (at < 1 || at + n - 1 > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (n >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    const height = this.contentExtent().height;
    if (at - 1 < height) this.spreadsheet.engineRun(() => this.engine.hf.removeRows(this.hfId, [at - 1, Math.min(n, height - at + 1)]));
    for (const grid of this.layers()) grid.deleteRows(at - 1, n);
    this.maxRows -= n;
    this.spreadsheet.boxesMove(this, (b) => boxRowsDelete(b, at, n));
  }
  private columnsInsert(at: number, n: number): void {
    if (at < 1 || at > this.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    if (at - 1 < this.contentExtent().width) this.spreadsheet.engineRun(() => this.engine.hf.addColumns(this.hfId, [at - 1, n]));
    for (const grid of this.layers()) grid.insertColumns(at - 1, n);
    this.maxColumns += n;
    this.spreadsheet.boxesMove(this, (b) => boxColumnsInsert(b, at, n));
  }
  private columnsDelete(at: number, n: number): void {
    if (at < 1 || at + n - 1 > this.maxColumns) throw new Error('Those columns are out of bounds.');
    if (n >= this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    const width = this.contentExtent().width;
    if (at - 1 < width) this.spreadsheet.engineRun(() => this.engine.hf.removeColumns(this.hfId, [at - 1, Math.min(n, width - at + 1)]));
    for (const grid of this.layers()) grid.deleteColumns(at - 1, n);
    this.maxColumns -= n;
    this.spreadsheet.boxesMove(this, (b) => boxColumnsDelete(b, at, n));
  }
  private layers(): Array<CellGrid<unknown>> {
    return [this.formats, this.notes, this.validations, this.styles] as Array<CellGrid<unknown>>;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.rowsInsert(rowIndex, numRows);
  }
  insertRowsBefore(beforePosition: number, howMany: number): S {
    this.rowsInsert(beforePosition, howMany);
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): S {
    this.rowsInsert(afterPosition + 1, howMany);
    return this.self();
  }
  insertRowBefore(beforePosition: number): S {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): S {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.columnsInsert(columnIndex, numColumns);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): S {
    this.columnsInsert(beforePosition, howMany);
    return this.self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): S {
    this.columnsInsert(afterPosition + 1, howMany);
    return this.self();
  }
  insertColumnBefore(beforePosition: number): S {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): S {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.rowsDelete(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): S {
    this.rowsDelete(rowPosition, 1);
    return this.self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.columnsDelete(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): S {
    this.columnsDelete(columnPosition, 1);
    return this.self();
  }

  // ---- protection and metadata --------------------------------------------------------------------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this.protectionList.find((p) => p.type === 'SHEET');
    if (existing) return gas(existing);
    const p = new EmuProtection(this.ctx, 'SHEET', this, { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns, wholeColumns: true });
    this.protectionList.push(p);
    return gas(p);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.protectionList.filter((p) => p.type === String(type)).map((p) => gas<GoogleAppsScript.Spreadsheet.Protection>(p));
  }
  /** Sheets allows range metadata only on whole rows or whole columns. */
  metadataPlaceType(box: GridBox): 'ROW' | 'COLUMN' {
    if (box.wholeColumns || (box.row === 1 && box.numRows === this.maxRows)) return 'COLUMN';
    if (box.wholeRows || (box.column === 1 && box.numColumns === this.maxColumns)) return 'ROW';
    throw new Error('Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.');
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): S {
    const { value, visibility } = metadataArgs(a, b);
    this.spreadsheet.metadataAdd(key, value, visibility, { type: 'SHEET', sheet: this });
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.spreadsheet.metadataList.filter((m) => m.place.type === 'SHEET' && m.place.sheet === this).map((m) => gas<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(m));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return gas(new EmuDeveloperMetadataFinder(this.ctx, this.spreadsheet, { kind: 'sheet', sheet: this }));
  }
}
