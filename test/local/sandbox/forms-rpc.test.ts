// The sidebar forms' RPC handlers in build/Code.js on the emulator: validation, one append, text safety, the card.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/local/emulator';
import { sampleLastDate } from '../../../src/local/sample/sample-book';
import { bundleCodeRead, loadBundle } from '../../../src/local/sandbox';
import { buildFileRead } from '../../build/build-output';
import { sandboxWithSampleBook, TIME_ZONE, timeZoneOfSpreadsheet } from './sandbox-fixture';

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };

timeZoneOfSpreadsheet();

/** A blank spreadsheet with the ledger set up, in `lang` (as a new user starts). */
function blankBook(lang: 'en' | 'zh-CN' = 'en') {
  const emulator = createEmulator({
    timeZone: TIME_ZONE,
    locale: lang === 'zh-CN' ? 'zh_CN' : 'en_US',
    htmlFiles: { sidebar: buildFileRead('build/sidebar.html') },
    today: sampleLastDate,
  });
  const bundle = loadBundle(emulator, bundleCodeRead());
  bundle.call('menuSetUp');
  emulator.resetCalls();
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const values = (name: string) => emulator.uncounted(() => spreadsheet.getSheetByName(name)!.getDataRange().getValues());
  return { emulator, bundle, spreadsheet, values };
}

function ok(reply: unknown): any {
  const r = reply as Reply;
  if (!r.ok) throw new Error(`RPC failed: ${r.code} ${r.message}`);
  return r.data;
}

describe('customerAdd', () => {
  it('assigns C001 on a blank book, appends one row with one setValues and returns the card', () => {
    const { emulator, bundle, spreadsheet, values } = blankBook();
    // Without live-formula tabs nothing else is written: the customer's row is the one setValues.
    emulator.uncounted(() => spreadsheet.deleteSheet(spreadsheet.getSheetByName('Reconciliation')!));
    emulator.resetCalls();
    const done = ok(bundle.call('customerAdd', { name: 'Acme Trading', email: 'ap@acme.example', termsDays: '45', creditLimit: '5000' }));
    expect(done.notice).toBe('Customer C001 added.');
    expect(done.card.customerId).toBe('C001');
    expect(done.card.name).toBe('Acme Trading');
    expect(done.card.termsDays).toBe(45);
    expect(done.card.balance).toMatch(/0\.00/);
    expect(emulator.calls.calls.get('Range.setValues')).toBe(1);
    const rows = values('Customers');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 4)).toEqual(['C001', 'Acme Trading', '', 'ap@acme.example']);
    ok(bundle.call('customerAdd', { name: 'Second' }));
    expect(values('Customers')[2]![0]).toBe('C002');
  });

  it('adds the new customer\'s live row to the Reconciliation tab (script writes fire no trigger)', () => {
    const { bundle, values } = blankBook();
    ok(bundle.call('customerAdd', { name: 'Acme Trading' }));
    expect(values('Reconciliation').some((row) => row.includes('C001'))).toBe(true);
  });

  it('keeps formulas and signs typed as names as text', () => {
    const { bundle, values } = blankBook();
    ok(bundle.call('customerAdd', { name: '=HYPERLINK("http://x.example","click")', phone: '+1-555-0100' }));
    const row = values('Customers')[1]!;
    expect(row[1]).toBe('=HYPERLINK("http://x.example","click")');
    expect(row[4]).toBe('+1-555-0100');
  });

  it('keeps markup in a name as plain data', () => {
    const { bundle } = blankBook();
    const done = ok(bundle.call('customerAdd', { name: '<img src=x onerror=alert(1)>' }));
    expect(done.card.name).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['en', 'Please check: Customer ID C001 is already used. Name is required. “not-mail” is not an email address. Payment Terms: “2.5” is not a whole number of days (0–3650).'],
    ['zh-CN', '请检查：客户编号 C001 已被使用。 请填写客户名称。 “not-mail”不是有效的邮箱地址。 账期(天)：“2.5”不是 0–3650 之间的整天数。'],
  ] as const)('refuses a bad form in %s, listing every problem, writing nothing', (lang, message) => {
    const { emulator, bundle } = blankBook(lang);
    ok(bundle.call('customerAdd', { name: 'First' }));
    emulator.resetCalls();
    const reply = bundle.call('customerAdd', { id: 'C001', name: ' ', email: 'not-mail', termsDays: '2.5' }) as Reply;
    expect(reply).toEqual({ ok: false, code: 'form.invalid', message });
    expect(emulator.calls.calls.get('Range.setValues') ?? 0).toBe(0);
  });

  it('writes into the user\'s column order and leaves their own columns alone', () => {
    const { bundle, spreadsheet } = sandboxWithSampleBook();
    const sheet = spreadsheet.getSheetByName('Customers')!;
    const before = sheet.getDataRange().getValues();
    const done = ok(bundle.call('customerAdd', { name: 'New Co', currency: 'usd' }));
    const after = sheet.getDataRange().getValues();
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    const header = before[0]!;
    const last = after[after.length - 1]!;
    expect(last[header.indexOf('Name')]).toBe('New Co');
    expect(last[header.indexOf('Currency')]).toBe('USD');
    expect(done.card.currency).toBe('USD');
  });
});

describe('saleAdd, invoiceFromSales, paymentAdd: a new user\'s book', () => {
  it('computes the amount, bills the lines, allocates a partial payment', () => {
    const { emulator, bundle, values } = blankBook();
    ok(bundle.call('customerAdd', { name: 'Acme' }));
    emulator.resetCalls();
    const sale1 = ok(bundle.call('saleAdd', { date: '2026-11-01', customerId: 'C001', description: 'Widgets', quantity: '3', unitPrice: '100', taxRate: '13%' }));
    expect(emulator.calls.calls.get('Range.setValues')).toBe(1);
    expect(sale1.notice).toBe('Sale of ¥339.00 recorded for C001.');
    expect(sale1.card.uninvoicedSales).toHaveLength(1);
    const sale2 = ok(bundle.call('saleAdd', { date: '2026-11-02', customerId: 'C001', description: '+Service', amount: '61' }));
    expect(sale2.card.uninvoicedSales.map((s: any) => s.row)).toEqual([2, 3]);
    expect(values('Sales')[2]![2]).toBe('+Service');
    const invoice = ok(bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [2, 3] }));
    expect(invoice.notice).toMatch(/^Invoice INV-2026-0001 created for C001: 2 sales lines, ¥400\.00\.$/);
    expect(invoice.card.uninvoicedSales).toEqual([]);
    expect(invoice.card.openInvoices.map((i: any) => [i.invoiceNo, i.balance])).toEqual([['INV-2026-0001', '¥400.00']]);
    expect(values('Sales').slice(1).map((r) => r[7])).toEqual(['INV-2026-0001', 'INV-2026-0001']);
    const payment = ok(bundle.call('paymentAdd', { date: sampleLastDate, customerId: 'C001', amount: '150', method: 'Bank', reference: 'wire 1' }));
    expect(payment.notice).toBe('Payment P00001 of ¥150.00 recorded for C001.');
    expect(payment.card.balance).toBe('¥250.00');
    expect(payment.card.lastPayments[0]).toMatchObject({ paymentId: 'P00001', amount: '¥150.00', reference: 'wire 1' });
    expect(values('Payments')[1]![0]).toBe('P00001');
    const card = ok(bundle.call('customerCard', 'C001'));
    expect(card).toEqual(payment.card);
  });

  it('refuses sales without an amount or a known customer, in Chinese', () => {
    const { bundle } = blankBook('zh-CN');
    const reply = bundle.call('saleAdd', { date: '2026-13-01', customerId: 'C404' }) as Reply;
    expect(reply).toEqual({
      ok: false,
      code: 'form.invalid',
      message: '请检查：日期：“2026-13-01”不是日期（YYYY-MM-DD）。 客户 C404 不在客户表中。 请填写金额，或填写数量和单价。',
    });
  });

  it('refuses an invoice for lines that are already billed', () => {
    const { bundle } = blankBook();
    ok(bundle.call('customerAdd', { name: 'Acme' }));
    ok(bundle.call('saleAdd', { customerId: 'C001', amount: '10' }));
    ok(bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [2] }));
    const reply = bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [2] }) as Reply;
    expect(reply).toEqual({ ok: false, code: 'form.invalid', message: 'Please check: A ticked line is no longer an unbilled sale of C001; refresh the list.' });
  });

  it('bills lines that are not next to each other and keeps a formula in the Invoice No cell between them', () => {
    const { bundle, spreadsheet, values, emulator } = blankBook();
    ok(bundle.call('customerAdd', { name: 'A' }));
    ok(bundle.call('customerAdd', { name: 'B' }));
    ok(bundle.call('saleAdd', { customerId: 'C001', amount: '10' }));
    ok(bundle.call('saleAdd', { customerId: 'C002', amount: '20' }));
    ok(bundle.call('saleAdd', { customerId: 'C001', amount: '30' }));
    const sales = spreadsheet.getSheetByName('Sales')!;
    emulator.uncounted(() => sales.getRange('H3').setFormula('=TRIM("")'));
    const invoice = ok(bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [2, 4] }));
    expect(invoice.card.openInvoices.map((i: any) => [i.invoiceNo, i.balance])).toEqual([['INV-2026-0001', '¥40.00']]);
    expect(emulator.uncounted(() => sales.getRange('H3').getFormula())).toBe('=TRIM("")');
    expect(values('Sales').slice(1).map((r) => r[7])).toEqual(['INV-2026-0001', '', 'INV-2026-0001']);
  });

  it('refuses a payment naming another customer\'s invoice', () => {
    const { bundle } = blankBook();
    ok(bundle.call('customerAdd', { name: 'A' }));
    ok(bundle.call('customerAdd', { name: 'B' }));
    ok(bundle.call('saleAdd', { customerId: 'C001', amount: '10' }));
    ok(bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [2] }));
    const reply = bundle.call('paymentAdd', { customerId: 'C002', amount: '-5', invoiceNo: 'INV-2026-0001' }) as Reply;
    expect(reply).toEqual({
      ok: false,
      code: 'form.invalid',
      message: 'Please check: Amount must be more than zero. Invoice INV-2026-0001 is not an invoice of C002.',
    });
  });
});

describe('settingsSave', () => {
  it('writes the Settings tab in one batch and returns the settings in force', () => {
    const { emulator, bundle, values } = blankBook();
    const saved = ok(bundle.call('settingsSave', { companyName: '=Evil Co', currency: 'usd', termsDays: '45', taxRate: '13%', invoiceNumberFormat: 'AR-{YY}{MM}-{000}', agingBuckets: '15, 30, 60', language: 'en' }));
    expect(saved.notice).toBe('Settings saved.');
    expect(emulator.calls.calls.get('Range.setValues')).toBe(1);
    const shown = Object.fromEntries(saved.settings.rows.map((r: any) => [r.label, r.value]));
    expect(shown).toMatchObject({ 'Company Name': '=Evil Co', Currency: 'USD', 'Payment Terms': '45', 'Tax Rate': '13%', 'Aging Buckets': '15, 30, 60', 'Invoice Number Format': 'AR-{YY}{MM}-{000}' });
    expect(values('Settings').find((r) => r[0] === 'Company Name')![1]).toBe('=Evil Co');
    ok(bundle.call('customerAdd', { name: 'A' }));
    ok(bundle.call('saleAdd', { customerId: 'C001', amount: '10' }));
    const invoice = ok(bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [2] }));
    expect(invoice.notice).toContain('AR-2611-001');
  });

  it.each([
    ['en', 'Please check: Invoice number format “INV-{YYYY}” needs exactly one sequence such as {0000}; only {YYYY}, {YY}, {MM} and {0…0} may appear in braces. Aging buckets “60, 30” must be increasing whole days, such as 30, 60, 90.'],
    ['zh-CN', '请检查：账单编号格式“INV-{YYYY}”必须恰好包含一个序号（如 {0000}）；大括号中只能是 {YYYY}、{YY}、{MM} 或 {0…0}。 账龄分段“60, 30”必须是递增的整天数，如 30, 60, 90。'],
  ] as const)('refuses a format without a sequence and decreasing buckets (%s)', (lang, message) => {
    const { bundle } = blankBook(lang);
    expect(bundle.call('settingsSave', { invoiceNumberFormat: 'INV-{YYYY}', agingBuckets: '60, 30' })).toEqual({ ok: false, code: 'form.invalid', message });
  });
});

describe('numbers under the document lock', () => {
  it('two concurrent "Add customer" executions wait for each other and never share a C-number', () => {
    const { emulator, bundle, values } = blankBook();
    const b = emulator.executions.start('B');
    let idB = '';
    b.run(() => expect(emulator.globals.LockService.getDocumentLock().tryLock(0)).toBe(true));
    emulator.clock.schedule(2_000, () => {
      b.run(() => (idB = ok(bundle.call('customerAdd', { name: 'From B' })).card.customerId));
      b.end();
    });
    const startedAt = emulator.clock.nowMs();
    const idA = ok(bundle.call('customerAdd', { name: 'From A' })).card.customerId;
    expect(emulator.clock.nowMs() - startedAt).toBeGreaterThanOrEqual(2_000);
    expect([idB, idA]).toEqual(['C001', 'C002']);
    expect(values('Customers').slice(1).map((r) => [r[0], r[1]])).toEqual([['C001', 'From B'], ['C002', 'From A']]);
  });

  it('refuses with a readable message when the lock stays busy, writing nothing', () => {
    const { emulator, bundle, values } = blankBook();
    const b = emulator.executions.start('B');
    b.run(() => emulator.globals.LockService.getDocumentLock().tryLock(0));
    const reply = bundle.call('paymentAdd', { customerId: 'C001', amount: '1' }) as Reply;
    expect(reply).toMatchObject({ ok: false, code: 'error.lockBusy' });
    expect(values('Payments')).toHaveLength(1);
    b.end();
  });

  it('logs the invoice it creates in the Audit Log', () => {
    const { bundle, values } = blankBook();
    ok(bundle.call('customerAdd', { name: 'A' }));
    ok(bundle.call('saleAdd', { customerId: 'C001', amount: '12.5' }));
    ok(bundle.call('saleAdd', { customerId: 'C001', amount: '7.5' }));
    ok(bundle.call('invoiceFromSales', { customerId: 'C001', saleRows: [3, 2] }));
    const created = values('Audit Log').filter((row) => row[2] === 'invoice.create');
    expect(created.map((row) => [row[3], row[5]])).toEqual([['INV-2026-0001', 'C001, 2 sales lines (Sales rows 2, 3), 20.00 CNY']]);
  });
});
