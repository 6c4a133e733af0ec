// Streamed CSV tabs read to exactly the book that tables of cells read to.
import { describe, expect, it } from 'vitest';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { bookFilesLoad, bookStreamsLoad } from '../../../src/local/cli/book-files';
import { bookRead, type BookSources, type BookTables, type TableStream } from '../../../src/sheets/book-read';
import { cliCapture, messyBook, tempFolder } from './cli-helpers';

/** A table as a stream that hands every row over in one reused array (as a parser may). */
function streamOf(table: readonly (readonly unknown[])[]): TableStream {
  const cells: unknown[] = [];
  return {
    head: table.slice(0, 20),
    rowsEach(from, visit) {
      for (let index = from; index < table.length; index += 1) {
        cells.length = 0;
        cells.push(...(table[index] ?? []));
        visit(cells, index);
      }
    },
  };
}

describe('bookRead of streams', () => {
  it.each(['en', 'zh-CN'] as const)('reads the %s sample book as streams with reused row arrays to the same result', (lang) => {
    const tables: BookTables = sampleBookTables(lang);
    const streams: BookSources = Object.fromEntries(Object.entries(tables).map(([tab, table]) => [tab, table && streamOf(table)]));
    expect(bookRead(streams, { lang })).toEqual(bookRead(tables, { lang }));
  });

  it('reads CSV folders streamed exactly as parsed (messy book, sample book)', async () => {
    const sample = tempFolder('streams');
    await cliCapture(['sample', '--out', sample]);
    for (const folder of [messyBook, sample]) {
      const streamed = bookRead((await bookStreamsLoad(folder)).tables);
      expect(streamed).toEqual(bookRead((await bookFilesLoad(folder)).tables));
      expect(streamed.input.invoices.length).toBeGreaterThan(0);
    }
  });
});
