// Plain-text tables for the terminal, aligned by display width (CJK characters take two columns).

/** True for code points shown two columns wide (East Asian Wide and Fullwidth). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Columns the text occupies in a terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** The text cut to at most `max` columns, ending in "…" when cut. */
export function textTruncate(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let result = '';
  let width = 0;
  for (const char of text) {
    const w = textWidth(char);
    if (width + w > max - 1) break;
    result += char;
    width += w;
  }
  return `${result}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

export interface TextColumn {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** Longest width of this column's cells; longer text is cut with "…". */
  readonly max?: number;
}

/** The rows as aligned text lines: header, a rule, the rows; columns separated by two spaces. */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => row.map((cell, i) => textTruncate(cell, columns[i]?.max ?? 1000)));
  const widths = columns.map((column, i) => Math.max(textWidth(column.header), ...cells.map((row) => textWidth(row[i] ?? ''))));
  const line = (row: readonly string[]): string =>
    columns.map((column, i) => pad(row[i] ?? '', widths[i] ?? 0, column.align)).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}
