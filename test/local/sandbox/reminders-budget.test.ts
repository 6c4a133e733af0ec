// A long reminder run stops within its time budget (and at the end of the quota), remembers where, and the
// next run goes on from there: every reminder goes exactly once.
import { describe, expect, it } from 'vitest';
import { ok } from './mail-fixture';
import { dailyRun, reminderLog, reminderSandbox, type SmallInvoice } from './reminders-fixture';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';

timeZoneOfSpreadsheet();

/** Twelve invoices of C1, all 10 days overdue on 2026-03-10 (one reminder each, level 1). */
const MANY: SmallInvoice[] = Array.from({ length: 12 }, (_, i) => ({
  no: `INV-${String(i + 1).padStart(2, '0')}`,
  customer: 'C1',
  issue: '2026-01-29',
  due: '2026-02-28',
  amount: 100 + i,
}));

function sentNos(fixture: ReturnType<typeof reminderSandbox>): string[] {
  return reminderLog(fixture).filter((r) => r[3] === 'Sent').map((r) => r[0]);
}

describe('reminder runs within budget', () => {
  it('stops before the time limit, and the next run goes on where it stopped', () => {
    const fixture = reminderSandbox({ today: '2026-03-10', invoices: MANY });
    // One minute per send: with the 4.5-minute budget the run stops after 4 sends.
    fixture.emulator.mail.sendMs = 60_000;
    const first = ok(fixture.bundle.call('remindersRunNow'));
    expect(first).toMatchObject({ sent: 4, waiting: 8, stopped: 'time' });
    expect(first.notice).toBe(
      'Reminders: 4 sent, 0 lower levels skipped, 0 not sent, 8 left for the next run. The run stopped at 4 of 12 reminders to stay within the time limit; the rest go on the next run.',
    );
    expect(sentNos(fixture)).toEqual(['INV-01', 'INV-02', 'INV-03', 'INV-04']);
    const preview = ok(fixture.bundle.call('remindersPreview'));
    expect(preview.note).toBe('The run of 2026-03-10 stopped early (time limit); it goes on from invoice INV-05.');
    expect(preview.items.map((i: { invoiceNo: string }) => i.invoiceNo)).toEqual(MANY.slice(4).map((i) => i.no));
    dailyRun(fixture, '2026-03-11');
    dailyRun(fixture, '2026-03-12');
    expect(sentNos(fixture)).toEqual(MANY.map((i) => i.no));
    expect(fixture.emulator.outbox).toHaveLength(12);
    expect(ok(fixture.bundle.call('remindersPreview')).note).toBe('');
    // Nothing is left: later runs send nothing.
    dailyRun(fixture, '2026-03-13');
    expect(fixture.emulator.outbox).toHaveLength(12);
  });

  it('sends as far as the quota goes and leaves the rest, unlogged, for the next run', () => {
    const fixture = reminderSandbox({ today: '2026-03-10', invoices: MANY });
    fixture.emulator.mail.quota = 5;
    const preview = ok(fixture.bundle.call('remindersPreview'));
    expect(preview.items.map((i: { problem: string }) => i.problem)).toEqual([
      ...Array(5).fill(''),
      ...MANY.slice(5).map((i) => `${i.no}: not sent, the daily mail quota is used up (1 recipients needed, 0 left); send it again tomorrow.`),
    ]);
    const first = ok(fixture.bundle.call('remindersRunNow'));
    expect(first).toMatchObject({ sent: 5, waiting: 7, stopped: 'quota' });
    expect(reminderLog(fixture)).toHaveLength(5);
    fixture.emulator.mail.quota = 100;
    dailyRun(fixture, '2026-03-11');
    expect(sentNos(fixture)).toEqual(MANY.map((i) => i.no));
  });

  it('lets one run at a time: a second run while the first holds the lock sends nothing', () => {
    const fixture = reminderSandbox({ today: '2026-03-10', invoices: MANY });
    const other = fixture.emulator.executions.start('B');
    other.run(() => expect(fixture.emulator.globals.LockService.getScriptLock().tryLock(0)).toBe(true));
    const busy = ok(fixture.bundle.call('remindersRunNow'));
    expect(busy).toMatchObject({ sent: 0, stopped: 'busy', notice: 'Another reminder run or ledger write is in progress; this run sent nothing.' });
    expect(fixture.emulator.outbox).toEqual([]);
    other.end();
    expect(ok(fixture.bundle.call('remindersRunNow')).sent).toBe(12);
  });

  it('reads each tab once and writes the logs once, however many reminders go', () => {
    const counts = (invoices: SmallInvoice[]) => {
      const fixture = reminderSandbox({ today: '2026-03-10', invoices });
      fixture.emulator.resetCalls();
      expect(ok(fixture.bundle.call('remindersRunNow')).sent).toBe(invoices.length);
      const calls = fixture.emulator.calls;
      return ['Range.getValues', 'Range.setValues', 'MailApp.getRemainingDailyQuota'].map((name) => calls.get(name) ?? 0);
    };
    const few = counts(MANY.slice(0, 3));
    expect(counts(MANY)).toEqual(few);
    expect(few[2]).toBe(1);
  });
});
