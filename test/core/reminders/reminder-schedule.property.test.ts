// Property tests of the reminder schedule over simulated days: missed runs, payments arriving, levels changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateAddDays, dateDaysBetween } from '../../../src/core/dates';
import { minor } from '../../../src/core/money';
import { reminderLevelsParse, type ReminderLevel } from '../../../src/core/reminders/reminder-levels';
import { reminderSchedule, type ReminderInvoice, type ReminderLogEntry } from '../../../src/core/reminders/reminder-schedule';
import type { IsoDate } from '../../../src/core/types';

const START = '2026-01-01' as IsoDate;
const DAYS = 150;

interface SimInvoice {
  readonly invoiceNo: string;
  readonly dueOffset: number;
  readonly total: number;
  /** Payments: [day offset, amount in minor units]. */
  readonly payments: readonly (readonly [number, number])[];
  readonly status: 'Issued' | 'Draft' | 'Void';
}

interface Simulation {
  readonly invoices: readonly SimInvoice[];
  /** Level settings in force from a day offset on (the first from day 0). */
  readonly settings: readonly (readonly [number, readonly string[]])[];
  /** Whether the daily run happened, per day. */
  readonly runs: readonly boolean[];
  /** Sends that fail (bad address, quota…) by [day, invoice index]: not logged as sent, tried again later. */
  readonly failures: readonly (readonly [number, number])[];
}

const levelTexts = fc
  .uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 4 })
  .chain((days) =>
    fc.tuple(
      ...[...days].sort((a, b) => a - b).map((d) => fc.tuple(fc.constant(d), fc.constantFrom('0', '50', '500', '5000'), fc.constantFrom('customer', 'both', 'salesperson'))),
    ),
  )
  .map((levels) => levels.map(([d, min, to]) => `${d} | ${min} | ${to}`));

const simInvoice = (index: number) =>
  fc.record({
    invoiceNo: fc.constant(`INV-${index}`),
    dueOffset: fc.integer({ min: 0, max: 60 }),
    total: fc.integer({ min: 1, max: 1_000_000 }),
    payments: fc.array(fc.tuple(fc.integer({ min: 0, max: DAYS }), fc.integer({ min: 1, max: 600_000 })), { maxLength: 3 }),
    status: fc.constantFrom<SimInvoice['status']>('Issued', 'Issued', 'Issued', 'Draft', 'Void'),
  });

const simulation: fc.Arbitrary<Simulation> = fc.record({
  invoices: fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => simInvoice(i)))),
  settings: fc.array(fc.tuple(fc.integer({ min: 1, max: DAYS }), levelTexts), { maxLength: 3 }).chain((changes) =>
    levelTexts.map((first) => [[0, first] as const, ...changes.sort((a, b) => a[0] - b[0])]),
  ),
  runs: fc.array(fc.boolean(), { minLength: DAYS, maxLength: DAYS }),
  failures: fc.array(fc.tuple(fc.integer({ min: 0, max: DAYS - 1 }), fc.integer({ min: 0, max: 7 })), { maxLength: 10 }),
});

function balanceOn(invoice: SimInvoice, day: number): number {
  if (invoice.status !== 'Issued') return 0;
  const paid = invoice.payments.filter(([d]) => d <= day).reduce((sum, [, amount]) => sum + amount, 0);
  return Math.max(0, invoice.total - paid);
}

function levelsOn(sim: Simulation, day: number): readonly ReminderLevel[] {
  const texts = [...sim.settings].reverse().find(([from]) => from <= day)![1];
  return reminderLevelsParse(texts.map((text, i) => ({ level: i + 1, text, row: i + 2 }))).levels;
}

function invoicesOn(sim: Simulation, day: number): ReminderInvoice[] {
  return sim.invoices.map((invoice) => {
    const balance = balanceOn(invoice, day);
    return {
      invoiceNo: invoice.invoiceNo,
      customerId: 'C001',
      currency: 'CNY',
      dueDate: dateAddDays(START, invoice.dueOffset),
      balance: minor(balance),
      status: invoice.status === 'Issued' ? (balance === 0 ? 'Paid' : 'Overdue') : invoice.status,
    };
  });
}

interface Logged extends ReminderLogEntry {
  readonly day: number;
}

/** Runs the schedule on every day a run happens, logging what it sends and skips, as the daily trigger does. */
function simulate(sim: Simulation): Logged[] {
  const log: Logged[] = [];
  sim.runs.forEach((ran, day) => {
    if (!ran) return;
    const today = dateAddDays(START, day);
    for (const due of reminderSchedule(invoicesOn(sim, day), today, levelsOn(sim, day), log)) {
      const index = sim.invoices.findIndex((i) => i.invoiceNo === due.invoiceNo);
      const failed = sim.failures.some(([d, i]) => d === day && i === index);
      log.push({ invoiceNo: due.invoiceNo, level: due.level.level, result: failed ? 'failed' : 'sent', day });
      if (!failed) for (const level of due.skipped) log.push({ invoiceNo: due.invoiceNo, level, result: 'skipped', day });
    }
  });
  return log;
}

describe('reminderSchedule over simulated days', () => {
  it('never sends or skips the same level of an invoice twice', () => {
    fc.assert(
      fc.property(simulation, (sim) => {
        const done = simulate(sim).filter((e) => e.result !== 'failed').map((e) => `${e.invoiceNo}#${e.level}`);
        expect(new Set(done).size).toBe(done.length);
      }),
    );
  });

  it('never sends to an invoice that is paid, draft or void on that day', () => {
    fc.assert(
      fc.property(simulation, (sim) => {
        for (const entry of simulate(sim).filter((e) => e.result === 'sent')) {
          const invoice = sim.invoices.find((i) => i.invoiceNo === entry.invoiceNo)!;
          expect(balanceOn(invoice, entry.day)).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('sends at most one reminder per invoice per run, with levels rising over time', () => {
    fc.assert(
      fc.property(simulation, (sim) => {
        const log = simulate(sim);
        const perRun = log.filter((e) => e.result !== 'skipped').map((e) => `${e.day}#${e.invoiceNo}`);
        expect(new Set(perRun).size).toBe(perRun.length);
        const last = new Map<string, number>();
        for (const entry of log.filter((e) => e.result === 'sent')) {
          expect(entry.level).toBeGreaterThan(last.get(entry.invoiceNo) ?? 0);
          last.set(entry.invoiceNo, entry.level);
        }
      }),
    );
  });

  it('sends a level only once its days are reached and the open amount meets its minimum', () => {
    fc.assert(
      fc.property(simulation, (sim) => {
        for (const entry of simulate(sim).filter((e) => e.result === 'sent')) {
          const invoice = sim.invoices.find((i) => i.invoiceNo === entry.invoiceNo)!;
          const level = levelsOn(sim, entry.day).find((l) => l.level === entry.level)!;
          const overdue = dateDaysBetween(dateAddDays(START, invoice.dueOffset), dateAddDays(START, entry.day));
          expect(overdue).toBeGreaterThanOrEqual(level.days);
          expect(balanceOn(invoice, entry.day)).toBeGreaterThanOrEqual(level.minimum.units * 10 ** (2 - level.minimum.scale));
        }
      }),
    );
  });

  it('catches up: once a run happens, an unpaid invoice past the first level has had a reminder', () => {
    fc.assert(
      fc.property(simulation, (sim) => {
        const log = simulate(sim);
        const lastRun = sim.runs.lastIndexOf(true);
        if (lastRun < 0) return;
        const levels = levelsOn(sim, lastRun);
        for (const invoice of sim.invoices) {
          const overdue = lastRun - invoice.dueOffset;
          const balance = balanceOn(invoice, lastRun);
          const reachable = levels.some((l) => l.days <= overdue && balance >= l.minimum.units * 10 ** (2 - l.minimum.scale));
          const failedLast = sim.failures.some(([d, i]) => d === lastRun && sim.invoices[i] === invoice);
          if (balance > 0 && reachable && !failedLast) {
            expect(log.some((e) => e.invoiceNo === invoice.invoiceNo && e.result === 'sent')).toBe(true);
          }
        }
      }),
    );
  });
});
