// Statement numbering under the document lock, all-customers runs cut into resumable chunks, call counts by size.
import { describe, expect, it } from 'vitest';
import { benchBookTables, type BenchSize } from '../../../bench/bench-book';
import { statementCustomers } from '../../../src/core/documents/statement-customers';
import type { IsoDate } from '../../../src/core/types';
import { createEmulator, seedSheet } from '../../../src/local/emulator';
import { EmuTable } from '../../../src/local/emulator/document-app';
import { bundleCodeRead, loadBundle } from '../../../src/local/sandbox';
import { timeZoneOfSpreadsheet, TIME_ZONE } from './sandbox-fixture';
import { auditRows, ok, sampleBookWithCompany, statementSandbox, tabValues, type Fixture, type Reply } from './statement-fixture';

timeZoneOfSpreadsheet();

const code = bundleCodeRead();

const request = (customerId: string) => ({ customerId, from: '2026-01-01', to: '2026-11-20', layout: 'balance-forward' });

function numbersLogged(fixture: Fixture): string[] {
  return auditRows(fixture, 'statement.create').map((row) => String(row[3]));
}

describe('statement numbers', () => {
  it('two concurrent statements wait for each other on the document lock and never share a number', () => {
    const fixture = statementSandbox('en');
    const { emulator } = fixture;
    // Execution B holds the document lock (numbering something) and makes its own statement 2 s later.
    const b = emulator.executions.start('B');
    let numberB = '';
    b.run(() => expect(emulator.globals.LockService.getDocumentLock().tryLock(0)).toBe(true));
    emulator.clock.schedule(2_000, () => {
      b.run(() => (numberB = ok(fixture.bundle.call('statementDocumentCreate', request('C002'))).statementNo));
      b.end();
    });
    const startedAt = emulator.clock.nowMs();
    const numberA = ok(fixture.bundle.call('statementDocumentCreate', request('C001'))).statementNo;
    expect(emulator.clock.nowMs() - startedAt).toBeGreaterThanOrEqual(2_000);
    expect(numberB).toBe('ST-2026-0001');
    expect(numberA).toBe('ST-2026-0002');
    expect(numbersLogged(fixture).sort()).toEqual(['ST-2026-0001', 'ST-2026-0002']);
    expect(emulator.uncounted(() => emulator.globals.PropertiesService.getDocumentProperties().getProperty('customerLedger.statementNo.2026'))).toBe('ST-2026-0002');
  });

  it('gives up with a readable message when the lock stays busy, making no document', () => {
    const fixture = statementSandbox('zh-CN');
    const { emulator } = fixture;
    const b = emulator.executions.start('B');
    b.run(() => emulator.globals.LockService.getDocumentLock().tryLock(0));
    const reply = fixture.bundle.call('statementDocumentCreate', request('C001')) as Reply;
    expect(reply).toMatchObject({ ok: false, code: 'error.lockBusy' });
    expect(emulator.documents).toHaveLength(0);
    b.end();
    expect(ok(fixture.bundle.call('statementDocumentCreate', request('C001'))).statementNo).toBe('ST-2026-0001');
  });

  it('counts per year: the first statement of 2027 is ST-2027-0001', () => {
    const fixture = statementSandbox('en');
    ok(fixture.bundle.call('statementDocumentCreate', request('C001')));
    ok(fixture.bundle.call('statementDocumentCreate', request('C002')));
    fixture.emulator.setToday('2027-01-04');
    expect(ok(fixture.bundle.call('statementDocumentCreate', request('C001'))).statementNo).toBe('ST-2027-0001');
    expect(ok(fixture.bundle.call('statementDocumentCreate', request('C003'))).statementNo).toBe('ST-2027-0002');
  });
});

describe('statementsForAll', () => {
  const period = { from: '2026-10-01', to: '2026-10-31', layout: 'open-item' };
  const expectedIds = () => statementCustomers(sampleBookWithCompany('en'), period.from as IsoDate, period.to as IsoDate);

  it('makes every customer with a balance or documents in one run when time allows, one section each on the tab', () => {
    const fixture = statementSandbox('en');
    const run = ok(fixture.bundle.call('statementsForAll', period));
    const ids = expectedIds();
    expect(ids.length).toBeGreaterThan(5);
    expect(run).toMatchObject({ total: ids.length, done: ids.length, remaining: 0, finished: true, resumed: false, sheetName: 'Statement' });
    expect(run.created.map((c: { customerId: string }) => c.customerId)).toEqual(ids);
    expect(new Set(run.created.map((c: { statementNo: string }) => c.statementNo)).size).toBe(ids.length);
    const values = tabValues(fixture, 'Statement');
    expect(values.filter((row) => row[0] === 'Customer ID / 客户编号').map((row) => row[1])).toEqual(ids);
    expect(fixture.emulator.documents).toHaveLength(ids.length);
    expect(numbersLogged(fixture)).toHaveLength(ids.length);
  });

  it('stops at the time budget and continues from the stored cursor: every customer once, none twice', () => {
    const fixture = statementSandbox('en');
    const ids = expectedIds();
    const runs: any[] = [];
    // A budget of 0 ms: each call makes its one statement, then stops.
    for (let call = 0; call < ids.length + 2; call += 1) {
      runs.push(ok(fixture.bundle.call('statementsForAll', { ...period, budgetMs: 0 })));
      if (runs.at(-1).finished) break;
    }
    expect(runs).toHaveLength(ids.length);
    expect(runs.map((r) => r.created.length)).toEqual(ids.map(() => 1));
    expect(runs.map((r) => r.done)).toEqual(ids.map((_, i) => i + 1));
    expect(runs.map((r) => r.remaining)).toEqual(ids.map((_, i) => ids.length - i - 1));
    expect(runs.map((r) => r.resumed)).toEqual(ids.map((_, i) => i > 0));
    expect(runs.flatMap((r) => r.created.map((c: { customerId: string }) => c.customerId))).toEqual(ids);
    const numbers = numbersLogged(fixture);
    expect(numbers).toEqual(ids.map((_, i) => `ST-2026-${String(i + 1).padStart(4, '0')}`));
    // The tab holds the whole run, each part appended below the last.
    const values = tabValues(fixture, 'Statement');
    expect(values.filter((row) => row[0] === 'Customer ID / 客户编号').map((row) => row[1])).toEqual(ids);
    // A finished run is not resumed: the same request starts a new one (new numbers, the tab rewritten).
    const again = ok(fixture.bundle.call('statementsForAll', { ...period, budgetMs: 0 }));
    expect(again).toMatchObject({ resumed: false, done: 1 });
    expect(again.created[0].statementNo).toBe(`ST-2026-${String(ids.length + 1).padStart(4, '0')}`);
    expect(tabValues(fixture, 'Statement').filter((row) => row[0] === 'Customer ID / 客户编号')).toHaveLength(1);
  });

  it('fits as many statements in a call as the budget allows, judged by the longest statement so far', () => {
    const fixture = statementSandbox('en');
    const { emulator } = fixture;
    // Each Doc takes 2 s of virtual time to create: with a 7 s budget a call makes 3 (after 6 s a 4th would end at 8 s).
    const documentApp = emulator.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const slow = new Proxy(documentApp, {
      get(target, key) {
        if (key !== 'create') return Reflect.get(target, key);
        return (name: string) => {
          emulator.clock.advance(2_000);
          return target.create(name);
        };
      },
    });
    const bundle = loadBundle({ globals: { ...emulator.globals, DocumentApp: slow }, setCustomFunctions: () => undefined }, code);
    const ids = expectedIds();
    const sizes: number[] = [];
    for (let call = 0; call < ids.length; call += 1) {
      const run = ok(bundle.call('statementsForAll', { ...period, budgetMs: 7_000 }));
      sizes.push(run.created.length);
      if (run.finished) break;
    }
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.slice(0, -1)).toEqual(sizes.slice(0, -1).map(() => 3));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(ids.length);
    expect(numbersLogged(fixture)).toHaveLength(ids.length);
  });

  it('starts over for another period or when asked, instead of resuming', () => {
    const fixture = statementSandbox('en');
    ok(fixture.bundle.call('statementsForAll', { ...period, budgetMs: 0 }));
    const other = ok(fixture.bundle.call('statementsForAll', { ...period, layout: 'balance-forward', budgetMs: 0 }));
    expect(other).toMatchObject({ resumed: false, done: 1 });
    const restarted = ok(fixture.bundle.call('statementsForAll', { ...period, layout: 'balance-forward', budgetMs: 0, restart: true }));
    expect(restarted).toMatchObject({ resumed: false, done: 1 });
    expect(restarted.created[0].customerId).toBe(other.created[0].customerId);
    const resumed = ok(fixture.bundle.call('statementsForAll', { ...period, layout: 'balance-forward', budgetMs: 0 }));
    expect(resumed).toMatchObject({ resumed: true, done: 2 });
  });

  it('runs one all-customers call at a time: another is refused while it runs, and may go on once it has ended', () => {
    const fixture = statementSandbox('en');
    const { emulator } = fixture;
    ok(fixture.bundle.call('statementsForAll', { ...period, budgetMs: 0 }));
    // Execution B continues the run; while it creates its Doc, A (the user's other sidebar) asks for the same run.
    const b = emulator.executions.start('B');
    let inB: Reply | null = null;
    const slow = new Proxy(emulator.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp, {
      get(target, key) {
        if (key !== 'create') return Reflect.get(target, key);
        return (name: string) => {
          inB ??= bundleA.call('statementsForAll', { ...period, budgetMs: 0 }) as Reply;
          return target.create(name);
        };
      },
    });
    const bundleA = fixture.bundle;
    const bundleB = loadBundle({ globals: { ...emulator.globals, DocumentApp: slow }, setCustomFunctions: () => undefined }, code);
    let runB: any = null;
    b.run(() => (runB = ok(bundleB.call('statementsForAll', { ...period, budgetMs: 0 }))));
    b.end();
    expect(inB).toEqual({
      ok: false,
      code: 'statement.runBusy',
      message: 'Statements for all customers are being made by another run right now; try again when it has finished.',
    });
    expect(runB).toMatchObject({ resumed: true, done: 2 });
    // B's call has ended: A continues the run where B stopped.
    expect(ok(bundleA.call('statementsForAll', { ...period, budgetMs: 0 }))).toMatchObject({ resumed: true, done: 3 });
    expect(new Set(numbersLogged(fixture)).size).toBe(3);
    expect(auditRows(fixture, 'statement.create').map((row) => row[3])).toEqual(['ST-2026-0001', 'ST-2026-0002', 'ST-2026-0003']);
  });

  it('takes over a claim left by a call that died (older than the 6-minute limit)', () => {
    const fixture = statementSandbox('en');
    const { emulator } = fixture;
    emulator.uncounted(() => emulator.globals.PropertiesService.getDocumentProperties().setProperty('customerLedger.statementsRunBusyUntil', String(emulator.clock.nowMs() + 60_000)));
    expect(fixture.bundle.call('statementsForAll', { ...period, budgetMs: 0 })).toMatchObject({ ok: false, code: 'statement.runBusy' });
    emulator.clock.advance(61_000);
    expect(ok(fixture.bundle.call('statementsForAll', { ...period, budgetMs: 0 }))).toMatchObject({ resumed: false, done: 1 });
  });

  it('refuses a missing request with a message, not an internal error', () => {
    const fixture = statementSandbox('en');
    expect(fixture.bundle.call('statementsForAll', null)).toMatchObject({ ok: false, code: 'statement.dateInvalid' });
    expect(fixture.bundle.call('statementDocumentCreate', null)).toMatchObject({ ok: false, code: 'statement.customerMissing' });
  });

  it('refuses a period in which nobody has anything, in the user language', () => {
    const fixture = statementSandbox('zh-CN');
    expect(fixture.bundle.call('statementsForAll', { from: '2020-01-01', to: '2020-01-31', layout: 'balance-forward' })).toEqual({
      ok: false,
      code: 'statement.noneForAll',
      message: '2020-01-01 至 2020-01-31 期间没有客户有单据或余额，未生成对账单。',
    });
    expect(fixture.emulator.documents).toHaveLength(0);
  });
});

describe('statement call counts', () => {

  function benchLoaded(size: BenchSize) {
    const emulator = createEmulator({ timeZone: TIME_ZONE, today: '2026-11-20' });
    const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
    Object.entries(benchBookTables(size)).forEach(([name, rows], index) => {
      const sheet = index === 0 ? spreadsheet.getSheets()[0]!.setName(name) : spreadsheet.insertSheet(name);
      seedSheet(sheet, rows);
    });
    return { emulator, bundle: loadBundle(emulator, code) };
  }

  /** Service calls of one statement by "Class.method", and its number of rows. */
  function statementCalls(size: BenchSize): { calls: Record<string, number>; rows: number } {
    const { emulator, bundle } = benchLoaded(size);
    emulator.resetCalls();
    const made = ok(bundle.call('statementDocumentCreate', { customerId: 'C00001', from: '2025-01-01', to: '2026-11-20', layout: 'balance-forward' }));
    const calls = Object.fromEntries(emulator.calls.calls);
    const tables = emulator.drive.documents.get(made.docId)!.body.children.filter((c): c is EmuTable => c instanceof EmuTable);
    const rows = tables.find((t) => t.rows[0]!.cells[0]!.text.startsWith('Date'))!.rows.length;
    return { calls, rows };
  }

  it('are the same for a statement of a few rows and one of over a thousand (Spreadsheet, Docs, Drive, properties)', { timeout: 120_000 }, () => {
    const small = statementCalls({ customers: 2, invoices: 12, payments: 12 });
    const large = statementCalls({ customers: 2, invoices: 1_200, payments: 1_200 });
    expect(large.rows).toBeGreaterThan(50 * small.rows / 2);
    expect(large.calls).toEqual(small.calls);
    // The Statement tab, the new Audit Log's header, its line.
    expect(large.calls['Range.setValues']).toBe(3);
    expect(large.calls['Body.appendTable']).toBe(4); // customer fields, statement fields, rows, aging
    const total = Object.values(large.calls).reduce((a, b) => a + b, 0);
    console.log(`statement: ${total} service calls for ${small.rows - 1} and for ${large.rows - 1} table rows`);
  });
});
