// The mail and reminder texts: both languages for every code with the same placeholders; log results read back.
import { describe, expect, it } from 'vitest';
import { MAIL_PROBLEM_MESSAGES } from '../../src/core/mail/mail-problems';
import { REMINDER_PROBLEM_MESSAGES } from '../../src/core/reminders/reminder-levels';
import { mailText, mailTexts } from '../../src/gas/mail/mail-texts';
import { reminderResultRead } from '../../src/gas/reminders/reminder-log';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('mail catalogues', () => {
  for (const [name, catalogue] of Object.entries({ mailTexts, MAIL_PROBLEM_MESSAGES, REMINDER_PROBLEM_MESSAGES })) {
    it(`${name}: every message in both languages with the same placeholders`, () => {
      for (const [code, text] of Object.entries(catalogue)) {
        expect(text.en.trim(), code).not.toBe('');
        expect(text['zh-CN'].trim(), code).not.toBe('');
        expect(placeholders(text['zh-CN']), code).toEqual(placeholders(text.en));
      }
    });
  }
});

describe('reminder log results', () => {
  it('read back in either language: sent, skipped, anything else failed', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      expect(reminderResultRead(mailText('log.sent', lang))).toBe('sent');
      expect(reminderResultRead(mailText('log.skipped', lang, { level: 3 }))).toBe('skipped');
      expect(reminderResultRead(mailText('log.failed', lang, { reason: 'no address' }))).toBe('failed');
    }
    expect(reminderResultRead(' sent ')).toBe('sent');
    expect(reminderResultRead('')).toBe('failed');
  });
});
