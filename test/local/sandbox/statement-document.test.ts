// Statement documents in build/Code.js on the emulator: the Doc's text and tables, the PDF, the Statement tab, refusals.
import { describe, expect, it } from 'vitest';
import { moneyToDecimalString } from '../../../src/core/money';
import { statementReport, type StatementSpec } from '../../../src/core/reports/statement';
import type { IsoDate } from '../../../src/core/types';
import { pdfSourceDocumentId } from '../../../src/local/emulator/document-app';
import { timeZoneOfSpreadsheet } from './sandbox-fixture';
import { auditRows, blocksDocText, docContent, expectedBlocks, ok, sampleBookWithCompany, statementSandbox, tabValues, type Reply } from './statement-fixture';

timeZoneOfSpreadsheet();

const spec = (over: Partial<StatementSpec> = {}): StatementSpec => ({
  customerId: 'C001',
  from: '2026-01-01' as IsoDate,
  to: '2026-11-20' as IsoDate,
  layout: 'balance-forward',
  ...over,
});

const major = (amount: number) => Number(moneyToDecimalString(amount as never, 'CNY'));

describe('statementDocumentCreate', () => {
  it('makes a numbered Doc in the Customer Ledger folder holding exactly the engine statement, and its PDF beside it', () => {
    const fixture = statementSandbox('en');
    const made = ok(fixture.bundle.call('statementDocumentCreate', spec()));
    expect(made).toMatchObject({ statementNo: 'ST-2026-0001', customerId: 'C001', from: '2026-01-01', to: '2026-11-20', layout: 'balance-forward', currency: 'CNY' });
    const blocks = expectedBlocks(spec(), 'en', 'ST-2026-0001');
    const { doc, text, tables, pageBreaks } = docContent(fixture, made.docId);
    expect(text).toBe(blocksDocText(blocks));
    // The rows are one table (header, opening, every engine row, totals, closing) with no page break anywhere.
    const report = statementReport(sampleBookWithCompany('en'), spec())!;
    const rowsTable = tables.find((t) => t[0]![0] === 'Date / 日期')!;
    expect(rowsTable).toHaveLength(report.rows.length + 4);
    expect(rowsTable.slice(2, -2).map((r) => r[1])).toEqual(report.rows.map((r) => r.documentNo));
    expect(pageBreaks).toBe(0);
    expect(text).toContain(`Closing balance / 期末余额: ¥${moneyToDecimalString(report.closingBalance, 'CNY').replace(/\B(?=(\d{3})+(?!\d))/, ',')}`);
    expect(text).toContain(`In Chinese capitals / 大写金额: ${report.closingInWords}`);
    expect(text).toContain(`In words: ${report.closingInEnglish}`);
    expect(text).toContain('report differences within 10 days of receipt');
    expect(text).toContain('Customer confirmation (signature and stamp) / 客户确认（签章）: ______');
    expect(text).toContain('Bank details / 开户行及账号: 招商银行杭州分行 5719 0000 1234');
    const aging = tables.find((t) => t[0]![0] === 'Not Due / 未到期')!;
    expect(aging[0]).toEqual(['Not Due / 未到期', '1–30 / 1–30天', '31–60 / 31–60天', '61–90 / 61–90天', '90+ / 90天以上', 'Total open / 未收合计']);
    // The header row and the closing row are bold; the title is centred.
    expect(docContent(fixture, made.docId).tableObjects.find((t) => t.rows[0]!.cells[0]!.text === 'Date / 日期')!.rows.at(-1)!.cells.every((c) => c.bold === true)).toBe(true);
    expect(doc.body.children[0]).toMatchObject({ text: 'Statement of Account / 对账单', heading: 'TITLE', alignment: 'CENTER' });
    // Both files sit in the documents folder; the PDF is the Doc's export, named after it.
    const { drive } = fixture.emulator;
    const folder = [...drive.items.values()].find((i) => i.kind === 'folder' && i.name === 'Customer Ledger')!;
    const docItem = drive.item(made.docId);
    const pdfItem = drive.item(made.pdfFileId);
    expect([...docItem.parents]).toEqual([folder.id]);
    expect([...pdfItem.parents]).toEqual([folder.id]);
    expect(docItem.name).toBe('Statement ST-2026-0001 — 上海明辉贸易有限公司 Shanghai Minghui Trading Co. (C001) 2026-01-01 to 2026-11-20');
    expect(pdfItem.name).toBe(`${docItem.name}.pdf`);
    expect(pdfItem.mimeType).toBe('application/pdf');
    expect(pdfItem.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfSourceDocumentId(pdfItem.data)).toBe(made.docId);
    expect(made.pdfUrl).toBe(`https://drive.google.com/file/d/${made.pdfFileId}/view`);
    expect(made.docUrl).toBe(`https://docs.google.com/document/d/${made.docId}/edit`);
  });

  it('writes the same statement on the Statement tab: numbers as numbers, dates as dates, text as typed', () => {
    const fixture = statementSandbox('en');
    const made = ok(fixture.bundle.call('statementDocumentCreate', spec()));
    expect(made.sheetName).toBe('Statement');
    const values = tabValues(fixture, 'Statement');
    const report = statementReport(sampleBookWithCompany('en'), spec())!;
    expect(values[0]![0]).toBe('Statement of Account / 对账单');
    const label = (text: string) => values.find((row) => row[0] === text)?.[1];
    expect(label('Statement No / 对账单号')).toBe('ST-2026-0001');
    expect(label('Customer / 客户')).toBe('上海明辉贸易有限公司 Shanghai Minghui Trading Co.');
    expect(label('Statement date / 对账日期')).toBeInstanceOf(Date);
    const header = values.findIndex((row) => row[0] === 'Date / 日期');
    const rows = values.slice(header + 1, header + 4 + report.rows.length);
    expect(rows[0]!.slice(2)).toEqual(['Opening balance', '', '', major(report.openingBalance)]);
    report.rows.forEach((row, i) => {
      const cells = rows[i + 1]!;
      expect(fixture.emulator.globals.Utilities.formatDate(cells[0] as Date, 'Asia/Shanghai', 'yyyy-MM-dd')).toBe(row.date);
      expect(cells.slice(1)).toEqual([row.documentNo, expect.any(String), row.debit === 0 ? '' : major(row.debit), row.credit === 0 ? '' : major(row.credit), major(row.balance)]);
    });
    expect(rows.at(-1)!.slice(2)).toEqual(['Closing balance', '', '', major(report.closingBalance)]);
    expect(values.some((row) => row[0] === `In Chinese capitals / 大写金额: ${report.closingInWords}`)).toBe(true);
    expect(values.some((row) => String(row[0]).includes('within 10 days'))).toBe(true);
    const display = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Statement')!.getDataRange().getDisplayValues());
    expect(display[header + 1 + report.rows.length]![5]).toBe(moneyToDecimalString(report.rows.at(-1)!.balance, 'CNY').replace(/\B(?=(\d{3})+(?!\d))/, ','));
  });

  it('keeps text that looks like a formula or a number as text on the tab', () => {
    const fixture = statementSandbox('en');
    fixture.emulator.uncounted(() => {
      const customers = fixture.spreadsheet.getSheetByName('Customers')!;
      customers.getRange('B2').setValue("'=HYPERLINK(\"http://x\",\"y\")");
      customers.getRange('C2').setValue("'0012");
    });
    ok(fixture.bundle.call('statementDocumentCreate', spec()));
    const values = tabValues(fixture, 'Statement');
    expect(values.find((row) => row[0] === 'Customer / 客户')![1]).toBe('=HYPERLINK("http://x","y")');
    expect(values.find((row) => row[0] === 'Contact / 联系人')![1]).toBe('0012');
    const formulas = fixture.emulator.uncounted(() => fixture.spreadsheet.getSheetByName('Statement')!.getDataRange().getFormulas());
    expect(formulas.flat().every((f) => f === '')).toBe(true);
  });

  it('rewrites the tab for the next statement, logs each one and counts on', () => {
    const fixture = statementSandbox('en');
    ok(fixture.bundle.call('statementDocumentCreate', spec()));
    const second = ok(fixture.bundle.call('statementDocumentCreate', spec({ customerId: 'C002', layout: 'open-item' })));
    expect(second.statementNo).toBe('ST-2026-0002');
    const values = tabValues(fixture, 'Statement');
    expect(values.filter((row) => row[0] === 'Statement of Account / 对账单')).toHaveLength(1);
    expect(values.find((row) => row[0] === 'Customer ID / 客户编号')![1]).toBe('C002');
    const text = docContent(fixture, second.docId).text;
    expect(text).toBe(blocksDocText(expectedBlocks(spec({ customerId: 'C002', layout: 'open-item' }), 'en', 'ST-2026-0002')));
    expect(text).toContain('Open items as of 2026-11-20');
    const logged = auditRows(fixture, 'statement.create');
    expect(logged.map((row) => row[3])).toEqual(['ST-2026-0001', 'ST-2026-0002']);
    expect(String(logged[1]![5])).toMatch(/^C002, 2026-01-01 to 2026-11-20, open-item, \d+ rows, closing [\d.-]+ CNY, https:\/\/drive\.google\.com\/file\/d\/[\w-]+\/view$/);
  });

  it('speaks Chinese: the notice, the capitals without English words, the file name and the tab', () => {
    const fixture = statementSandbox('zh-CN');
    const made = ok(fixture.bundle.call('statementDocumentCreate', spec()));
    const blocks = expectedBlocks(spec(), 'zh-CN', 'ST-2026-0001');
    const { text } = docContent(fixture, made.docId);
    expect(text).toBe(blocksDocText(blocks));
    expect(text).toContain('请核对本对账单，如有差异请于10日内告知');
    expect(text).toContain('客户确认（签章） / Customer confirmation (signature and stamp)：');
    expect(text).not.toContain('In words');
    expect(made.closingBalance).toMatch(/^-?¥[\d,]+\.\d\d$/);
    expect(fixture.emulator.drive.item(made.docId).name).toMatch(/^对账单 ST-2026-0001 — 上海明辉贸易有限公司 .*（C001）2026-01-01 至 2026-11-20$/);
    expect(made.sheetName).toBe('对账单');
  });
});

describe('statement requests that cannot be made', () => {
  const cases: [string, Record<string, unknown>, string, string, string][] = [
    ['an unknown customer', { customerId: 'C999' }, 'statement.customerUnknown', 'Customer C999 is not in Customers.', '客户 C999 不在客户表中。'],
    ['no customer', { customerId: ' ' }, 'statement.customerMissing', 'Choose the customer the statement is for.', '请选择要出对账单的客户。'],
    ['a period that ends before it starts', { from: '2026-05-01', to: '2026-04-30' }, 'statement.periodInvalid', 'The period starts (2026-05-01) after it ends (2026-04-30).', '期间开始日（2026-05-01）晚于结束日（2026-04-30）。'],
    ['a date that is not one', { to: '2026-02-30' }, 'statement.dateInvalid', '"2026-02-30" is not a date (YYYY-MM-DD).', '“2026-02-30”不是日期（YYYY-MM-DD）。'],
    ['an unknown layout', { layout: 'sideways' }, 'statement.layoutInvalid', 'Unknown statement layout "sideways": use balance-forward or open-item.', '未知的对账方式“sideways”：请用余额结转（balance-forward）或未清项（open-item）。'],
    [
      'nothing to state',
      { from: '2020-01-01', to: '2020-12-31' },
      'statement.noData',
      'No statement for C001 from 2020-01-01 to 2020-12-31: no documents in the period and nothing owed or in credit.',
      'C001 在 2020-01-01 至 2020-12-31 期间没有单据，也没有欠款或预收款，无需出对账单。',
    ],
  ];
  it.each(cases)('refuses %s in both languages, making nothing and taking no number', (_, over, code, en, zh) => {
    for (const [lang, message] of [['en', en], ['zh-CN', zh]] as const) {
      const fixture = statementSandbox(lang);
      const reply = fixture.bundle.call('statementDocumentCreate', { ...spec(), ...over }) as Reply;
      expect(reply).toEqual({ ok: false, code, message });
      expect(fixture.emulator.documents).toHaveLength(0);
      expect(fixture.emulator.uncounted(() => fixture.spreadsheet.getSheets().map((s) => s.getName()))).not.toContain(lang === 'en' ? 'Statement' : '对账单');
      expect(ok(fixture.bundle.call('statementDocumentCreate', spec())).statementNo).toBe('ST-2026-0001');
    }
  });
});
