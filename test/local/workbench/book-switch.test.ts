// The workbench starts again from a blank book, a messy user sheet or the sample book (POST /api/book).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbenchStart, type Workbench } from '../../../src/local/workbench/server';
import { buildFileRead } from '../../build/build-output';
import { timeZoneOfSpreadsheet } from '../sandbox/sandbox-fixture';
import { workbenchPost, workbenchState } from './workbench-client';

timeZoneOfSpreadsheet();

let workbench: Workbench;

const post = <T = unknown>(path: string, body: unknown = []) => workbenchPost<T>(workbench, path, body);
const state = () => workbenchState(workbench);

beforeAll(async () => {
  buildFileRead('build/Code.js');
  workbench = await workbenchStart({ port: 0, book: 'blank' });
});

afterAll(async () => {
  await workbench?.close();
});

describe('workbench books', () => {
  it('starts blank when asked (npm start -- --blank)', async () => {
    const now = await state();
    expect(now.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(now.menus).toHaveLength(1);
  });

  it('switches to the messy sheet: the user\'s sheets, no ledger tabs, the add-on loaded again', async () => {
    const before = workbench.session;
    expect(await post('/api/book', { book: 'messy' })).toEqual({ ok: true, value: 'messy' });
    expect(workbench.session).not.toBe(before);
    const now = await state();
    expect(now.sheets.map((s) => s.name)).toEqual(['客户资料', '销售明细', 'Notes']);
    expect(now.sidebar).toBeNull();
    expect(now.menus).toHaveLength(1);
  });

  it('a form of the sidebar works on the new book, and the sample book comes back', async () => {
    await post('/api/run/menuSetUp');
    const added = await post<{ ok: boolean; data: { card: { customerId: string } } }>('/rpc/customerAdd', [{ name: 'Newco' }]);
    expect(added.ok && added.value.ok && added.value.data.card.customerId).toBe('C004');
    expect(await post('/api/book', { book: 'sample' })).toEqual({ ok: true, value: 'sample' });
    expect((await state()).sheets.map((s) => s.name)).toContain('BALANCE()');
  });

  it('refuses an unknown book', async () => {
    const response = await fetch(new URL('/api/book', workbench.url), { method: 'POST', body: JSON.stringify({ book: 'other' }) });
    expect(response.status).toBe(400);
  });
});
