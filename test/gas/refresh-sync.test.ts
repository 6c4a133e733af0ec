// Refresh formulas / the change trigger through the bundle: new rows get formulas, overwritten ones are
// repaired and logged, right ones are left alone, and the call count does not grow with the rows.
import { describe, expect, it } from 'vitest';
import { timeZoneOfSpreadsheet } from '../local/sandbox/sandbox-fixture';
import { blankBook, day, ledgerRows, ledgerSeed } from './refresh-fixture';

timeZoneOfSpreadsheet();

function seededBook(rows: number) {
  const fixture = blankBook({ today: '2026-06-30' });
  ledgerSeed(fixture.spreadsheet, ledgerRows(rows));
  fixture.bundle.call('menuSetUp');
  return fixture;
}

function auditRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): unknown[][] {
  return spreadsheet.getSheetByName('Audit Log')!.getDataRange().getValues().slice(1);
}

describe('Refresh formulas', () => {
  it('repairs an overwritten formula, logs before → after, and leaves right formulas untouched', () => {
    const { emulator, bundle, spreadsheet } = seededBook(100);
    const invoices = spreadsheet.getSheetByName('Invoices')!;
    const formulasBefore = invoices.getDataRange().getFormulas();
    const right = invoices.getRange('F2').getFormula();
    invoices.getRange('F3').setValue(999);
    const logged = auditRows(spreadsheet).length;
    emulator.resetCalls();
    bundle.call('menuRefreshFormulas');
    // Only the one repaired cell was written: one setFormulas of one cell.
    expect(emulator.calls.get('Range.setFormulas')).toBe(1);
    expect(invoices.getDataRange().getFormulas()).toEqual(formulasBefore);
    expect(invoices.getRange('F2').getFormula()).toBe(right);
    const log = auditRows(spreadsheet).slice(logged);
    expect(log.map((row) => row.slice(1))).toEqual([['li@example.com', 'formula.repair', 'Invoices!F3', '999', formulasBefore[2]![5]]]);
    // A second refresh writes nothing and logs nothing.
    emulator.resetCalls();
    bundle.call('menuRefreshFormulas');
    expect(emulator.calls.get('Range.setFormulas') ?? 0).toBe(0);
    expect(emulator.calls.get('Range.setValues') ?? 0).toBe(0);
    expect(auditRows(spreadsheet).length).toBe(logged + 1);
  });

  it('the change trigger adds formula rows for a new invoice, payment and customer, and fills the due date', () => {
    const { emulator, bundle, spreadsheet } = seededBook(100);
    const customers = spreadsheet.getSheetByName('Customers')!;
    const invoices = spreadsheet.getSheetByName('Invoices')!;
    const sales = spreadsheet.getSheetByName('Sales')!;
    const payments = spreadsheet.getSheetByName('Payments')!;
    customers.appendRow(['=HYPERLINK("x")', 'Injected', 30, '']);
    customers.getRange(customers.getLastRow(), 1).setValue("'=HYPERLINK(\"x\")");
    customers.appendRow(['C-NEW', 'New customer', 30, 100]);
    sales.appendRow([day(170), 'C-NEW', 'Big order', 200, 'INV-NEW']);
    // A line given as quantity × unit price (+ tax) only: Refresh writes its Amount for the Total formula.
    const salesHeader = sales.getRange(1, 1, 1, sales.getLastColumn()).getValues()[0]!;
    const line = Array(salesHeader.length).fill('');
    line[0] = day(170); line[1] = 'C-NEW'; line[2] = 'Small order'; line[4] = 'INV-NEW';
    line[salesHeader.indexOf('Quantity')] = 4;
    line[salesHeader.indexOf('Unit Price')] = 12.5;
    sales.appendRow(line);
    invoices.appendRow(['INV-NEW', 'C-NEW', day(170)]);
    payments.appendRow(['P-NEW', day(175), 'C-NEW', 50, 'INV-NEW']);
    const row = invoices.getLastRow();
    expect(invoices.getRange(row, 6).getFormula()).toBe('');
    const dueBefore = invoices.getRange(1, 4, row - 1, 1).getValues();
    bundle.call('onLedgerChange', { changeType: 'INSERT_ROW' });
    expect(invoices.getRange(row, 4).getValue()).toEqual(day(200));
    // The due date column was written as one block: every other cell in it is exactly what it was.
    expect(invoices.getRange(1, 4, row - 1, 1).getValues()).toEqual(dueBefore);
    expect(invoices.getRange(row, 6, 1, 4).getValues()[0]).toEqual([250, 0, 250, 'Open']);
    const recon = spreadsheet.getSheetByName('Reconciliation')!.getDataRange().getValues();
    const newRow = recon.find((r) => r[0] === 'C-NEW')!;
    // Invoiced 250, nothing allocated yet (Reconcile writes allocations): balance 200, unapplied 50, over the 100 limit.
    expect([newRow[3], newRow[5], newRow[7], newRow[8], newRow[9], newRow[14], newRow[15]]).toEqual([250, 50, 200, 50, 250, 100, 'Over limit']);
    // A customer id that looks like a formula is written as text in Reconciliation.
    const injected = spreadsheet.getSheetByName('Reconciliation')!.getRange(recon.findIndex((r) => r[1] === 'Injected') + 1, 1);
    expect(injected.getValue()).toBe('=HYPERLINK("x")');
    expect(injected.getFormula()).toBe('');
    // Additions are not repairs: nothing new in the Audit Log.
    expect(auditRows(spreadsheet).filter((r) => r[2] === 'formula.repair')).toEqual([]);
  });

  it('issues the same number of Spreadsheet calls on a 100-row and a 20,000-row book', () => {
    const counts = [100, 20_000].map((rows) => {
      const { emulator, bundle, spreadsheet } = seededBook(rows);
      const invoices = spreadsheet.getSheetByName('Invoices')!;
      invoices.getRange('F3').setValue(1);
      spreadsheet.getSheetByName('Customers')!.appendRow(['C-NEW', 'New', 30, '']);
      invoices.appendRow(['INV-NEW', 'C-NEW', day(100)]);
      emulator.resetCalls();
      bundle.call('menuRefreshFormulas');
      return Object.fromEntries([...emulator.calls.entries()].sort());
    });
    expect(counts[1]).toEqual(counts[0]);
    console.log(`Refresh calls (100 and 20,000 rows): ${Object.values(counts[0]!).reduce((a, b) => a + b, 0)}`);
  }, 240_000);
});
