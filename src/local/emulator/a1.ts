// A1 notation: parsing "Sheet!A1:B2", "A:A", "2:5", "A2:A" into 1-based grid boxes, and formatting them back.

/** A rectangle of a sheet, 1-based; `wholeColumns`/`wholeRows` remember "A:B" / "2:3" forms for getA1Notation. */
export interface GridBox {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  readonly wholeColumns?: boolean;
  readonly wholeRows?: boolean;
}

export interface ParsedA1 {
  readonly sheetName?: string;
  /** Resolves the box once the sheet's size is known (open-ended refs like A2:A run to the last row). */
  readonly box: (maxRows: number, maxColumns: number) => GridBox;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Corner {
  readonly column?: number;
  readonly row?: number;
}

function cornerParse(text: string, whole: string): Corner {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`Range not found: ${whole}`);
  return {
    ...(m[1] ? { column: columnNumber(m[1]) } : {}),
    ...(m[2] ? { row: Number(m[2]) } : {}),
  };
}

/** Splits "'My Sheet'!A1:B2" into the sheet name (unquoted) and the reference. */
export function sheetPrefixSplit(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

/** Parses A1 notation; throws "Range not found" like Sheets for malformed text. */
export function a1Parse(a1: string): ParsedA1 {
  const { sheetName, ref } = sheetPrefixSplit(a1.trim());
  const [startText, endText, extra] = ref.split(':');
  if (startText === undefined || extra !== undefined) throw new Error(`Range not found`);
  const start = cornerParse(startText, a1);
  const end = endText === undefined ? start : cornerParse(endText, a1);
  if (endText === undefined && (start.column === undefined || start.row === undefined)) throw new Error('Range not found');
  const box = (maxRows: number, maxColumns: number): GridBox => {
    const wholeColumns = start.row === undefined && end.row === undefined;
    const wholeRows = start.column === undefined && end.column === undefined;
    const c1 = start.column ?? 1;
    const c2 = end.column ?? maxColumns;
    const r1 = start.row ?? 1;
    const r2 = end.row ?? maxRows;
    const row = Math.min(r1, r2);
    const column = Math.min(c1, c2);
    return {
      row,
      column,
      numRows: Math.abs(r2 - r1) + 1,
      numColumns: Math.abs(c2 - c1) + 1,
      ...(wholeColumns ? { wholeColumns } : {}),
      ...(wholeRows ? { wholeRows } : {}),
    };
  };
  return sheetName === undefined ? { box } : { sheetName, box };
}

/** Formats a box as Sheets' getA1Notation does ("A1", "A1:B2", "A:A", "2:3"). */
export function a1Format(box: GridBox): string {
  const lastColumn = box.column + box.numColumns - 1;
  const lastRow = box.row + box.numRows - 1;
  if (box.wholeColumns) return `${columnLetters(box.column)}:${columnLetters(lastColumn)}`;
  if (box.wholeRows) return `${box.row}:${lastRow}`;
  const first = `${columnLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return first;
  return `${first}:${columnLetters(lastColumn)}${lastRow}`;
}

/** Quotes a sheet name for use in a formula or named range when needed. */
export function sheetNameQuote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Absolute A1 with sheet, as HyperFormula named expressions want it: =Sheet!$A$1:$B$2 or =Sheet!$A:$A. */
export function a1Absolute(sheetName: string, box: GridBox): string {
  const lastColumn = box.column + box.numColumns - 1;
  const lastRow = box.row + box.numRows - 1;
  const sheet = sheetNameQuote(sheetName);
  if (box.wholeColumns) return `${sheet}!$${columnLetters(box.column)}:$${columnLetters(lastColumn)}`;
  if (box.wholeRows) return `${sheet}!$${box.row}:$${lastRow}`;
  return `${sheet}!$${columnLetters(box.column)}$${box.row}:$${columnLetters(lastColumn)}$${lastRow}`;
}
