// Tests of the header-injection guard for subjects, sender names and reply-to addresses.
import { describe, expect, it } from 'vitest';
import { isHeaderSafe, mailHeaderCheck } from '../../../src/core/mail/mail-header';
import { mailProblemMessage } from '../../../src/core/mail/mail-problems';

describe('mailHeaderCheck', () => {
  it.each(['Invoice INV-2026-0001 from 上海明远贸易有限公司', '付款提醒：账单 INV-1（逾期未付 ¥1,000.00）', ''])('accepts %j', (text) => {
    expect(isHeaderSafe(text)).toBe(true);
    expect(mailHeaderCheck('subject', text)).toBeNull();
  });

  it.each(['Invoice\r\nBcc: evil@example.net', 'A\nB', 'A\rB', 'tab\there', 'nul\u0000', 'del\u007f', 'nel\u0085', 'ls\u2028', 'ps\u2029'])(
    'refuses %j',
    (text) => {
      expect(isHeaderSafe(text)).toBe(false);
    },
  );

  it('says which header was refused, in both languages', () => {
    const problem = mailHeaderCheck('name', 'ACME\r\nBcc: x@y.cn')!;
    expect(mailProblemMessage(problem, 'en')).toBe('the sender name contains a line break or control character, which could forge mail headers.');
    expect(mailProblemMessage(problem, 'zh-CN')).toBe('发件人名称中含有换行符或控制字符，可能伪造邮件头。');
    expect(mailProblemMessage(mailHeaderCheck('subject', 'a\nb')!, 'zh-CN')).toBe('主题中含有换行符或控制字符，可能伪造邮件头。');
  });
});
