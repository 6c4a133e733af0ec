// Over random books (fast-check): every live formula value the add-on leaves in the sheets equals the engine's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/core/types';
import { seedSheet } from '../../../src/local/emulator';
import { blankBook, day } from '../../gas/refresh-fixture';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';
import { allocationsWrite, bookOfSpreadsheet, engineInvoices, enginePayments, engineReconciliation } from './formulas-fixture';

timeZoneOfSpreadsheet();

const cents = fc.integer({ min: 1, max: 60_000 }).map((n) => n / 100);

const arbitraryLedger = fc.record({
  customers: fc.array(fc.record({ terms: fc.constantFrom(0, 15, 30, ''), limit: fc.option(fc.integer({ min: 0, max: 800 })) }), { minLength: 1, maxLength: 3 }),
  invoices: fc.array(fc.record({
    customer: fc.nat(2), issue: fc.integer({ min: 0, max: 120 }), due: fc.option(fc.integer({ min: 0, max: 60 })),
    status: fc.constantFrom('Issued', 'Issued', 'Issued', '', 'Draft', 'Void', '作废'),
    lines: fc.array(cents, { minLength: 1, maxLength: 2 }),
  }), { maxLength: 8 }),
  payments: fc.array(fc.record({
    customer: fc.nat(2), date: fc.integer({ min: 0, max: 150 }), amount: cents, id: fc.boolean(), invoice: fc.option(fc.nat(7)),
  }), { maxLength: 8 }),
  adjustments: fc.array(fc.record({
    customer: fc.nat(2), date: fc.integer({ min: 0, max: 150 }), amount: cents, type: fc.constantFrom('Credit Note', 'Write-off', 'Debit', '借项'),
  }), { maxLength: 4 }),
  today: fc.integer({ min: 0, max: 220 }),
});

type Ledger = typeof arbitraryLedger extends fc.Arbitrary<infer T> ? T : never;

function ledgerWrite(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, ledger: Ledger): void {
  const n = ledger.customers.length;
  const id = (k: number) => `C${(k % n) + 1}`;
  const invoiceNo = (k: number) => `INV-${k + 1}`;
  const issued = (k: number) => ['Issued', ''].includes(ledger.invoices[k]!.status);
  const tabs: [string, unknown[][]][] = [
    ['Customers', [['Customer ID', 'Name', 'Payment Terms', 'Credit Limit'], ...ledger.customers.map((c, k) => [id(k), `Customer ${k + 1}`, c.terms, c.limit ?? ''])]],
    ['Sales', [['Date', 'Customer ID', 'Amount', 'Invoice No'], ...ledger.invoices.flatMap((inv, k) => inv.lines.map((amount) => [day(inv.issue), id(inv.customer), amount, invoiceNo(k)]))]],
    ['Invoices', [['Invoice No', 'Customer ID', 'Issue Date', 'Due Date', 'Status'], ...ledger.invoices.map((inv, k) => [invoiceNo(k), id(inv.customer), day(inv.issue), inv.due === null ? '' : day(inv.issue + inv.due), inv.status])]],
    ['Payments', [['Payment ID', 'Date', 'Customer ID', 'Amount', 'Invoice No'], ...ledger.payments.map((p, k) => {
      // A payment may name one of its customer's Issued invoices.
      const named = p.invoice === null ? -1 : ledger.invoices.findIndex((inv, i) => i >= p.invoice! && id(inv.customer) === id(p.customer) && issued(i));
      return [p.id ? `PX${k + 1}` : '', day(p.date), id(p.customer), p.amount, named >= 0 ? invoiceNo(named) : ''];
    })]],
    ['Adjustments', [['Date', 'Customer ID', 'Type', 'Amount'], ...ledger.adjustments.map((a) => [day(a.date), id(a.customer), a.type, a.amount])]],
  ];
  const first = spreadsheet.getSheets()[0]!;
  tabs.forEach(([name, rows], index) => seedSheet(index === 0 ? first.setName(name) : spreadsheet.insertSheet(name), rows));
}

describe('live formulas over random books', () => {
  it('Reconciliation, Invoices and Payments equal the engine as of today', () => {
    fc.assert(
      fc.property(arbitraryLedger, (ledger) => {
        const today = new Date(Date.UTC(2026, 0, 1 + ledger.today)).toISOString().slice(0, 10) as IsoDate;
        const { emulator, bundle, spreadsheet } = blankBook({ today });
        ledgerWrite(spreadsheet, ledger);
        bundle.call('menuSetUp');
        const book = bookOfSpreadsheet(spreadsheet, 'en');
        expect(book.problems.filter((p) => p.severity === 'error')).toEqual([]);
        allocationsWrite(spreadsheet, book, 'en');
        bundle.call('menuRefreshFormulas');
        expect(emulator.calls.get('Range.setFormulas') ?? 0).toBeGreaterThan(0);
        const recon = spreadsheet.getSheetByName('Reconciliation')!.getDataRange().getValues().slice(1);
        const expected = engineReconciliation(book, today);
        expect(recon.map((row) => [row[0], ...row.slice(3, 14)])).toEqual([...expected].map(([id, figures]) => [id, ...figures]));
        const invoiceExpected = engineInvoices(book, today, 'en');
        for (const row of spreadsheet.getSheetByName('Invoices')!.getDataRange().getValues().slice(1)) {
          expect([row[0], row[5], row[6], row[7], row[8]]).toEqual([row[0], ...invoiceExpected.get(String(row[0]))!]);
        }
        const paymentExpected = enginePayments(book, today);
        for (const row of spreadsheet.getSheetByName('Payments')!.getDataRange().getValues().slice(1)) {
          expect([row[0], row[7], row[8]]).toEqual([row[0], ...paymentExpected.get(String(row[0]))!]);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
