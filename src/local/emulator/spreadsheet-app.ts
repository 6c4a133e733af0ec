// SpreadsheetApp: the active spreadsheet, its Ui, data-validation builders and the enums scripts read from it.
import { gas, type EmulatorContext } from './context';
import { EmuDataValidationBuilder } from './data-validation';
import * as enums from './enums';
import type { EmuSpreadsheet } from './spreadsheet';
import type { EmuUi } from './ui';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type AppApi = Pick<App, 'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'getActiveRange' | 'getUi' | 'newDataValidation' | 'flush' | 'openById' | 'setActiveSheet' | 'getCurrentCell'>;

export class EmuSpreadsheetApp implements AppApi {
  readonly DataValidationCriteria = enums.DataValidationCriteria;
  readonly ProtectionType = enums.ProtectionType;
  readonly DeveloperMetadataLocationType = enums.DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = enums.DeveloperMetadataVisibility;
  readonly Dimension = enums.Dimension;
  readonly WrapStrategy = enums.WrapStrategy;
  /** How many times flush() was called (tests may check a long operation flushes). */
  flushes = 0;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly spreadsheet: () => EmuSpreadsheet,
    private readonly ui: EmuUi,
  ) {
    return ctx.expose('SpreadsheetApp', this);
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this.spreadsheet());
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this.spreadsheet());
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.spreadsheet().getActiveSheet();
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.spreadsheet().getActiveRange() as GoogleAppsScript.Spreadsheet.Range;
  }
  getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    return this.spreadsheet().getActiveCell();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    return this.spreadsheet().setActiveSheet(sheet);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return gas(this.ui);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return gas(new EmuDataValidationBuilder(this.ctx));
  }
  flush(): void {
    this.flushes++;
  }
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (id !== this.spreadsheet().id) throw new Error(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return gas(this.spreadsheet());
  }
}
