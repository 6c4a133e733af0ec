// Sheet and range protections: description, warning-only, editors, unprotected ranges; enforced on writes by non-editors.
import type { GridBox } from './a1';
import { gas, type EmulatorContext } from './context';
import type { EmuSheet } from './sheet';
import { EmuUser } from './user';

type P = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionApi = Pick<
  P,
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setUnprotectedRanges'
  | 'setWarningOnly'
>;

function emailOf(x: unknown): string {
  return typeof x === 'string' ? x : (x as { getEmail(): string }).getEmail();
}

export class EmuProtection implements ProtectionApi {
  description = '';
  warningOnly = false;
  domainEdit = false;
  readonly editors = new Set<string>();
  unprotected: GridBox[] = [];
  removed = false;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: EmuSheet,
    public box: GridBox,
  ) {
    this.editors.add(ctx.settings.ownerEmail);
    this.editors.add(ctx.settings.userEmail);
    return ctx.expose('Protection', this);
  }

  /** True when the current user may write to `target` under this protection. */
  allowsWrite(target: GridBox): boolean {
    const user = this.ctx.settings.userEmail;
    return this.warningOnly || user === this.ctx.settings.ownerEmail || this.editors.has(user) || this.unprotected.some((u) => covers(u, target));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): P {
    this.editors.add(emailOf(emailAddress));
    return gas<P>(this);
  }
  addEditors(emailAddresses: string[]): P {
    for (const e of emailAddresses) this.editors.add(e);
    return gas<P>(this);
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): P {
    this.editors.delete(emailOf(emailAddress));
    return gas<P>(this);
  }
  removeEditors(emailAddresses: Array<string | GoogleAppsScript.Base.User>): P {
    for (const e of emailAddresses) if (emailOf(e) !== this.ctx.settings.ownerEmail) this.editors.delete(emailOf(e));
    return gas<P>(this);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [...this.editors].map((e) => gas<GoogleAppsScript.Base.User>(new EmuUser(this.ctx, e)));
  }
  canEdit(): boolean {
    return this.ctx.settings.userEmail === this.ctx.settings.ownerEmail || this.editors.has(this.ctx.settings.userEmail);
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): P {
    this.domainEdit = editable;
    return gas<P>(this);
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): P {
    this.description = description;
    return gas<P>(this);
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): P {
    this.warningOnly = warningOnly;
    return gas<P>(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.sheet.rangeOf(this.box);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): P {
    this.box = (range as unknown as { box: GridBox }).box;
    return gas<P>(this);
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.unprotected.map((b) => this.sheet.rangeOf(b));
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): P {
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => (r as unknown as { box: GridBox }).box);
    return gas<P>(this);
  }
  remove(): void {
    this.removed = true;
    this.sheet.protectionList = this.sheet.protectionList.filter((p) => p !== this);
  }
}

function covers(outer: GridBox, inner: GridBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
