// E2E of documents and mail on the sample book: an invoice made, sent and opened from the mail panel (English and
// Chinese), a customer statement made and opened, the overdue reminders preview; README screenshots of the pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { sampleBookTables } from '../../src/local/sample/sample-book';
import type { Workbench } from '../../src/local/workbench/server';
import { check, frameOf, menuRun, type StepRunner } from './e2e-harness';

const STATEMENT_CUSTOMER = 'C001';

/** The sample book's Draft invoices (Invoice No, Customer ID), in sheet order. */
function sampleDrafts(): { invoiceNo: string; customerId: string }[] {
  const invoices = sampleBookTables('en').Invoices;
  const status = invoices[0]!.indexOf('Status');
  return invoices.slice(1).flatMap((row) => (row[status] === 'Draft' ? [{ invoiceNo: String(row[0]), customerId: String(row[1]) }] : []));
}

/** The sample's Sales lines billed on `invoiceNo`: descriptions, and their tax-inclusive amounts' sum in cents. */
function sampleLines(invoiceNo: string): { descriptions: string[]; totalCents: number } {
  const sales = sampleBookTables('en').Sales;
  const header = sales[0]!;
  const [description, amount, invoice] = ['Description', 'Amount', 'Invoice No'].map((name) => header.indexOf(name));
  const lines = sales.slice(1).filter((row) => row[invoice!] === invoiceNo);
  return {
    descriptions: lines.map((row) => String(row[description!])),
    totalCents: lines.reduce((sum, row) => sum + Math.round(Number(row[amount!]) * 100), 0),
  };
}

/** A field of a sample customer by its English header ('' when the sample has no such column). */
function customerField(customerId: string, header: string): string {
  const customers = sampleBookTables('en').Customers;
  const column = customers[0]!.indexOf(header);
  return column < 0 ? '' : String(customers.find((row) => row[0] === customerId)?.[column] ?? '');
}

/** "¥13,206.31" → 1320631. */
function cents(text: string): number {
  return Math.round(Number(text.replace(/[^\d.-]/g, '')) * 100);
}


async function sheetOpen(page: Page, name: string): Promise<void> {
  await page.locator('.sheet-tab', { hasText: new RegExp(`^${name}$`) }).click();
}

/** The text of each cell of the open sheet's grid rows (index = row in the grid, header rows included). */
async function gridRows(page: Page): Promise<string[][]> {
  return page.$$eval('#grid tr', (rows) => rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent ?? '')));
}

/** Selects the Invoices row of `invoiceNo` in the grid, as a user clicks it in Sheets. */
async function invoiceRowSelect(page: Page, invoiceNo: string): Promise<number> {
  await sheetOpen(page, 'Invoices');
  const index = (await gridRows(page)).findIndex((row) => row[0] === invoiceNo);
  check(index > 0, `${invoiceNo} is not on the Invoices tab`);
  await page.locator('#grid tr').nth(index).locator('td').nth(0).click();
  await page.waitForTimeout(200);
  return index;
}

/** The cells of the Invoices row of `invoiceNo`, by header. */
async function invoiceRowRead(page: Page, invoiceNo: string): Promise<Record<string, string>> {
  await sheetOpen(page, 'Invoices');
  const rows = await gridRows(page);
  const header = rows.find((row) => row[0] === 'Invoice No') ?? [];
  const row = rows.find((r) => r[0] === invoiceNo) ?? [];
  return Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']));
}

/** Clicks `link` (which opens a new tab) and returns that tab once its document page has loaded. */
async function tabOpened(page: Page, link: Locator): Promise<Page> {
  const [tab] = await Promise.all([page.waitForEvent('popup', { timeout: 15_000 }), link.click()]);
  await tab.waitForLoadState('load');
  await tab.waitForSelector('section.page', { timeout: 10_000 });
  return tab;
}

async function screenshotSave(tab: Page, root: string, name: string): Promise<void> {
  mkdirSync(path.join(root, 'docs', 'img'), { recursive: true });
  await tab.locator('section.page').first().screenshot({ path: path.join(root, 'docs', 'img', name) });
}

/** The texts of the rendered document's table cells, row by row. */
async function tableRows(tab: Page): Promise<string[][]> {
  return tab.$$eval('table.doc-table tr', (rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '')));
}

export async function documentsScenario(runner: StepRunner, page: Page, workbench: Workbench, root: string): Promise<void> {
  const p = page;
  const drafts = sampleDrafts();
  const [first, second] = drafts;
  if (!first || !second) {
    console.log(`note: the sample book has ${drafts.length} Draft invoices; the invoice document steps need two`);
    return;
  }
  let frame: Frame | null = null;
  const f = (): Frame => {
    check(frame, 'no sidebar frame');
    return frame;
  };

  let companyEmail = '';
  await runner.step('documents: the settings form shows the sample\'s company email and three reminder levels', async () => {
    frame = await menuRun(p, 'menuSettings');
    await f().waitForSelector('#settings-companyEmail', { timeout: 15_000 });
    companyEmail = await f().locator('#settings-companyEmail').inputValue();
    check(/^[^@\s]+@[^@\s]+$/.test(companyEmail), `company email "${companyEmail}"`);
    const levels = await Promise.all([1, 2, 3].map((n) => f().locator(`#settings-reminder${n}`).inputValue()));
    check(levels.every((level) => /^\d+ \| \d+ \| \w+$/.test(level)), `reminder levels: ${levels.join(' / ')}`);
  });

  await runner.step(`documents: "Create invoice documents" on the selected Draft ${first.invoiceNo} makes its Doc and PDF and issues it`, async () => {
    await invoiceRowSelect(p, first.invoiceNo);
    frame = await menuRun(p, 'menuInvoiceDocuments');
    const notice = f().locator('#notice');
    await notice.waitFor({ timeout: 20_000 });
    const text = (await notice.textContent()) ?? '';
    check(text.includes('1 created') && text.includes(first.invoiceNo), `notice: ${text}`);
    const row = await invoiceRowRead(p, first.invoiceNo);
    check(row.Status === 'Issued', `Status is ${row.Status}`);
    check(/^https:\/\/drive\.google\.com\/file\/d\/[\w-]+/.test(row.Document ?? ''), `Document is "${row.Document}"`);
    const folder = p.locator('#panel-drive .drive-folder[data-path="My Drive / Customer Ledger"]');
    await folder.waitFor({ timeout: 10_000 });
    check((await folder.locator('a.drive-open', { hasText: `${first.invoiceNo}.pdf` }).count()) === 1, 'the PDF is not in the Customer Ledger folder');
    const docs = await p.locator('#panel-documents article.document h3').allTextContents();
    check(docs.some((name) => name.startsWith(first.invoiceNo)), `documents listed: ${docs.join(' | ')}`);
  });

  await runner.step(`documents: the Mail section sends ${first.invoiceNo}; the mail panel shows it with the PDF attached`, async () => {
    frame = await menuRun(p, 'menuMail');
    const tick = f().locator(`#documents-tick-${first.invoiceNo}`);
    await tick.waitFor({ timeout: 20_000 });
    await tick.check();
    await f().click('#documents-send');
    await f().waitForSelector('#documents-send-result li.sent', { timeout: 20_000 });
    const sent = (await f().locator('#documents-send-result li.sent').allTextContents()).join(' ');
    check(sent.includes(first.invoiceNo), `sent: ${sent}`);
    const row = await invoiceRowRead(p, first.invoiceNo);
    check(row['Sent At'] !== '', 'Sent At is empty');
    const mail = p.locator('#panel-mail article.mail').last();
    await mail.waitFor({ timeout: 10_000 });
    const subject = (await mail.locator('.mail-subject').textContent()) ?? '';
    check(subject.includes(first.invoiceNo), `subject: ${subject}`);
    const email = customerField(first.customerId, 'Email');
    check((await mail.locator('.mail-to').textContent()) === `To: ${email}`, `to: ${await mail.locator('.mail-to').textContent()}`);
    check((await mail.locator('.mail-reply-to').textContent()) === `Reply-To: ${companyEmail}`, 'no Reply-To of the company');
    const salesperson = customerField(first.customerId, 'Salesperson Email');
    check(salesperson !== '', `the sample gives ${first.customerId} no salesperson to copy`);
    check((await mail.locator('.mail-cc').textContent()) === `Cc: ${salesperson}`, `cc: ${await mail.locator('.mail-cc').textContent()}`);
    check(((await mail.locator('.mail-body').textContent()) ?? '').includes(first.invoiceNo), 'the body does not name the invoice');
    check((await mail.locator('a.mail-attachment').textContent()) === `${first.invoiceNo}.pdf`, 'no PDF attachment link');
  });

  await runner.step('documents: the attachment opens the rendered invoice — number, line rows and total (docs/img/invoice.png)', async () => {
    const tab = await tabOpened(p, p.locator('#panel-mail article.mail').last().locator('a.mail-attachment'));
    try {
      const text = (await tab.locator('section.page').first().textContent()) ?? '';
      check(text.includes(first.invoiceNo), 'the invoice number is not shown');
      const rows = await tableRows(tab);
      const lines = sampleLines(first.invoiceNo);
      check(lines.descriptions.length > 0, `no Sales lines of ${first.invoiceNo} in the sample`);
      for (const line of lines.descriptions) check(rows.some((r) => r[0] === line), `line "${line}" is not a table row`);
      check((await tab.locator('table.doc-table thead th').first().textContent())?.startsWith('Description'), 'the line table has no header row');
      const totalRow = rows.find((r) => r.some((cell) => cell.startsWith('Total')));
      check(cents(totalRow?.at(-1) ?? '') === lines.totalCents, `total row ${totalRow?.join(' | ')}, the Sales lines add up to ${lines.totalCents / 100}`);
      check((await tab.locator('script').count()) === 0, 'the rendered page has a script');
      await screenshotSave(tab, root, 'invoice.png');
    } finally {
      await tab.close();
    }
  });

  await runner.step(`documents (中文): ${second.invoiceNo} made in Chinese, opened from the Drive panel (docs/img/invoice-zh.png)`, async () => {
    await p.click('#page-lang-zh-CN');
    await p.waitForFunction(() => document.querySelector('#addon-menu')?.textContent?.includes('客户账'), null, { timeout: 15_000 });
    await invoiceRowSelect(p, second.invoiceNo);
    frame = await menuRun(p, 'menuInvoiceDocuments');
    await f().locator('#notice').waitFor({ timeout: 20_000 });
    const link = p.locator('#panel-drive a.drive-open', { hasText: `${second.invoiceNo}.pdf` });
    await link.waitFor({ timeout: 10_000 });
    const tab = await tabOpened(p, link);
    try {
      check((await tab.locator('html').getAttribute('lang')) === 'zh-CN', 'the page is not marked Chinese');
      const text = (await tab.locator('section.page').first().textContent()) ?? '';
      check(text.includes(second.invoiceNo) && text.includes('人民币') && text.includes('已开具'), `the Chinese invoice lacks its number, amount in words or status: ${text.slice(0, 300)}`);
      await screenshotSave(tab, root, 'invoice-zh.png');
    } finally {
      await tab.close();
    }
    await p.click('#page-lang-en');
    await p.waitForFunction(() => document.querySelector('#addon-menu')?.textContent?.includes('Customer Ledger'), null, { timeout: 15_000 });
  });

  await runner.step(`documents: a statement for ${STATEMENT_CUSTOMER} made in the Statement section opens with its balances and prints on A4 pages (docs/img/statement.png)`, async () => {
    frame = await menuRun(p, 'menuStatement');
    await f().waitForSelector('#statement-customer', { timeout: 15_000 });
    await f().selectOption('#statement-customer', STATEMENT_CUSTOMER);
    await f().fill('#statement-from', '2026-01-01');
    await f().fill('#statement-to', '2026-11-20');
    await f().click('#statement-document');
    const made = f().locator('#statement-made');
    await made.waitFor({ timeout: 30_000 });
    const notice = (await made.locator('p').first().textContent()) ?? '';
    const [, statementNo, closing] = /Statement (\S+) made for .*: closing balance (.+)\.$/.exec(notice) ?? [];
    check(statementNo && closing, `notice: ${notice}`);
    const [tab] = await Promise.all([p.waitForEvent('popup', { timeout: 15_000 }), made.locator('a.file-link').first().click()]);
    try {
      await tab.waitForSelector('section.page', { timeout: 10_000 });
      check(/\/doc\/[\w-]+$/.test(tab.url()), `the PDF link opened ${tab.url()}`);
      const text = (await tab.locator('body').textContent()) ?? '';
      check(text.includes(statementNo), `the statement number ${statementNo} is not shown`);
      check(text.includes('Opening balance'), 'no opening balance');
      const rows = await tableRows(tab);
      const closingRow = rows.find((r) => r.some((cell) => /^Closing balance/.test(cell)));
      check(closingRow, `no closing balance row: ${rows.map((r) => r.join(' | ')).join(' // ').slice(0, 400)}`);
      check(closingRow.some((cell) => /\d/.test(cell) && cents(cell) === cents(closing)), `closing row ${closingRow.join(' | ')} ≠ ${closing}`);
      await screenshotSave(tab, root, 'statement.png');
      // Printed (A4): the statement's rows run onto a second page under a repeated header row.
      await tab.emulateMedia({ media: 'print' });
      const printed = await tab.$eval('table.doc-table thead', (head) => [getComputedStyle(head).display, getComputedStyle(head.querySelector('tr')!).breakInside]);
      check(printed.join(' ') === 'table-header-group avoid', `print styles of the header row: ${printed.join(' ')}`);
      const pdf = await tab.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      check(pages >= 2, `the printed statement has ${pages} pages`);
    } finally {
      await tab.close();
    }
    await sheetOpen(p, 'BALANCE\\(\\)');
    const balance = (await gridRows(p)).find((row) => row[0] === STATEMENT_CUSTOMER)?.[2] ?? '';
    check(cents(balance) === cents(closing), `BALANCE() of ${STATEMENT_CUSTOMER} is ${balance}, the statement closes at ${closing}`);
  });

  await runner.step(`documents: the Mail section's PDF link of ${first.invoiceNo} (a Drive address) opens the rendered invoice`, async () => {
    frame = await menuRun(p, 'menuMail');
    const link = f().locator(`#documents-invoices tr[data-invoice="${first.invoiceNo}"] a.file-link`);
    await link.waitFor({ timeout: 20_000 });
    check(/^https:\/\/drive\.google\.com\/file\/d\//.test((await link.getAttribute('href')) ?? ''), `link ${await link.getAttribute('href')}`);
    const [tab] = await Promise.all([p.waitForEvent('popup', { timeout: 15_000 }), link.click()]);
    try {
      await tab.waitForSelector('section.page', { timeout: 10_000 });
      check(/\/doc\/[\w-]+$/.test(tab.url()), `the link opened ${tab.url()}`);
      check(((await tab.locator('section.page').textContent()) ?? '').includes(first.invoiceNo), 'the page is not that invoice');
    } finally {
      await tab.close();
    }
  });

  await runner.step(`documents: a statement mailed to ${STATEMENT_CUSTOMER} from the Mail section; its attachment opens the statement`, async () => {
    await f().selectOption('#mail-statement-customerId', STATEMENT_CUSTOMER);
    await f().click('#documents-statement-send');
    const result = f().locator('#documents-statement-result');
    await result.waitFor({ timeout: 30_000 });
    const notice = (await result.textContent()) ?? '';
    check(/1 sent/.test(notice), `statement mail: ${notice}`);
    const mail = p.locator('#panel-mail article.mail').last();
    await p.waitForFunction(() => document.querySelectorAll('#panel-mail article.mail').length >= 2, null, { timeout: 10_000 });
    const email = customerField(STATEMENT_CUSTOMER, 'Email');
    check((await mail.locator('.mail-to').textContent()) === `To: ${email}`, `to: ${await mail.locator('.mail-to').textContent()}`);
    const attachment = mail.locator('a.mail-attachment');
    const name = (await attachment.textContent()) ?? '';
    const statementNo = /(ST-\d{4}-\d{4}).*\.pdf$/.exec(name)?.[1];
    check(statementNo, `attachment ${name}`);
    const tab = await tabOpened(p, attachment);
    try {
      const text = (await tab.locator('section.page').first().textContent()) ?? '';
      check(text.includes('Statement of Account') && text.includes(statementNo), `statement page: ${text.slice(0, 200)}`);
    } finally {
      await tab.close();
    }
  });

  await runner.step('documents: the reminders preview lists overdue invoices, and more of them a month later on the virtual clock', async () => {
    frame = await menuRun(p, 'menuMail');
    const preview = async (): Promise<string[]> => {
      await f().click('#documents-reminders-preview-load');
      await f().waitForSelector('#documents-reminders-preview', { timeout: 20_000 });
      return f().locator('#documents-reminders-preview li').allTextContents();
    };
    const now = await preview();
    check(now.length > 0, `no reminder in the preview: ${await f().locator('#documents-reminders-preview').textContent()}`);
    check(now.every((line) => /INV-\d{4}-\d{4}/.test(line)), `preview: ${now.slice(0, 3).join(' | ')}`);
    await p.fill('#today-input', '2026-12-20');
    await p.click('#today-set');
    await p.waitForFunction(() => (document.querySelector('#today-input') as HTMLInputElement | null)?.value === '2026-12-20', null, { timeout: 10_000 });
    check(workbench.session.emulator.today() === '2026-12-20', `the virtual date is ${workbench.session.emulator.today()}`);
    const later = await preview();
    check(later.length >= now.length, `a month later ${later.length} reminders, before ${now.length}`);
    check(later.some((line) => line.includes(second.invoiceNo)), `${second.invoiceNo} (due 2026-11-20) is not overdue a month later: ${later.length} lines`);
    await p.fill('#today-input', '2026-11-20');
    await p.click('#today-set');
    await p.waitForFunction(() => (document.querySelector('#today-input') as HTMLInputElement | null)?.value === '2026-11-20', null, { timeout: 10_000 });
  });
}
