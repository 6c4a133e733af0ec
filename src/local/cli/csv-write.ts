// CSV writing for files people open in Excel: quoted where needed, user text never turned into a formula.
import { cellTextSafe } from '../../sheets/cell-text';

export type CsvCell = string | number | boolean | null | undefined;

/** One field: numbers and booleans as is, text made formula-safe, quoted when it holds , " or a line end. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const safe = cellTextSafe(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV text with CRLF line ends (RFC 4180), optionally with a UTF-8 BOM so Excel reads UTF-8. */
export function csvWrite(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return (options.bom ? '\ufeff' : '') + body + '\r\n';
}
