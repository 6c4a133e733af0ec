// The daily reminders trigger: installed once however often asked, removed cleanly, other triggers untouched.
import { describe, expect, it } from 'vitest';
import { ok } from './mail-fixture';
import { reminderSandbox } from './reminders-fixture';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';

timeZoneOfSpreadsheet();

describe('reminders trigger', () => {
  it('installs one daily trigger at 8:00 for remindersDaily, idempotently, and removes it', () => {
    const fixture = reminderSandbox({ today: '2026-03-10' });
    const { emulator } = fixture;
    emulator.globals.ScriptApp.newTrigger('onLedgerChange').forSpreadsheet(fixture.spreadsheet).onChange().create();
    const first = ok(fixture.bundle.call('remindersTriggerInstall'));
    expect(first).toEqual({ installed: true, hour: 8, notice: 'Daily reminders are on: they run every day around 8:00.' });
    expect(ok(fixture.bundle.call('remindersTriggerInstall')).notice).toBe('Daily reminders were already on (every day around 8:00).');
    const reminders = emulator.triggers.filter((t) => t.handler === 'remindersDaily');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ eventType: 'CLOCK', schedule: { everyDays: 1, atHour: 8 } });
    expect(ok(fixture.bundle.call('remindersPreview')).triggerInstalled).toBe(true);
    expect(ok(fixture.bundle.call('remindersTriggerRemove'))).toEqual({ installed: false, hour: 8, notice: 'Daily reminders are off.' });
    expect(ok(fixture.bundle.call('remindersTriggerRemove')).notice).toBe('Daily reminders were not on.');
    expect(emulator.triggers.map((t) => t.handler)).toEqual(['onLedgerChange']);
  });

  it('leaves one trigger when copies were there', () => {
    const fixture = reminderSandbox({ today: '2026-03-10' });
    const { ScriptApp } = fixture.emulator.globals;
    ScriptApp.newTrigger('remindersDaily').timeBased().everyDays(1).atHour(8).create();
    ScriptApp.newTrigger('remindersDaily').timeBased().everyDays(1).atHour(8).create();
    ok(fixture.bundle.call('remindersTriggerInstall'));
    expect(fixture.emulator.triggers.filter((t) => t.handler === 'remindersDaily')).toHaveLength(1);
  });

  it('is the function the bundle exports, so the trigger finds it', () => {
    const fixture = reminderSandbox({ today: '2026-03-10' });
    expect(() => fixture.bundle.call('remindersDaily')).not.toThrow();
    expect(fixture.emulator.outbox.length).toBeGreaterThan(0);
  });
});
