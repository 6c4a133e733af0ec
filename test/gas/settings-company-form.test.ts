// The Settings form's company details and statement reply days: kept as text, checked, refused with messages.
import { describe, expect, it } from 'vitest';
import { FormInvalid } from '../../src/gas/form-messages';
import { settingsFormCheck } from '../../src/gas/settings-save';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FormInvalid) return error.problems.map((p) => `${p.field}: ${p.text.en} | ${p.text['zh-CN']}`);
    throw error;
  }
  return [];
}

describe('settingsFormCheck company details', () => {
  it('keeps the details as trimmed text; bank details keep their line breaks', () => {
    expect(
      settingsFormCheck({
        companyAddress: ' 1 Main St ', companyEmail: 'ar@example.com', companyPhone: '+86 21 5555', companyTaxId: '9131',
        bankDetails: 'Bank of Shanghai\r\nAcct 6225\u0007 ', statementReplyDays: '10',
      }, 'en'),
    ).toEqual({
      companyAddress: '1 Main St', companyEmail: 'ar@example.com', companyPhone: '+86 21 5555', companyTaxId: '9131',
      bankDetails: 'Bank of Shanghai\nAcct 6225', statementReplyDays: 10,
    });
  });

  it('an empty email clears it', () => {
    expect(settingsFormCheck({ companyEmail: '' }, 'en')).toEqual({ companyEmail: '' });
  });

  it('refuses a bad email and bad reply days in both languages', () => {
    expect(problemsOf(() => settingsFormCheck({ companyEmail: 'ar at example', statementReplyDays: 'a week' }, 'en'))).toEqual([
      'companyEmail: “ar at example” is not an email address. | “ar at example”不是有效的邮箱地址。',
      'statementReplyDays: Statement Reply Days: “a week” is not a whole number of days (0–3650). | 对账回复天数：“a week”不是 0–3650 之间的整天数。',
    ]);
  });
});
