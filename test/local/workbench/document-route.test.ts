// The workbench's document pages over HTTP: GET /doc/:id for Docs and PDFs made from them, panels' links, the clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbenchStart, type Workbench } from '../../../src/local/workbench/server';
import type { WorkbenchState } from '../../../src/local/workbench/workbench-state';
import { buildFileRead } from '../../build/build-output';
import { timeZoneOfSpreadsheet } from '../sandbox/sandbox-fixture';

timeZoneOfSpreadsheet();

let workbench: Workbench;

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, workbench.url));
}

async function state(): Promise<WorkbenchState> {
  return (await (await get('/api/state')).json()) as WorkbenchState;
}

/** An invoice-like Doc in a "Customer Ledger" folder, its PDF next to it, and a mail carrying that PDF. */
function invoiceMake(name: string, customer: string) {
  const { DocumentApp, DriveApp, MailApp } = workbench.session.emulator.globals;
  const folder = DriveApp.getFoldersByName('Customer Ledger').hasNext()
    ? DriveApp.getFoldersByName('Customer Ledger').next()
    : DriveApp.createFolder('Customer Ledger');
  const doc = DocumentApp.create(name);
  DriveApp.getFileById(doc.getId()).moveTo(folder);
  doc.getBody().appendParagraph(`Invoice ${name}`).setHeading(DocumentApp.ParagraphHeading.TITLE);
  doc.getBody().appendParagraph(`Bill to: ${customer}`);
  const lines = doc.getBody().appendTable([
    ['Description', 'Amount'],
    ['Tea', '10.00'],
  ]);
  for (const column of [0, 1]) lines.getCell(0, column).editAsText().setBold(true);
  doc.saveAndClose();
  const pdf = folder.createFile(doc.getAs('application/pdf'));
  MailApp.sendEmail({
    to: 'ap@acme.example',
    cc: 'sales@example.com',
    replyTo: 'billing@example.com',
    name: 'Example Tea Co.',
    subject: `Invoice ${name}`,
    body: 'Please find the invoice attached.',
    attachments: [pdf.getBlob()],
  });
  return { doc, pdf };
}

beforeAll(async () => {
  buildFileRead('build/Code.js');
  workbench = await workbenchStart({ port: 0 });
});

afterAll(async () => {
  await workbench?.close();
});

describe('GET /doc/:id', () => {
  it('renders a Doc as a printable page, the customer name escaped, under a no-script policy', async () => {
    const { doc } = invoiceMake('INV-2026-0100', '<script>window.x=1</script> & Co');
    const response = await get(`/doc/${doc.getId()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const html = await response.text();
    expect(html).toContain('<title>INV-2026-0100</title>');
    expect(html).toContain('<p class="title">Invoice INV-2026-0100</p>');
    expect(html).toContain('Bill to: &lt;script&gt;window.x=1&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('<script');
    expect(html).toContain('<thead><tr><th style="font-weight:700">Description</th><th style="font-weight:700">Amount</th></tr></thead>');
  });

  it('renders the document a PDF was exported from, under the PDF file name', async () => {
    const { pdf } = invoiceMake('INV-2026-0101', 'Acme');
    const html = await (await get(`/doc/${pdf.getId()}`)).text();
    expect(html).toContain('<title>INV-2026-0101.pdf</title>');
    expect(html).toContain('Invoice INV-2026-0101');
  });

  it('answers 404 for an unknown id, a folder, the spreadsheet, a plain file and a malformed id', async () => {
    const { DriveApp } = workbench.session.emulator.globals;
    const folder = DriveApp.createFolder('Other');
    const text = folder.createFile('notes.txt', 'hello');
    const spreadsheetId = workbench.session.emulator.spreadsheet.getId();
    for (const id of ['doc-9999', folder.getId(), spreadsheetId, text.getId(), '%3Cscript%3E', '..%2F..%2Fetc']) {
      const response = await get(`/doc/${id}`);
      expect(response.status, id).toBe(404);
      expect(await response.text()).toBe('no document with that id');
    }
  });

  it('does not count its reads as the add-on\'s service calls', async () => {
    const id = invoiceMake('INV-2026-0102', 'Acme').doc.getId();
    workbench.session.emulator.resetCalls();
    expect((await get(`/doc/${id}`)).status).toBe(200);
    await state();
    expect(Object.fromEntries(workbench.session.emulator.calls)).toEqual({});
  });
});

describe('the panels\' data', () => {
  it('lists documents with their page and folder, mail with headers and attachment links, and Drive folders', async () => {
    const { doc, pdf } = invoiceMake('INV-2026-0103', 'Acme');
    const s = await state();
    const listed = s.documents.find((d) => d.id === doc.getId());
    expect(listed).toEqual({ id: doc.getId(), name: 'INV-2026-0103', url: doc.getUrl(), href: `/doc/${doc.getId()}`, folders: ['Customer Ledger'] });
    const mail = s.mail.find((m) => m.subject === 'Invoice INV-2026-0103');
    expect(mail).toMatchObject({
      to: 'ap@acme.example',
      cc: 'sales@example.com',
      bcc: '',
      replyTo: 'billing@example.com',
      name: 'Example Tea Co.',
      body: 'Please find the invoice attached.',
      hasHtmlBody: false,
    });
    expect(mail!.attachments).toEqual([{ name: 'INV-2026-0103.pdf', contentType: 'application/pdf', size: pdf.getSize(), href: `/doc/${doc.getId()}` }]);
    expect(Number.isNaN(Date.parse(mail!.sentAt))).toBe(false);
    expect(s.timeZone).toBe('Asia/Shanghai');
    const folder = s.drive.find((f) => f.path === 'My Drive / Customer Ledger');
    expect(folder?.files).toContainEqual({ id: pdf.getId(), name: 'INV-2026-0103.pdf', mimeType: 'application/pdf', href: `/doc/${pdf.getId()}` });
    expect(folder?.files).toContainEqual({ id: doc.getId(), name: 'INV-2026-0103', mimeType: 'application/vnd.google-apps.document', href: `/doc/${doc.getId()}` });
    expect(s.drive[0]!.path).toBe('My Drive');
    expect(s.drive[0]!.files.map((f) => f.href)).toContain(null);
  });

  it('gives nested folders their path, and no link to attachments that are not PDFs of a document', async () => {
    const { DriveApp, MailApp, Utilities } = workbench.session.emulator.globals;
    const year = DriveApp.getFoldersByName('Customer Ledger').next().createFolder('2026');
    year.createFile('aging.csv', 'a,b', 'text/csv');
    MailApp.sendEmail({
      to: 'ap@acme.example',
      subject: 'Aging',
      body: 'Attached.',
      attachments: [Utilities.newBlob('a,b', 'text/csv', 'aging.csv'), Utilities.newBlob('%PDF-1.4\n', 'application/pdf', 'scan.pdf')],
    });
    const s = await state();
    const nested = s.drive.find((f) => f.path === 'My Drive / Customer Ledger / 2026');
    expect(nested?.files.map((f) => [f.name, f.href])).toEqual([['aging.csv', null]]);
    expect(s.mail.at(-1)!.attachments.map((a) => [a.name, a.href])).toEqual([
      ['aging.csv', null],
      ['scan.pdf', null],
    ]);
  });

  it('leaves trashed documents out of the list', async () => {
    const { doc } = invoiceMake('INV-2026-0104', 'Acme');
    workbench.session.emulator.globals.DriveApp.getFileById(doc.getId()).setTrashed(true);
    const s = await state();
    expect(s.documents.some((d) => d.id === doc.getId())).toBe(false);
    expect(s.drive.flatMap((f) => f.files).some((f) => f.id === doc.getId())).toBe(false);
  });
});

describe('POST /api/today', () => {
  async function today(body: unknown): Promise<{ status: number; reply: unknown }> {
    const response = await fetch(new URL('/api/today', workbench.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, reply: await response.json() };
  }

  it('moves the virtual clock to the day given; refuses what is not a calendar day', async () => {
    expect(await today({ today: '2026-12-31' })).toEqual({ status: 200, reply: { ok: true, value: '2026-12-31' } });
    expect((await state()).today).toBe('2026-12-31');
    for (const bad of ['2026-02-30', '31/12/2026', 20261231, null]) {
      expect(await today({ today: bad })).toEqual({ status: 400, reply: { ok: false, error: 'today must be a date YYYY-MM-DD' } });
    }
    expect((await state()).today).toBe('2026-12-31');
  });
});
