// Tests of the reminder schedule: levels reached, minimum amounts, catching up after missed days, paid invoices.
import { describe, expect, it } from 'vitest';
import { minor } from '../../../src/core/money';
import { reminderLevelsParse, type ReminderLevel } from '../../../src/core/reminders/reminder-levels';
import { reminderSchedule, type ReminderInvoice, type ReminderLogEntry } from '../../../src/core/reminders/reminder-schedule';
import type { IsoDate } from '../../../src/core/types';

const levels: readonly ReminderLevel[] = reminderLevelsParse([
  { level: 1, text: '7', row: 2 },
  { level: 2, text: '14 | 100', row: 3 },
  { level: 3, text: '30 | 1000 | both', row: 4 },
]).levels;

function invoice(partial: Partial<ReminderInvoice> & { invoiceNo: string }): ReminderInvoice {
  return { customerId: 'C001', currency: 'CNY', dueDate: '2026-03-01' as IsoDate, balance: minor(500000), status: 'Overdue', ...partial };
}

function due(invoices: ReminderInvoice[], today: string, log: ReminderLogEntry[] = []) {
  return reminderSchedule(invoices, today as IsoDate, levels, log).map((d) => ({ no: d.invoiceNo, level: d.level.level, skipped: d.skipped, days: d.daysOverdue }));
}

describe('reminderSchedule', () => {
  it('sends nothing before the first level is reached', () => {
    expect(due([invoice({ invoiceNo: 'A' })], '2026-03-07')).toEqual([]);
    expect(due([invoice({ invoiceNo: 'A' })], '2026-03-08')).toEqual([{ no: 'A', level: 1, skipped: [], days: 7 }]);
  });

  it('never sends a level twice, and sends the next level when it is reached', () => {
    const log: ReminderLogEntry[] = [{ invoiceNo: 'A', level: 1, result: 'sent' }];
    expect(due([invoice({ invoiceNo: 'A' })], '2026-03-10', log)).toEqual([]);
    expect(due([invoice({ invoiceNo: 'A' })], '2026-03-15', log)).toEqual([{ no: 'A', level: 2, skipped: [], days: 14 }]);
  });

  it('after missed days sends only the highest level reached and skips the lower ones', () => {
    expect(due([invoice({ invoiceNo: 'A' })], '2026-04-15')).toEqual([{ no: 'A', level: 3, skipped: [1, 2], days: 45 }]);
    const log: ReminderLogEntry[] = [{ invoiceNo: 'A', level: 1, result: 'sent' }];
    expect(due([invoice({ invoiceNo: 'A' })], '2026-04-15', log)).toEqual([{ no: 'A', level: 3, skipped: [2], days: 45 }]);
  });

  it('keeps to the minimum amount of each level', () => {
    // ¥50 open: level 2 (min 100) and 3 (min 1000) are out; level 1 goes.
    expect(due([invoice({ invoiceNo: 'A', balance: minor(5000) })], '2026-04-15')).toEqual([{ no: 'A', level: 1, skipped: [], days: 45 }]);
    // ¥500 open: level 2 is the highest it meets; level 1 is skipped.
    expect(due([invoice({ invoiceNo: 'A', balance: minor(50000) })], '2026-04-15')).toEqual([{ no: 'A', level: 2, skipped: [1], days: 45 }]);
    // Exactly the minimum is enough.
    expect(due([invoice({ invoiceNo: 'A', balance: minor(100000) })], '2026-04-15')[0]?.level).toBe(3);
    expect(due([invoice({ invoiceNo: 'A', balance: minor(99999) })], '2026-04-15')[0]?.level).toBe(2);
  });

  it('compares minimums in the currency of the invoice (JPY has no minor unit)', () => {
    expect(due([invoice({ invoiceNo: 'A', currency: 'JPY', balance: minor(1000) })], '2026-04-15')[0]?.level).toBe(3);
    expect(due([invoice({ invoiceNo: 'A', currency: 'JPY', balance: minor(999) })], '2026-04-15')[0]?.level).toBe(2);
  });

  it('sends nothing for paid, draft, void or later-issued invoices', () => {
    const invoices = [
      invoice({ invoiceNo: 'P', balance: minor(0), status: 'Paid' }),
      invoice({ invoiceNo: 'D', balance: minor(0), status: 'Draft' }),
      invoice({ invoiceNo: 'V', balance: minor(0), status: 'Void' }),
      invoice({ invoiceNo: 'L', issuedAfterAsOf: true }),
      invoice({ invoiceNo: 'O' }),
    ];
    expect(due(invoices, '2026-03-20').map((d) => d.no)).toEqual(['O']);
  });

  it('does not count failed sends: the level is tried again', () => {
    const log: ReminderLogEntry[] = [{ invoiceNo: 'A', level: 1, result: 'failed' }];
    expect(due([invoice({ invoiceNo: 'A' })], '2026-03-10', log)).toEqual([{ no: 'A', level: 1, skipped: [], days: 9 }]);
  });

  it('never goes back to a lower level, even one added to Settings later', () => {
    const log: ReminderLogEntry[] = [{ invoiceNo: 'A', level: 3, result: 'sent' }];
    expect(due([invoice({ invoiceNo: 'A' })], '2026-05-30', log)).toEqual([]);
  });

  it('has nothing to send without levels', () => {
    expect(reminderSchedule([invoice({ invoiceNo: 'A' })], '2026-05-30' as IsoDate, [], [])).toEqual([]);
  });
});
