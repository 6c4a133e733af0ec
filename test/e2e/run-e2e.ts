// `npm run test:e2e`: the workbench on a free port, driven by Debian's Chromium through playwright-core.
// Prints "N passed, N failed" last and exits non-zero on any failure; server and browser always stop.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { menuItems } from '../../src/gas/menu';
import { sampleBookTables } from '../../src/local/sample/sample-book';
import { workbenchStart, type Workbench } from '../../src/local/workbench/server';
import { check, StepRunner } from './e2e-harness';
import { documentsScenario } from './documents-e2e';
import { newUserScenario } from './new-user-e2e';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEADLINE_MS = 360_000;
const root = process.cwd();
const runner = new StepRunner();
let workbench: Workbench | null = null;
let browser: Browser | null = null;

/** The sidebar frame the page shows once the bundle has shown a sidebar newer than `previousSrc`. */
async function sidebarFrame(page: Page, previousSrc: string | null = null): Promise<Frame> {
  const selector = previousSrc ? `#sidebar-frame:not([src="${previousSrc}"])` : '#sidebar-frame';
  const handle = await page.waitForSelector(selector, { timeout: 15_000 });
  const frame = await handle.contentFrame();
  check(frame, 'the sidebar iframe has no frame');
  return frame;
}

async function sidebarSrc(page: Page): Promise<string | null> {
  return page.locator('#sidebar-frame').getAttribute('src');
}

async function scenario(): Promise<void> {
  const customersInSample = sampleBookTables('en').Customers.length - 1;
  let page: Page | null = null;

  const started = await runner.step('workbench starts on a free port', async () => {
    workbench = await workbenchStart({ port: 0, root, lang: 'en' });
    check(/^http:\/\/127\.0\.0\.1:\d+\/$/.test(workbench.url), `unexpected URL ${workbench.url}`);
  });
  if (!started) return;

  const launched = await runner.step('Chromium launches headless', async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => console.log(`     page error: ${error.message}`));
  });
  if (!launched || !page) return;
  const p: Page = page;

  await runner.step('the page loads with the sample book in grids', async () => {
    await p.goto(workbench!.url);
    await p.waitForSelector('#grid td', { timeout: 15_000 });
    check((await p.title()).includes('Customer Ledger'), `title is "${await p.title()}"`);
    const tabs = await p.locator('.sheet-tab').allTextContents();
    for (const tab of ['Customers', 'Sales', 'Invoices', 'Payments']) check(tabs.includes(tab), `no ${tab} tab in ${tabs.join(', ')}`);
  });

  await runner.step('the add-on menu built by onOpen lists its items', async () => {
    await p.click('#addon-menu');
    const items = await p.locator('.menu-item').allTextContents();
    for (const label of ['Open sidebar', 'Create invoice documents', 'Mail and reminders', 'Help']) check(items.includes(label), `menu items: ${items.join(' | ')}`);
    const expected = menuItems.filter(Boolean).length;
    check(items.length === expected, `expected ${expected} menu items, got ${items.length}`);
  });

  let frame: Frame | null = null;
  await runner.step('"Open sidebar" shows the real sidebar, which fills its summary by one RPC call', async () => {
    await p.click('.menu-item[data-function="menuSidebarOpen"]');
    frame = await sidebarFrame(p);
    await frame.waitForSelector('#section-summary .figure', { timeout: 20_000 });
    const figures = await frame.locator('#section-summary .figure').allTextContents();
    check(figures[0] === String(customersInSample), `customers shown ${figures[0]}, sample has ${customersInSample}`);
    const currencies = await frame.locator('#section-summary dd[data-currency]').count();
    check(currencies >= 1, 'no open balance per currency shown');
    check(figures.slice(1).every((text) => /\d/.test(text)), `balances: ${figures.join(' | ')}`);
  });

  await runner.step('the sidebar switches to Chinese through the userLangChoose RPC', async () => {
    check(frame, 'no sidebar frame');
    const f: Frame = frame;
    await f.click('#lang-zh-CN');
    await f.waitForFunction(() => document.querySelector('#section-summary h2')?.textContent === '账本概况', null, {
      timeout: 15_000,
    });
    await f.waitForSelector('#section-summary .figure', { timeout: 20_000 });
    await f.click('#lang-en');
    await f.waitForFunction(() => document.querySelector('#section-summary h2')?.textContent === 'Ledger summary');
    await f.waitForSelector('#section-summary .figure', { timeout: 20_000 });
  });

  await runner.step('BALANCE typed in a cell is computed by the bundled custom function', async () => {
    await p.locator('.sheet-tab', { hasText: 'BALANCE()' }).click();
    const formulaCell = p.locator('#grid td.formula').first();
    await formulaCell.waitFor({ timeout: 10_000 });
    check(((await formulaCell.getAttribute('title')) ?? '').startsWith('=BALANCE('), 'the cell has no BALANCE formula');
    const text = (await formulaCell.textContent()) ?? '';
    check(/^-?[\d,]+(\.\d+)?$/.test(text.trim()), `BALANCE shows "${text}"`);
    await formulaCell.click();
    check(((await p.locator('#formula-bar .cell-content').textContent()) ?? '').startsWith('=BALANCE('), 'formula bar');
    await p.locator('.sheet-tab', { hasText: 'Customers' }).click();
  });

  await runner.step('"Help" opens the sidebar at its help section', async () => {
    await p.click('#addon-menu');
    const before = await sidebarSrc(p);
    await p.click('.menu-item[data-function="menuHelp"]');
    const f = await sidebarFrame(p, before);
    await f.waitForSelector('#section-help h2', { timeout: 15_000 });
  });

  await runner.step('"Reconcile now" lists every customer who owes, by customer', async () => {
    await p.click('#addon-menu');
    const before = await sidebarSrc(p);
    await p.click('.menu-item[data-function="menuReconcile"]');
    const f = await sidebarFrame(p, before);
    await f.waitForSelector('#section-reconcile .reconcile-row', { timeout: 15_000 });
    const rows = await f.locator('#section-reconcile .reconcile-row').count();
    check(rows > 0 && rows <= customersInSample, `reconciliation shows ${rows} customers`);
    check((await f.locator('#notice').count()) === 1, 'the notice about the live tab is missing');
  });

  await runner.step('"Customer statement" shows a statement closing at the BALANCE of that customer', async () => {
    await p.click('#addon-menu');
    const before = await sidebarSrc(p);
    await p.click('.menu-item[data-function="menuStatement"]');
    const f = await sidebarFrame(p, before);
    await f.waitForSelector('#statement-customer', { timeout: 15_000 });
    const customer = String(sampleBookTables('en').Customers[1]![0]);
    await f.selectOption('#statement-customer', customer);
    await f.fill('#statement-to', '2026-11-20');
    await f.click('#statement-show');
    const closing = f.locator('#statement-result .closing .amount');
    await closing.waitFor({ timeout: 15_000 });
    const shown = ((await closing.textContent()) ?? '').replace(/[^\d.-]/g, '');
    await p.locator('.sheet-tab', { hasText: 'BALANCE()' }).click();
    const row = p.locator('#grid tr', { has: p.locator('td', { hasText: new RegExp(`^${customer}$`) }) });
    const balance = ((await row.locator('td').nth(2).textContent()) ?? '').trim();
    check(Number(shown) === Number(balance), `statement closes at ${shown}, BALANCE shows ${balance}`);
    await p.locator('.sheet-tab', { hasText: 'Customers' }).click();
  });

  await runner.step('"New invoice from selected sales" bills the rows selected in the grid', async () => {
    const sales = sampleBookTables('en').Sales;
    const rows = sales.flatMap((row, i) => (row[7] === '' && row[1] === 'C020' ? [i + 1] : []));
    check(rows.length === 2, `expected two unbilled C020 lines, found ${rows.length}`);
    await p.locator('.sheet-tab', { hasText: 'Sales' }).click();
    await p.locator('#grid tr').nth(rows[0]!).locator('td').nth(0).click();
    await p.locator('#grid tr').nth(rows[1]!).locator('td').nth(7).click({ modifiers: ['Shift'] });
    await p.waitForTimeout(200);
    await p.click('#addon-menu');
    const before = await sidebarSrc(p);
    await p.click('.menu-item[data-function="menuInvoiceFromSales"]');
    const f = await sidebarFrame(p, before);
    const notice = f.locator('#notice');
    await notice.waitFor({ timeout: 15_000 });
    const text = (await notice.textContent()) ?? '';
    const invoiceNo = /Invoice (INV-\d{4}-\d{4}) created for C020: 2 sales lines/.exec(text)?.[1];
    check(invoiceNo, `notice: ${text}`);
    const billed = await p.locator('#grid tr').nth(rows[0]!).locator('td').nth(7).textContent();
    check(billed === invoiceNo, `Sales row ${rows[0]} shows "${billed}", not ${invoiceNo}`);
    await p.locator('.sheet-tab', { hasText: 'Invoices' }).click();
    check((await p.locator('#grid td', { hasText: invoiceNo }).count()) === 1, `${invoiceNo} is not on the Invoices tab`);
  });

  await runner.step('back to the summary for the screenshot', async () => {
    await p.click('#addon-menu');
    const before = await sidebarSrc(p);
    await p.click('.menu-item[data-function="menuSidebarOpen"]');
    const g = await sidebarFrame(p, before);
    await g.waitForSelector('#section-summary .figure', { timeout: 20_000 });
    await p.locator('.sheet-tab', { hasText: 'BALANCE()' }).click();
    await p.locator('#grid td.formula').first().click();
  });

  await runner.step('screenshot saved to artifacts/workbench.png and docs/img/workbench.png', async () => {
    mkdirSync(path.join(root, 'artifacts'), { recursive: true });
    mkdirSync(path.join(root, 'docs', 'img'), { recursive: true });
    await p.screenshot({ path: path.join(root, 'artifacts', 'workbench.png') });
    await p.screenshot({ path: path.join(root, 'docs', 'img', 'workbench.png') });
  });

  await runner.step('the page language switch relabels the menu and reopens the sidebar in Chinese', async () => {
    const before = await sidebarSrc(p);
    await p.click('#page-lang-zh-CN');
    const f = await sidebarFrame(p, before);
    await f.waitForFunction(() => document.querySelector('#section-summary h2')?.textContent === '账本概况', null, { timeout: 15_000 });
    await f.waitForSelector('#section-summary .figure', { timeout: 20_000 });
    await p.click('#addon-menu');
    const items = await p.locator('.menu-item').allTextContents();
    check(items[0] === '打开侧边栏', `menu after switching: ${items.join(' | ')}`);
    await p.click('#addon-menu');
    await p.screenshot({ path: path.join(root, 'docs', 'img', 'workbench-zh.png') });
    await p.click('#page-lang-en');
  });

  await newUserScenario(runner, p, workbench!, root);
  await documentsScenario(runner, p, workbench!, root);
}

async function shutdown(): Promise<void> {
  await Promise.allSettled([
    browser ? browser.close() : Promise.resolve(),
    workbench ? workbench.close() : Promise.resolve(),
  ]);
}

const deadline = setTimeout(() => {
  console.log(`FAIL the run did not finish within ${DEADLINE_MS / 1000} s`);
  console.log(`${runner.passed} passed, ${runner.failed + 1} failed`);
  void shutdown().finally(() => process.exit(1));
}, DEADLINE_MS);

try {
  await scenario();
} catch (error) {
  runner.results.push({ name: 'scenario', ok: false, ms: 0, error: String(error) });
  console.log(`FAIL scenario: ${String(error)}`);
} finally {
  await shutdown();
  clearTimeout(deadline);
}
console.log(runner.summaryLine());
process.exit(runner.failed === 0 && runner.passed > 0 ? 0 : 1);
