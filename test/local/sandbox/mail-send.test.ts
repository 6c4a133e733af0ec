// Sending invoices and statements from the bundle: the PDF attached, to/cc/reply-to/name right, Sent At and the
// Audit Log written once per send, resend asked first, quota and bad addresses or headers reported exactly.
import { describe, expect, it } from 'vitest';
import { COMPANY_EMAIL, COMPANY_NAME, CUSTOMERS, INVOICES, cellGet, cellSet, mailSandbox, ok, settingsAdd, tabRows } from './mail-fixture';
import { reminderSandbox } from './reminders-fixture';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';

timeZoneOfSpreadsheet();

const AUDIT = /^(Audit Log|操作日志)$/;

function auditOf(fixture: ReturnType<typeof mailSandbox>, action: string): unknown[][] {
  return tabRows(fixture, AUDIT).filter((row) => row[2] === action);
}

describe('invoiceSend', () => {
  it('mails the invoice PDF to the customer, CC the salesperson, reply-to the company, and records Sent At and the Audit Log', () => {
    const fixture = mailSandbox();
    const result = ok(fixture.bundle.call('invoiceSend', ['INV-2026-0002']));
    expect(result.notSent).toEqual([]);
    expect(result.confirm).toEqual([]);
    expect(result.sent).toEqual([
      { key: 'INV-2026-0002', to: 'wangli@minghui-trade.cn', cc: 'zhang.sales@yunfan.example.cn', subject: `Invoice INV-2026-0002 from ${COMPANY_NAME}` },
    ]);
    const [mail, ...more] = fixture.emulator.outbox;
    expect(more).toEqual([]);
    expect(mail!.to).toBe('wangli@minghui-trade.cn');
    expect(mail!.cc).toBe('zhang.sales@yunfan.example.cn');
    expect(mail!.replyTo).toBe(COMPANY_EMAIL);
    expect(mail!.name).toBe(COMPANY_NAME);
    expect(mail!.body).toMatch(/^Dear 上海明辉贸易有限公司 Shanghai Minghui Trading Co\.,\n\nPlease find attached invoice INV-2026-0002 of 2026-01-08 for ¥[\d,.]+, due on 2026-02-07\./);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]!.contentType).toBe('application/pdf');
    expect(mail!.attachments[0]!.name).toMatch(/INV-2026-0002.*\.pdf$/);
    expect(mail!.attachments[0]!.bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(cellGet(fixture, INVOICES, 'INV-2026-0002', 'Sent At')).toBeInstanceOf(Date);
    expect(cellGet(fixture, INVOICES, 'INV-2026-0001', 'Sent At')).toBe('');
    const audit = auditOf(fixture, 'mail.invoice');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.slice(3)).toEqual([
      'INV-2026-0002',
      '',
      `to wangli@minghui-trade.cn, cc zhang.sales@yunfan.example.cn: Invoice INV-2026-0002 from ${COMPANY_NAME}`,
    ]);
    expect(result.quotaLeft).toBe(98);
    expect(fixture.emulator.mail.quota).toBe(98);
  });

  it('asks before sending an invoice again, and sends it once confirmed', () => {
    const fixture = mailSandbox();
    ok(fixture.bundle.call('invoiceSend', ['INV-2026-0003']));
    const again = ok(fixture.bundle.call('invoiceSend', ['INV-2026-0003']));
    expect(again.sent).toEqual([]);
    expect(again.confirm).toEqual([
      { invoiceNo: 'INV-2026-0003', sentAt: '2026-11-20 12:00', message: 'Invoice INV-2026-0003 was already sent on 2026-11-20 12:00: confirm to send it again.' },
    ]);
    expect(fixture.emulator.outbox).toHaveLength(1);
    fixture.emulator.clock.advance(3_600_000);
    const confirmed = ok(fixture.bundle.call('invoiceSend', ['INV-2026-0003'], { confirmResend: true }));
    expect(confirmed.sent.map((s: { key: string }) => s.key)).toEqual(['INV-2026-0003']);
    expect(fixture.emulator.outbox).toHaveLength(2);
    const audit = auditOf(fixture, 'mail.invoice');
    expect(audit.map((row) => row[4])).toEqual(['', '2026-11-20 12:00']);
    expect(cellGet(fixture, INVOICES, 'INV-2026-0003', 'Sent At')).toEqual(new Date('2026-11-20T05:00:00Z'));
  });

  it('asks in Chinese for a Chinese user', () => {
    const fixture = mailSandbox('zh-CN');
    const first = ok(fixture.bundle.call('invoiceSend', ['INV-2026-0003']));
    const again = ok(fixture.bundle.call('invoiceSend', ['INV-2026-0003']));
    expect(again.confirm[0].message).toBe('账单 INV-2026-0003 已于 2026-11-20 12:00 发送过：确认后可再次发送。');
    expect(again.notice).toBe('已发送 0 封，未发送 0 封，1 封待确认；今日剩余邮件配额：99。');
    // The Audit Log speaks the user's language; the mail went in the book's (the Chinese sample's Settings).
    expect(auditOf(fixture, 'mail.invoice')[0]![5]).toBe(`发送至 ${first.sent[0].to}：${first.sent[0].subject}`);
    expect(first.sent[0].subject).toBe('杭州云帆办公用品有限公司 Hangzhou Yunfan Office Supplies Co., Ltd. 账单 INV-2026-0003');
  });

  it('sends what fits the quota, reports the rest and records nothing for them', () => {
    const fixture = mailSandbox();
    fixture.emulator.mail.quota = 4;
    // INV-2026-0002 bills C001: To + CC = 2 recipients; the others 1 each.
    const nos = ['INV-2026-0001', 'INV-2026-0002', 'INV-2026-0003', 'INV-2026-0004', 'INV-2026-0005'];
    const result = ok(fixture.bundle.call('invoiceSend', nos));
    expect(result.sent.map((s: { key: string }) => s.key)).toEqual(['INV-2026-0001', 'INV-2026-0002', 'INV-2026-0003']);
    expect(result.notSent).toEqual([
      { key: 'INV-2026-0004', reason: 'quota', message: 'INV-2026-0004: not sent, the daily mail quota is used up (1 recipients needed, 0 left); send it again tomorrow.' },
      { key: 'INV-2026-0005', reason: 'quota', message: 'INV-2026-0005: not sent, the daily mail quota is used up (1 recipients needed, 0 left); send it again tomorrow.' },
    ]);
    expect(result.quotaLeft).toBe(0);
    expect(fixture.emulator.outbox).toHaveLength(3);
    for (const no of nos) expect(cellGet(fixture, INVOICES, no, 'Sent At') instanceof Date, no).toBe(result.sent.some((s: { key: string }) => s.key === no));
    expect(auditOf(fixture, 'mail.invoice').map((row) => row[3])).toEqual(['INV-2026-0001', 'INV-2026-0002', 'INV-2026-0003']);
  });

  it('reads each tab once for a batch of invoices whose documents exist, however many go', () => {
    const reads = (nos: readonly string[]) => {
      const fixture = mailSandbox();
      expect(ok(fixture.bundle.call('invoiceDocumentsCreate', [...nos])).created).toBe(nos.length);
      fixture.emulator.resetCalls();
      const result = ok(fixture.bundle.call('invoiceSend', [...nos]));
      expect(result.sent.map((s: { key: string }) => s.key)).toEqual(nos);
      for (const mail of fixture.emulator.outbox) expect(mail.attachments[0]?.contentType).toBe('application/pdf');
      return fixture.emulator.calls.get('Range.getValues') ?? 0;
    };
    const one = reads(['INV-2026-0001']);
    expect(reads(['INV-2026-0001', 'INV-2026-0003', 'INV-2026-0004', 'INV-2026-0005'])).toBe(one);
  });

  it('stops a long batch within the time budget and reports the rest', () => {
    const fixture = mailSandbox();
    fixture.emulator.mail.sendMs = 60_000;
    const nos = ['INV-2026-0001', 'INV-2026-0003', 'INV-2026-0004', 'INV-2026-0005', 'INV-2026-0006', 'INV-2026-0007'];
    const result = ok(fixture.bundle.call('invoiceSend', nos));
    expect(result.sent.map((s: { key: string }) => s.key)).toEqual(nos.slice(0, 4));
    expect(result.notSent).toEqual(
      nos.slice(4).map((key) => ({ key, reason: 'time', message: `${key}: not sent, this batch stopped to stay within the Apps Script time limit; send it again.` })),
    );
    expect(auditOf(fixture, 'mail.invoice')).toHaveLength(4);
  });

  it('refuses invalid addresses and injected headers, naming the invoice and the address; nothing is recorded', () => {
    const fixture = mailSandbox();
    cellSet(fixture, CUSTOMERS, 'C004', 'Email', 'finance@@c004.example');
    cellSet(fixture, CUSTOMERS, 'C013', 'Email', 'ok@c013.example.cn\r\nBcc: spy@evil.example');
    cellSet(fixture, CUSTOMERS, 'C019', 'Name', 'Nineteen\r\nBcc: spy@evil.example');
    settingsAdd(fixture, [['Invoice Mail Subject', 'Invoice {{invoice_no}} for {{customer_name}}']]);
    cellSet(fixture, CUSTOMERS, 'C001', 'Salesperson Email', 'not-an-address');
    const result = ok(fixture.bundle.call('invoiceSend', ['INV-2026-0001', 'INV-2026-0002', 'INV-2026-0003', 'INV-2026-0004', 'NOPE-1']));
    expect(result.sent).toEqual([]);
    expect(result.notSent).toEqual([
      { key: 'INV-2026-0001', reason: 'address', message: 'INV-2026-0001: "finance@@c004.example" is not a valid e-mail address (recipient address).' },
      { key: 'INV-2026-0002', reason: 'address', message: 'INV-2026-0002: "not-an-address" is not a valid e-mail address (copy (CC) address).' },
      { key: 'INV-2026-0003', reason: 'address', message: 'INV-2026-0003: "Bcc:" is not a valid e-mail address (recipient address).' },
      { key: 'INV-2026-0004', reason: 'injection', message: 'INV-2026-0004: the subject contains a line break or control character, which could forge mail headers.' },
      { key: 'NOPE-1', reason: 'invoice', message: 'Invoice NOPE-1 is not in the Invoices tab.' },
    ]);
    expect(fixture.emulator.outbox).toEqual([]);
    expect(auditOf(fixture, 'mail.invoice')).toEqual([]);
    // Nothing was sent, so the sample's Invoices tab did not even get a Sent At column.
    expect(cellGet(fixture, INVOICES, 'INV-2026-0001', 'Sent At')).toBeUndefined();
  });

  it('refuses a sender name with a line break for every invoice', () => {
    const fixture = mailSandbox();
    settingsAdd(fixture, [['Company Name', 'Yunfan\nBcc: spy@evil.example']]);
    const result = ok(fixture.bundle.call('invoiceSend', ['INV-2026-0001', 'INV-2026-0002']));
    expect(result.notSent.map((n: { reason: string }) => n.reason)).toEqual(['sender', 'sender']);
    expect(result.notice).toBe('Settings: the sender name contains a line break or control character, which could forge mail headers.');
    expect(fixture.emulator.outbox).toEqual([]);
  });
});

describe('invoiceSend on drafts and void invoices', () => {
  it('issues a draft by making its document, then mails it; refuses a void invoice', () => {
    const fixture = reminderSandbox({ today: '2026-01-12' });
    const result = ok(fixture.bundle.call('invoiceSend', ['INV-4', 'INV-5']));
    expect(result.sent.map((s: { key: string; to: string }) => [s.key, s.to])).toEqual([['INV-4', 'pay@acme.example']]);
    expect(result.notSent).toEqual([{ key: 'INV-5', reason: 'invoice', message: 'Invoice INV-5 is void.' }]);
    const [mail] = fixture.emulator.outbox;
    expect(mail!.subject).toBe('Invoice INV-4 from Yunfan Office Supplies');
    expect(mail!.body).toContain('invoice INV-4 of 2026-01-10 for ¥50.00, due on 2026-01-20.');
    expect(mail!.attachments[0]!.bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(cellGet(fixture as never, INVOICES, 'INV-4', 'Status')).toBe('Issued');
    expect(cellGet(fixture as never, INVOICES, 'INV-4', 'Sent At')).toBeInstanceOf(Date);
  });
});

describe('invoiceSend when the document cannot be made', () => {
  it('reports the document problem for that invoice and sends the others', () => {
    const fixture = reminderSandbox({ today: '2026-03-10' });
    // INV-2 loses its only sales line: it has nothing to print.
    fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Sales')!.getRange('A3:E3').clearContent());
    const result = ok(fixture.bundle.call('invoiceSend', ['INV-1', 'INV-2']));
    expect(result.sent.map((s: { key: string }) => s.key)).toEqual(['INV-1']);
    expect(result.notSent).toHaveLength(1);
    expect(result.notSent[0]).toMatchObject({ key: 'INV-2', reason: 'document' });
    expect(result.notSent[0].message).toMatch(/^INV-2: the document could not be made: .*INV-2/);
    expect(fixture.emulator.outbox).toHaveLength(1);
  });
});

describe('statementSend', () => {
  it('mails the statement PDF to the customer with CC and reply-to, and logs it', () => {
    const fixture = mailSandbox();
    const result = ok(fixture.bundle.call('statementSend', { customerId: 'C001', from: '2026-01-01', to: '2026-11-20', layout: 'balance-forward' }));
    expect(result.notSent).toEqual([]);
    expect(result.statementNo).toMatch(/^ST-2026-\d{4}$/);
    const [mail] = fixture.emulator.outbox;
    expect(mail!.to).toBe('wangli@minghui-trade.cn');
    expect(mail!.cc).toBe('zhang.sales@yunfan.example.cn');
    expect(mail!.replyTo).toBe(COMPANY_EMAIL);
    expect(mail!.subject).toBe(`Statement of account ${result.statementNo} from ${COMPANY_NAME}`);
    expect(mail!.body).toContain('for 2026-01-01 to 2026-11-20. The closing balance is ¥');
    expect(mail!.attachments[0]!.contentType).toBe('application/pdf');
    expect(auditOf(fixture, 'mail.statement').map((row) => row[3])).toEqual([result.statementNo]);
    expect(result.notice).toBe(`Statement ${result.statementNo} sent to wangli@minghui-trade.cn (cc zhang.sales@yunfan.example.cn); mail quota left today: 98.`);
  });

  it('asks before mailing the same statement again, and sends a changed one at once', () => {
    const fixture = mailSandbox();
    const request = { customerId: 'C001', from: '2026-01-01', to: '2026-11-20', layout: 'balance-forward' };
    const first = ok(fixture.bundle.call('statementSend', request));
    const again = ok(fixture.bundle.call('statementSend', request));
    expect(again.sent).toEqual([]);
    expect(again.confirm).toEqual([
      {
        statementNo: first.statementNo,
        sentAt: '2026-11-20 12:00',
        message: `Statement ${first.statementNo} was already sent to C001 on 2026-11-20 12:00: confirm to send it again.`,
      },
    ]);
    expect(fixture.emulator.outbox).toHaveLength(1);
    const confirmed = ok(fixture.bundle.call('statementSend', { ...request, confirmResend: true }));
    expect(confirmed.sent).toHaveLength(1);
    expect(confirmed.statementNo).toBe(first.statementNo);
    // Another period is another statement: no question.
    const other = ok(fixture.bundle.call('statementSend', { ...request, from: '2026-06-01' }));
    expect(other.confirm).toEqual([]);
    expect(other.statementNo).not.toBe(first.statementNo);
    expect(fixture.emulator.outbox).toHaveLength(3);
  });

  it('makes no statement when the quota cannot carry it', () => {
    const fixture = mailSandbox();
    fixture.emulator.mail.quota = 1;
    const result = ok(fixture.bundle.call('statementSend', { customerId: 'C001', from: '2026-01-01', to: '2026-11-20', layout: 'balance-forward' }));
    expect(result.notSent).toEqual([
      { key: 'C001', reason: 'quota', message: 'C001: not sent, the daily mail quota is used up (2 recipients needed, 1 left); send it again tomorrow.' },
    ]);
    expect(fixture.emulator.outbox).toEqual([]);
    expect(fixture.emulator.documents.length).toBe(0);
  });
});
