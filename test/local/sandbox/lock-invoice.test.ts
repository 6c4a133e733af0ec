// Invoice numbering under the document lock: two concurrent "new invoice" executions never get the same number.
import { describe, expect, it } from 'vitest';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };
type Fixture = ReturnType<typeof sandboxWithSampleBook>;

timeZoneOfSpreadsheet();

const salesRows = sampleBookTables('en').Sales;
/** Unbilled Sales rows (1-based sheet rows) per customer. */
const unbilled = new Map<string, number[]>();
salesRows.forEach((row, i) => {
  if (i > 0 && row[7] === '') unbilled.set(String(row[1]), [...(unbilled.get(String(row[1])) ?? []), i + 1]);
});
const [first, second] = [...unbilled];
const [firstCustomer, firstRows] = first!;
const [secondCustomer, secondRows] = second!;

function invoiceNumbers(fixture: Fixture): string[] {
  const values = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Invoices')!.getDataRange().getValues());
  return values.slice(1).map((row) => String(row[0])).filter((no) => no !== '');
}

function invoiceRpc(fixture: Fixture, customerId: string, saleRows: number[]): string {
  const reply = fixture.bundle.call('invoiceFromSales', { customerId, saleRows }) as Reply;
  if (!reply.ok) throw new Error(reply.message);
  return /INV-\d{4}-\d{4}/.exec(reply.data.notice)![0];
}

function salesSelect(fixture: Fixture, rows: number[]): void {
  const sales = fixture.spreadsheet.getSheetByName('Sales')!;
  fixture.spreadsheet.setActiveSheet(sales);
  fixture.spreadsheet.setActiveRange(sales.getRange(`A${Math.min(...rows)}:H${Math.max(...rows)}`));
}

describe('two concurrent "new invoice" executions', () => {
  it('wait for each other on the document lock and never share a number', () => {
    const fixture = sandboxWithSampleBook();
    const { emulator } = fixture;
    const before = invoiceNumbers(fixture);
    // Execution B is in the middle of creating an invoice: it holds the document lock, and finishes 2 s later.
    const b = emulator.executions.start('B');
    let numberB = '';
    b.run(() => expect(emulator.globals.LockService.getDocumentLock().tryLock(0)).toBe(true));
    emulator.clock.schedule(2_000, () => {
      b.run(() => (numberB = invoiceRpc(fixture, secondCustomer, secondRows)));
      b.end();
    });
    // Meanwhile A (the main execution) runs the menu item: it must wait, then read B's invoice before numbering.
    salesSelect(fixture, firstRows);
    const startedAt = emulator.clock.nowMs();
    fixture.bundle.call('menuInvoiceFromSales');
    expect(emulator.clock.nowMs() - startedAt).toBeGreaterThanOrEqual(2_000);
    const after = invoiceNumbers(fixture);
    expect(after).toHaveLength(before.length + 2);
    expect(new Set(after).size).toBe(after.length);
    const numberA = after.at(-1)!;
    expect(numberB).toBe(after.at(-2));
    expect(Number(numberA.slice(-4))).toBe(Number(numberB.slice(-4)) + 1);
    expect(emulator.ui.sidebar!.html).toContain(`Invoice ${numberA} created for ${firstCustomer}`);
    const audit = emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Audit Log')!.getDataRange().getValues());
    const created = audit.filter((row) => row[2] === 'invoice.create' && row[3] === numberA);
    expect(created).toHaveLength(1);
    expect(String(created[0]![5])).toMatch(new RegExp(`^${firstCustomer}, ${firstRows.length} sales lines \\(Sales rows ${firstRows.join(', ')}\\), [\\d.]+ CNY$`));
  });

  it('gives up with a readable message when the other execution holds the lock too long, writing nothing', () => {
    const fixture = sandboxWithSampleBook();
    const { emulator } = fixture;
    const before = invoiceNumbers(fixture);
    const b = emulator.executions.start('B');
    b.run(() => emulator.globals.LockService.getDocumentLock().tryLock(0));
    salesSelect(fixture, firstRows);
    fixture.bundle.call('menuInvoiceFromSales');
    expect(emulator.ui.sidebar!.html).toContain('Someone else is writing to the ledger right now; nothing was changed.');
    expect(fixture.bundle.call('reconcileRun')).toEqual({
      ok: false,
      code: 'error.lockBusy',
      message: 'Someone else is writing to the ledger right now; nothing was changed. Try again in a moment.',
    });
    expect(fixture.spreadsheet.getSheetByName('Allocations')).toBeNull();
    expect(invoiceNumbers(fixture)).toEqual(before);
    b.end();
    fixture.bundle.call('menuInvoiceFromSales');
    expect(invoiceNumbers(fixture)).toHaveLength(before.length + 1);
  });

  it('Reconcile now waits for an invoice being numbered, then allocates against it', () => {
    const fixture = sandboxWithSampleBook();
    const { emulator } = fixture;
    const b = emulator.executions.start('B');
    let numberB = '';
    b.run(() => emulator.globals.LockService.getDocumentLock().tryLock(0));
    emulator.clock.schedule(1_000, () => {
      b.run(() => (numberB = invoiceRpc(fixture, secondCustomer, secondRows)));
      b.end();
    });
    const reply = fixture.bundle.call('reconcileRun') as Reply;
    expect(reply.ok).toBe(true);
    const invoices = emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Invoices')!.getDataRange().getValues());
    expect(invoices.some((row) => row[0] === numberB)).toBe(true);
  });
});

describe('per-year numbering INV-{YYYY}-{0000}', () => {
  it('starts again at 0001 on the first invoice of a new year, then counts on', () => {
    const fixture = sandboxWithSampleBook();
    expect(invoiceNumbers(fixture).every((no) => no.startsWith('INV-2026-'))).toBe(true);
    fixture.emulator.setToday('2027-01-04');
    expect(invoiceRpc(fixture, firstCustomer, firstRows)).toBe('INV-2027-0001');
    salesSelect(fixture, secondRows);
    fixture.bundle.call('menuInvoiceFromSales');
    expect(invoiceNumbers(fixture).at(-1)).toBe('INV-2027-0002');
  });
});
