// Reconcile issues the same Spreadsheet service calls on a 100-row and a 20,000-row book: one getValues per table.
import { describe, expect, it } from 'vitest';
import { benchBookTables, type BenchSize } from '../../../bench/bench-book';
import { createEmulator, seedSheet } from '../../../src/local/emulator';
import { bundleCodeRead, loadBundle } from '../../../src/local/sandbox';
import { timeZoneOfSpreadsheet, TIME_ZONE } from './sandbox-fixture';

timeZoneOfSpreadsheet();

const code = bundleCodeRead();

function bookLoaded(size: BenchSize) {
  const emulator = createEmulator({ timeZone: TIME_ZONE, today: '2026-11-20' });
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const tables = benchBookTables(size);
  Object.entries(tables).forEach(([name, rows], index) => {
    const sheet = index === 0 ? spreadsheet.getSheets()[0]!.setName(name) : spreadsheet.insertSheet(name);
    seedSheet(sheet, rows);
  });
  return { emulator, spreadsheet, bundle: loadBundle(emulator, code) };
}

/** The calls of one reconcileRun, by "Class.method", and the number of allocations it wrote. */
function reconcileCalls(book: ReturnType<typeof bookLoaded>): { calls: Record<string, number>; written: number; ms: number } {
  book.emulator.resetCalls();
  const started = performance.now();
  const reply = book.bundle.call('reconcileRun') as { ok: boolean; data: { allocations: unknown[] } };
  const ms = Math.round(performance.now() - started);
  expect(reply.ok).toBe(true);
  // Every Spreadsheet-service class (ranges, sheets, developer metadata…); locks, session, cache are other services.
  const other = /^(LockService|Lock|Session|User|Utilities|CacheService|Cache|PropertiesService|Properties)$/;
  const calls = Object.fromEntries([...book.emulator.calls.calls].filter(([name]) => !other.test(name.split('.')[0]!)));
  return { calls, written: reply.data.allocations.length, ms };
}

describe('Reconcile now call count', () => {
  it('is the same on a 100-row and a 20,000-row book, first run and next run', { timeout: 240_000 }, () => {
    const small = bookLoaded({ customers: 20, invoices: 100, payments: 100 });
    const large = bookLoaded({ customers: 1000, invoices: 20_000, payments: 20_000 });
    const smallFirst = reconcileCalls(small);
    const largeFirst = reconcileCalls(large);
    expect(largeFirst.written).toBeGreaterThan(100 * smallFirst.written / 2);
    expect(largeFirst.calls).toEqual(smallFirst.calls);
    const smallNext = reconcileCalls(small);
    const largeNext = reconcileCalls(large);
    expect(largeNext.calls).toEqual(smallNext.calls);
    // Each of the six tables is read with one getValues; one setValues writes Allocations, one the Audit Log line.
    expect(largeNext.calls['Range.getValues']).toBe(6);
    expect(largeNext.calls['Range.setValues']).toBe(2);
    const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
    console.log(`reconcile: ${total(largeFirst.calls)} Spreadsheet calls on the first run, ${total(largeNext.calls)} on the next, both sizes;`,
      `20,000-row book ${largeFirst.written} allocations in ${largeFirst.ms} ms (first) / ${largeNext.ms} ms (next), in the emulator`);
  });
});
