// CSV parsing (RFC 4180 and what Excel writes), writing (formula-safe), and decoding (UTF-8, BOM, GBK).
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvParse, csvStream } from '../../../src/local/cli/csv-parse';
import { csvField, csvWrite } from '../../../src/local/cli/csv-write';
import { textDecode } from '../../../src/local/cli/text-decode';

describe('csvParse', () => {
  it.each([
    ['a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\r\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['\ufeffa,b\n', [['a', 'b']]],
    ['"a,1","b ""q"""\n', [['a,1', 'b "q"']]],
    ['"line1\nline2",x\r\ny,z\r\n', [['line1\nline2', 'x'], ['y', 'z']]],
    ['"line1\r\nline2",x', [['line1\r\nline2', 'x']]],
    ['a,,c,\n', [['a', '', 'c', '']]],
    ['a\n\nb\n', [['a'], [''], ['b']]],
    ['"",""\n', [['', '']]],
    ['5" pipe,x\n', [['5" pipe', 'x']]],
    ['"ab"cd,e\n', [['abcd', 'e']]],
    ['"unterminated,x\ny', [['unterminated,x\ny']]],
    ['x,"a\n"\n1,2\n"3",4', [['x', 'a\n'], ['1', '2'], ['3', '4']]],
    ['', []],
    ['\ufeff', []],
    ['a,"', [['a', '']]],
  ])('%j', (text, rows) => expect(csvParse(text)).toEqual(rows));

  it('round-trips whatever csvWrite writes (safe text aside)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', '中', 'x') }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = csvParse(csvWrite(rows));
        expect(parsed).toEqual(rows);
      }),
    );
  });
});

/** Every row of a stream from `from` on, copied (a stream may reuse its arrays). */
function streamRows(text: string, from = 0): string[][] {
  const rows: string[][] = [];
  csvStream(text).rowsEach(from, (cells, index) => {
    expect(index).toBe(from + rows.length);
    rows.push([...(cells as string[])]);
  });
  return rows;
}

describe('csvStream', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', '\r\n', ' ', '中', 'x', '\ufeff') });
  const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
  const text = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 45 }), fc.constantFrom('\n', '\r\n', '\r', '')).map(
    ([bom, lines, end]) => `${bom ? '\ufeff' : ''}${lines.join(end === '' ? '\n' : end)}${end}`,
  );

  it('gives the rows csvParse gives, from any row on, and a head of the first 20', () => {
    fc.assert(
      fc.property(text, fc.nat(50), (csv, from) => {
        const rows = csvParse(csv);
        expect(streamRows(csv)).toEqual(rows);
        expect(streamRows(csv, from)).toEqual(rows.slice(from));
        expect(csvStream(csv).head).toEqual(rows.slice(0, 20));
      }),
      { numRuns: 500 },
    );
  });

  it('streams the quoted rows of csvWrite and the messy book\'s file shapes', () => {
    expect(streamRows('a,b\r\n"x\ny",2\n')).toEqual([['a', 'b'], ['x\ny', '2']]);
    expect(streamRows('\ufeffh\n' + Array.from({ length: 30 }, (_, i) => `${i},"q${i}"`).join('\n'), 25)).toEqual(
      Array.from({ length: 6 }, (_, i) => [`${i + 24}`, `q${i + 24}`]),
    );
  });
});

describe('csvWrite', () => {
  it('quotes where needed and keeps user text from becoming a formula', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('+1-555')).toBe("'+1-555");
    expect(csvField('-5 kg')).toBe("'-5 kg");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1234.5)).toBe('1234.5');
    expect(csvField(true)).toBe('TRUE');
    expect(csvField(null)).toBe('');
    expect(csvWrite([['a', 1]], { bom: true })).toBe('\ufeffa,1\r\n');
  });
});

describe('textDecode', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM, and GBK', async () => {
    const text = '客户编号,客户名称\nC001,上海明辉\n';
    expect(await textDecode(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(await textDecode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8' });
    expect(await textDecode(new Uint8Array(iconv.encode(text, 'gbk')))).toEqual({ text, encoding: 'gb18030' });
    expect(await textDecode(new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })))).toEqual({ text, encoding: 'utf-16le' });
  });
});
