// Settings: Reminder n levels and mail wording overrides are kept as typed, with their rows, for core to read.
import { describe, expect, it } from 'vitest';
import { reminderLevelsParse } from '../../src/core/reminders/reminder-levels';
import { bookRead } from '../../src/sheets/book-read';
import { settingsDefault } from '../../src/sheets/settings-read';

describe('Settings reminders and mail templates', () => {
  it('are absent by default: no reminders, built-in wording', () => {
    const s = settingsDefault();
    expect(s.reminders ?? []).toEqual([]);
    expect(s.mailTemplates ?? {}).toEqual({});
  });

  it('are read from English or Chinese labels with their sheet rows; the first row of a key wins', () => {
    const read = bookRead({
      Settings: [
        ['Setting', 'Value'],
        ['Currency', 'CNY'],
        ['Reminder 1', '7 | 0 | customer'],
        ['催款2', '14 | 500 | 两者'],
        ['reminder 3', ''],
        ['催款1', '99'],
        ['Invoice Mail Subject', 'Invoice {{invoice_no}}'],
        ['催款2正文', '{{customer_name}}：\n请付款。'],
        ['Invoice Mail Subject', 'second'],
      ],
    });
    expect(read.problems).toEqual([]);
    const s = read.input.settings;
    expect(s.reminders).toEqual([
      { level: 1, text: '7 | 0 | customer', row: 3 },
      { level: 2, text: '14 | 500 | 两者', row: 4 },
    ]);
    expect(s.mailTemplates).toEqual({ invoiceMailSubject: 'Invoice {{invoice_no}}', reminder2Body: '{{customer_name}}：\n请付款。' });
    expect(reminderLevelsParse(s.reminders ?? []).levels.map((l) => [l.level, l.days, l.recipients])).toEqual([
      [1, 7, 'customer'],
      [2, 14, 'both'],
    ]);
  });
});
