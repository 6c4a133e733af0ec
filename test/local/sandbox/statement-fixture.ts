// Shared pieces of the statement bundle tests: the sample book with company settings, expected documents, readers.
import { bookBuild } from '../../../src/core/book';
import { statementBlocks, type StatementBlock } from '../../../src/core/documents/statement-blocks';
import { statementDocumentBuild } from '../../../src/core/documents/statement-document';
import type { StatementSpec } from '../../../src/core/reports/statement';
import type { IsoDate, Lang } from '../../../src/core/types';
import { EmuParagraph, EmuTable } from '../../../src/local/emulator/document-app';
import { sampleBookTables, sampleLastDate } from '../../../src/local/sample/sample-book';
import { bookRead } from '../../../src/sheets/book-read';
import { sandboxWithSampleBook } from './sandbox-fixture';

export type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };
export type Fixture = ReturnType<typeof sandboxWithSampleBook>;

/** Company details added to the sample's Settings tab (the sample has the company name only). */
export const COMPANY_SETTINGS: readonly (readonly [string, string | number])[] = [
  ['Company Address', '杭州市西湖区文三路 90 号'],
  ['Company Phone', '0571-8888 0000'],
  ['Company Email', 'ar@yunfan.example'],
  ['Company Tax ID', '91330106MA27XYZ12K'],
  ['Bank Details', '招商银行杭州分行 5719 0000 1234'],
  ['Statement Reply Days', 10],
];

/** The sample book in the emulator with the company settings appended to its Settings tab. */
export function statementSandbox(lang: Lang = 'en'): Fixture {
  const fixture = sandboxWithSampleBook(lang);
  fixture.emulator.uncounted(() => {
    const settings = fixture.spreadsheet.getSheets().find((s) => /^(Settings|设置)$/.test(s.getName()))!;
    settings.getRange(settings.getLastRow() + 1, 1, COMPANY_SETTINGS.length, 2).setValues(COMPANY_SETTINGS.map((row) => [...row]));
  });
  fixture.emulator.resetCalls();
  return fixture;
}

/** The reply's data, or the test fails with the server's message. */
export function ok(reply: unknown): any {
  const r = reply as Reply;
  if (!r.ok) throw new Error(`RPC failed: ${r.code} ${r.message}`);
  return r.data;
}

/** The book the bundle reads, built in Node from the same sample tables plus the company settings. */
export function sampleBookWithCompany(lang: Lang) {
  const tables = sampleBookTables(lang);
  return bookBuild(bookRead({ ...tables, Settings: [...tables.Settings, ...COMPANY_SETTINGS.map((row) => [...row])] }, { lang }).input);
}

/** The blocks the engine says the statement has (number and date as the bundle gives them). */
export function expectedBlocks(spec: StatementSpec, lang: Lang, statementNo: string, issueDate = sampleLastDate): StatementBlock[] {
  const book = sampleBookWithCompany(lang);
  const doc = statementDocumentBuild(book, spec, book.settings, { lang, statementNo, issueDate: issueDate as IsoDate });
  if (!doc) throw new Error('no such customer');
  return statementBlocks(doc);
}

/** The text a Google Doc written from `blocks` holds: paragraphs by line, table cells by tab (Body.getText). */
export function blocksDocText(blocks: readonly StatementBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'title' || block.kind === 'heading' || block.kind === 'text') lines.push(block.text);
    else if (block.kind === 'lines') lines.push(...block.lines);
    else if (block.kind === 'fields') lines.push(block.fields.map(([label, value]) => `${label}\t${value.text}`).join('\n'));
    else lines.push([block.header, ...block.body.map((row) => row.map((c) => c.text))].map((row) => row.join('\t')).join('\n'));
  }
  return lines.join('\n');
}

/** The emulated Doc behind an id: its tables (cell texts) and paragraphs. */
export function docContent(fixture: Fixture, docId: string) {
  const doc = fixture.emulator.drive.documents.get(docId);
  if (!doc) throw new Error(`no document ${docId}`);
  const tables = doc.body.children.filter((c): c is EmuTable => c instanceof EmuTable);
  const paragraphs = doc.body.children.filter((c): c is EmuParagraph => c instanceof EmuParagraph);
  return { doc, text: doc.getText(), tables: tables.map((t) => t.texts()), tableObjects: tables, paragraphs, pageBreaks: doc.body.children.filter((c) => 'kind' in c && c.kind === 'pagebreak').length };
}

/** A tab's values (uncounted). */
export function tabValues(fixture: Fixture, name: string): unknown[][] {
  return fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName(name)!.getDataRange().getValues());
}

/** Audit Log rows of an action. */
export function auditRows(fixture: Fixture, action: string): unknown[][] {
  const sheet = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheets().find((s) => /^(Audit Log|操作日志)$/.test(s.getName())));
  if (!sheet) return [];
  return fixture.emulator.uncounted(() => sheet.getDataRange().getValues()).filter((row) => row[2] === action);
}
