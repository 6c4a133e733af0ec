// The Statement tab 对账单: each statement's blocks as cells (header, rows, closing, words, aging, confirmation).
import type { StatementBlock, StatementCell } from '../../core/documents/statement-blocks';
import { currencyDigits } from '../../core/currency';
import { moneyToDecimalString } from '../../core/money';
import type { CurrencyCode, Lang } from '../../core/types';
import { sheetFit } from '../allocation-tab';
import { dateCell } from '../form-table';
import { derivedTabTitles, ledgerSheetsFind, sheetTag } from '../metadata-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One statement to write: its blocks and the currency its amounts are in. */
export interface StatementTabSection {
  readonly blocks: readonly StatementBlock[];
  readonly currency: CurrencyCode;
}

/** A rectangle of the grid (1-based, relative to the grid's first row) that gets one number format. */
interface FormatArea {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  readonly format: string;
}

/** Cells, font weights and number-format areas of some sections, ready for one setValues. */
export interface StatementTabGrid {
  readonly values: unknown[][];
  readonly weights: GoogleAppsScript.Spreadsheet.FontWeight[][];
  readonly areas: readonly FormatArea[];
  readonly width: number;
}

const DATE_FORMAT = 'yyyy-mm-dd';

function amountFormat(currency: CurrencyCode): string {
  const digits = currencyDigits(currency);
  return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
}

/**
 * A cell value: an amount as a number in major units, a date as a Date, text with a leading apostrophe so
 * Sheets keeps it exactly as written (a customer named "=HYPERLINK(…)" or a document number "0012" stays text).
 */
function cellValue(cell: StatementCell, currency: CurrencyCode): unknown {
  if (cell.kind === 'amount') return Number(moneyToDecimalString(cell.amount, currency));
  if (cell.kind === 'date') return dateCell(cell.date);
  return cell.text === '' ? '' : `'${cell.text}`;
}

const textCell = (text: string): StatementCell => ({ kind: 'text', text });

/** The rows of one block: cells and whether each row is bold; format areas are reported relative to the block. */
function blockRows(block: StatementBlock): { rows: StatementCell[][]; bold: boolean[]; areas: Omit<FormatArea, 'format'>[]; amounts: Omit<FormatArea, 'format'>[] } {
  switch (block.kind) {
    case 'title':
    case 'heading':
      return { rows: [[textCell(block.text)]], bold: [true], areas: [], amounts: [] };
    case 'text':
      return { rows: [[textCell(block.text)]], bold: [block.strong === true], areas: [], amounts: [] };
    case 'lines':
      return { rows: block.lines.map((line) => [textCell(line)]), bold: block.lines.map((_, i) => i === 0), areas: [], amounts: [] };
    case 'fields': {
      const dates = block.fields.flatMap(([, value], i) => (value.kind === 'date' ? [{ row: i + 1, column: 2, numRows: 1, numColumns: 1 }] : []));
      return { rows: block.fields.map(([label, value]) => [textCell(label), value]), bold: block.fields.map(() => false), areas: dates, amounts: [] };
    }
    case 'table': {
      const rows = [block.header.map(textCell), ...block.body.map((row) => [...row])];
      const strong = new Set(block.strong.map((i) => i + 1));
      const bodyRows = block.body.length;
      const amounts =
        block.role === 'rows'
          ? [{ row: 2, column: 4, numRows: bodyRows, numColumns: 3 }]
          : [{ row: 2, column: 1, numRows: bodyRows, numColumns: block.header.length }];
      const dates = block.role === 'rows' ? [{ row: 2, column: 1, numRows: bodyRows, numColumns: 1 }] : [];
      return { rows, bold: rows.map((_, i) => i === 0 || strong.has(i)), areas: dates, amounts };
    }
  }
}

/** A blank row before a block, except between lines of text and under a heading: the tab reads like the Doc. */
function blankBefore(previous: StatementBlock | undefined, block: StatementBlock): boolean {
  if (!previous) return false;
  if (previous.kind === 'heading') return false;
  return !(previous.kind === 'text' && block.kind === 'text');
}

/** The grid of `sections`: blocks apart as blankBefore says, two blank rows between statements. */
export function statementTabGrid(sections: readonly StatementTabSection[]): StatementTabGrid {
  const cells: { value: unknown; bold: boolean }[][] = [];
  const areas: FormatArea[] = [];
  sections.forEach((section, index) => {
    if (index > 0) cells.push([], []);
    section.blocks.forEach((block, blockIndex) => {
      if (blankBefore(section.blocks[blockIndex - 1], block)) cells.push([]);
      const top = cells.length;
      const { rows, bold, areas: dates, amounts } = blockRows(block);
      rows.forEach((row, i) => cells.push(row.map((cell) => ({ value: cellValue(cell, section.currency), bold: bold[i]! }))));
      for (const area of dates) areas.push({ ...area, row: top + area.row, format: DATE_FORMAT });
      for (const area of amounts) if (area.numRows > 0) areas.push({ ...area, row: top + area.row, format: amountFormat(section.currency) });
    });
  });
  const width = Math.max(2, ...cells.map((row) => row.length));
  const pad = <T>(row: T[], fill: T) => [...row, ...new Array<T>(width - row.length).fill(fill)];
  return {
    values: cells.map((row) => pad(row.map((c) => c.value), '')),
    weights: cells.map((row) => pad<GoogleAppsScript.Spreadsheet.FontWeight>(row.map((c) => (c.bold ? 'bold' : 'normal')), 'normal')),
    areas,
    width,
  };
}

/** The Statement sheet: found by its tag or name, else created in `lang` and tagged. */
function statementSheet(spreadsheet: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const found = ledgerSheetsFind(spreadsheet).get('Statement');
  if (found) return { sheet: found, created: false };
  const sheet = spreadsheet.insertSheet(derivedTabTitles.Statement[lang]);
  sheetTag(sheet, 'Statement');
  // Date, document number, a wide description, three amount columns: the rows table reads without resizing.
  sheet.setColumnWidths(1, 2, 120);
  sheet.setColumnWidth(3, 320);
  sheet.setColumnWidths(4, 3, 110);
  return { sheet, created: true };
}

/**
 * Writes statements to the Statement tab: 'replace' clears it first (one statement, or the first part of an
 * all-customers run), 'append' adds below what is there (the next part of that run). One setValues and one
 * setFontWeights for all the sections, plus a few number formats per statement — never more calls for more rows.
 * Returns the sheet's name and the first row written.
 */
export function statementTabWrite(spreadsheet: Spreadsheet, sections: readonly StatementTabSection[], mode: 'replace' | 'append', lang: Lang): { sheetName: string; row: number } {
  const { sheet, created } = statementSheet(spreadsheet, lang);
  if (sections.length === 0) return { sheetName: sheet.getName(), row: 0 };
  const grid = statementTabGrid(sections);
  if (mode === 'replace') sheet.clear();
  const lastRow = mode === 'append' ? sheet.getLastRow() : 0;
  const start = lastRow === 0 ? 1 : lastRow + 3;
  sheetFit(sheet, start + grid.values.length - 1, grid.width, created);
  const range = sheet.getRange(start, 1, grid.values.length, grid.width);
  range.setValues(grid.values);
  range.setFontWeights(grid.weights);
  for (const area of grid.areas) sheet.getRange(start + area.row - 1, area.column, area.numRows, area.numColumns).setNumberFormat(area.format);
  return { sheetName: sheet.getName(), row: start };
}
