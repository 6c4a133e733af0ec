// Reconcile now, undo (反核销) and manual allocations through build/Code.js in the emulator, checked against the engine.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { moneyToDecimalString } from '../../../src/core/money';
import type { Book } from '../../../src/core/book-types';
import { bookRead } from '../../../src/sheets/book-read';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';

const sampleTables = () => sampleBookTables('en');

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };
type Fixture = ReturnType<typeof sandboxWithSampleBook>;

timeZoneOfSpreadsheet();

/** The engine's book over the cells the add-on leaves in the spreadsheet (read outside the call counter). */
function bookOf(fixture: Fixture, lang: 'en' | 'zh-CN' = 'en'): Book {
  const tables: Record<string, unknown[][]> = {};
  for (const sheet of fixture.spreadsheet.getSheets()) tables[sheet.getName()] = fixture.emulator.uncounted(() => sheet.getDataRange().getValues());
  const named = lang === 'en' ? tables : Object.fromEntries(Object.entries(tables));
  const byTab = {
    Settings: named.Settings ?? named['设置'], Customers: named.Customers ?? named['客户'], Sales: named.Sales ?? named['销售记录'],
    Invoices: named.Invoices ?? named['账单'], Payments: named.Payments ?? named['收款'], Adjustments: named.Adjustments ?? named['调整'],
    Allocations: named.Allocations ?? named['核销记录'],
  };
  return bookBuild(bookRead(byTab, { lang }).input);
}

function ok(reply: unknown): any {
  const r = reply as Reply;
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.data;
}

/** The Allocations tab as [source, invoiceNo, amount, rule] rows under its header. */
function allocationRows(fixture: Fixture, name = 'Allocations'): unknown[][] {
  const values = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName(name)!.getDataRange().getValues());
  return values.slice(1).filter((row) => row.some((cell) => cell !== ''));
}

/** The Audit Log rows as [action, what, before, after]. */
function auditRows(fixture: Fixture): unknown[][] {
  const sheet = fixture.spreadsheet.getSheetByName('Audit Log') ?? fixture.spreadsheet.getSheetByName('操作日志');
  if (!sheet) return [];
  return fixture.emulator.uncounted(() => sheet.getDataRange().getValues()).slice(1).map((row) => row.slice(2, 6));
}

function automaticOf(book: Book): string[] {
  return book.allocations
    .filter((a) => a.rule !== 'manual')
    .map((a) => `${a.source}|${a.invoiceNo}|${moneyToDecimalString(a.amount, book.sourceByKey.get(a.source)!.currency)}|${a.rule}`);
}

function rowKey(row: unknown[]): string {
  return `${row[0]}|${row[1]}|${Number(row[2]).toFixed(2)}|${row[4]}`;
}

describe('reconcileRun', () => {
  it('writes exactly the engine’s automatic allocations, with rule and explanation, and reports them all as new', () => {
    const fixture = sandboxWithSampleBook();
    const before = bookOf(fixture);
    const view = ok(fixture.bundle.call('reconcileRun'));
    const rows = allocationRows(fixture);
    expect(fixture.spreadsheet.getSheetByName('Allocations')!.getRange(1, 1, 1, 7).getValues()[0]).toEqual(['Source', 'Invoice No', 'Amount', 'Date', 'Rule', 'At', 'By']);
    expect(rows.map(rowKey)).toEqual(automaticOf(before));
    expect(rows.length).toBeGreaterThan(50);
    expect(view.newAllocations).toHaveLength(rows.length);
    expect(view.allocations).toHaveLength(before.allocations.length);
    expect(view.summary.newCount).toBe(rows.length);
    const reference = view.allocations.find((a: any) => a.rule === 'reference');
    expect(reference.explanation).toBe(`Payment ${reference.source} → ${reference.invoiceNo}: reference — the payment names this invoice`);
    // What the tab holds now builds the same book: the written rows are outputs, never read as inputs.
    expect(automaticOf(bookOf(fixture))).toEqual(automaticOf(before));
    expect(auditRows(fixture)).toEqual([['reconcile', 'Allocations', '0 automatic', `${rows.length} automatic (${rows.length} new), 0 on hold`]]);
  });

  it('finds nothing new the second time, and keeps each row’s At', () => {
    const fixture = sandboxWithSampleBook();
    ok(fixture.bundle.call('reconcileRun'));
    const first = allocationRows(fixture);
    fixture.emulator.setNow(new Date(fixture.emulator.clock.nowMs() + 3_600_000));
    const view = ok(fixture.bundle.call('reconcileRun'));
    expect(view.newAllocations).toEqual([]);
    expect(allocationRows(fixture)).toEqual(first);
  });

  it('explains in Chinese for a Chinese user', () => {
    const fixture = sandboxWithSampleBook('zh-CN');
    const view = ok(fixture.bundle.call('reconcileRun'));
    const fifo = view.allocations.find((a: any) => a.rule === 'fifo');
    expect(fifo.explanation).toBe(`收款 ${fifo.source} → ${fifo.invoiceNo}：先进先出——按到期日先后冲抵最早的未收账单`);
    expect(fixture.spreadsheet.getSheetByName('核销记录')).not.toBeNull();
    expect(view.summary.text).toMatch(/^已对账：共 \d+ 笔核销/);
  });

  it('keeps manual rows exactly as they are (users’ extra columns too) and builds around them', () => {
    const fixture = sandboxWithSampleBook();
    const engine = bookOf(fixture);
    const fifo = engine.allocations.find((a) => a.rule === 'fifo')!;
    const amount = Number(moneyToDecimalString(fifo.amount, 'CNY')) / 2;
    const sheet = fixture.spreadsheet.insertSheet('Allocations');
    const manual = ['P-X', 'INV-NONE', 5, '2026-01-01', 'manual', '', '', '=HYPERLINK("x")'];
    fixture.emulator.uncounted(() => {
      sheet.getRange(1, 1, 1, 8).setValues([['Source', 'Invoice No', 'Amount', 'Date', 'Rule', 'At', 'By', 'My note']]);
      sheet.getRange(2, 1, 2, 8).setValues([
        [fifo.source, fifo.invoiceNo, amount, fifo.date, 'Manual', '2026-01-02 10:00', 'anna@example.com', "'+1-555"],
        manual.map((cell, i) => (i === 7 ? `'${cell}` : cell)),
      ]);
      sheet.getRange('I2').setFormula('=UPPER("kept")');
    });
    const rowsBefore = allocationRows(fixture).slice(0, 2);
    expect(rowsBefore[0]![8]).toBe('KEPT');
    ok(fixture.bundle.call('reconcileRun'));
    const rows = allocationRows(fixture);
    expect(rows.slice(0, 2)).toEqual(rowsBefore);
    expect(rows[0]![7]).toBe('+1-555');
    expect(rows[1]![7]).toBe('=HYPERLINK("x")');
    expect(sheet.getRange('H3').getFormula()).toBe('');
    expect(sheet.getRange('H2').getValue()).toBe('+1-555');
    expect(sheet.getRange('I2').getFormula()).toBe('=UPPER("kept")');
    const after = bookOf(fixture);
    expect(after.allocations.filter((a) => a.rule === 'manual')).toHaveLength(1);
    expect(rows.slice(2).map(rowKey)).toEqual(automaticOf(after));
  });
});

describe('allocationUndo (反核销)', () => {
  it('holds the payment: its rows go, a hold row stays, and later runs leave it unapplied', () => {
    const fixture = sandboxWithSampleBook();
    ok(fixture.bundle.call('reconcileRun'));
    const engine = bookOf(fixture);
    const target = engine.allocations.find((a) => a.rule === 'reference')!;
    const view = ok(fixture.bundle.call('allocationUndo', target.source));
    expect(view.held.map((h: any) => h.source)).toEqual([target.source]);
    expect(view.allocations.some((a: any) => a.source === target.source)).toBe(false);
    const holdRow = allocationRows(fixture).find((row) => row[0] === target.source)!;
    expect([holdRow[1], holdRow[4]]).toEqual(['', 'hold']);
    ok(fixture.bundle.call('reconcileRun'));
    const after = bookOf(fixture);
    expect(after.input.heldSources).toEqual([target.source]);
    expect(after.allocationsBySource.get(target.source) ?? []).toEqual([]);
    expect(allocationRows(fixture).filter((row) => row[0] === target.source)).toEqual([holdRow]);
    const undoLine = auditRows(fixture).find((row) => row[0] === 'allocation.undo')!;
    expect(undoLine.slice(0, 2)).toEqual(['allocation.undo', target.source]);
    expect(undoLine[2]).toContain(`${target.invoiceNo} `);
    expect(undoLine[3]).toBe('hold');
  });

  it('allocationRelease lets the rules apply the payment again, and refuses a source not on hold', () => {
    const fixture = sandboxWithSampleBook();
    ok(fixture.bundle.call('reconcileRun'));
    const target = bookOf(fixture).allocations.find((a) => a.rule === 'reference')!;
    ok(fixture.bundle.call('allocationUndo', target.source));
    const view = ok(fixture.bundle.call('allocationRelease', target.source));
    expect(view.held).toEqual([]);
    // Its match comes back (other payments that had moved onto that invoice meanwhile move off again).
    expect(view.newAllocations).toContainEqual(expect.objectContaining({ source: target.source, invoiceNo: target.invoiceNo, rule: 'reference' }));
    expect(automaticOf(bookOf(fixture))).toEqual(automaticOf(bookBuild(bookRead(sampleTables(), { lang: 'en' }).input)));
    expect(allocationRows(fixture).filter((row) => row[0] === target.source).map((row) => row[4])).toEqual(['reference']);
    expect(bookOf(fixture).input.heldSources).toBeUndefined();
    expect(fixture.bundle.call('allocationRelease', target.source)).toEqual({ ok: false, code: 'allocation.notHeld', message: `${target.source} is not on hold.` });
  });

  it('refuses an unknown source in the user’s language', () => {
    const fixture = sandboxWithSampleBook('zh-CN');
    expect(fixture.bundle.call('allocationUndo', 'P99999')).toEqual({ ok: false, code: 'allocation.sourceUnknown', message: '没有收款或贷项 P99999。' });
  });
});

describe('allocationAddManual', () => {
  function setUp(lang: 'en' | 'zh-CN' = 'en') {
    const fixture = sandboxWithSampleBook(lang);
    const book = bookOf(fixture, lang);
    const fifo = book.allocations.find((a) => a.rule === 'fifo')!;
    const source = book.sourceByKey.get(fifo.source)!;
    const otherInvoice = book.invoices.find((i) => i.customerId !== source.customerId && i.status === 'Issued')!;
    return { fixture, book, fifo, source, otherInvoice };
  }

  it('adds the row as manual, keeps it on later runs, and the engine applies it first', () => {
    const { fixture, fifo } = setUp();
    const view = ok(fixture.bundle.call('allocationAddManual', { source: fifo.source, invoiceNo: fifo.invoiceNo, amount: '1.00' }));
    expect(view.allocations.filter((a: any) => a.rule === 'manual')).toEqual([
      expect.objectContaining({ source: fifo.source, invoiceNo: fifo.invoiceNo, amountDecimal: '1.00', ruleLabel: 'manual' }),
    ]);
    ok(fixture.bundle.call('reconcileRun'));
    const manual = bookOf(fixture).allocations.filter((a) => a.rule === 'manual');
    expect(manual.map((a) => [a.source, a.invoiceNo, a.amount])).toEqual([[fifo.source, fifo.invoiceNo, 100]]);
    expect(auditRows(fixture).map((row) => row[0])).toEqual(['allocation.manual', 'reconcile']);
    expect(auditRows(fixture)[0]!.slice(1, 3)).toEqual([`${fifo.source} → ${fifo.invoiceNo}`, '']);
    expect(auditRows(fixture)[0]![3]).toMatch(/^1\.00 CNY on \d{4}-\d{2}-\d{2}$/);
  });

  it('golden errors in English', () => {
    const { fixture, fifo, source, otherInvoice } = setUp();
    const call = (request: object) => fixture.bundle.call('allocationAddManual', request) as Reply;
    expect(call({ source: 'P99999', invoiceNo: fifo.invoiceNo, amount: '1' })).toEqual({ ok: false, code: 'allocation.sourceUnknown', message: 'There is no payment or credit P99999.' });
    expect(call({ source: fifo.source, invoiceNo: 'INV-1999-0001', amount: '1' })).toEqual({ ok: false, code: 'allocation.invoiceUnknown', message: 'There is no invoice INV-1999-0001.' });
    expect(call({ source: fifo.source, invoiceNo: fifo.invoiceNo, amount: '-3' })).toEqual({ ok: false, code: 'allocation.amountInvalid', message: 'The amount must be a positive number, not "-3".' });
    expect(call({ source: fifo.source, invoiceNo: otherInvoice.invoiceNo, amount: '1' })).toEqual({
      ok: false,
      code: 'allocation.customerMismatch',
      message: `${fifo.source} is from customer ${source.customerId} but invoice ${otherInvoice.invoiceNo} bills ${otherInvoice.customerId}.`,
    });
    const tooMuch = call({ source: fifo.source, invoiceNo: fifo.invoiceNo, amount: '99999999' }) as { ok: false; message: string };
    expect(tooMuch.message).toMatch(new RegExp(`^Cannot allocate ¥99,999,999\\.00 from ${fifo.source} to ${fifo.invoiceNo}: at most ¥[\\d,.]+ is left \\(payment ¥[\\d,.]+, invoice ¥[\\d,.]+\\)\\.$`));
  });

  it('golden errors in Chinese, and nothing is written when refused', () => {
    const { fixture, fifo } = setUp('zh-CN');
    const before = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheets().map((s) => s.getName()));
    const call = (request: object) => fixture.bundle.call('allocationAddManual', request) as Reply;
    expect(call({ source: 'P99999', invoiceNo: fifo.invoiceNo, amount: '1' })).toEqual({ ok: false, code: 'allocation.sourceUnknown', message: '没有收款或贷项 P99999。' });
    expect(call({ source: fifo.source, invoiceNo: 'INV-1999-0001', amount: '1' })).toEqual({ ok: false, code: 'allocation.invoiceUnknown', message: '没有账单 INV-1999-0001。' });
    expect(call({ source: fifo.source, invoiceNo: fifo.invoiceNo, amount: 'abc' })).toEqual({ ok: false, code: 'allocation.amountInvalid', message: '金额必须是正数，而不是“abc”。' });
    expect(call({ source: fifo.source, invoiceNo: fifo.invoiceNo, amount: '1', date: 'soon' })).toEqual({ ok: false, code: 'allocation.dateInvalid', message: '“soon”不是日期（YYYY-MM-DD）。' });
    const tooMuch = call({ source: fifo.source, invoiceNo: fifo.invoiceNo, amount: '99999999' }) as { ok: false; message: string };
    expect(tooMuch.message).toMatch(new RegExp(`^无法从 ${fifo.source} 核销 ¥99,999,999\\.00 到 ${fifo.invoiceNo}：最多还可核销 ¥[\\d,.]+（收款剩余 ¥[\\d,.]+，账单未收 ¥[\\d,.]+）。$`));
    expect(fixture.emulator.uncounted(() => fixture.spreadsheet.getSheets().map((s) => s.getName()))).toEqual(before);
    expect(auditRows(fixture)).toEqual([]);
  });
});

describe('paymentPreview', () => {
  it('explains how a new payment naming an invoice would be allocated, writing nothing', () => {
    const fixture = sandboxWithSampleBook();
    const book = bookOf(fixture);
    const open = book.items.find((item) => item.kind === 'invoice' && !(book.allocationsByTarget.get(item.key) ?? []).length)!;
    const calls = fixture.emulator.calls;
    fixture.emulator.resetCalls();
    const view = ok(fixture.bundle.call('paymentPreview', { customerId: open.customerId, amount: '10.00', date: '2026-11-20', reference: `for ${open.key}` }));
    expect(calls.calls.get('Range.setValues') ?? 0).toBe(0);
    expect(view.paymentId).toMatch(/^P\d{5}$/);
    expect(view.allocations).toEqual([expect.objectContaining({ invoiceNo: open.key, amountDecimal: '10.00', rule: 'reference' })]);
    expect(view.allocations[0].explanation).toBe(`Payment ${view.paymentId} → ${open.key}: reference — the payment names this invoice`);
    expect(view.unapplied).toBe('¥0.00');
  });
});

describe('menu "Reconcile now"', () => {
  it('reconciles and opens the reconcile section with the summary', () => {
    const fixture = sandboxWithSampleBook();
    fixture.bundle.call('menuReconcile');
    const html = fixture.emulator.ui.sidebar!.html;
    expect(html).toContain('"section":"reconcile"');
    expect(html).toMatch(/Reconciled: \d+ allocations \(\d+ new, 0 manual\)/);
    expect(allocationRows(fixture).length).toBeGreaterThan(50);
    const view = ok(fixture.bundle.call('reconcileView'));
    expect(view.newAllocations.length).toBe(Math.min(200, allocationRows(fixture).length));
  });
});
