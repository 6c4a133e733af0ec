// Calendar dates in the spreadsheet's time zone: today, and date arguments of custom functions.
import type { IsoDate } from '../core/types';

/** The spreadsheet's zone, falling back to the script's (both are Asia/Shanghai unless changed). */
function timeZoneOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null): string {
  return spreadsheet?.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
}

/** The calendar date of `date` in the spreadsheet's zone. */
export function spreadsheetDate(date: Date, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null): IsoDate {
  return Utilities.formatDate(date, timeZoneOf(spreadsheet), 'yyyy-MM-dd') as IsoDate;
}

/** Today in the spreadsheet's zone. */
export function spreadsheetToday(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null): IsoDate {
  return spreadsheetDate(new Date(), spreadsheet);
}
