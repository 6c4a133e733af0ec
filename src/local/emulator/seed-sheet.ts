// seedSheet: writes a block of rows at A1 in one setValues, growing the sheet first when the rows do not fit.
import type { EmuSheet } from './sheet';

/** Writes `rows` (ragged rows are padded with '') to the top-left of `sheet`. */
export function seedSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const target = sheet as unknown as EmuSheet;
  if (rows.length > target.maxRows) target.maxRows = rows.length;
  if (width > target.maxColumns) target.maxColumns = width;
  const block = rows.map((r) => {
    const row = [...r];
    while (row.length < width) row.push('');
    return row;
  });
  sheet.getRange(1, 1, block.length, width).setValues(block);
}
