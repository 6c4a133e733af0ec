// Text cells: blank detection, trimming (ASCII and full-width spaces), keys, and writing user text back safely.

/** A cell as Sheets getValues, a CSV reader or ExcelJS hands it over. */
export type CellValue = unknown;

/** Spaces users leave around values: ASCII whitespace, no-break space, full-width space, zero-width marks. */
const edgeSpace = /^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g;

/** True for an empty cell: undefined, null, '' or only spaces (Sheets gives '' for empty cells). */
export function cellIsBlank(value: CellValue): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'string' || !isSpace(value.charCodeAt(0))) return false;
  return value.replace(edgeSpace, '') === '';
}

/** True for the code units that edgeSpace trims. */
function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x202f || code === 0x205f;
}

/** The cell as trimmed text; numbers and booleans as their plain text, dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    // Most cells have nothing to trim: skip the regular expression then.
    if (value === '' || (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1)))) return value;
    return value.replace(edgeSpace, '');
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateObject(value)) {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return '';
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return String(value).replace(edgeSpace, '');
}

/**
 * A key (Customer ID, Invoice No, Payment ID) as text: trimmed, full-width letters and digits folded to
 * ASCII (NFKC) and inner runs of spaces collapsed, so "Ｃ００１ " and "C001" are the same customer.
 * Case is kept: "inv-1" and "INV-1" stay different, as they are in Sheets lookups with exact match.
 */
export function cellKey(value: CellValue): string {
  const text = cellText(value);
  // Printable ASCII without spaces is already a key; only other text pays for NFKC.
  if (/^[\x21-\x7e]*$/.test(text)) return text;
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** True for a JS Date (also one from another realm, as Apps Script sandboxes may hand over). */
export function isDateObject(value: CellValue): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * User text made safe to write into a cell or CSV field: text starting with = + - @ (or a tab/CR that
 * spreadsheet programs skip) gets a leading apostrophe, so it is shown as text and never runs as a formula.
 */
export function cellTextSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
