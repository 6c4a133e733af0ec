// Tests of reading reminder levels from the "Reminder n" settings, with row-numbered bilingual problems.
import { describe, expect, it } from 'vitest';
import { reminderLevelsParse, reminderProblemMessage, type ReminderSetting } from '../../../src/core/reminders/reminder-levels';

function settings(...values: string[]): ReminderSetting[] {
  return values.map((text, index) => ({ level: index + 1, text, row: index + 10 }));
}

describe('reminderLevelsParse', () => {
  it('reads days | minimum | recipients in English or Chinese', () => {
    const read = reminderLevelsParse(settings('7 | 0 | customer', '14 | 500 | 业务员', '30｜¥1,000.50｜两者'));
    expect(read.problems).toEqual([]);
    expect(read.levels).toEqual([
      { level: 1, days: 7, minimum: { units: 0, scale: 0 }, recipients: 'customer' },
      { level: 2, days: 14, minimum: { units: 500, scale: 0 }, recipients: 'salesperson' },
      { level: 3, days: 30, minimum: { units: 10005, scale: 1 }, recipients: 'both' },
    ]);
  });

  it('defaults the minimum to 0 and the recipients to the customer; blank values are off', () => {
    const read = reminderLevelsParse(settings('7', '', '30 天 | | '));
    expect(read.problems).toEqual([]);
    expect(read.levels.map((l) => [l.level, l.days, l.minimum.units, l.recipients])).toEqual([
      [1, 7, 0, 'customer'],
      [3, 30, 0, 'customer'],
    ]);
  });

  it('accepts spaces between the parts when no bar is typed', () => {
    expect(reminderLevelsParse(settings('10 200 both')).levels).toEqual([
      { level: 1, days: 10, minimum: { units: 200, scale: 0 }, recipients: 'both' },
    ]);
  });

  it('reads the settings in level order, whatever their row order', () => {
    const read = reminderLevelsParse([
      { level: 2, text: '14', row: 5 },
      { level: 1, text: '7', row: 9 },
    ]);
    expect(read.levels.map((l) => l.level)).toEqual([1, 2]);
  });

  it.each([
    ['seven', 'en', 'Settings row 10: Reminder 1 "seven": the days overdue "seven" must be a whole number from 1 to 3650, as in "7 | 0 | customer".'],
    ['0 | 0', 'zh-CN', '设置 第 10 行：催款1“0 | 0”：逾期天数“0”必须是 1 到 3650 的整数，例如“7 | 0 | 客户”。'],
    ['7 | -5', 'en', 'Settings row 10: Reminder 1 "7 | -5": the minimum amount "-5" is not an amount of 0 or more, as in "14 | 500 | both".'],
    ['7 | 1.2.3 | customer', 'zh-CN', '设置 第 10 行：催款1“7 | 1.2.3 | customer”：最低金额“1.2.3”不是大于等于 0 的金额，例如“14 | 500 | 两者”。'],
    ['7 | 0 | boss', 'en', 'Settings row 10: Reminder 1 "7 | 0 | boss": send to "boss" must be customer, salesperson or both.'],
    ['7 | 0 | 老板', 'zh-CN', '设置 第 10 行：催款1“7 | 0 | 老板”：发送对象“老板”必须是 客户、业务员 或 两者。'],
    ['7 | 0 | customer | x', 'en', 'Settings row 10: Reminder 1 "7 | 0 | customer | x": write days | minimum amount | send to, as in "7 | 0 | customer" (at most three parts).'],
  ] as const)('%j → %s', (text, lang, message) => {
    const read = reminderLevelsParse(settings(text));
    expect(read.levels).toEqual([]);
    expect(read.problems.map((p) => reminderProblemMessage(p, lang))).toEqual([message]);
  });

  it('drops a level that does not wait longer than the one before, and says so', () => {
    const read = reminderLevelsParse(settings('14', '7', '30'));
    expect(read.levels.map((l) => [l.level, l.days])).toEqual([
      [1, 14],
      [3, 30],
    ]);
    expect(reminderProblemMessage(read.problems[0]!, 'en')).toBe(
      'Settings row 11: Reminder 2 "7": its 7 days must be more than the 14 days of Reminder 1; this level is not used.',
    );
    expect(reminderProblemMessage(read.problems[0]!, 'zh-CN')).toBe('设置 第 11 行：催款2“7”：其 7 天必须大于催款1的 14 天；本级不使用。');
  });

  it('names only the tab for a setting not read from a row', () => {
    const read = reminderLevelsParse([{ level: 1, text: 'x', row: 0 }]);
    expect(reminderProblemMessage(read.problems[0]!, 'en')).toMatch(/^Settings: Reminder 1 "x": /);
  });
});
