// documentHtml: an emulated document as a printable page — escaping, headings, styles, tables, page breaks, PDF source.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/local/emulator';
import { pdfSourceDocumentId, type EmuDocument } from '../../../src/local/emulator/document-app';
import { documentHtml, htmlEscape } from '../../../src/local/emulator/document-html';

function docMake(name = 'Doc'): { emu: ReturnType<typeof createEmulator>; doc: GoogleAppsScript.Document.Document } {
  const emu = createEmulator();
  return { emu, doc: emu.globals.DocumentApp.create(name) };
}

const html = (doc: GoogleAppsScript.Document.Document, options = {}) => documentHtml(doc as unknown as EmuDocument, options);

/** The markup between <body> and </body>. */
function bodyOf(page: string): string {
  return page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
}

describe('htmlEscape', () => {
  it('escapes the characters that start markup or end an attribute', () => {
    expect(htmlEscape(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(htmlEscape('发票 INV-1')).toBe('发票 INV-1');
  });
});

describe('documentHtml', () => {
  it('escapes every text: name, paragraphs, table cells; no markup of the user gets through', () => {
    const { doc } = docMake('<script>alert(1)</script>');
    const body = doc.getBody();
    body.appendParagraph('<img src=x onerror=alert(1)>');
    body.appendTable([
      ['<b>Item</b>', '"Amount"'],
      ["O'Brien & Sons", '</td></tr></table><script>x()</script>'],
    ]);
    const page = html(doc);
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('O&#39;Brien &amp; Sons');
    expect(page).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;x()&lt;/script&gt;');
    expect(page).not.toMatch(/<script|<img|<b>/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('maps headings to h1–h6, title and subtitle, with alignment and bold from the Text view or attributes', () => {
    const { emu, doc } = docMake('Headings');
    const { ParagraphHeading, HorizontalAlignment } = emu.globals.DocumentApp;
    const body = doc.getBody();
    body.appendParagraph('Invoice 发票').setHeading(ParagraphHeading.TITLE).setAlignment(HorizontalAlignment.CENTER);
    body.appendParagraph('Bill to').setHeading(ParagraphHeading.HEADING2);
    body.appendParagraph('Plain');
    body.appendParagraph('Strong').editAsText().setBold(true);
    body.appendParagraph('Right').setAttributes({ HORIZONTAL_ALIGNMENT: 'RIGHT', FONT_SIZE: 9, FOREGROUND_COLOR: '#cc0000', ITALIC: true });
    body.appendParagraph('');
    const out = bodyOf(html(doc));
    expect(out).toContain('<p class="title" style="text-align:center">Invoice 发票</p>');
    expect(out).toContain('<h2>Bill to</h2>');
    expect(out).toContain('<p>Plain</p>');
    expect(out).toContain('<p style="font-weight:700">Strong</p>');
    expect(out).toContain('<p style="text-align:right;font-style:italic;font-size:9pt;color:#cc0000">Right</p>');
    expect(out).toContain('<p><br></p>');
    expect(html(doc)).toContain('<html lang="zh-CN">');
  });

  it('drops style values that are not of a safe shape (colour, font) instead of writing them into CSS', () => {
    const { doc } = docMake();
    doc.getBody().appendParagraph('x').setAttributes({ FOREGROUND_COLOR: 'red;background:url(//evil)', FONT_FAMILY: "Arial'}</style><script>", FONT_SIZE: 'big' });
    const out = bodyOf(html(doc));
    expect(out).toContain('<p>x</p>');
    expect(out).not.toContain('evil');
  });

  it('renders a table whose first row repeats as the header on print, and rows that do not split', () => {
    const { doc } = docMake('Lines');
    const table = doc.getBody().appendTable([
      ['Description', 'Qty', 'Amount'],
      ['Tea', '2', '10.00'],
      ['Cups', '1', '5.50'],
    ]);
    table.getCell(0, 0).setBackgroundColor('#eeeeee');
    table.getCell(0, 1).editAsText().setBold(true);
    table.getCell(0, 2).editAsText().setBold(true);
    table.getCell(2, 2).editAsText().setBold(true);
    const page = html(doc);
    const out = bodyOf(page);
    expect(out).toContain(
      '<table class="doc-table" style="--border:1pt"><thead><tr><th style="background-color:#eeeeee">Description</th><th style="font-weight:700">Qty</th><th style="font-weight:700">Amount</th></tr></thead>' +
        '<tbody><tr><td>Tea</td><td>2</td><td>10.00</td></tr><tr><td>Cups</td><td>1</td><td style="font-weight:700">5.50</td></tr></tbody></table>',
    );
    expect(page).toContain('thead { display: table-header-group; }');
    expect(page).toMatch(/tr \{ break-inside: avoid; page-break-inside: avoid; \}/);
  });

  it('gives a one-row table and a label/value table (first row not headings) no header; border width 0 draws none', () => {
    const { doc } = docMake();
    doc.getBody().appendTable([['Total', '15.50']]).setBorderWidth(0);
    const labels = doc.getBody().appendTable([['Invoice No', 'INV-1'], ['Due Date', '2026-12-01']]);
    labels.getCell(0, 0).editAsText().setBold(true);
    const out = bodyOf(html(doc));
    expect(out).toContain('<table class="doc-table" style="--border:0pt"><tbody><tr><td>Total</td><td>15.50</td></tr></tbody></table>');
    expect(out).toContain('<tbody><tr><td style="font-weight:700">Invoice No</td><td>INV-1</td></tr><tr><td>Due Date</td><td>2026-12-01</td></tr></tbody>');
    expect(out).not.toContain('<thead>');
  });

  it('starts a new page section at each page break and draws horizontal rules', () => {
    const { doc } = docMake();
    const body = doc.getBody();
    body.appendParagraph('One');
    body.appendHorizontalRule();
    body.appendPageBreak();
    body.appendParagraph('Two');
    body.appendPageBreak();
    body.appendParagraph('Three');
    const out = bodyOf(html(doc));
    const sections = out.match(/<section class="page">[\s\S]*?<\/section>/g) ?? [];
    expect(sections).toHaveLength(3);
    expect(sections[0]).toContain('<p>One</p>\n<hr>');
    expect(sections[1]).toContain('<p>Two</p>');
    expect(sections[2]).toContain('<p>Three</p>');
    expect(html(doc)).toContain('<html lang="en">');
  });

  it('takes the title and language given (a PDF shown by its own name)', () => {
    const { doc } = docMake('INV-1');
    doc.getBody().appendParagraph('Invoice');
    const page = html(doc, { title: 'INV-1.pdf', lang: 'zh-CN' });
    expect(page).toContain('<title>INV-1.pdf</title>');
    expect(page).toContain('<html lang="zh-CN">');
  });
});

describe('a copy of a template (Drive makeCopy, row copies) renders with the template\'s formatting', () => {
  it('keeps bold, font size, cell shading and a borderless table', () => {
    const { emu, doc } = docMake('Template');
    const body = doc.getBody();
    body.appendParagraph('{{company}}').editAsText().setBold(true);
    body.appendParagraph('Not a fapiao').editAsText().setFontSize(8);
    body.appendTable([['Invoice No', '{{no}}']]).setBorderWidth(0);
    const lines = body.appendTable([['Item', 'Amount'], ['{{item}}', '{{amount}}']]);
    for (const column of [0, 1]) lines.getCell(0, column).setBackgroundColor('#eeeeee').editAsText().setBold(true);
    lines.getCell(1, 1).editAsText().setForegroundColor('#333333');
    const copy = emu.globals.DriveApp.getFileById(doc.getId()).makeCopy('INV-1');
    const filled = emu.globals.DocumentApp.openById(copy.getId());
    const table = filled.getBody().getTables()[1]!;
    table.appendTableRow(table.getRow(1).copy());
    const out = bodyOf(html(filled));
    expect(out).toContain('<p style="font-weight:700">{{company}}</p>');
    expect(out).toContain('<p style="font-size:8pt">Not a fapiao</p>');
    expect(out).toContain('<table class="doc-table" style="--border:0pt">');
    expect(out).toContain('<th style="background-color:#eeeeee;font-weight:700">Item</th>');
    expect(out.match(/<td style="color:#333333">\{\{amount\}\}<\/td>/g)).toHaveLength(2);
  });
});

describe('pdfSourceDocumentId', () => {
  it('names the document a PDF was exported from, through a Drive file and a copied blob', () => {
    const { emu, doc } = docMake('INV-9');
    doc.getBody().appendParagraph('Invoice INV-9');
    const folder = emu.globals.DriveApp.createFolder('Customer Ledger');
    const pdf = folder.createFile(doc.getAs('application/pdf'));
    const bytes = Buffer.from(pdf.getBlob().getBytes().map((b) => b & 0xff));
    expect(pdfSourceDocumentId(bytes)).toBe(doc.getId());
    const viaFile = emu.globals.DriveApp.getFileById(doc.getId()).getAs('application/pdf').copyBlob();
    expect(pdfSourceDocumentId(Buffer.from(viaFile.getBytes().map((b) => b & 0xff)))).toBe(doc.getId());
    expect(pdf.getBlob().getDataAsString()).toContain('Invoice INV-9');
  });

  it('is null for other bytes', () => {
    expect(pdfSourceDocumentId(Buffer.from('%PDF-1.4\nhello'))).toBeNull();
    expect(pdfSourceDocumentId(Buffer.from('hello'))).toBeNull();
    expect(pdfSourceDocumentId(new Uint8Array())).toBeNull();
  });
});
