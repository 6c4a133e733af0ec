// Books for the setup and refresh tests: a blank emulator with the bundle, and generated ledgers of any size.
import { createEmulator, seedSheet } from '../../src/local/emulator';
import { bundleCodeRead, loadBundle } from '../../src/local/sandbox';
import { dateAtZoneMidnight } from '../../src/local/workbench/seed';
import { buildFileRead } from '../build/build-output';

export const ZONE = 'Asia/Shanghai';

let built: { code: string; sidebar: string } | null = null;

/** The bundle and sidebar, read once per test file (other builds may replace build/ meanwhile). */
function buildOutput(): { code: string; sidebar: string } {
  built ??= { code: bundleCodeRead(), sidebar: buildFileRead('build/sidebar.html') };
  return built;
}

/** A blank spreadsheet (one empty "Sheet1") with the bundle loaded, today fixed. */
export function blankBook(options: { lang?: 'en' | 'zh-CN'; today?: string } = {}) {
  const emulator = createEmulator({
    timeZone: ZONE,
    locale: options.lang === 'zh-CN' ? 'zh_CN' : 'en_US',
    htmlFiles: { sidebar: buildOutput().sidebar },
    today: options.today ?? '2026-06-30',
    userEmail: 'li@example.com',
  });
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const bundle = loadBundle(emulator, buildOutput().code);
  return { emulator, bundle, spreadsheet };
}

/** A date cell of day `n` of 2026 (0 = 2026-01-01). */
export function day(n: number): Date {
  const date = new Date(Date.UTC(2026, 0, 1 + n));
  return dateAtZoneMidnight(date.toISOString().slice(0, 10), ZONE);
}

export interface LedgerRows {
  customers: unknown[][];
  sales: unknown[][];
  invoices: unknown[][];
  payments: unknown[][];
  adjustments: unknown[][];
}

/**
 * A deterministic ledger of about `rows` rows in all: customers, invoices with one or two sales lines each,
 * payments (some naming their invoice), a few adjustments of each type. Headers in English.
 */
export function ledgerRows(rows: number): LedgerRows {
  const customerCount = Math.max(3, Math.floor(rows / 50));
  const invoiceCount = Math.max(3, Math.floor(rows / 4));
  const customers: unknown[][] = [['Customer ID', 'Name', 'Payment Terms', 'Credit Limit']];
  for (let c = 1; c <= customerCount; c += 1) customers.push([`C${c}`, `Customer ${c}`, [0, 15, 30][c % 3], c % 2 === 0 ? 5000 : '']);
  const sales: unknown[][] = [['Date', 'Customer ID', 'Description', 'Amount', 'Invoice No']];
  const invoices: unknown[][] = [['Invoice No', 'Customer ID', 'Issue Date', 'Due Date', 'Status']];
  const payments: unknown[][] = [['Payment ID', 'Date', 'Customer ID', 'Amount', 'Invoice No']];
  for (let i = 1; i <= invoiceCount; i += 1) {
    const customer = `C${(i * 7) % customerCount + 1}`;
    const issue = (i * 3) % 170;
    const no = `INV-${String(i).padStart(5, '0')}`;
    const amount = ((i * 7919) % 90000) / 100 + 10;
    sales.push([day(issue), customer, `Goods ${i}`, amount, no]);
    if (i % 3 === 0) sales.push([day(issue), customer, `Service ${i}`, 12.34, no]);
    invoices.push([no, customer, day(issue), i % 4 === 0 ? day(issue + 20) : '', i % 17 === 0 ? 'Draft' : i % 19 === 0 ? 'Void' : 'Issued']);
    if (i % 2 === 0) payments.push([`P${i}`, day(issue + 10), customer, i % 6 === 0 ? amount : 100, i % 8 === 0 ? no : '']);
  }
  const adjustments: unknown[][] = [['Date', 'Customer ID', 'Type', 'Amount', 'Invoice No', 'Reason']];
  ['Credit Note', 'Write-off', 'Debit', 'Debit', 'Credit Note'].forEach((type, k) => {
    adjustments.push([day(40 + k * 25), `C${k % customerCount + 1}`, type, 55.5 + k, '', `Reason ${k}`]);
  });
  return { customers, sales, invoices, payments, adjustments };
}

/** Writes the ledger into named sheets (the first one reuses Sheet1). */
export function ledgerSeed(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: LedgerRows, names = { customers: 'Customers', sales: 'Sales', invoices: 'Invoices', payments: 'Payments', adjustments: 'Adjustments' }): void {
  const first = spreadsheet.getSheets()[0]!;
  (Object.keys(names) as (keyof LedgerRows)[]).forEach((key, index) => {
    const sheet = index === 0 ? first.setName(names[key]) : spreadsheet.insertSheet(names[key]);
    seedSheet(sheet, rows[key]);
  });
}
