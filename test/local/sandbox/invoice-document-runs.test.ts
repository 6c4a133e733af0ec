// Invoice documents in the emulator: 80 lines in one table, call counts, literal values, the template's life, menu, PDF blob.
import { afterEach, describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { INVOICE_TEMPLATE_NAME } from '../../../src/core/documents/invoice-template';
import { invoicePdfBlob } from '../../../src/gas/documents/invoice-documents';
import { EmuParagraph, pdfSourceDocumentId, type EmuDocument, type EmuTable } from '../../../src/local/emulator/document-app';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { bookRead } from '../../../src/sheets/book-read';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };
type Fixture = ReturnType<typeof sandboxWithSampleBook>;

timeZoneOfSpreadsheet();

const tables = sampleBookTables('en');
const book = bookBuild(bookRead(tables, { lang: 'en' }).input);
const target = book.invoices.find((i) => i.status === 'Issued' && book.sales.some((l) => l.invoiceNo === i.invoiceNo))!;
const other = book.invoices.find((i) => i.status === 'Issued' && i.invoiceNo !== target.invoiceNo && book.sales.some((l) => l.invoiceNo === i.invoiceNo))!;
const BIG = 'INV-2026-9001';

function create(fixture: Fixture, invoiceNos: string[]): any {
  const reply = fixture.bundle.call('invoiceDocumentsCreate', invoiceNos) as Reply;
  if (!reply.ok) throw new Error(reply.message);
  return reply.data;
}

/** Appends rows below a tab's data (not counted as the add-on's calls). */
function rowsAppend(fixture: Fixture, tab: string, rows: unknown[][]): void {
  fixture.emulator.uncounted(() => {
    const sheet = fixture.spreadsheet.getSheetByName(tab)!;
    sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, rows[0]!.length).setValues(rows);
  });
}

/** An invoice of C001 with `count` Sales lines: price 10 + i, 13% tax. */
function bigInvoiceAdd(fixture: Fixture, count: number): void {
  rowsAppend(fixture, 'Invoices', [[BIG, 'C001', '2026-03-02', '', 'Issued']]);
  rowsAppend(fixture, 'Sales', Array.from({ length: count }, (_, i) => ['2026-03-02', 'C001', `Item ${i + 1}`, 1, 10 + i, '13%', ((10 + i) * 113) / 100, BIG]));
}

function docsNamed(fixture: Fixture, prefix: string): EmuDocument[] {
  return fixture.emulator.documents.filter((d) => d.name.startsWith(prefix) && !fixture.emulator.drive.item(d.id).trashed).map((d) => d.document);
}

function tablesOf(doc: EmuDocument): EmuTable[] {
  return doc.body.children.filter((c): c is EmuTable => 'rows' in c);
}

function templateDoc(fixture: Fixture): EmuDocument {
  const [file] = fixture.emulator.drive.filesNamed(INVOICE_TEMPLATE_NAME);
  return fixture.emulator.drive.documents.get(file!.id)!;
}

describe('invoice documents with many lines', () => {
  it('puts 80 lines into the one line table, in order, with no page break', () => {
    const fixture = sandboxWithSampleBook();
    bigInvoiceAdd(fixture, 80);
    const data = create(fixture, [BIG]);
    expect(data.outcomes[0].state).toBe('created');
    const [doc] = docsNamed(fixture, `${BIG} `);
    const lineTables = tablesOf(doc!).filter((t) => t.texts()[0]?.[0] === 'Description 摘要');
    expect(lineTables).toHaveLength(1);
    const rows = lineTables[0]!.texts();
    expect(rows).toHaveLength(1 + 80 + 3);
    expect(rows.slice(1, 81).map((r) => r[0])).toEqual(Array.from({ length: 80 }, (_, i) => `Item ${i + 1}`));
    expect(doc!.body.children.some((c) => 'kind' in c && c.kind === 'pagebreak')).toBe(false);
    // Σ (10 + i) × 1.13 for i < 80 = 3960 × 1.13
    expect(rows.at(-1)![5]).toBe('¥4,474.80');
    expect(rows.at(-3)![5]).toBe('¥3,960.00');
    expect(doc!.getText()).not.toContain('{{');
  });

  it('makes the same service calls whatever the book\'s row count', () => {
    const counts = [0, 600].map((extra) => {
      const fixture = sandboxWithSampleBook();
      bigInvoiceAdd(fixture, 5);
      if (extra > 0) rowsAppend(fixture, 'Sales', Array.from({ length: extra }, (_, i) => ['2026-03-03', 'C002', `Extra ${i}`, 1, 1, '0%', 1, '']));
      fixture.emulator.resetCalls();
      create(fixture, [BIG]);
      const calls = fixture.emulator.calls;
      const sheetCalls = [...calls].filter(([name]) => /^(Spreadsheet|Sheet|Range)\./.test(name)).reduce((sum, [, n]) => sum + n, 0);
      return { total: calls.total(), sheetCalls };
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.sheetCalls).toBeLessThan(80);
  });
});

describe('invoice document values', () => {
  it('inserts customer text literally: placeholders and $ patterns in a name are not expanded', () => {
    const fixture = sandboxWithSampleBook();
    const row = tables.Customers.findIndex((r) => r[0] === target.customerId) + 1;
    const name = 'Acme {{total}} $& $1 {{ invoice_no }}';
    fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Customers')!.getRange(row, 2).setValue(name));
    create(fixture, [target.invoiceNo]);
    const [doc] = docsNamed(fixture, `${target.invoiceNo} `);
    expect(doc!.getName()).toBe(`${target.invoiceNo} ${name}`);
    const paragraphs = doc!.body.children.filter((c): c is EmuParagraph => c instanceof EmuParagraph).map((p) => p.text);
    expect(paragraphs).toContain(`${name} (${target.customerId})`);
  });

  it('fills the fapiao number after Set up added the fapiao columns', () => {
    const fixture = sandboxWithSampleBook();
    fixture.bundle.call('menuSetUp');
    const sheet = fixture.spreadsheet.getSheetByName('Invoices')!;
    const [head] = fixture.emulator.uncounted(() => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues());
    expect(head!.slice(-3)).toEqual(['Fapiao No', 'Fapiao Date', 'Fapiao Type']);
    const row = tables.Invoices.findIndex((r) => r[0] === target.invoiceNo) + 1;
    fixture.emulator.uncounted(() => sheet.getRange(row, head!.indexOf('Fapiao No') + 1).setValue("'04400123"));
    create(fixture, [target.invoiceNo]);
    const [doc] = docsNamed(fixture, `${target.invoiceNo} `);
    expect(tablesOf(doc!)[0]!.texts()).toContainEqual(['Fapiao No 发票号码', '04400123']);
    const document = fixture.emulator.uncounted(() => sheet.getRange(row, head!.indexOf('Document') + 1).getValue());
    expect(String(document)).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
  });

  it('writes Chinese dates, status and terms for a zh-CN user', () => {
    const fixture = sandboxWithSampleBook('zh-CN');
    fixture.bundle.call('userLangChoose', 'zh-CN');
    const data = create(fixture, [target.invoiceNo]);
    expect(data.summary).toBe('账单文件：新生成 1 份，已存在 0 份，未生成 0 份。');
    const [doc] = docsNamed(fixture, `${target.invoiceNo} `);
    const [y, m, d] = target.issueDate.split('-').map(Number);
    expect(tablesOf(doc!)[0]!.texts()).toContainEqual(['Issue Date 开票日期', `${y}年${m}月${d}日`]);
    expect(tablesOf(doc!)[0]!.texts()).toContainEqual(['Status 状态', '已开具']);
  });
});

describe('the invoice template', () => {
  it('keeps the user\'s edits, and is made again (with a new folder) when trashed', () => {
    const fixture = sandboxWithSampleBook();
    create(fixture, [target.invoiceNo]);
    const template = templateDoc(fixture);
    template.body.appendParagraph('Thank you, {{customer_contact}}!');
    create(fixture, [other.invoiceNo]);
    const contact = book.customerById.get(other.customerId)!.contact;
    expect(docsNamed(fixture, `${other.invoiceNo} `)[0]!.getText()).toContain(`Thank you, ${contact}!`);

    const drive = fixture.emulator.drive;
    drive.item(template.id).trashed = true;
    const folder = [...drive.items.values()].find((i) => i.kind === 'folder' && i.name === 'Customer Ledger')!;
    folder.trashed = true;
    const third = book.invoices.find((i) => i.status === 'Issued' && ![target, other].includes(i) && book.sales.some((l) => l.invoiceNo === i.invoiceNo))!;
    const data = create(fixture, [third.invoiceNo]);
    expect(data.folderId).not.toBe(folder.id);
    expect(drive.filesNamed(INVOICE_TEMPLATE_NAME)).toHaveLength(1);
    expect(templateDoc(fixture).id).not.toBe(template.id);
    expect(docsNamed(fixture, `${third.invoiceNo} `)[0]!.getText()).not.toContain('Thank you');
  });

  it('a template without its line row is refused; nothing is written and the copy is trashed', () => {
    const fixture = sandboxWithSampleBook();
    create(fixture, [target.invoiceNo]);
    const lineTable = tablesOf(templateDoc(fixture)).find((t) => t.texts()[0]?.[0] === 'Description 摘要')!;
    lineTable.rows.splice(1, 1);
    const data = create(fixture, [other.invoiceNo]);
    expect(data.outcomes[0].state).toBe('problem');
    expect(data.outcomes[0].message).toMatch(/^The invoice template has no line-item row/);
    expect(docsNamed(fixture, `${other.invoiceNo} `)).toHaveLength(0);
    expect(fixture.emulator.drive.filesNamed(`${other.invoiceNo}.pdf`)).toHaveLength(0);
  });
});

describe('menu: Create invoice documents', () => {
  it('makes the documents of the invoices of the selected Sales rows', () => {
    const fixture = sandboxWithSampleBook();
    const rows = tables.Sales.flatMap((r, i) => (r[7] === target.invoiceNo ? [i + 1] : []));
    const sales = fixture.spreadsheet.getSheetByName('Sales')!;
    fixture.spreadsheet.setActiveSheet(sales);
    fixture.spreadsheet.setActiveRange(sales.getRange(`B${Math.min(...rows)}:C${Math.max(...rows)}`));
    fixture.bundle.call('menuInvoiceDocuments');
    expect(fixture.emulator.ui.sidebar!.html).toContain('Invoice documents: 1 created, 0 already existed, 0 not created.');
    expect(docsNamed(fixture, `${target.invoiceNo} `)).toHaveLength(1);
  });

  it('asks for a selection on the Invoices or Sales tab', () => {
    const fixture = sandboxWithSampleBook();
    const customers = fixture.spreadsheet.getSheetByName('Customers')!;
    fixture.spreadsheet.setActiveSheet(customers);
    fixture.spreadsheet.setActiveRange(customers.getRange('A2:A3'));
    fixture.bundle.call('menuInvoiceDocuments');
    expect(fixture.emulator.ui.sidebar!.html).toContain('Select the invoices on the Invoices tab (or their lines on the Sales tab) first.');
    expect(fixture.emulator.ui.sidebar!.html).toContain('"noticeKind":"error"');
  });
});

describe('invoicePdfBlob (src on the emulator globals)', () => {
  const SERVICES = ['SpreadsheetApp', 'PropertiesService', 'LockService', 'DriveApp', 'DocumentApp', 'Session', 'Utilities'] as const;
  const host = globalThis as Record<string, unknown>;
  afterEach(() => {
    for (const name of SERVICES) delete host[name];
  });

  it('creates the document on first use, then hands back the same PDF', () => {
    const fixture = sandboxWithSampleBook();
    for (const name of SERVICES) host[name] = fixture.emulator.globals[name];
    const first = invoicePdfBlob(target.invoiceNo, 'en');
    expect(first.blob.getContentType()).toBe('application/pdf');
    expect(first.blob.getName()).toBe(`${target.invoiceNo}.pdf`);
    expect(first).toMatchObject({ invoiceNo: target.invoiceNo, customerId: target.customerId, currency: 'CNY', dueDate: target.dueDate });
    expect(pdfSourceDocumentId(new Uint8Array(first.blob.getBytes()))).toBe(first.docId);
    const again = invoicePdfBlob(target.invoiceNo, 'en');
    expect([again.pdfId, again.docId, again.pdfUrl]).toEqual([first.pdfId, first.docId, first.pdfUrl]);
    expect(docsNamed(fixture, `${target.invoiceNo} `)).toHaveLength(1);
  });

  it('refuses a Void invoice and a link that no longer opens', () => {
    const fixture = sandboxWithSampleBook();
    for (const name of SERVICES) host[name] = fixture.emulator.globals[name];
    const voided = book.invoices.find((i) => i.status === 'Void')!;
    expect(() => invoicePdfBlob(voided.invoiceNo, 'en')).toThrow(/is Void/);
    const made = invoicePdfBlob(target.invoiceNo, 'en');
    fixture.emulator.drive.item(made.pdfId).trashed = true;
    expect(() => invoicePdfBlob(target.invoiceNo, 'en')).toThrow(/no longer opens a file/);
  });
});

describe('two users creating the same invoice document at once', () => {
  it('the later one finds the first one\'s link under the lock, trashes its own copy and reports it as existing', () => {
    const fixture = sandboxWithSampleBook();
    const { emulator } = fixture;
    // Execution B holds the document lock and, 2 s later, makes the same invoice's document.
    const b = emulator.executions.start('B');
    b.run(() => expect(emulator.globals.LockService.getDocumentLock().tryLock(0)).toBe(true));
    let madeByB: any = null;
    emulator.clock.schedule(2_000, () => {
      b.run(() => (madeByB = create(fixture, [target.invoiceNo])));
      b.end();
    });
    const data = create(fixture, [target.invoiceNo]);
    expect(madeByB.outcomes[0].state).toBe('created');
    expect(data.outcomes[0].state).toBe('existing');
    expect(data.outcomes[0].pdfUrl).toBe(madeByB.outcomes[0].pdfUrl);
    expect(docsNamed(fixture, `${target.invoiceNo} `)).toHaveLength(1);
    // A did make its copy before it waited for the lock: it is in the trash now.
    expect(emulator.documents.filter((d) => d.name.startsWith(`${target.invoiceNo} `))).toHaveLength(2);
    expect(fixture.emulator.drive.filesNamed(`${target.invoiceNo}.pdf`)).toHaveLength(1);
    const log = emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Audit Log')!.getDataRange().getValues());
    expect(log.filter((r) => r[2] === 'invoice.document')).toHaveLength(1);
  });
});

describe('while the documents are made', () => {
  it('an invoice voided meanwhile gets no link and its copy goes to the trash', () => {
    const fixture = sandboxWithSampleBook();
    const { emulator } = fixture;
    const b = emulator.executions.start('B');
    b.run(() => expect(emulator.globals.LockService.getDocumentLock().tryLock(0)).toBe(true));
    const row = tables.Invoices.findIndex((r) => r[0] === target.invoiceNo) + 1;
    emulator.clock.schedule(2_000, () => {
      b.run(() => fixture.spreadsheet.getSheetByName('Invoices')!.getRange(row, 5).setValue('Void'));
      b.end();
    });
    const data = create(fixture, [target.invoiceNo]);
    expect(data.outcomes[0].state).toBe('problem');
    expect(data.outcomes[0].message).toBe(`Invoices row ${row}: ${target.invoiceNo} is Void, so it gets no document.`);
    expect(docsNamed(fixture, `${target.invoiceNo} `)).toHaveLength(0);
    expect(fixture.emulator.drive.filesNamed(`${target.invoiceNo}.pdf`)).toHaveLength(0);
  });

  it('a lock that stays busy writes nothing and leaves no document behind', () => {
    const fixture = sandboxWithSampleBook();
    const { emulator } = fixture;
    const b = emulator.executions.start('B');
    b.run(() => expect(emulator.globals.LockService.getDocumentLock().tryLock(0)).toBe(true));
    const reply = fixture.bundle.call('invoiceDocumentsCreate', [target.invoiceNo]) as Reply;
    expect(reply).toMatchObject({ ok: false, code: 'error.lockBusy' });
    expect(docsNamed(fixture, `${target.invoiceNo} `)).toHaveLength(0);
    expect(fixture.emulator.drive.filesNamed(`${target.invoiceNo}.pdf`)).toHaveLength(0);
    const [head, ...rows] = emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Invoices')!.getDataRange().getValues());
    expect(head).not.toContain('Document');
    expect(rows.find((r) => r[0] === target.invoiceNo)![4]).toBe('Issued');
    b.end();
  });
});
