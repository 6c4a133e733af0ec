// invoicesTabWrite: Document links and Draft → Issued in one block per column; rows between keep values and formulas.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { invoiceRowsIndex, invoicesTabWrite } from '../../src/gas/documents/invoices-tab-write';
import { createEmulator, seedSheet } from '../../src/local/emulator';
import { headerDetect } from '../../src/sheets/header-detect';
import { invoicesSchema } from '../../src/sheets/schemas';

afterEach(() => vi.unstubAllGlobals());

function invoicesSheet(rows: unknown[][]) {
  const emulator = createEmulator({ today: '2026-03-31' });
  const sheet = emulator.spreadsheet.getSheets()[0]!.setName('账单');
  seedSheet(sheet, rows);
  const table = sheet.getDataRange().getValues();
  const found = headerDetect(invoicesSchema, table);
  if (!found.ok) throw new Error('no header');
  return { emulator, sheet, table, map: found.map };
}

describe('invoicesTabWrite', () => {
  it('writes the links and statuses of the rows given; rows between keep their text and formulas', () => {
    const { emulator, sheet, table, map } = invoicesSheet([
      ['账单号', '客户编号', '开票日期', '状态', '文件'],
      ['INV-1', 'C001', '2026-01-05', '草稿', ''],
      ['INV-2', 'C001', '2026-01-06', '已开具', '=HYPERLINK("https://x.example/a","a")'],
      ['INV-3', 'C002', '2026-01-07', '', "'=not a formula"],
      ['INV-4', 'C002', '2026-01-08', 'Draft', ''],
    ]);
    const rows = invoiceRowsIndex(table, map);
    expect([...rows.keys()]).toEqual(['INV-1', 'INV-2', 'INV-3', 'INV-4']);
    expect(rows.get('INV-4')).toMatchObject({ row: 5, status: 'Draft', document: '' });
    emulator.resetCalls();
    const before = invoicesTabWrite(sheet, table, map, [{ row: 2, pdfUrl: 'https://drive.example/1' }, { row: 5, pdfUrl: '=evil()' }], 'zh-CN');
    expect([...before]).toEqual([[2, '草稿'], [5, 'Draft']]);
    expect(emulator.calls.get('Range.setValues')).toBe(2);
    expect(emulator.calls.get('Range.getFormulas')).toBe(2);
    const after = sheet.getDataRange().getValues();
    expect(after.map((r) => r[3])).toEqual(['状态', '已开具', '已开具', '', '已开具']);
    expect(after.map((r) => r[4])).toEqual(['文件', 'https://drive.example/1', 'a', '=not a formula', '=evil()']);
    expect(sheet.getRange('E3').getFormula()).toBe('=HYPERLINK("https://x.example/a","a")');
    expect(sheet.getRange('E5').getFormula()).toBe('');
  });

  it('leaves an Issued or blank status alone and writes one cell for one row', () => {
    const { emulator, sheet, table, map } = invoicesSheet([
      ['Invoice No', 'Customer ID', 'Issue Date', 'Status', 'Document'],
      ['INV-1', 'C001', '2026-01-05', '', ''],
    ]);
    emulator.resetCalls();
    expect([...invoicesTabWrite(sheet, table, map, [{ row: 2, pdfUrl: 'https://drive.example/1' }], 'en')]).toEqual([]);
    expect(emulator.calls.get('Range.setValues')).toBe(1);
    expect(sheet.getRange('D2:E2').getValues()).toEqual([['', 'https://drive.example/1']]);
  });
});
