// customer-ledger input forms: GBK and BOM CSV files, Chinese file names, and .xlsx workbooks (ExcelJS).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ReportJson } from '../../../src/local/cli/report-json';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { cliCapture, tempFolder } from './cli-helpers';

const book: Record<string, string> = {
  Customers: '客户编号,客户名称,币种\nC001,上海明辉贸易有限公司,人民币\n',
  Sales: '日期,客户编号,摘要,金额,账单号\n2026年1月5日,C001,办公椅,"￥1,130.00",INV-1\n',
  Invoices: '账单号,客户编号,开票日期,状态\nINV-1,C001,2026-01-05,已开具\n',
  Payments: '收款日期,客户编号,金额,参考号\n2026-02-01,C001,"1,000.00元",货款 INV-1\n',
};

async function reportOf(folder: string): Promise<ReportJson> {
  const run = await cliCapture(['report', '--data', folder, '--as-of', '2026-03-01', '--json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ReportJson;
}

describe('CSV encodings', () => {
  it.each([
    ['GBK as Chinese Excel saves it', (text: string) => iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk')],
    ['UTF-8 with BOM', (text: string) => Buffer.from(`\ufeff${text}`, 'utf8')],
    ['UTF-8 without BOM', (text: string) => Buffer.from(text, 'utf8')],
  ])('reads %s', async (_name, encode) => {
    const folder = tempFolder('enc');
    for (const [tab, text] of Object.entries(book)) writeFileSync(path.join(folder, `${tab}.csv`), encode(text));
    const report = await reportOf(folder);
    expect(report.problems).toEqual([]);
    expect(report.customers[0]).toMatchObject({ id: 'C001', name: '上海明辉贸易有限公司', invoiced: '1130.00', received: '1000.00', balance: '130.00' });
    expect(report.allocations).toEqual([{ source: 'P00001', invoiceNo: 'INV-1', amount: '1000.00', date: '2026-02-01', rule: 'reference' }]);
  });

  it('accepts Chinese file names', async () => {
    const folder = tempFolder('zh-names');
    const names: Record<string, string> = { Customers: '客户', Sales: '销售记录', Invoices: '账单', Payments: '收款' };
    for (const [tab, text] of Object.entries(book)) writeFileSync(path.join(folder, `${names[tab]}.csv`), text);
    expect((await reportOf(folder)).customers[0]?.balance).toBe('130.00');
  });
});

describe('xlsx workbooks', () => {
  it('reads a workbook with Chinese sheet names, date cells and number cells like the CSV folder', async () => {
    const tables = sampleBookTables('zh-CN');
    const workbook = new ExcelJS.Workbook();
    const sheetNames: Record<string, string> = { Settings: '设置', Customers: '客户', Sales: '销售记录', Invoices: '账单', Payments: '收款', Adjustments: '调整' };
    for (const [tab, rows] of Object.entries(tables)) {
      const sheet = workbook.addWorksheet(sheetNames[tab] ?? tab);
      sheet.addRow(['示例账本 2026']);
      for (const row of rows) {
        // Dates as real date cells (ExcelJS stores them at UTC midnight), the rest as typed.
        sheet.addRow(row.map((cell) => (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell)));
      }
    }
    const folder = tempFolder('xlsx');
    const file = path.join(folder, 'book.xlsx');
    await workbook.xlsx.writeFile(file);
    const sample = tempFolder('xlsx-csv');
    await cliCapture(['sample', '--out', sample]);
    const fromXlsx = await cliCapture(['report', '--data', file, '--as-of', '2026-11-20', '--json']);
    const fromCsv = await cliCapture(['report', '--data', sample, '--as-of', '2026-11-20', '--json']);
    expect(fromXlsx.stderr).toBe('');
    const xlsx = JSON.parse(fromXlsx.stdout) as ReportJson;
    const csv = JSON.parse(fromCsv.stdout) as ReportJson;
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.customers).toEqual(csv.customers);
    expect(xlsx.invoices).toEqual(csv.invoices);
    // Adjustment keys name their sheet row (ADJ-<row>), one lower in the workbook because of its title row.
    const shifted = (report: ReportJson, by: number) =>
      report.allocations.map((a) => ({ ...a, source: a.source.replace(/^ADJ-(\d+)$/, (_, row: string) => `ADJ-${Number(row) + by}`) }));
    expect(shifted(xlsx, -1)).toEqual(shifted(csv, 0));
  });

  it('says which sheet is missing from a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Customers').addRow(['Customer ID', 'Name']);
    const file = path.join(tempFolder('xlsx-missing'), 'book.xlsx');
    await workbook.xlsx.writeFile(file);
    const run = await cliCapture(['report', '--data', file, '--as-of', '2026-11-20']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`customer-ledger: Sales is missing in "${file}": add a sheet "Sales" (or 工作表“销售记录”); see customer-ledger sample --out DIR for an example.\n`);
  });
});
