// Golden texts of every built-in mail (invoice, statement, reminder levels) in both languages; overrides; injection.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mailCompose, type MailComposed } from '../../../src/core/mail/mail-compose';
import { mailProblemMessage } from '../../../src/core/mail/mail-problems';
import { mailTemplate, mailTemplateDefault, mailTemplateKeys, type MailTemplateId } from '../../../src/core/mail/mail-templates';
import { invoiceMailValues, statementMailValues, type MailCompany } from '../../../src/core/mail/mail-values';
import { placeholderNames } from '../../../src/core/documents/placeholders';
import { minor } from '../../../src/core/money';
import type { IsoDate, Lang } from '../../../src/core/types';

const company: MailCompany = {
  companyName: '上海明远贸易有限公司',
  companyEmail: 'ar@mingyuan.example.cn',
  companyPhone: '+86 21 5555 0100',
  bankDetails: '招商银行上海分行 6214 8888 0000 1234',
};

const invoiceFacts = {
  invoiceNo: 'INV-2026-0007',
  customerId: 'C001',
  customerName: 'Acme Trading Ltd',
  issueDate: '2026-02-01' as IsoDate,
  dueDate: '2026-03-03' as IsoDate,
  currency: 'CNY',
  total: minor(1234550),
  balance: minor(234550),
  daysOverdue: 28,
};

const statementFacts = {
  statementNo: 'ST-2026-0003',
  customerId: 'C001',
  customerName: 'Acme Trading Ltd',
  from: '2026-01-01' as IsoDate,
  to: '2026-03-31' as IsoDate,
  currency: 'CNY',
  closingBalance: '¥2,345.50',
  replyDays: 7,
};

const ids: MailTemplateId[] = ['invoice', 'statement', 'reminder1', 'reminder2', 'reminder3'];
const langs: Lang[] = ['en', 'zh-CN'];

function valuesOf(id: MailTemplateId, lang: Lang): Record<string, string> {
  return id === 'statement' ? statementMailValues(statementFacts, company, lang) : invoiceMailValues(invoiceFacts, company, lang);
}

function composedText(composed: MailComposed): string {
  if (!composed.ok) throw new Error(mailProblemMessage(composed.problem, 'en'));
  return `Subject: ${composed.subject}\n\n${composed.body}\n`;
}

/** Golden file per message; UPDATE_GOLDEN=1 rewrites them (then read the diff before committing). */
function golden(name: string, text: string): void {
  const file = new URL(`./golden/${name}.txt`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  expect(existsSync(file), `golden file ${name}.txt`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('built-in mails (golden)', () => {
  for (const id of ids) {
    for (const lang of langs) {
      it(`${id} in ${lang}`, () => {
        golden(`${id}.${lang}`, composedText(mailCompose(id, lang, valuesOf(id, lang))));
      });
    }
  }

  it('fills every placeholder the built-in templates use', () => {
    for (const id of ids) {
      for (const lang of langs) {
        const template = mailTemplateDefault(id, lang);
        const values = valuesOf(id, lang);
        const names = placeholderNames(`${template.subject}\n${template.body}`);
        expect(names.filter((name) => !(name in values)), `${id} ${lang}`).toEqual([]);
      }
    }
  });

  it('uses the third reminder text for levels beyond three', () => {
    expect(mailTemplateDefault('reminder5', 'en')).toEqual(mailTemplateDefault('reminder3', 'en'));
  });

  it('folds the blank lines left by an empty placeholder', () => {
    const composed = mailCompose('invoice', 'en', invoiceMailValues(invoiceFacts, { ...company, bankDetails: '' }, 'en'));
    expect(composed.ok && composed.body).toBe(
      'Dear Acme Trading Ltd,\n\nPlease find attached invoice INV-2026-0007 of 2026-02-01 for ¥12,345.50, due on 2026-03-03.\n\nKind regards,\n上海明远贸易有限公司',
    );
  });
});

describe('overrides from Settings', () => {
  it('replace the subject or body they give, in every language', () => {
    const overrides = { reminder2Subject: 'Overdue {{ invoice_no }} / 逾期 {{invoice_no}}', reminder2Body: '  ' };
    for (const lang of langs) {
      const composed = mailCompose('reminder2', lang, valuesOf('reminder2', lang), overrides);
      expect(composed.ok && composed.subject).toBe('Overdue INV-2026-0007 / 逾期 INV-2026-0007');
      expect(composed.ok && composed.body).toBe(
        mailCompose('reminder2', lang, valuesOf('reminder2', lang)).ok && (mailCompose('reminder2', lang, valuesOf('reminder2', lang)) as { body: string }).body,
      );
    }
  });

  it('are named by setting keys', () => {
    expect(mailTemplateKeys('invoice')).toEqual({ subject: 'invoiceMailSubject', body: 'invoiceMailBody' });
    expect(mailTemplateKeys('statement')).toEqual({ subject: 'statementMailSubject', body: 'statementMailBody' });
    expect(mailTemplateKeys('reminder3')).toEqual({ subject: 'reminder3Subject', body: 'reminder3Body' });
    expect(mailTemplate('invoice', 'en', { invoiceMailBody: 'Hi {{customer_name}}' }).body).toBe('Hi {{customer_name}}');
  });

  it('leave unknown placeholders as written', () => {
    const composed = mailCompose('invoice', 'en', valuesOf('invoice', 'en'), { invoiceMailSubject: '{{invoice_no}} {{nope}}' });
    expect(composed.ok && composed.subject).toBe('INV-2026-0007 {{nope}}');
  });
});

describe('header injection', () => {
  it('refuses a subject that a customer name with a line break would break', () => {
    const values = invoiceMailValues({ ...invoiceFacts, customerName: 'Acme\r\nBcc: evil@example.net' }, company, 'en');
    const composed = mailCompose('reminder1', 'en', values, { reminder1Subject: 'Reminder for {{customer_name}}' });
    expect(composed.ok).toBe(false);
    if (!composed.ok) {
      expect(mailProblemMessage(composed.problem, 'en')).toBe('the subject contains a line break or control character, which could forge mail headers.');
    }
  });

  it('lets line breaks through in the body, where they belong', () => {
    const values = invoiceMailValues({ ...invoiceFacts, customerName: 'Acme\nTrading' }, company, 'en');
    expect(mailCompose('invoice', 'en', values).ok).toBe(true);
  });
});
