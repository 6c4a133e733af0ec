// Invoice documents from the built bundle in the emulator: template, filled copies, line rows, PDFs, the Invoices tab.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../../src/core/book';
import { minor, moneyFormat } from '../../../src/core/money';
import { amountInChineseCapitals } from '../../../src/core/money-words';
import { INVOICE_TEMPLATE_NAME } from '../../../src/core/documents/invoice-template';
import type { EmuDocument, EmuTable } from '../../../src/local/emulator/document-app';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { bookRead } from '../../../src/sheets/book-read';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };
type Fixture = ReturnType<typeof sandboxWithSampleBook>;

timeZoneOfSpreadsheet();

const book = bookBuild(bookRead(sampleBookTables('en'), { lang: 'en' }).input);
const linesOf = (invoiceNo: string) => book.sales.filter((l) => l.invoiceNo === invoiceNo);
const issued = book.invoices.filter((i) => i.status === 'Issued' && linesOf(i.invoiceNo).length >= 2);
const [first, second] = issued;
const voided = book.invoices.find((i) => i.status === 'Void')!;
const draft = book.invoices.find((i) => i.status === 'Draft' && linesOf(i.invoiceNo).length > 0);

function create(fixture: Fixture, invoiceNos: string[]): any {
  const reply = fixture.bundle.call('invoiceDocumentsCreate', invoiceNos) as Reply;
  if (!reply.ok) throw new Error(reply.message);
  return reply.data;
}

function invoicesTab(fixture: Fixture): unknown[][] {
  return fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Invoices')!.getDataRange().getValues());
}

function invoiceCell(fixture: Fixture, invoiceNo: string, header: string): unknown {
  const [head, ...rows] = invoicesTab(fixture);
  const column = head!.indexOf(header);
  return rows.find((r) => r[0] === invoiceNo)?.[column];
}

function docNamed(fixture: Fixture, prefix: string): EmuDocument {
  const found = fixture.emulator.documents.filter((d) => d.name.startsWith(prefix));
  expect(found).toHaveLength(1);
  return found[0]!.document;
}

function lineTable(doc: EmuDocument): EmuTable {
  const tables = doc.body.children.filter((c): c is EmuTable => 'rows' in c);
  const found = tables.filter((t) => t.texts()[0]?.[0] === 'Description 摘要');
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('invoiceDocumentsCreate', () => {
  it('creates the template once, then a filled Doc and its PDF per invoice; links and statuses in the tab', () => {
    const fixture = sandboxWithSampleBook();
    const data = create(fixture, [first!.invoiceNo, second!.invoiceNo]);
    expect(data.outcomes.map((o: any) => o.state)).toEqual(['created', 'created']);
    expect([data.created, data.existing, data.problems]).toEqual([2, 0, 0]);
    const drive = fixture.emulator.drive;
    const folder = [...drive.items.values()].find((i) => i.kind === 'folder' && i.name === 'Customer Ledger')!;
    expect(data.folderId).toBe(folder.id);
    expect(drive.filesNamed(INVOICE_TEMPLATE_NAME)).toHaveLength(1);
    expect([...drive.filesNamed(INVOICE_TEMPLATE_NAME)[0]!.parents]).toEqual([folder.id]);

    const customer = book.customerById.get(first!.customerId)!;
    const doc = docNamed(fixture, `${first!.invoiceNo} `);
    expect(doc.getName()).toBe(`${first!.invoiceNo} ${customer.name}`);
    const text = doc.getText();
    expect(text).not.toContain('{{');
    expect(text).toContain('INVOICE 账单 / 请款单');
    expect(text).toContain('not an official VAT fapiao');
    expect(text).toContain(customer.name);
    expect(text).toContain(`Amount in words 大写金额: ${amountInChineseCapitals(first!.total, 'CNY')}`);

    // The line rows: one per Sales line, in sheet order, then subtotal, tax and total.
    const rows = lineTable(doc).texts();
    const lines = linesOf(first!.invoiceNo);
    expect(rows).toHaveLength(1 + lines.length + 3);
    expect(rows.slice(1, 1 + lines.length).map((r) => r[0])).toEqual(lines.map((l) => l.description));
    expect(rows.at(-1)!.slice(4)).toEqual(['Total 价税合计', moneyFormat(first!.total, 'CNY', 'en')]);
    const money = (cell: string) => Math.round(Number(cell.replace(/[¥,]/g, '')) * 100);
    const lineAmounts = rows.slice(1, 1 + lines.length).map((r) => money(r[5]!));
    expect(lineAmounts).toEqual(lines.map((l) => l.amount));
    const [subtotal, tax, total] = rows.slice(-3).map((r) => money(r[5]!));
    expect(subtotal! + tax!).toBe(total);
    expect(rows.slice(1, 1 + lines.length).reduce((sum, r) => sum + money(r[4]!), 0)).toBe(tax);

    // The PDF beside it, linked from the Document column.
    const pdf = drive.filesNamed(`${first!.invoiceNo}.pdf`);
    expect(pdf).toHaveLength(1);
    expect(pdf[0]!.mimeType).toBe('application/pdf');
    expect([...pdf[0]!.parents]).toEqual([folder.id]);
    expect(pdf[0]!.data.toString('utf8').startsWith('%PDF')).toBe(true);
    const outcome = data.outcomes[0];
    expect(outcome.pdfUrl).toBe(`https://drive.google.com/file/d/${pdf[0]!.id}/view`);
    expect(outcome.docId).toBe(doc.id);
    expect(invoiceCell(fixture, first!.invoiceNo, 'Document')).toBe(outcome.pdfUrl);
    expect(invoiceCell(fixture, first!.invoiceNo, 'Status')).toBe('Issued');

    // One Audit Log row per invoice.
    const log = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Audit Log')!.getDataRange().getValues());
    expect(log.filter((r) => r[2] === 'invoice.document').map((r) => r[3])).toEqual([first!.invoiceNo, second!.invoiceNo]);
  });

  it('a second run reports the documents as existing and creates nothing', () => {
    const fixture = sandboxWithSampleBook();
    const made = create(fixture, [first!.invoiceNo]);
    const items = fixture.emulator.drive.items.size;
    const again = create(fixture, [first!.invoiceNo]);
    expect(again.outcomes[0].state).toBe('existing');
    expect(again.outcomes[0].pdfUrl).toBe(made.outcomes[0].pdfUrl);
    expect(again.outcomes[0].docUrl).toBe(made.outcomes[0].docUrl);
    expect([again.outcomes[0].docId, again.outcomes[0].pdfId, again.outcomes[0].total]).toEqual([made.outcomes[0].docId, made.outcomes[0].pdfId, made.outcomes[0].total]);
    expect(fixture.emulator.drive.items.size).toBe(items);
  });

  it('refuses Void, unknown and line-less invoices with row-numbered messages; the rest still succeeds', () => {
    const fixture = sandboxWithSampleBook();
    const data = create(fixture, [voided.invoiceNo, 'INV-1999-0001', first!.invoiceNo, ` ${first!.invoiceNo} `]);
    expect(data.outcomes.map((o: any) => o.state)).toEqual(['problem', 'problem', 'created']);
    expect(data.outcomes[0].text).toEqual({
      en: `Invoices row ${voided.source.row}: ${voided.invoiceNo} is Void, so it gets no document.`,
      'zh-CN': `账单 第 ${voided.source.row} 行：${voided.invoiceNo} 已作废，不生成账单文件。`,
    });
    expect(data.outcomes[1].message).toBe('Invoice INV-1999-0001 is not in the Invoices tab.');
    expect(invoiceCell(fixture, voided.invoiceNo, 'Document')).toBe('');
    expect(data.summary).toBe('Invoice documents: 1 created, 0 already existed, 2 not created.');
  });

  it('golden messages: no Sales lines, unknown customer, unreadable row (en and zh-CN)', () => {
    const fixture = sandboxWithSampleBook();
    fixture.emulator.uncounted(() => {
      const sheet = fixture.spreadsheet.getSheetByName('Invoices')!;
      sheet.getRange(sheet.getLastRow() + 1, 1, 3, 5).setValues([
        ['INV-2026-8001', 'C001', '2026-03-02', '', 'Issued'],
        ['INV-2026-8002', 'C999', '2026-03-02', '', 'Issued'],
        ['INV-2026-8003', 'C001', 'someday', '', 'Issued'],
      ]);
    });
    const rows = invoicesTab(fixture).length;
    const data = create(fixture, ['INV-2026-8001', 'INV-2026-8002', 'INV-2026-8003']);
    expect(data.outcomes.map((o: any) => o.state)).toEqual(['problem', 'problem', 'problem']);
    expect(rows).toBe(126);
    expect(data.outcomes.map((o: any) => [o.text.en, o.text['zh-CN']])).toMatchInlineSnapshot(`
      [
        [
          "Invoices row 124: INV-2026-8001 has no Sales lines (write INV-2026-8001 in the Invoice No column of the Sales rows it bills).",
          "账单 第 124 行：INV-2026-8001 没有销售记录（请在所开销售行的“账单号”列填写 INV-2026-8001）。",
        ],
        [
          "Invoices row 125: customer C999 of INV-2026-8002 is not in Customers.",
          "账单 第 125 行：INV-2026-8002 的客户 C999 不在客户表中。",
        ],
        [
          "INV-2026-8003 cannot be read, so it gets no document. Invoices row 126: Issue Date "someday" is not a date (write it as YYYY-MM-DD). Fix the row first.",
          "INV-2026-8003 无法读取，未生成账单文件。账单 第 126 行：Issue Date“someday”不是有效日期（请写成 YYYY-MM-DD）。请先修正该行。",
        ],
      ]
    `);
    expect(fixture.emulator.documents.filter((d) => d.name.startsWith('INV-2026-80'))).toEqual([]);
  });

  it('moves a Draft invoice to Issued', () => {
    if (!draft) throw new Error('the sample book has a Draft invoice with lines');
    const fixture = sandboxWithSampleBook();
    const data = create(fixture, [draft.invoiceNo]);
    expect(data.outcomes[0].state).toBe('created');
    expect(invoiceCell(fixture, draft.invoiceNo, 'Status')).toBe('Issued');
    expect(docNamed(fixture, `${draft.invoiceNo} `).getText()).toContain('Issued');
  });
});
