// The settings form's Reminder 1–3 fields: checked together (days rising), bilingual problems, blank turns a level off.
import { describe, expect, it } from 'vitest';
import { settingsFormCheck } from '../../src/gas/settings-save';
import { FormInvalid } from '../../src/gas/form-messages';

function problems(form: Record<string, string>, lang: 'en' | 'zh-CN'): string {
  try {
    settingsFormCheck(form, lang);
  } catch (error) {
    if (error instanceof FormInvalid) return error.messageIn(lang);
    throw error;
  }
  throw new Error('accepted');
}

describe('settings form reminders', () => {
  it('keeps the values as typed, blank included', () => {
    expect(settingsFormCheck({ reminder1: '7 | 0 | customer', reminder2: '14 | 500 | 两者', reminder3: '' }, 'en')).toEqual({
      reminder1: '7 | 0 | customer',
      reminder2: '14 | 500 | 两者',
      reminder3: '',
    });
  });

  it('refuses a bad value and a level that does not wait longer, in both languages', () => {
    const form = { reminder1: '14', reminder2: '7', reminder3: '30 | x' };
    expect(problems(form, 'en')).toBe(
      'Please check: Settings: Reminder 2 "7": its 7 days must be more than the 14 days of Reminder 1; this level is not used. ' +
        'Settings: Reminder 3 "30 | x": the minimum amount "x" is not an amount of 0 or more, as in "14 | 500 | both".',
    );
    expect(problems({ reminder1: '7 | 0 | 老板' }, 'zh-CN')).toBe('请检查：设置：催款1“7 | 0 | 老板”：发送对象“老板”必须是 客户、业务员 或 两者。');
  });
});
