// The daily reminder run in the bundle across simulated days: levels reached, missed days caught up with the
// highest level only, payments stopping reminders, level settings changed, no reminder ever sent twice.
import { describe, expect, it } from 'vitest';
import { ok } from './mail-fixture';
import { dailyRun, paymentAdd, reminderLog, reminderSandbox, settingSet } from './reminders-fixture';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';

timeZoneOfSpreadsheet();

function sentKeys(fixture: ReturnType<typeof reminderSandbox>): string[] {
  return reminderLog(fixture).filter((r) => r[3] === 'Sent').map((r) => `${r[0]}#${r[1]}`);
}

describe('remindersDaily across days', () => {
  it('sends each level once, catches up after missed days with the highest level, logs skips and failures', () => {
    const fixture = reminderSandbox({ today: '2026-02-06' });
    dailyRun(fixture, '2026-02-06');
    expect(fixture.emulator.outbox).toEqual([]);
    dailyRun(fixture, '2026-02-07');
    expect(fixture.emulator.outbox.map((m) => [m.to, m.cc, m.subject])).toEqual([['pay@acme.example', '', 'Payment reminder: invoice INV-1']]);
    expect(fixture.emulator.outbox[0]!.replyTo).toBe('ar@yunfan.example.cn');
    expect(fixture.emulator.outbox[0]!.body).toContain('still has ¥1,000.00 open (7 days overdue)');
    dailyRun(fixture, '2026-02-08');
    expect(fixture.emulator.outbox).toHaveLength(1);
    // Missed runs until 10 March: INV-1 is 38 days overdue (level 3: min ¥1,000 met), INV-2 34 days (level 3 in
    // Chinese, CC the salesperson), INV-3 29 days (level 2, but C3 has no address).
    dailyRun(fixture, '2026-03-10');
    expect(fixture.emulator.outbox.slice(1).map((m) => [m.to, m.cc, m.subject])).toEqual([
      ['pay@acme.example', '', 'Final reminder: invoice INV-1 (¥1,000.00 overdue)'],
      ['cw@huaxin.example.cn', 'li.sales@yunfan.example.cn', '最后催款通知：账单 INV-2（逾期未付 ¥5,000.00）'],
    ]);
    expect(reminderLog(fixture)).toEqual([
      ['INV-1', 1, 'pay@acme.example', 'Sent'],
      ['INV-1', 3, 'pay@acme.example', 'Sent'],
      ['INV-1', 2, '', 'Skipped (level 3 sent instead)'],
      ['INV-2', 3, 'cw@huaxin.example.cn; cc li.sales@yunfan.example.cn', 'Sent'],
      ['INV-2', 1, '', 'Skipped (level 3 sent instead)'],
      ['INV-2', 2, '', 'Skipped (level 3 sent instead)'],
      ['INV-3', 2, '', 'Not sent: INV-3: no e-mail address is given (recipient address).'],
    ]);
    // The next runs fail again for the same reason: tried, but not logged again.
    dailyRun(fixture, '2026-03-10');
    expect(reminderLog(fixture)).toHaveLength(7);
    // The address is added: INV-3 gets its level 2 on the next run, and nobody gets anything twice.
    fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Customers')!.getRange('C4').setValue('ap@nomail.example'));
    dailyRun(fixture, '2026-03-11');
    expect(fixture.emulator.outbox.slice(3).map((m) => [m.to, m.subject])).toEqual([['ap@nomail.example', 'Second reminder: invoice INV-3 is 30 days overdue']]);
    dailyRun(fixture, '2026-06-30');
    expect(fixture.emulator.outbox).toHaveLength(4);
    const sent = sentKeys(fixture);
    expect(new Set(sent).size).toBe(sent.length);
    // Draft and Void invoices never got anything.
    expect(reminderLog(fixture).some((r) => r[0] === 'INV-4' || r[0] === 'INV-5')).toBe(false);
    const audit = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Audit Log')!.getDataRange().getValues());
    expect(audit.filter((r) => r[2] === 'reminder.send').map((r) => r[3])).toEqual(['INV-1', 'INV-1', 'INV-2', 'INV-3']);
    expect(audit.filter((r) => r[2] === 'reminder.skip').map((r) => r[3])).toEqual(['INV-1', 'INV-2', 'INV-2', 'INV-3']);
  });

  it('stops when the invoice is paid, and does not go back to a level after the settings change', () => {
    const fixture = reminderSandbox({ today: '2026-02-07' });
    fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Customers')!.getRange('C4').setValue('ap@nomail.example'));
    dailyRun(fixture, '2026-02-07');
    expect(sentKeys(fixture)).toEqual(['INV-1#1']);
    paymentAdd(fixture, '2026-02-10', 'C1', 1000, 'INV-1');
    paymentAdd(fixture, '2026-02-10', 'C2', 4950, 'INV-2');
    for (const day of ['2026-02-11', '2026-02-20', '2026-03-15', '2026-04-30']) dailyRun(fixture, day);
    // INV-1 is paid: nothing more. INV-2 has ¥50 open: level 1 only (levels 2 and 3 need ¥100 and ¥1,000).
    expect(sentKeys(fixture)).toEqual(['INV-1#1', 'INV-2#1', 'INV-3#1', 'INV-3#2']);
    // Level 2 becomes "10 days, no minimum": INV-3 has had level 2 already, INV-2 gets it now, once.
    settingSet(fixture, 'Reminder 2', '10 | 0 | customer');
    dailyRun(fixture, '2026-05-01');
    dailyRun(fixture, '2026-05-02');
    expect(sentKeys(fixture)).toEqual(['INV-1#1', 'INV-2#1', 'INV-3#1', 'INV-3#2', 'INV-2#2']);
    expect(fixture.emulator.outbox.at(-1)!.cc).toBe('');
  });

  it('previews what the next run would send without writing or sending anything', () => {
    const fixture = reminderSandbox({ today: '2026-03-10' });
    const preview = ok(fixture.bundle.call('remindersPreview'));
    expect(preview.items.map((i: { invoiceNo: string; level: number; skipped: number[]; to: string; problem: string }) => [i.invoiceNo, i.level, i.skipped, i.to, i.problem])).toEqual([
      ['INV-1', 3, [1, 2], 'pay@acme.example', ''],
      ['INV-2', 3, [1, 2], 'cw@huaxin.example.cn; cc li.sales@yunfan.example.cn', ''],
      ['INV-3', 2, [1], '', 'INV-3: no e-mail address is given (recipient address).'],
    ]);
    expect(preview.levels).toEqual([
      { level: 1, days: 7, minimum: '0', recipients: 'customer' },
      { level: 2, days: 14, minimum: '100', recipients: 'both' },
      { level: 3, days: 30, minimum: '1000', recipients: 'both' },
    ]);
    expect(preview.triggerInstalled).toBe(false);
    expect(fixture.emulator.outbox).toEqual([]);
    expect(fixture.spreadsheet.getSheetByName('Reminder Log')).toBeNull();
  });

  it('reports bad Reminder settings row by row and uses the good levels', () => {
    const fixture = reminderSandbox({ today: '2026-03-10', levels: [['Reminder 1', '7 | 0 | boss'], ['Reminder 2', '14']] });
    const preview = ok(fixture.bundle.call('remindersPreview'));
    expect(preview.problems).toEqual(['Settings row 5: Reminder 1 "7 | 0 | boss": send to "boss" must be customer, salesperson or both.']);
    expect(preview.items.map((i: { level: number }) => i.level)).toEqual([2, 2, 2]);
  });
});
