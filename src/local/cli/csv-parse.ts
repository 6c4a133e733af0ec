// RFC-4180 CSV parsing: quoted fields with embedded commas, quotes and newlines; CRLF, LF or CR line ends.

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Parses CSV text into rows of string fields. A leading BOM is dropped; a final line end does not add an
 * empty row. Lenient where Excel is: a quote inside an unquoted field is kept as text, and an unterminated
 * quoted field runs to the end of the text.
 */
export function csvParse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  if (i >= n) return rows;
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted field: copy runs between doubled quotes.
      let start = i + 1;
      field = '';
      for (;;) {
        const close = text.indexOf('"', start);
        if (close < 0) {
          field += text.slice(start);
          i = n;
          break;
        }
        field += text.slice(start, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          start = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      // Anything between the closing quote and the next separator is kept (Excel does the same).
      const stop = fieldEnd(text, i);
      if (stop > i) field += text.slice(i, stop);
      i = stop;
    } else {
      const stop = fieldEnd(text, i);
      field = text.slice(i, stop);
      i = stop;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i += 1;
      if (i >= n) {
        row.push('');
        rows.push(row);
        return rows;
      }
      continue;
    }
    // Line end: CRLF, LF or CR.
    rows.push(row);
    row = [];
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= n) return rows;
  }
}

/** Index of the next comma or line end at or after `from` (or the text's length). */
function fieldEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c === COMMA || c === LF || c === CR) return j;
  }
  return text.length;
}
