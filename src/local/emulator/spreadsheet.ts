// Spreadsheet: its sheets, named ranges (HyperFormula named expressions), developer metadata, protections, active selection.
import { a1Absolute, a1Parse, type GridBox } from './a1';
import { gas, type EmulatorContext } from './context';
import { EmuDeveloperMetadata, EmuDeveloperMetadataFinder, metadataArgs, type MetadataPlace } from './developer-metadata';
import { FormulaEngine } from './formula-engine';
import { EmuNamedRange } from './named-range';
import type { EmuRange } from './range';
import { EmuSheet } from './sheet';
import { EmuUser } from './user';
import { dateOfSerial, serialOfDate } from './zoned-time';

type SSheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type S = GoogleAppsScript.Spreadsheet.Sheet;
type R = GoogleAppsScript.Spreadsheet.Range;

type SpreadsheetApi = Pick<
  SSheet,
  | 'addDeveloperMetadata'
  | 'addEditor'
  | 'createDeveloperMetadataFinder'
  | 'deleteSheet'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getDeveloperMetadata'
  | 'getEditors'
  | 'getId'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast'
>;

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

const WRITE_DENIED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export class EmuSpreadsheet implements SpreadsheetApi {
  readonly engine: FormulaEngine;
  sheetList: EmuSheet[] = [];
  metadataList: EmuDeveloperMetadata[] = [];
  readonly toasts: Toast[] = [];
  private readonly namedRangeNames: string[] = [];
  private activeSheet: EmuSheet | undefined;
  private activeRange: R | undefined;
  private nextGid = 0;
  private nextMetadataId = 1;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {
    this.engine = new FormulaEngine(
      {
        nowSerial: () => serialOfDate(ctx.clock.now(), this.timeZone),
        dateOfSerial: (serial) => dateOfSerial(serial, this.timeZone),
        serialOfDate: (date) => serialOfDate(date, this.timeZone),
        isDateFormatted: (hfSheet, row, col) => {
          const format = this.sheetList.find((s) => s.hfId === hfSheet)?.formats.get(row, col);
          return format !== undefined && /[yYdDhHsS]/.test(format.replace(/"[^"]*"/g, ''));
        },
        sheetSize: (hfSheet) => {
          const sheet = this.sheetList.find((s) => s.hfId === hfSheet);
          return { rows: sheet?.maxRows ?? 0, columns: sheet?.maxColumns ?? 0 };
        },
        runUserCode: (body) => ctx.counter.asOutsideCaller(body),
      },
      locale,
    );
    const self = ctx.expose('Spreadsheet', this);
    ctx.counter.internal(() => self.insertSheet('Sheet1'));
    return self;
  }

  private self(): SSheet {
    return gas<SSheet>(this);
  }

  /** Runs a HyperFormula change and settles spills (structure edits go through here). */
  engineRun<T>(change: () => T): T {
    return this.engine.run(change);
  }

  dateOfSerial(serial: number, timeZone: string): Date {
    return dateOfSerial(serial, timeZone);
  }

  /** Throws Sheets' protection error when the current user may not write to the box. */
  writeCheck(sheet: EmuSheet, box: GridBox): void {
    for (const p of sheet.protectionList) {
      const covered = p.type === 'SHEET' || boxesOverlap(p.box, box);
      if (covered && !p.allowsWrite(box)) throw new Error(WRITE_DENIED);
    }
  }

  /** Moves fixed boxes (protected ranges, row/column metadata) of a sheet after a structure edit. */
  boxesMove(sheet: EmuSheet, move: (b: GridBox) => GridBox | undefined): void {
    for (const p of [...sheet.protectionList]) {
      if (p.type === 'SHEET') continue;
      const moved = move(p.box);
      if (moved) p.box = moved;
      else p.remove();
    }
    this.metadataList = this.metadataList.filter((m) => {
      if ((m.place.type !== 'ROW' && m.place.type !== 'COLUMN') || m.place.sheet !== sheet) return true;
      const moved = move(m.place.box);
      if (moved) m.place = { ...m.place, box: moved };
      return moved !== undefined;
    });
  }

  sheetRename(sheet: EmuSheet, name: string): void {
    if (this.sheetList.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.engineRun(() => this.engine.hf.renameSheet(sheet.hfId, name));
    sheet.name = name;
  }

  activeRangeSet(range: R): void {
    this.activeRange = range;
    this.activeSheet = (range as unknown as EmuRange).sheet;
  }

  metadataAdd(key: string, value: string | null, visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility, place: MetadataPlace): void {
    this.metadataList.push(new EmuDeveloperMetadata(this.ctx, this, this.nextMetadataId++, key, value, visibility, place));
  }

  /** The range a named range currently covers (it follows inserted rows/columns), or null. */
  namedRangeResolve(name: string): R | null {
    const formula = this.engine.hf.getNamedExpressionFormula(name);
    if (!formula || formula.includes('#REF')) return null;
    const parsed = a1Parse(formula.replace(/^=/, ''));
    const sheet = this.sheetList.find((s) => s.name === parsed.sheetName);
    return sheet ? sheet.rangeOf(parsed.box(sheet.maxRows, sheet.maxColumns)) : null;
  }

  // ---- Spreadsheet API ------------------------------------------------------------------------------

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }
  getOwner(): GoogleAppsScript.Base.User {
    return gas(new EmuUser(this.ctx, this.ctx.settings.ownerEmail));
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    const emails = new Set([this.ctx.settings.ownerEmail, this.ctx.settings.userEmail]);
    return [...emails].map((e) => gas<GoogleAppsScript.Base.User>(new EmuUser(this.ctx, e)));
  }
  addEditor(_emailAddress: string | GoogleAppsScript.Base.User): SSheet {
    return this.self();
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    // Sheets' toast takes any message; numbers are shown as text.
    this.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }

  getSheets(): S[] {
    return this.sheetList.map((s) => gas<S>(s));
  }
  getNumSheets(): number {
    return this.sheetList.length;
  }
  getSheetByName(name: string): S | null {
    const s = this.sheetList.find((x) => x.name === name);
    return s ? gas<S>(s) : null;
  }
  insertSheet(a?: string | number | object, b?: number | object, _options?: object): S {
    const name = typeof a === 'string' ? a : this.defaultSheetName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.sheetList.length;
    if (this.sheetList.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const hfName = this.engineRun(() => this.engine.hf.addSheet(name));
    const hfId = this.engine.hf.getSheetId(hfName) as number;
    const gid = this.nextGid === 0 ? 0 : 100_000_000 + this.nextGid * 7919;
    this.nextGid++;
    const sheet = new EmuSheet(this.ctx, this, hfId, name, gid);
    this.sheetList.splice(Math.max(0, Math.min(index, this.sheetList.length)), 0, sheet);
    this.activeSheet = sheet;
    this.activeRange = undefined;
    return gas<S>(sheet);
  }
  private defaultSheetName(): string {
    for (let n = this.sheetList.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.sheetList.some((s) => s.name === name)) return name;
    }
  }
  deleteSheet(sheet: S): void {
    const target = sheet as unknown as EmuSheet;
    if (this.sheetList.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this.engineRun(() => this.engine.hf.removeSheet(target.hfId));
    this.sheetList = this.sheetList.filter((s) => s !== target);
    this.metadataList = this.metadataList.filter((m) => m.place.type === 'SPREADSHEET' || m.place.sheet !== target);
    if (this.activeSheet === target) {
      this.activeSheet = this.sheetList[0];
      this.activeRange = undefined;
    }
  }
  getActiveSheet(): S {
    const s = this.activeSheet ?? this.sheetList[0];
    if (!s) throw new Error('Emulator: the spreadsheet has no sheets');
    return gas<S>(s);
  }
  setActiveSheet(sheet: S): S {
    this.activeSheet = sheet as unknown as EmuSheet;
    this.activeRange = undefined;
    return sheet;
  }
  getActiveRange(): R | null {
    return this.activeRange ?? null;
  }
  getActiveCell(): R {
    const r = this.activeRange as unknown as EmuRange | undefined;
    if (r) return r.sheet.rangeOf({ row: r.box.row, column: r.box.column, numRows: 1, numColumns: 1 });
    return (this.getActiveSheet() as unknown as EmuSheet).rangeOf({ row: 1, column: 1, numRows: 1, numColumns: 1 });
  }
  setActiveRange(range: R): R {
    this.activeRangeSet(range);
    return range;
  }
  getRange(a1Notation: string): R {
    const parsed = a1Parse(a1Notation);
    const sheet = parsed.sheetName === undefined ? (this.getActiveSheet() as unknown as EmuSheet) : this.sheetList.find((s) => s.name === parsed.sheetName);
    if (!sheet) throw new Error(`Range not found`);
    return sheet.rangeOf(parsed.box(sheet.maxRows, sheet.maxColumns));
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.namedRangeNames.filter((n) => this.namedRangeResolve(n)).map((n) => gas<GoogleAppsScript.Spreadsheet.NamedRange>(new EmuNamedRange(this.ctx, this, n)));
  }
  setNamedRange(name: string, range: R): void {
    if (!/^[A-Za-z_\u0080-\uffff][A-Za-z0-9_.\u0080-\uffff]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
      throw new Error(`Named range name "${name}" is invalid.`);
    }
    if (!this.engine.hf.isItPossibleToAddNamedExpression(name, '=1') && !this.namedRangeNames.some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Emulator: named range name "${name}" is not supported (HyperFormula accepts ASCII letters, digits, _ and . only)`);
    }
    const r = range as unknown as EmuRange;
    const expression = `=${a1Absolute(r.sheet.name, r.box)}`;
    const existing = this.namedRangeNames.find((n) => n.toLowerCase() === name.toLowerCase());
    if (existing) {
      this.engineRun(() => this.engine.hf.changeNamedExpression(existing, expression));
    } else {
      this.engineRun(() => this.engine.hf.addNamedExpression(name, expression));
      this.namedRangeNames.push(name);
    }
  }
  getRangeByName(name: string): R | null {
    const known = this.namedRangeNames.find((n) => n.toLowerCase() === name.toLowerCase());
    return known ? this.namedRangeResolve(known) : null;
  }
  removeNamedRange(name: string): void {
    const i = this.namedRangeNames.findIndex((n) => n.toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`Named range ${name} not found.`);
    const existing = this.namedRangeNames[i] as string;
    this.engineRun(() => this.engine.hf.removeNamedExpression(existing));
    this.namedRangeNames.splice(i, 1);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.sheetList.flatMap((s) => s.getProtections(type));
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): SSheet {
    const { value, visibility } = metadataArgs(a, b);
    this.metadataAdd(key, value, visibility, { type: 'SPREADSHEET' });
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.metadataList.filter((m) => m.place.type === 'SPREADSHEET').map((m) => gas<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(m));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return gas(new EmuDeveloperMetadataFinder(this.ctx, this, { kind: 'spreadsheet' }));
  }
}

function boxesOverlap(a: GridBox, b: GridBox): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}
