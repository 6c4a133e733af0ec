// Unusable input: exit status 2 and one clear line saying what is wrong and how to fix it, in either language.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCapture, messyBook, tempFolder } from './cli-helpers';

/** A copy of the messy book with `change` applied. */
function messyCopy(change: (folder: string) => void): string {
  const folder = tempFolder('broken');
  for (const name of readdirSync(messyBook)) copyFileSync(path.join(messyBook, name), path.join(folder, name));
  change(folder);
  return folder;
}

describe('error lines', () => {
  it.each([
    [['report', '--as-of', '2026-11-20'], 'customer-ledger: option --data is required, e.g. --data ./my-book.'],
    [['report', '--data', messyBook], 'customer-ledger: option --as-of is required, e.g. --as-of 2026-11-20.'],
    [['report', '--data', messyBook, '--as-of', '2026/11/20'], 'customer-ledger: --as-of "2026/11/20" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20.'],
    [['report', '--data', messyBook, '--as-of', '2026-02-30'], 'customer-ledger: --as-of "2026-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20.'],
    [['report', '--data'], 'customer-ledger: option --data needs a value, e.g. --data ./my-book.'],
    [['report', '--data', messyBook, '--as-of', '2026-11-20', '--lang', 'fr'], 'customer-ledger: --lang "fr" is not en or zh-CN.'],
    [['report', '--data', messyBook, '--as-of', '2026-11-20', '--verbose'], 'customer-ledger: unknown option "--verbose" (see customer-ledger --help).'],
    [['reprot'], 'customer-ledger: unknown command "reprot": use report, statement or sample (see customer-ledger --help).'],
    [['statement', '--data', messyBook, '--customer', 'C001', '--from', '2026-12-01', '--to', '2026-01-01'], 'customer-ledger: --from 2026-12-01 is after --to 2026-01-01: swap them.'],
    [['statement', '--data', messyBook, '--customer', 'C404', '--from', '2026-01-01', '--to', '2026-12-31'], 'customer-ledger: customer "C404" is not in Customers: use one of the Customer IDs, e.g. C001.'],
    [['report', '--data', '/no/such/folder', '--as-of', '2026-11-20'], 'customer-ledger: no folder or .xlsx file at "/no/such/folder": give --data a folder of CSV files or an .xlsx workbook.'],
  ])('%j', async (argv, line) => {
    const run = await cliCapture(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${line}\n`);
  });

  it('says it in Chinese with --lang zh-CN (or a Chinese LANG)', async () => {
    const run = await cliCapture(['report', '--data', '/no/such/folder', '--as-of', '2026-11-20', '--lang', 'zh-CN']);
    expect(run.stderr).toBe('customer-ledger：“/no/such/folder”处没有文件夹或 .xlsx 文件：请为 --data 指定一个 CSV 文件夹或 .xlsx 工作簿。\n');
    const env = await cliCapture(['report', '--data', messyBook], { LANG: 'zh_CN.UTF-8' });
    expect(env.stderr).toBe('customer-ledger：缺少必需的选项 --as-of，例如 --as-of 2026-11-20。\n');
  });

  it('names a missing file', async () => {
    const folder = messyCopy((f) => writeFileSync(path.join(f, '收款.csv'), '') );
    const empty = await cliCapture(['report', '--data', folder, '--as-of', '2026-11-20']);
    expect(empty.code).toBe(0);
    const missing = tempFolder('missing');
    writeFileSync(path.join(missing, 'Customers.csv'), 'Customer ID,Name\nC1,A\n');
    const run = await cliCapture(['report', '--data', missing, '--as-of', '2026-11-20']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`customer-ledger: Sales is missing in "${missing}": add Sales.csv (or 销售记录.csv); see customer-ledger sample --out DIR for an example.\n`);
  });

  it('refuses a file that is another table, saying what it looks like', async () => {
    const folder = messyCopy((f) => copyFileSync(path.join(messyBook, '收款.csv'), path.join(f, 'Invoices.csv')));
    const run = await cliCapture(['report', '--data', folder, '--as-of', '2026-11-20']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('customer-ledger: Invoices.csv is not the Invoices table but looks like Payments: rename the file, or give it the headers Invoice No / 账单号, Customer ID / 客户编号, Issue Date / 开票日期.\n');
  });

  it('refuses a file with no known headers and one without a required column', async () => {
    const junk = messyCopy((f) => writeFileSync(path.join(f, 'Sales.csv'), 'foo,bar\n1,2\n'));
    expect((await cliCapture(['report', '--data', junk, '--as-of', '2026-11-20'])).stderr).toBe(
      'customer-ledger: Sales.csv is not the Sales table: none of its first 20 rows has the headers Date / 日期, Customer ID / 客户编号, Amount / 金额.\n',
    );
    const noAmount = messyCopy((f) => writeFileSync(path.join(f, 'Adjustments.csv'), 'Date,Customer ID,Type\n2026-01-01,C001,Debit\n'));
    const run = await cliCapture(['report', '--data', noAmount, '--as-of', '2026-11-20', '--lang', 'zh-CN']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('customer-ledger：Adjustments.csv 的表头行（第 1 行）缺少列“Amount”：请添加该列（英文或中文列名均可）。\n');
  });

  it('refuses two files for one tab', async () => {
    const folder = messyCopy((f) => copyFileSync(path.join(messyBook, 'Sales.csv'), path.join(f, '销售记录.csv')));
    const run = await cliCapture(['report', '--data', folder, '--as-of', '2026-11-20']);
    expect(run.stderr).toBe(`customer-ledger: Sales is given twice in "${folder}" (Sales.csv and 销售记录.csv): keep one.\n`);
  });

  it('refuses --data that is neither a folder nor an .xlsx file, and --out that is a file', async () => {
    const file = path.join(tempFolder('kind'), 'book.txt');
    writeFileSync(file, 'x');
    expect((await cliCapture(['report', '--data', file, '--as-of', '2026-11-20'])).stderr).toContain('is not a folder or an .xlsx workbook');
    expect((await cliCapture(['sample', '--out', file])).stderr).toBe(`customer-ledger: "${file}" exists and is not a folder: choose another --out.\n`);
  });

  it('prints help in both languages with exit 0', async () => {
    const en = await cliCapture(['--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('customer-ledger report --data PATH --as-of YYYY-MM-DD [--json] [--lang en|zh-CN]');
    const zh = await cliCapture(['help', '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('用法：');
    expect((await cliCapture([])).stdout).toBe(en.stdout);
  });

  it('writes the sample with a BOM and formula-safe text', async () => {
    const folder = path.join(tempFolder('sample-out'), 'nested', 'dir');
    mkdirSync(path.dirname(folder), { recursive: true });
    const run = await cliCapture(['sample', '--out', folder]);
    expect(run.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['Adjustments.csv', 'Customers.csv', 'Invoices.csv', 'Payments.csv', 'Sales.csv', 'Settings.csv']);
    const customers = readFileSync(path.join(folder, 'Customers.csv'), 'utf8');
    expect(customers.startsWith('\ufeffCustomer ID,Name,')).toBe(true);
    // The Singapore phone number starts with "+": written as text, not as a formula.
    expect(customers).toContain(",'+65 6123 4567,");
  });
});
