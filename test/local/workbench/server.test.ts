// The workbench server end to end over HTTP (no browser): state, menu runs, the shimmed sidebar, /rpc, language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuItems } from '../../../src/gas/menu';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { workbenchStart, type Workbench } from '../../../src/local/workbench/server';
import { buildFileRead } from '../../build/build-output';
import { timeZoneOfSpreadsheet } from '../sandbox/sandbox-fixture';
import { workbenchPost, workbenchState } from './workbench-client';

// The session sets the process zone to the spreadsheet's; this gives the worker its own back afterwards.
timeZoneOfSpreadsheet();

let workbench: Workbench;

const post = <T = unknown>(path: string, body: unknown = []) => workbenchPost<T>(workbench, path, body);
const state = () => workbenchState(workbench);

beforeAll(async () => {
  buildFileRead('build/Code.js');
  workbench = await workbenchStart({ port: 0 });
});

afterAll(async () => {
  await workbench?.close();
});

describe('workbench server', () => {
  it('serves the page with its client inlined', async () => {
    const html = await (await fetch(workbench.url)).text();
    expect(html).toContain('<div id="workspace">');
    expect(html).not.toContain('/*PAGE_SCRIPT*/');
  });

  it('shows the sample book, the BALANCE() tab computed, and the menu built by onOpen', async () => {
    const s = await state();
    expect(s.sheets.map((sheet) => sheet.name)).toEqual(['Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Settings', 'BALANCE()']);
    expect(s.sheets[0]!.rows.length).toBe(sampleBookTables('en').Customers.length);
    const balance = s.sheets[6]!.rows[1]![2]!;
    expect(balance.formula).toMatch(/^=BALANCE\(/);
    expect(balance.numeric).toBe(true);
    expect(s.menus).toHaveLength(1);
    expect(s.menus[0]!.addon).toBe(true);
    expect(s.menus[0]!.items.filter(Boolean)).toHaveLength(menuItems.filter(Boolean).length);
    expect(s.menus[0]!.items.map((item) => item?.label)).toEqual(expect.arrayContaining(['Create invoice documents', 'Mail and reminders']));
    expect(s.today).toBe('2026-11-20');
  });

  it('runs a menu item, then serves that sidebar with the google.script.run shim first', async () => {
    expect(await post('/api/run/menuSidebarOpen')).toEqual({ ok: true, value: null });
    const s = await state();
    expect(s.sidebar?.title).toBe('Customer Ledger');
    const html = await (await fetch(new URL('/sidebar', workbench.url))).text();
    expect(html.indexOf("fetch('/rpc/'")).toBeGreaterThan(0);
    expect(html.indexOf("fetch('/rpc/'")).toBeLessThan(html.indexOf('id="app"'));
    expect(html).toContain('"section":"summary"');
  });

  it('answers /rpc/<fn> with what the bundle returned', async () => {
    const reply = await post<{ ok: boolean; data: { customers: number } }>('/rpc/ledgerSummary');
    expect(reply.ok && reply.value.ok && reply.value.data.customers).toBe(sampleBookTables('en').Customers.length - 1);
  });

  it('refuses functions that are not top-level entry points, and private ones', async () => {
    expect(await post('/rpc/eval', ['1'])).toEqual({ ok: false, error: 'Script function not found: eval' });
    expect(await post('/rpc/nothing_')).toEqual({ ok: false, error: 'Script function not found: nothing_' });
  });

  it('switches the add-on user to Chinese: menu relabelled, sidebar reopened in Chinese', async () => {
    expect(await post('/api/lang', { lang: 'zh-CN' })).toEqual({ ok: true, value: 'zh-CN' });
    const s = await state();
    expect(s.lang).toBe('zh-CN');
    expect(s.menus[0]!.items[0]?.label).toBe('打开侧边栏');
    expect(s.sidebar?.title).toBe('客户账');
    const html = await (await fetch(new URL('/sidebar', workbench.url))).text();
    expect(html).toContain('"lang":"zh-CN"');
    await post('/api/lang', { lang: 'en' });
  });

  it('rejects an unknown language', async () => {
    const response = await fetch(new URL('/api/lang', workbench.url), { method: 'POST', body: JSON.stringify({ lang: 'fr' }) });
    expect(response.status).toBe(400);
  });
});
