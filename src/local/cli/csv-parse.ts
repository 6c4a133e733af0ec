// RFC-4180 CSV parsing: quoted fields with embedded commas, quotes and newlines; CRLF, LF or CR line ends.

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Parses CSV text into rows of string fields. A leading BOM is dropped; a final line end does not add an
 * empty row. Lenient where Excel is: text after a closing quote is kept, a quote inside an unquoted field
 * is kept as text, and an unterminated quoted field runs to the end of the text.
 */
export function csvParse(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // No quote and no bare CR anywhere: every line is a row of plain fields (two native splits).
  if (!body.includes('"') && !/\r(?!\n)/.test(body)) return csvParsePlain(body);
  return csvParseLines(body);
}

function csvParsePlain(text: string): string[][] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const rows = new Array<string[]>(lines.length);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    rows[i] = (line.charCodeAt(line.length - 1) === CR ? line.slice(0, -1) : line).split(',');
  }
  return rows;
}

/** Line by line: plain lines are split, lines with quotes go through the full grammar. */
function csvParseLines(text: string): string[][] {
  const rows: string[][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    const line = text.slice(start, stop);
    // Fast path: a line without quotes or bare CRs is split as it is (most lines of most files).
    if (!line.includes('"') && !line.includes('\r')) {
      rows.push(line.split(','));
      start = end + 1;
      continue;
    }
    const [row, next] = csvRowQuoted(text, start);
    rows.push(row);
    start = next;
  }
  return rows;
}

/** One row from `from` with the full grammar; returns it and the index after its line end. */
function csvRowQuoted(text: string, from: number): [string[], number] {
  const row: string[] = [];
  const n = text.length;
  let i = from;
  for (;;) {
    let field = '';
    if (text.charCodeAt(i) === QUOTE) {
      let start = i + 1;
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
    }
    const stop = fieldEnd(text, i);
    field += text.slice(i, stop);
    row.push(field);
    i = stop;
    if (i >= n) return [row, n];
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i += 1;
      if (i >= n) {
        row.push('');
        return [row, n];
      }
      continue;
    }
    return [row, i + (c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1)];
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
