// Golden problem messages (en and zh-CN) of the sheets layer for the hand-written messy CSV folder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/core/problems';
import { bookFilesLoad } from '../../src/local/cli/book-files';
import { bookRead } from '../../src/sheets/book-read';

const folder = new URL('../fixtures/messy-book/', import.meta.url).pathname;
const golden = (name: string): string[] =>
  readFileSync(new URL(`../fixtures/messy-book-golden/${name}`, import.meta.url), 'utf8').trimEnd().split('\n');

describe('messy CSV folder through bookRead', () => {
  it('gives exactly the golden problems in both languages', async () => {
    const read = bookRead((await bookFilesLoad(folder)).tables);
    expect(read.problems.map((p) => problemMessage(p, 'en'))).toEqual(golden('sheets-problems.en.txt'));
    expect(read.problems.map((p) => problemMessage(p, 'zh-CN'))).toEqual(golden('sheets-problems.zh-CN.txt'));
  });

  it('reads the good rows of every file, whatever its encoding and quoting', async () => {
    const read = bookRead((await bookFilesLoad(folder)).tables);
    expect(read.input.customers.map((c) => c.id)).toEqual(['C001', 'C002', 'C004', 'C001']);
    expect(read.input.sales.map((s) => s.amount)).toEqual([904000, 20000, 299450, 150000, 56500, 100000, 30000]);
    expect(read.input.sales[1]?.description).toBe('Delivery\n(second floor)');
    expect(read.input.payments.map((p) => [p.customerId, p.amount])).toEqual([
      ['C001', 924000], ['C001', 100000], ['C002', 150000], ['C999', 50000], ['C004', 10000], ['C001', 200000],
    ]);
    expect(read.input.settings.companyName).toBe('测试贸易有限公司');
  });
});
