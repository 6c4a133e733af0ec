// The settings form is filled from the Settings tab: every field as the user would type it, the language as its code.
import { describe, expect, it } from 'vitest';
import { ok } from './mail-fixture';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';

timeZoneOfSpreadsheet();

describe('settingsFormValues', () => {
  it.each(['en', 'zh-CN'] as const)('gives the sample book’s settings as form fields (%s)', (lang) => {
    const fixture = sandboxWithSampleBook(lang);
    expect(ok(fixture.bundle.call('settingsFormValues'))).toEqual({
      companyName: '杭州云帆办公用品有限公司 Hangzhou Yunfan Office Supplies Co., Ltd.',
      currency: 'CNY',
      termsDays: '30',
      taxRate: '13%',
      language: lang,
      agingBuckets: '30, 60, 90',
      invoiceNumberFormat: 'INV-{YYYY}-{0000}',
      companyAddress: lang === 'en' ? '88 Wensan Road, Xihu District, Hangzhou' : '杭州市西湖区文三路88号',
      companyEmail: 'ar@yunfan-office.example',
      companyPhone: '0571-8888 6666',
      companyTaxId: '91330106MA2B3C4D5E',
      bankDetails: lang === 'en' ? 'Bank of Hangzhou Wensan Branch, A/C 3301 0400 1234 5678' : '杭州银行文三支行 账号 3301 0400 1234 5678',
      statementReplyDays: '7',
      reminder1: lang === 'en' ? '7 | 0 | customer' : '7 | 0 | 客户',
      reminder2: lang === 'en' ? '30 | 500 | both' : '30 | 500 | 两者',
      reminder3: lang === 'en' ? '60 | 1000 | both' : '60 | 1000 | 两者',
    });
  });
});
