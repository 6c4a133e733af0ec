// The small formula vocabulary of the derived tabs (DESIGN.md §6): literals, criteria, cell references, checks.

/** The functions a derived-tab formula may call: what Sheets, HyperFormula, LibreOffice and Excel all compute alike. */
export const FORMULA_FUNCTIONS: readonly string[] = ['SUMIFS', 'COUNTIFS', 'MAXIFS', 'IF', 'IFERROR', 'INDEX', 'MATCH', 'ROUND', 'DATE', 'TODAY'];

/** A text literal: "…" with inner quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A reference to a cell of the formula's own row, column fixed ($E7), so copies stay on their row. */
export function rowCell(column: number, row: number): string {
  return `$${columnLetters(column)}${row}`;
}

/** A criterion "<=" & TODAY() − days (days 0 = today): dates on or before that day. */
export function onOrBeforeToday(days = 0): string {
  return days === 0 ? '"<="&TODAY()' : `"<="&(TODAY()-${days})`;
}

/** A criterion ">=" & TODAY() − days: dates on or after that day. */
export function onOrAfterToday(days = 0): string {
  return days === 0 ? '">="&TODAY()' : `">="&(TODAY()-${days})`;
}

/**
 * True when `cell` equals one of `texts` (as Sheets compares text: case ignored), written as a sum of
 * comparisons — plain arithmetic, since OR is outside the dialect.
 */
export function cellIsOneOf(cell: string, texts: readonly string[]): string {
  return `(${texts.map((text) => `(${cell}=${formulaText(text)})`).join('+')})>0`;
}

/** SUMIFS(sum, range1, criterion1, …). */
export function sumIfs(sum: string, ...criteria: readonly (readonly [string, string])[]): string {
  return `SUMIFS(${[sum, ...criteria.flatMap(([range, criterion]) => [range, criterion])].join(',')})`;
}

/** Rounded to the money's decimals, as the engine rounds (half away from zero, like ROUND). */
export function moneyRound(expression: string, digits: number): string {
  return `ROUND(${expression},${digits})`;
}

/**
 * A formula in a comparable form: spaces outside text literals dropped and everything outside literals in
 * upper case, so a formula Sheets hands back reformatted still counts as the same formula.
 */
export function formulaNormalize(formula: string): string {
  let out = '';
  let inText = false;
  for (const ch of formula.trim()) {
    if (ch === '"') inText = !inText;
    if (inText || ch === '"') out += ch;
    else if (!/\s/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}

/** The function names a formula calls (upper case), to check it keeps to the dialect. */
export function formulaFunctions(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...bare.matchAll(/([A-Za-z][A-Za-z0-9._]*)\s*\(/g)].map((m) => m[1]!.toUpperCase());
}
