// Developer metadata on the spreadsheet, a sheet, or whole rows/columns (which move with inserts), and its finder.
import type { GridBox } from './a1';
import { boxesIntersect } from './box-shift';
import { gas, type EmulatorContext } from './context';
import { DeveloperMetadataVisibility } from './enums';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';

type DM = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

export type MetadataPlace =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheet: EmuSheet }
  | { readonly type: 'ROW' | 'COLUMN'; readonly sheet: EmuSheet; readonly box: GridBox };

export class EmuDeveloperMetadata
  implements
    Pick<DM, 'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation' | 'setKey' | 'setValue' | 'setVisibility' | 'remove' | 'moveToSheet' | 'moveToSpreadsheet'>
{
  constructor(
    private readonly ctx: EmulatorContext,
    readonly spreadsheet: EmuSpreadsheet,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: Visibility,
    public place: MetadataPlace,
  ) {
    return ctx.expose('DeveloperMetadata', this);
  }
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getVisibility(): Visibility {
    return this.visibility;
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return gas(new EmuDeveloperMetadataLocation(this.ctx, this.spreadsheet, this.place));
  }
  setKey(key: string): DM {
    this.key = key;
    return gas<DM>(this);
  }
  setValue(value: string): DM {
    this.value = value;
    return gas<DM>(this);
  }
  setVisibility(visibility: Visibility): DM {
    this.visibility = visibility;
    return gas<DM>(this);
  }
  remove(): void {
    this.spreadsheet.metadataList = this.spreadsheet.metadataList.filter((m) => m.id !== this.id);
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): DM {
    this.place = { type: 'SHEET', sheet: sheet as unknown as EmuSheet };
    return gas<DM>(this);
  }
  moveToSpreadsheet(): DM {
    this.place = { type: 'SPREADSHEET' };
    return gas<DM>(this);
  }
}

export class EmuDeveloperMetadataLocation
  implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getLocationType' | 'getSheet' | 'getRow' | 'getColumn' | 'getSpreadsheet'>
{
  constructor(
    ctx: EmulatorContext,
    private readonly spreadsheet: EmuSpreadsheet,
    private readonly place: MetadataPlace,
  ) {
    return ctx.expose('DeveloperMetadataLocation', this);
  }
  getLocationType(): LocationType {
    return this.place.type as unknown as LocationType;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.place.type === 'SPREADSHEET' ? null : gas(this.place.sheet);
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    return this.place.type === 'ROW' ? this.place.sheet.rangeOf(this.place.box) : null;
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    return this.place.type === 'COLUMN' ? this.place.sheet.rangeOf(this.place.box) : null;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.place.type === 'SPREADSHEET' ? gas(this.spreadsheet) : null;
  }
}

/** Where a finder looks: the whole spreadsheet, one sheet, or one range. */
export type FinderScope = { readonly kind: 'spreadsheet' } | { readonly kind: 'sheet'; readonly sheet: EmuSheet } | { readonly kind: 'range'; readonly sheet: EmuSheet; readonly box: GridBox };

type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

export class EmuDeveloperMetadataFinder
  implements Pick<Finder, 'find' | 'withId' | 'withKey' | 'withValue' | 'withLocationType' | 'withVisibility' | 'onIntersectingLocations'>
{
  private readonly filters: Array<(m: EmuDeveloperMetadata) => boolean> = [];
  private intersecting = false;
  constructor(
    ctx: EmulatorContext,
    private readonly spreadsheet: EmuSpreadsheet,
    private readonly scope: FinderScope,
  ) {
    return ctx.expose('DeveloperMetadataFinder', this);
  }
  private add(f: (m: EmuDeveloperMetadata) => boolean): Finder {
    this.filters.push(f);
    return gas<Finder>(this);
  }
  withId(id: number): Finder {
    return this.add((m) => m.id === id);
  }
  withKey(key: string): Finder {
    return this.add((m) => m.key === key);
  }
  withValue(value: string): Finder {
    return this.add((m) => m.value === value);
  }
  withLocationType(locationType: LocationType): Finder {
    return this.add((m) => m.place.type === String(locationType));
  }
  withVisibility(visibility: Visibility): Finder {
    return this.add((m) => String(m.visibility) === String(visibility));
  }
  onIntersectingLocations(): Finder {
    this.intersecting = true;
    return gas<Finder>(this);
  }
  find(): DM[] {
    return this.spreadsheet.metadataList.filter((m) => this.inScope(m) && this.filters.every((f) => f(m))).map((m) => gas<DM>(m));
  }
  private inScope(m: EmuDeveloperMetadata): boolean {
    const s = this.scope;
    if (s.kind === 'spreadsheet') return true;
    if (m.place.type === 'SPREADSHEET' || m.place.sheet !== s.sheet) return false;
    if (s.kind === 'sheet') return true;
    if (m.place.type === 'SHEET') return false;
    return this.intersecting ? boxesIntersect(m.place.box, s.box) : sameBox(m.place.box, s.box);
  }
}

function sameBox(a: GridBox, b: GridBox): boolean {
  return a.row === b.row && a.column === b.column && a.numRows === b.numRows && a.numColumns === b.numColumns;
}

export const DEFAULT_VISIBILITY = DeveloperMetadataVisibility.DOCUMENT as unknown as Visibility;

/** Splits addDeveloperMetadata's overloads (key[, value][, visibility]) into value and visibility. */
export function metadataArgs(a?: unknown, b?: unknown): { value: string | null; visibility: Visibility } {
  const isVisibility = (x: unknown) => x === DeveloperMetadataVisibility.DOCUMENT || x === DeveloperMetadataVisibility.PROJECT;
  if (isVisibility(a)) return { value: null, visibility: a as Visibility };
  return { value: a === undefined ? null : String(a), visibility: (isVisibility(b) ? b : DEFAULT_VISIBILITY) as Visibility };
}
