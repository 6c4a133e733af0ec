// Who a mail goes to for each reminder setting, the customer's mail language, and the resume order of a run.
import { describe, expect, it } from 'vitest';
import { mailProblemMessage } from '../../src/core/mail/mail-problems';
import { contactLanguage, customerContactsRead, type CustomerContact } from '../../src/gas/mail/customer-contacts';
import { mailRecipients } from '../../src/gas/mail/mail-recipients';
import { remindersResumeOrder } from '../../src/gas/reminders/reminders-cursor';
import type { IsoDate } from '../../src/core/types';

const contact: CustomerContact = { customerId: 'C1', name: 'Acme', email: 'a@acme.example; b@acme.example', salespersonEmail: 'li@us.example', language: null };

function addresses(result: ReturnType<typeof mailRecipients>): [string[], string[]] | string {
  if (!result.ok) return result.problem === 'no-salesperson' ? 'no-salesperson' : mailProblemMessage(result.problem, 'en');
  return [result.to.map((a) => a.address), result.cc.map((a) => a.address)];
}

describe('mailRecipients', () => {
  it('sends to the customer, with the salesperson copied when asked', () => {
    expect(addresses(mailRecipients(contact, 'customer', true))).toEqual([['a@acme.example', 'b@acme.example'], ['li@us.example']]);
    expect(addresses(mailRecipients(contact, 'customer', false))).toEqual([['a@acme.example', 'b@acme.example'], []]);
    expect(addresses(mailRecipients(contact, 'both', false))).toEqual([['a@acme.example', 'b@acme.example'], ['li@us.example']]);
    expect(addresses(mailRecipients(contact, 'salesperson', false))).toEqual([['li@us.example'], []]);
  });

  it('copies a salesperson who is also the customer contact only once', () => {
    expect(addresses(mailRecipients({ ...contact, salespersonEmail: 'A@acme.example' }, 'both', true))).toEqual([['a@acme.example', 'b@acme.example'], []]);
  });

  it('goes to the customer alone when there is no salesperson; a salesperson-only level then has nobody', () => {
    const alone = { ...contact, salespersonEmail: '' };
    expect(addresses(mailRecipients(alone, 'both', true))).toEqual([['a@acme.example', 'b@acme.example'], []]);
    expect(addresses(mailRecipients(alone, 'salesperson', true))).toBe('no-salesperson');
  });

  it('refuses a bad address wherever it is', () => {
    expect(addresses(mailRecipients({ ...contact, email: '' }, 'customer', true))).toBe('no e-mail address is given (recipient address).');
    expect(addresses(mailRecipients({ ...contact, salespersonEmail: 'li@' }, 'both', false))).toBe('"li@" is not a valid e-mail address (copy (CC) address).');
  });
});

describe('customer contacts', () => {
  it('reads Email, Salesperson Email and Language by header in either language', () => {
    const contacts = customerContactsRead([
      ['客户编号', '客户名称', '邮箱', '业务员邮箱', '语言'],
      ['C1', '华信', 'cw@huaxin.example', 'li@us.example', '中文'],
      ['C2', 'Acme', 'a@acme.example', '', 'English'],
      ['C3', 'Other', '', '', ''],
      ['C1', 'duplicate', 'x@y.example', '', ''],
    ]);
    expect([...contacts.values()]).toEqual([
      { customerId: 'C1', name: '华信', email: 'cw@huaxin.example', salespersonEmail: 'li@us.example', language: 'zh-CN' },
      { customerId: 'C2', name: 'Acme', email: 'a@acme.example', salespersonEmail: '', language: 'en' },
      { customerId: 'C3', name: 'Other', email: '', salespersonEmail: '', language: null },
    ]);
  });

  it.each([['zh', 'zh-CN'], ['简体中文', 'zh-CN'], ['Chinese', 'zh-CN'], ['en', 'en'], ['英文', 'en'], ['fr', null], ['', null]] as const)(
    'language %j → %j',
    (text, lang) => {
      expect(contactLanguage(text)).toBe(lang);
    },
  );
});

describe('remindersResumeOrder', () => {
  const items = ['A', 'B', 'C', 'D'];
  const cursor = (next: string) => ({ day: '2026-03-10' as IsoDate, next, reason: 'time' as const });
  it('starts at the invoice the last run did not get to', () => {
    expect(remindersResumeOrder(items, cursor('C'), (x) => x)).toEqual(['C', 'D', 'A', 'B']);
  });
  it('keeps the order without a cursor or when its invoice is no longer due', () => {
    expect(remindersResumeOrder(items, null, (x) => x)).toEqual(items);
    expect(remindersResumeOrder(items, cursor('Z'), (x) => x)).toEqual(items);
  });
});
