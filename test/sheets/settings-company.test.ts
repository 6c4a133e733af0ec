// Settings: the company details printed on documents (address, email, phone, tax id, bank) and statement reply days.
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/core/problems';
import { bookRead } from '../../src/sheets/book-read';
import { settingsDefault } from '../../src/sheets/settings-read';

describe('Settings company details', () => {
  it('default to empty text and 7 reply days', () => {
    const s = settingsDefault();
    expect([s.companyAddress, s.companyEmail, s.companyPhone, s.companyTaxId, s.bankDetails, s.statementReplyDays]).toEqual(['', '', '', '', '', 7]);
  });

  it('are read from English or Chinese labels, text kept as written', () => {
    const read = bookRead({
      Settings: [
        ['项目', '值'],
        ['公司地址', '上海市浦东新区世纪大道 100 号'],
        ['Company Email', 'ar@example.com'],
        ['公司电话', '021-5555 0101'],
        ['纳税人识别号', '91310000MA1K000000'],
        ['开户行及账号', '招商银行上海分行\n6225 8800 0000 0000'],
        ['对账回复天数', '10天'],
      ],
    });
    expect(read.problems).toEqual([]);
    const s = read.input.settings;
    expect(s.companyAddress).toBe('上海市浦东新区世纪大道 100 号');
    expect(s.companyEmail).toBe('ar@example.com');
    expect(s.companyPhone).toBe('021-5555 0101');
    expect(s.companyTaxId).toBe('91310000MA1K000000');
    expect(s.bankDetails).toBe('招商银行上海分行\n6225 8800 0000 0000');
    expect(s.statementReplyDays).toBe(10);
  });

  it('reports a bad reply-days value with its row, in both languages, and keeps the default', () => {
    const read = bookRead({ Settings: [['Setting', 'Value'], ['Company Name', 'X'], ['Statement Reply Days', 'a week']] });
    expect(read.input.settings.statementReplyDays).toBe(7);
    expect(read.problems.map((p) => [p.row, p.code, p.value])).toEqual([[3, 'invalid-number', 'a week']]);
    expect(read.problems.map((p) => problemMessage(p, 'en'))).toMatchInlineSnapshot(`
      [
        "Settings row 3: Value "a week" is not a number.",
      ]
    `);
    expect(read.problems.map((p) => problemMessage(p, 'zh-CN'))).toMatchInlineSnapshot(`
      [
        "设置 第 3 行：Value“a week”不是有效数字。",
      ]
    `);
  });

  it('a negative or fractional reply-days value is refused', () => {
    for (const bad of ['-3', '2.5']) {
      const read = bookRead({ Settings: [['Setting', 'Value'], ['Statement Reply Days', bad]] });
      expect(read.input.settings.statementReplyDays).toBe(7);
      expect(read.problems.map((p) => p.code)).toEqual(['invalid-number']);
    }
  });
});
