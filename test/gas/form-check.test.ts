// The forms' pure checks: next customer number, invoice number format, settings and customer fields.
import { describe, expect, it } from 'vitest';
import { customerFormCheck, customerIdNext } from '../../src/gas/form-customer';
import { FormInvalid } from '../../src/gas/form-messages';
import { invoiceFormatIsValid, settingsFormCheck } from '../../src/gas/settings-save';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FormInvalid) return error.problems.map((p) => `${p.field}: ${p.text.en}`);
    throw error;
  }
  return [];
}

describe('customerIdNext', () => {
  it.each([
    [[], 'C001'],
    [['C001', 'C002'], 'C003'],
    [['C009', 'X100', 'C2'], 'C010'],
    [['C0099'], 'C0100'],
    [['C999'], 'C1000'],
  ])('after %j comes %s', (existing, next) => {
    expect(customerIdNext(existing)).toBe(next);
  });
});

describe('invoiceFormatIsValid', () => {
  it.each(['INV-{YYYY}-{0000}', 'AR{YY}{MM}-{000}', '{0}', '发票{YYYY}第{00000}号'])('accepts %s', (format) => {
    expect(invoiceFormatIsValid(format)).toBe(true);
  });
  it.each(['INV-{YYYY}', 'INV-{0000}-{00}', 'INV-{DD}-{0000}', 'INV-{YYYY-{0000}', 'INV-}{0000}', '{0000}{'])('refuses %s', (format) => {
    expect(invoiceFormatIsValid(format)).toBe(false);
  });
});

describe('customerFormCheck', () => {
  it('assigns the next number when the ID is blank and keeps user text as typed', () => {
    const checked = customerFormCheck({ name: ' =1+1 ', currency: 'usd', termsDays: '0' }, ['C001'], 'en');
    expect(checked.id).toBe('C002');
    expect(checked.cells.name).toEqual({ text: '=1+1' });
    expect(checked.cells.currency).toEqual({ text: 'USD' });
    expect(checked.cells.termsDays).toBe(0);
  });

  it('names each bad field', () => {
    expect(problemsOf(() => customerFormCheck({ name: 'A', currency: 'dollars', creditLimit: '-5' }, [], 'en'))).toEqual([
      'currency: “dollars” is not a currency code such as CNY or USD.',
      'creditLimit: Credit Limit cannot be negative.',
    ]);
  });
});

describe('settingsFormCheck', () => {
  it('keeps only the settings given, normalised', () => {
    expect(settingsFormCheck({ currency: 'jpy', agingBuckets: '30，60，90', language: 'zh-CN' }, 'en')).toEqual({
      currency: 'JPY',
      agingBuckets: '30, 60, 90',
      language: 'zh-CN',
    });
  });

  it('refuses bad terms, rates and languages', () => {
    expect(problemsOf(() => settingsFormCheck({ termsDays: '-1', taxRate: 'abc', language: 'fr' }, 'zh-CN'))).toEqual([
      'termsDays: Payment Terms: “-1” is not a whole number of days (0–3650).',
      'taxRate: Tax Rate: “abc” is not a rate such as 13%.',
      'language: Language must be English or 简体中文.',
    ]);
  });
});
