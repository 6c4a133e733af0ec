// Range: a fixed rectangle of a sheet; values, formulas, formats, notes, validation, styles, protection, metadata.
import { a1Format, type GridBox } from './a1';
import { gas, type EmulatorContext } from './context';
import { EmuDataValidation } from './data-validation';
import { EmuDeveloperMetadataFinder, metadataArgs } from './developer-metadata';
import { EmuProtection } from './protection';
import type { CellStyle, EmuSheet } from './sheet';

type R = GoogleAppsScript.Spreadsheet.Range;
type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type RangeApi = Pick<
  R,
  | 'activate'
  | 'addDeveloperMetadata'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createDeveloperMetadataFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDeveloperMetadata'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'isBlank'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setWrap'
>;

/** Checks that a 2-D array has exactly the range's shape, with Sheets' messages. */
export function dataShapeCheck(data: unknown, box: GridBox): asserts data is unknown[][] {
  if (!Array.isArray(data)) throw new Error('The parameters (String) don\'t match the method signature.');
  if (data.length !== box.numRows) {
    throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${box.numRows}.`);
  }
  for (const row of data) {
    const width = Array.isArray(row) ? row.length : 1;
    if (width !== box.numColumns) {
      throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${width} but the range has ${box.numColumns}.`);
    }
  }
}

export class EmuRange implements RangeApi {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly sheet: EmuSheet,
    readonly box: GridBox,
  ) {
    return ctx.expose('Range', this);
  }

  private self(): R {
    return gas<R>(this);
  }
  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.box.numRows }, () => new Array<T>(this.box.numColumns).fill(value));
  }
  private styleSet(patch: Partial<CellStyle>): R {
    this.sheet.stylesWrite(this.box, () => patch);
    return this.self();
  }

  activate(): R {
    this.sheet.spreadsheet.activeRangeSet(this.self());
    return this.self();
  }
  getA1Notation(): string {
    return a1Format(this.box);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return gas(this.sheet);
  }
  getGridId(): number {
    return this.sheet.getSheetId();
  }
  getRow(): number {
    return this.box.row;
  }
  getRowIndex(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.column;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numColumns;
  }
  getHeight(): number {
    return this.box.numRows;
  }
  getWidth(): number {
    return this.box.numColumns;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }
  getCell(row: number, column: number): R {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) throw new Error('Cell reference out of range');
    return this.sheet.rangeOf({ row: this.box.row + row - 1, column: this.box.column + column - 1, numRows: 1, numColumns: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): R {
    return this.sheet.rangeOf({
      row: this.box.row + rowOffset,
      column: this.box.column + columnOffset,
      numRows: numRows ?? this.box.numRows,
      numColumns: numColumns ?? this.box.numColumns,
    });
  }

  getValues(): unknown[][] {
    return this.sheet.valuesRead(this.box);
  }
  getValue(): unknown {
    return this.sheet.valuesRead({ ...this.box, numRows: 1, numColumns: 1 })[0]?.[0];
  }
  setValues(values: unknown[][]): R {
    dataShapeCheck(values, this.box);
    this.sheet.contentsWrite(this.box, values);
    return this.self();
  }
  setValue(value: unknown): R {
    this.sheet.contentsWrite(this.box, this.fill(value));
    return this.self();
  }
  getDisplayValues(): string[][] {
    return this.sheet.displayRead(this.box);
  }
  getDisplayValue(): string {
    return this.sheet.displayRead({ ...this.box, numRows: 1, numColumns: 1 })[0]?.[0] ?? '';
  }
  getFormulas(): string[][] {
    return this.sheet.formulasRead(this.box);
  }
  getFormula(): string {
    return this.sheet.formulasRead({ ...this.box, numRows: 1, numColumns: 1 })[0]?.[0] ?? '';
  }
  setFormulas(formulas: string[][]): R {
    dataShapeCheck(formulas, this.box);
    this.sheet.contentsWrite(this.box, formulas);
    return this.self();
  }
  setFormula(formula: string): R {
    this.sheet.contentsWrite(this.box, this.fill(formula));
    return this.self();
  }
  isBlank(): boolean {
    return this.sheet.valuesRead(this.box).every((row) => row.every((v) => v === ''));
  }

  getNumberFormats(): string[][] {
    return this.sheet.numberFormatsRead(this.box);
  }
  getNumberFormat(): string {
    return this.sheet.numberFormatsRead({ ...this.box, numRows: 1, numColumns: 1 })[0]?.[0] ?? 'General';
  }
  setNumberFormat(numberFormat: string): R {
    this.sheet.formats.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, () => numberFormat);
    return this.self();
  }
  setNumberFormats(numberFormats: string[][]): R {
    dataShapeCheck(numberFormats, this.box);
    this.sheet.formats.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, (r, c) => numberFormats[r]?.[c]);
    return this.self();
  }

  getNote(): string {
    return this.sheet.notes.get(this.box.row - 1, this.box.column - 1) ?? '';
  }
  getNotes(): string[][] {
    return this.sheet.gridRead(this.sheet.notes, this.box, '');
  }
  setNote(note: string | null): R {
    this.sheet.notes.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, () => note || undefined);
    return this.self();
  }
  setNotes(notes: Array<Array<string | null>>): R {
    dataShapeCheck(notes, this.box);
    this.sheet.notes.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, (r, c) => notes[r]?.[c] || undefined);
    return this.self();
  }
  clearNote(): R {
    return this.setNote(null);
  }

  setDataValidation(rule: DV | null): R {
    const v = rule as unknown as EmuDataValidation | null;
    this.sheet.validations.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, () => v ?? undefined);
    return this.self();
  }
  setDataValidations(rules: Array<Array<DV | null>>): R {
    dataShapeCheck(rules, this.box);
    this.sheet.validations.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, (r, c) => (rules[r]?.[c] as unknown as EmuDataValidation) ?? undefined);
    return this.self();
  }
  getDataValidation(): DV | null {
    const v = this.sheet.validations.get(this.box.row - 1, this.box.column - 1);
    return v ? gas<DV>(v) : null;
  }
  getDataValidations(): Array<Array<DV | null>> {
    return this.sheet.gridRead(this.sheet.validations, this.box, undefined).map((row) => row.map((v) => (v ? gas<DV>(v) : null)));
  }
  clearDataValidations(): R {
    return this.setDataValidation(null);
  }

  setBackground(color: string | null): R {
    return this.styleSet({ background: color ?? undefined });
  }
  setBackgrounds(color: string[][]): R {
    dataShapeCheck(color, this.box);
    this.sheet.stylesWrite(this.box, (r, c) => ({ background: color[r]?.[c] }));
    return this.self();
  }
  getBackground(): string {
    return this.sheet.styles.get(this.box.row - 1, this.box.column - 1)?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.sheet.gridRead(this.sheet.styles, this.box, undefined).map((row) => row.map((s) => s?.background ?? '#ffffff'));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): R {
    return this.styleSet({ fontWeight: fontWeight ?? undefined });
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): R {
    dataShapeCheck(fontWeights, this.box);
    this.sheet.stylesWrite(this.box, (r, c) => ({ fontWeight: fontWeights[r]?.[c] ?? undefined }));
    return this.self();
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.sheet.styles.get(this.box.row - 1, this.box.column - 1)?.fontWeight ?? 'normal';
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.sheet.gridRead(this.sheet.styles, this.box, undefined).map((row) => row.map((s) => s?.fontWeight ?? 'normal'));
  }
  setFontColor(color: string | null): R {
    return this.styleSet({ fontColor: color ?? undefined });
  }
  setFontStyle(fontStyle: string | null): R {
    return this.styleSet({ fontStyle: fontStyle ?? undefined });
  }
  setHorizontalAlignment(alignment: string | null): R {
    return this.styleSet({ horizontalAlignment: alignment ?? undefined });
  }
  setWrap(isWrapEnabled: boolean): R {
    return this.styleSet({ wrap: isWrapEnabled });
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): R {
    const only = options && (options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    const at = [this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns] as const;
    if (!only || options?.contentsOnly) this.sheet.contentsWrite(this.box, this.fill(null));
    if (!only || options?.formatOnly) {
      this.sheet.formats.fill(...at, () => undefined);
      this.sheet.styles.fill(...at, () => undefined);
    }
    if (!only || options?.validationsOnly) this.sheet.validations.fill(...at, () => undefined);
    if (!only || options?.commentsOnly) this.sheet.notes.fill(...at, () => undefined);
    return this.self();
  }
  clearContent(): R {
    this.sheet.contentsWrite(this.box, this.fill(null));
    return this.self();
  }
  clearFormat(): R {
    this.sheet.formats.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, () => undefined);
    this.sheet.styles.fill(this.box.row - 1, this.box.column - 1, this.box.numRows, this.box.numColumns, () => undefined);
    return this.self();
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p = new EmuProtection(this.ctx, 'RANGE', this.sheet, this.box);
    this.sheet.protectionList.push(p);
    return gas(p);
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): R {
    const type = this.sheet.metadataPlaceType(this.box);
    const { value, visibility } = metadataArgs(a, b);
    this.sheet.spreadsheet.metadataAdd(key, value, visibility, { type, sheet: this.sheet, box: this.box });
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().find();
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return gas(new EmuDeveloperMetadataFinder(this.ctx, this.sheet.spreadsheet, { kind: 'range', sheet: this.sheet, box: this.box }));
  }
}
