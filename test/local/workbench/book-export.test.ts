// The workbench's "Download .xlsx": GET /api/export.xlsx gives the sample book with every tab and live formulas.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookBuild, customerBalanceReport, moneyToDecimalString } from '../../../src/core';
import type { IsoDate } from '../../../src/core/types';
import { sampleBookTables, sampleLastDate } from '../../../src/local/sample/sample-book';
import { workbenchStart, type Workbench } from '../../../src/local/workbench/server';
import { bookRead } from '../../../src/sheets/book-read';
import { buildFileRead } from '../../build/build-output';
import { timeZoneOfSpreadsheet } from '../sandbox/sandbox-fixture';

timeZoneOfSpreadsheet();

let workbench: Workbench;

beforeAll(async () => {
  buildFileRead('build/Code.js');
  workbench = await workbenchStart({ port: 0 });
});

afterAll(async () => {
  await workbench?.close();
});

describe('workbench export', () => {
  it('downloads the book as .xlsx with the Reconciliation tab as formulas whose cached values are the engine\'s', async () => {
    const response = await fetch(new URL('/api/export.xlsx', workbench.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('customer-ledger.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const names = workbook.worksheets.map((w) => w.name);
    for (const tab of ['Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations', 'Reconciliation']) {
      expect(names).toContain(tab);
    }
    const reconciliation = workbook.getWorksheet('Reconciliation')!;
    const header = (reconciliation.getRow(1).values as unknown[]).map(String);
    const balanceColumn = header.indexOf('Balance');
    const book = bookBuild(bookRead(sampleBookTables('en')).input);
    const expected = new Map(
      customerBalanceReport(book, sampleLastDate as IsoDate).rows.map((c) => [c.customerId, moneyToDecimalString(c.balance, c.currency)]),
    );
    let rows = 0;
    reconciliation.eachRow((row, index) => {
      if (index === 1) return;
      rows += 1;
      const cell = row.getCell(balanceColumn);
      expect(cell.formula).toMatch(/^[A-Z$0-9+\-()]/);
      const id = String(row.getCell(1).value);
      expect(Number(cell.result).toFixed(2)).toBe(expected.get(id));
    });
    expect(rows).toBe(expected.size);
  });
});
