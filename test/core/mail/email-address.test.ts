// Tests of address lists as users type them: separators, display names, invalid addresses, header injection.
import { describe, expect, it } from 'vitest';
import { emailAddressesJoin, emailAddressesParse, isEmailAddress } from '../../../src/core/mail/email-address';
import { mailProblemMessage } from '../../../src/core/mail/mail-problems';

function addresses(text: string): string[] {
  const result = emailAddressesParse(text);
  if (!result.ok) throw new Error(mailProblemMessage(result.problem, 'en'));
  return result.addresses.map((a) => a.address);
}

function problemOf(text: string, lang: 'en' | 'zh-CN' = 'en'): string {
  const result = emailAddressesParse(text);
  if (result.ok) throw new Error(`accepted: ${text}`);
  return mailProblemMessage(result.problem, lang);
}

describe('emailAddressesParse', () => {
  it.each([
    ['li@example.com', ['li@example.com']],
    ['li@example.com, wang@example.cn', ['li@example.com', 'wang@example.cn']],
    ['li@example.com;wang@example.cn', ['li@example.com', 'wang@example.cn']],
    ['li@example.com、wang@example.cn', ['li@example.com', 'wang@example.cn']],
    ['li@example.com，wang@example.cn；zhao@example.org', ['li@example.com', 'wang@example.cn', 'zhao@example.org']],
    ['li@example.com wang@example.cn', ['li@example.com', 'wang@example.cn']],
    ['li@example.com\nwang@example.cn', ['li@example.com', 'wang@example.cn']],
    ['  li@example.com ,, ; ', ['li@example.com']],
    ['ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ', ['li@example.com']],
    ['Li Wei <li@example.com>, "Wang, Fang" <wang@example.cn>', ['li@example.com', 'wang@example.cn']],
    ['李伟 <li@example.com>', ['li@example.com']],
    ['li@example.com, LI@EXAMPLE.COM', ['li@example.com']],
    ['first.last+tag@sub.example.co.uk', ['first.last+tag@sub.example.co.uk']],
  ])('%j → %j', (text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });

  it('keeps display names for display and joins bare addresses for MailApp', () => {
    const result = emailAddressesParse('李伟 <li@example.com>, wang@example.cn');
    expect(result).toEqual({
      ok: true,
      addresses: [
        { address: 'li@example.com', name: '李伟' },
        { address: 'wang@example.cn', name: '' },
      ],
    });
    if (result.ok) expect(emailAddressesJoin(result.addresses)).toBe('li@example.com,wang@example.cn');
  });

  it.each([
    ['li@example', 'en', '"li@example" is not a valid e-mail address (recipient address).'],
    ['li@example.com, wang at example.cn', 'en', '"wang" is not a valid e-mail address (recipient address).'],
    ['li..wei@example.com', 'en', '"li..wei@example.com" is not a valid e-mail address (recipient address).'],
    ['@example.com', 'zh-CN', '“@example.com”不是有效的邮箱地址（收件人地址）。'],
    ['Li <li@example>', 'en', '"Li <li@example>" is not a valid e-mail address (recipient address).'],
    ['', 'en', 'no e-mail address is given (recipient address).'],
    [' , ; ', 'zh-CN', '没有填写邮箱地址（收件人地址）。'],
  ] as const)('refuses %j: %s', (text, lang, message) => {
    expect(problemOf(text, lang)).toBe(message);
  });

  it('refuses an injected header line: the "Bcc:" token is not an address', () => {
    expect(problemOf('li@example.com\r\nBcc: evil@example.net')).toBe('"Bcc:" is not a valid e-mail address (recipient address).');
  });

  it.each(['li@example.com\u0000', 'li@example.com\u000bx@y.cn', 'Li\u2028Bcc <li@example.com>', 'li@example.com\u0085'])(
    'refuses control characters other than line breaks as header injection: %j',
    (text) => {
      expect(problemOf(text)).toBe('the recipient address contains a line break or control character, which could forge mail headers.');
    },
  );

  it('names the field in the problem', () => {
    const result = emailAddressesParse('nope', 'cc');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(mailProblemMessage(result.problem, 'zh-CN')).toBe('“nope”不是有效的邮箱地址（抄送地址）。');
  });
});

describe('isEmailAddress', () => {
  it('limits the length of the address and of its local part', () => {
    expect(isEmailAddress(`${'a'.repeat(64)}@example.com`)).toBe(true);
    expect(isEmailAddress(`${'a'.repeat(65)}@example.com`)).toBe(false);
    const label = 'b'.repeat(60);
    expect(isEmailAddress(`a@${label}.${label}.${label}.com`)).toBe(true);
    expect(isEmailAddress(`a@${label}.${label}.${label}.${label}.${label}.com`)).toBe(false);
  });
});
