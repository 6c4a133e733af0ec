// Aging bucket edges: items due exactly 0, 1, 30, 31, 60, 61, 90, 91 days before today land where the engine puts them.
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/core/types';
import { seedSheet } from '../../../src/local/emulator';
import { blankBook, day } from '../../gas/refresh-fixture';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';
import { allocationsWrite, bookOfSpreadsheet, engineReconciliation } from './formulas-fixture';

timeZoneOfSpreadsheet();

describe('aging bucket edges', () => {
  it('every edge day is bucketed as the engine buckets it, for invoices and debits', () => {
    const todayIndex = 200;
    const today = new Date(Date.UTC(2026, 0, 1 + todayIndex)).toISOString().slice(0, 10) as IsoDate;
    const { bundle, spreadsheet } = blankBook({ today });
    const ages = [-1, 0, 1, 30, 31, 60, 61, 90, 91];
    const first = spreadsheet.getSheets()[0]!.setName('Customers');
    seedSheet(first, [['Customer ID', 'Name'], ...ages.map((age) => [`C${age}`, `Due ${age} days ago`])]);
    seedSheet(spreadsheet.insertSheet('Sales'), [['Date', 'Customer ID', 'Amount', 'Invoice No'], ...ages.map((age, k) => [day(100), `C${age}`, 10 + k, `INV-${k}`])]);
    seedSheet(spreadsheet.insertSheet('Invoices'), [['Invoice No', 'Customer ID', 'Issue Date', 'Due Date'], ...ages.map((age, k) => [`INV-${k}`, `C${age}`, day(100), day(todayIndex - age)])]);
    seedSheet(spreadsheet.insertSheet('Adjustments'), [['Date', 'Customer ID', 'Type', 'Amount'], ...ages.filter((age) => age >= 0).map((age) => [day(todayIndex - age), `C${age}`, 'Debit', 1])]);
    seedSheet(spreadsheet.insertSheet('Payments'), [['Payment ID', 'Date', 'Customer ID', 'Amount']]);
    bundle.call('menuSetUp');
    const book = bookOfSpreadsheet(spreadsheet, 'en');
    allocationsWrite(spreadsheet, book, 'en');
    const expected = engineReconciliation(book, today);
    const recon = spreadsheet.getSheetByName('Reconciliation')!.getDataRange().getValues().slice(1);
    expect(recon.map((row) => [row[0], ...row.slice(3, 14)])).toEqual([...expected].map(([id, figures]) => [id, ...figures]));
    // Each customer's open amount sits in exactly one bucket (the edges are not double-counted).
    for (const row of recon) expect((row.slice(9, 14) as number[]).filter((v) => v !== 0)).toHaveLength(1);
  });
});
