// Named ranges: backed by HyperFormula named expressions, so formulas use them and their A1 follows inserted rows/columns.
import { gas, type EmulatorContext } from './context';
import type { EmuSpreadsheet } from './spreadsheet';

type NR = GoogleAppsScript.Spreadsheet.NamedRange;

export class EmuNamedRange implements Pick<NR, 'getName' | 'getRange' | 'setName' | 'setRange' | 'remove'> {
  constructor(
    ctx: EmulatorContext,
    private readonly spreadsheet: EmuSpreadsheet,
    private name: string,
  ) {
    return ctx.expose('NamedRange', this);
  }
  getName(): string {
    return this.name;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const range = this.spreadsheet.namedRangeResolve(this.name);
    if (!range) throw new Error(`Range not found: named range ${this.name} no longer refers to a range.`);
    return range;
  }
  setName(name: string): NR {
    const range = this.getRange();
    this.spreadsheet.removeNamedRange(this.name);
    this.spreadsheet.setNamedRange(name, range);
    this.name = name;
    return gas<NR>(this);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): NR {
    this.spreadsheet.setNamedRange(this.name, range);
    return gas<NR>(this);
  }
  remove(): void {
    this.spreadsheet.removeNamedRange(this.name);
  }
}
