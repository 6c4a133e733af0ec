// Set up through the real bundle in the emulator: a blank book, a messy pre-filled one, and a second run.
import { describe, expect, it } from 'vitest';
import { timeZoneOfSpreadsheet } from '../local/sandbox/sandbox-fixture';
import { blankBook, day, ledgerRows, ledgerSeed } from './refresh-fixture';

timeZoneOfSpreadsheet();

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Reply<T> = { ok: true; data: T } | { ok: false; code: string; message: string };
interface Proposal {
  tabs: { tab: string; sheetName: string | null; headerRow: number; columns: { key: string; label: string; column: number | null; required: boolean; derived: boolean }[]; missing: string[]; headers: string[] }[];
  blank: boolean;
}

/** Everything Set up may touch, in comparable form. */
function snapshot(spreadsheet: Spreadsheet, emulator: ReturnType<typeof blankBook>['emulator']) {
  return {
    sheets: spreadsheet.getSheets().map((sheet) => {
      const range = sheet.getDataRange();
      return {
        name: sheet.getName(),
        frozen: sheet.getFrozenRows(),
        values: range.getValues().map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))),
        formulas: range.getFormulas(),
        formats: range.getNumberFormats(),
        notes: range.getNotes(),
        validations: sheet.getRange(1, 1, Math.min(sheet.getMaxRows(), 50), sheet.getMaxColumns()).getDataValidations()
          .map((row) => row.map((v) => (v ? `${String(v.getCriteriaType())}:${JSON.stringify(v.getCriteriaValues().map((x) => (typeof x === 'object' && x && 'getA1Notation' in x ? (x as GoogleAppsScript.Spreadsheet.Range).getA1Notation() : x)))}` : ''))),
        protections: [...sheet.getProtections(emulator.globals.SpreadsheetApp.ProtectionType.SHEET), ...sheet.getProtections(emulator.globals.SpreadsheetApp.ProtectionType.RANGE)]
          .map((p) => `${p.getDescription()}|${p.getRange().getA1Notation()}|${p.isWarningOnly()}`),
      };
    }),
    namedRanges: spreadsheet.getNamedRanges().map((n) => `${n.getName()}=${n.getRange().getSheet().getName()}!${n.getRange().getA1Notation()}`).sort(),
    metadata: spreadsheet.createDeveloperMetadataFinder().find().map((m) => {
      const location = m.getLocation();
      return `${m.getKey()}=${m.getValue()}@${location.getSheet()?.getName() ?? ''}:${location.getColumn()?.getA1Notation() ?? ''}`;
    }).sort(),
    triggers: emulator.globals.ScriptApp.getProjectTriggers().map((t) => `${t.getHandlerFunction()}:${String(t.getEventType())}`),
  };
}

describe('Set up on a blank spreadsheet', () => {
  it.each(['en', 'zh-CN'] as const)('creates every tab with headers, frozen row, names, tags, formats, validation, protection, trigger (%s)', (lang) => {
    const { emulator, bundle, spreadsheet } = blankBook({ lang });
    const proposal = bundle.call('setupProposal') as Reply<Proposal>;
    expect(proposal.ok && proposal.data.blank).toBe(true);
    bundle.call('menuSetUp');
    const names = spreadsheet.getSheets().map((s) => s.getName());
    const expected = lang === 'en'
      ? ['Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations', 'Reconciliation', 'Statement', 'Audit Log', 'Settings']
      : ['客户', '销售记录', '账单', '收款', '调整', '核销记录', '对账', '对账单', '操作日志', '设置'];
    expect(names).toEqual(['Sheet1', ...expected]);
    const invoices = spreadsheet.getSheetByName(expected[2]!)!;
    expect(invoices.getRange(1, 1, 1, 4).getValues()[0]).toEqual(lang === 'en' ? ['Invoice No', 'Customer ID', 'Issue Date', 'Due Date'] : ['账单号', '客户编号', '开票日期', '到期日']);
    expect(invoices.getFrozenRows()).toBe(1);
    expect(invoices.getRange('C2').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(invoices.getRange('E2').getNumberFormat()).toBe('#,##0.00');
    // Customer dropdown fed by the Customers ID column; Status list; non-negative amounts.
    const customerRule = invoices.getRange('B2').getDataValidation()!;
    expect(String(customerRule.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const idRange = customerRule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect([idRange.getSheet().getName(), idRange.getRow(), idRange.getColumn()]).toEqual([expected[0], 2, 1]);
    expect(String(invoices.getRange('H2').getDataValidation()!.getCriteriaType())).toBe('VALUE_IN_LIST');
    const payments = spreadsheet.getSheetByName(expected[3]!)!;
    expect(String(payments.getRange('D5').getDataValidation()!.getCriteriaType())).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    // Named ranges over whole columns; tags on every managed tab and column.
    const named = new Map(spreadsheet.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()]));
    expect(named.get('CL_Sales_amount')).toBe('G:G');
    expect(named.get('CL_Invoices_balance')).toBe('G:G');
    expect(named.size).toBe(24);
    const tabTags = spreadsheet.createDeveloperMetadataFinder().withKey('customerLedger.tab').find();
    expect(tabTags.map((m) => m.getValue()).sort()).toEqual(['Adjustments', 'Allocations', 'AuditLog', 'Customers', 'Invoices', 'Payments', 'Reconciliation', 'Sales', 'Settings', 'Statement']);
    expect(spreadsheet.createDeveloperMetadataFinder().withKey('customerLedger.column').find().length).toBe(14 + 8 + 14 + 10 + 9 + 7);
    // Derived tabs and columns are protected with a warning only.
    const recon = spreadsheet.getSheetByName(expected[6]!)!;
    const sheetProtection = recon.getProtections(emulator.globals.SpreadsheetApp.ProtectionType.SHEET);
    expect(sheetProtection.map((p) => p.isWarningOnly())).toEqual([true]);
    const columnProtections = invoices.getProtections(emulator.globals.SpreadsheetApp.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation());
    expect(columnProtections).toEqual(['E:E', 'F:F', 'G:G', 'I:I']);
    expect(emulator.globals.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onLedgerChange']);
  });

  it('formats amounts with the decimals of the Settings currency (JPY: none)', () => {
    const { bundle, spreadsheet } = blankBook();
    spreadsheet.getSheets()[0]!.setName('Settings').getRange(1, 1, 2, 2).setValues([['Setting', 'Value'], ['Currency', 'JPY']]);
    bundle.call('menuSetUp');
    expect(spreadsheet.getSheetByName('Payments')!.getRange('D2').getNumberFormat()).toBe('#,##0');
    expect(spreadsheet.getSheetByName('Reconciliation')!.getRange('H2').getNumberFormat()).toBe('#,##0');
  });

  it('is idempotent: a second Set up changes nothing', () => {
    const { emulator, bundle, spreadsheet } = blankBook();
    bundle.call('menuSetUp');
    const before = snapshot(spreadsheet, emulator);
    bundle.call('menuSetUp');
    expect(snapshot(spreadsheet, emulator)).toEqual(before);
  });
});

describe('Set up on a pre-filled, messy spreadsheet', () => {
  function messyBook() {
    const fixture = blankBook({ today: '2026-05-01' });
    const { spreadsheet } = fixture;
    const first = spreadsheet.getSheets()[0]!.setName('客户资料 2026');
    first.getRange(1, 1, 4, 4).setValues([
      ['我的客户清单', '', '', ''],
      ['客户编号', '客户名称', '微信', '信用额度'],
      ['C1', '明辉贸易', 'wx_minghui', 1000],
      ['C2', '=HYPERLINK("x")', '+1-555', ''],
    ]);
    first.getRange('C3').setNote('the boss prefers WeChat');
    first.getRange('C3').setNumberFormat('@');
    const sales = spreadsheet.insertSheet('Orders');
    sales.getRange(1, 1, 3, 5).setValues([
      ['Date', 'Cust ID', 'Item', 'Amount', 'My remark'],
      [day(10), 'C1', 'Tea', 300, 'keep me'],
      [day(12), 'C2', 'Cups', 120.5, ''],
    ]);
    const payments = spreadsheet.insertSheet('回款');
    payments.getRange(1, 1, 2, 3).setValues([['收款日期', '客户编号', '收款金额'], [day(30), 'C1', 100]]);
    return fixture;
  }

  it('opens the mapping in the sidebar after Set up used the user\'s own sheets, so a column can be corrected', () => {
    const { bundle, emulator } = messyBook();
    bundle.call('menuSetUp');
    const html = emulator.ui.sidebar!.html;
    expect(html).toContain('"section":"setup"');
    const boot = JSON.parse(/<script type="application\/json" id="ledger-boot">(.*?)<\/script>/.exec(html)![1]!);
    expect(boot.notice.en).toMatch(/^Set up used your sheets .*客户资料 2026.* by their headers/);
  });

  it('proposes the mapping: sheets by headers, columns found, the missing ones listed', () => {
    const { bundle } = messyBook();
    const reply = bundle.call('setupProposal') as Reply<Proposal>;
    if (!reply.ok) throw new Error(reply.message);
    const tab = (name: string) => reply.data.tabs.find((t) => t.tab === name)!;
    expect(reply.data.blank).toBe(false);
    expect(tab('Customers')).toMatchObject({ sheetName: '客户资料 2026', headerRow: 2 });
    // The wizard shows the sheet's own header texts beside the column letters.
    expect(tab('Customers').headers).toEqual(['客户编号', '客户名称', '微信', '信用额度']);
    expect(tab('Invoices').headers).toEqual([]);
    expect(tab('Customers').columns.filter((c) => c.column !== null).map((c) => [c.key, c.column])).toEqual([['customerId', 1], ['name', 2], ['creditLimit', 4]]);
    expect(tab('Customers').missing).toContain('email');
    expect(tab('Sales')).toMatchObject({ sheetName: 'Orders', headerRow: 1 });
    expect(tab('Sales').columns.find((c) => c.key === 'invoiceNo')).toMatchObject({ column: null, required: false, derived: false });
    expect(tab('Payments')).toMatchObject({ sheetName: '回款' });
    expect(tab('Invoices').sheetName).toBeNull();
  });

  it('adds only the missing columns; the user\'s own column, its values, note and format stay', () => {
    const { bundle, spreadsheet } = messyBook();
    const proposal = bundle.call('setupProposal') as Reply<Proposal>;
    if (!proposal.ok) throw new Error(proposal.message);
    const confirmed = {
      tabs: proposal.data.tabs.map((t) => ({ tab: t.tab, sheetName: t.sheetName, columns: Object.fromEntries(t.columns.filter((c) => c.column !== null).map((c) => [c.key, c.column])) })),
    };
    const reply = bundle.call('setupApply', confirmed) as Reply<Proposal>;
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.data.tabs.every((t) => t.sheetName !== null && t.missing.length === 0)).toBe(true);
    const customers = spreadsheet.getSheetByName('客户资料 2026')!;
    expect(customers.getRange(1, 1, 4, 4).getValues().map((row) => row.filter((_, c) => c !== 1))).toEqual([
      ['我的客户清单', '', ''],
      ['客户编号', '微信', '信用额度'],
      ['C1', 'wx_minghui', 1000],
      ['C2', '+1-555', ''],
    ]);
    expect(customers.getRange('B4').getFormula()).toBe('=HYPERLINK("x")');
    expect(customers.getRange('C3').getNote()).toBe('the boss prefers WeChat');
    expect(customers.getRange('C3').getNumberFormat()).toBe('@');
    // Missing columns appended after the user's last column, on the header row, in the user's language.
    expect(customers.getRange(2, 5, 1, 3).getValues()[0]).toEqual(['Contact', 'Email', 'Phone']);
    const orders = spreadsheet.getSheetByName('Orders')!;
    expect(orders.getRange(1, 1, 3, 5).getValues().map((r) => r[4])).toEqual(['My remark', 'keep me', '']);
    expect(orders.getRange(1, 6, 1, 4).getValues()[0]).toEqual(['Quantity', 'Unit Price', 'Tax Rate', 'Invoice No']);
    // The user's extra column is never tagged as a ledger column.
    const tagged = spreadsheet.createDeveloperMetadataFinder().withKey('customerLedger.column').find()
      .filter((m) => m.getLocation().getSheet()?.getName() === 'Orders').map((m) => m.getLocation().getColumn()!.getColumn());
    expect(tagged).not.toContain(5);
    // Reconciliation: C1 has received 100 and nothing invoiced yet (the sales are unbilled).
    const recon = spreadsheet.getSheetByName('Reconciliation')!.getDataRange().getValues();
    expect(recon.slice(1).map((r) => [r[0], r[5], r[7]])).toEqual([['C1', 100, -100], ['C2', 0, 0]]);
  });

  it('is idempotent on a pre-filled book too: applying the confirmed mapping again changes nothing', () => {
    const { emulator, bundle, spreadsheet } = messyBook();
    bundle.call('menuSetUp');
    const before = snapshot(spreadsheet, emulator);
    const proposal = bundle.call('setupProposal') as Reply<Proposal>;
    if (!proposal.ok) throw new Error(proposal.message);
    const confirmed = {
      tabs: proposal.data.tabs.map((t) => ({ tab: t.tab, sheetName: t.sheetName, columns: Object.fromEntries(t.columns.map((c) => [c.key, c.column])) })),
    };
    expect((bundle.call('setupApply', confirmed) as Reply<Proposal>).ok).toBe(true);
    expect(snapshot(spreadsheet, emulator)).toEqual(before);
  });

  it('keeps a mapping the user corrected: the column is tagged and found by its tag from then on', () => {
    const { bundle, spreadsheet } = messyBook();
    const proposal = bundle.call('setupProposal') as Reply<Proposal>;
    if (!proposal.ok) throw new Error(proposal.message);
    const confirmed = {
      tabs: proposal.data.tabs.map((t) => {
        const columns: Record<string, number | null> = Object.fromEntries(t.columns.map((c) => [c.key, c.column]));
        // The user says "My remark" (column 5) is the description, not "Item" (column 3).
        if (t.tab === 'Sales') columns.description = 5;
        return { tab: t.tab, sheetName: t.sheetName, columns };
      }),
    };
    const reply = bundle.call('setupApply', confirmed) as Reply<Proposal>;
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.data.tabs.find((t) => t.tab === 'Sales')!.columns.find((c) => c.key === 'description')!.column).toBe(5);
    const orders = spreadsheet.getSheetByName('Orders')!;
    expect(orders.getRange(1, 1, 1, orders.getLastColumn()).getValues()[0]!.filter((h) => h === 'Description')).toEqual([]);
  });

  it('finds a renamed tab and a moved column through their tags', () => {
    const { bundle, spreadsheet } = messyBook();
    bundle.call('menuSetUp');
    const orders = spreadsheet.getSheetByName('Orders')!.setName('Sales 2026 (renamed)');
    orders.insertColumnBefore(1);
    orders.getRange(1, 5).setValue('Betrag (moved, renamed)');
    const reply = bundle.call('setupProposal') as Reply<Proposal>;
    if (!reply.ok) throw new Error(reply.message);
    const sales = reply.data.tabs.find((t) => t.tab === 'Sales')!;
    expect(sales.sheetName).toBe('Sales 2026 (renamed)');
    expect(sales.missing).toEqual([]);
    expect(sales.columns.find((c) => c.key === 'amount')!.column).toBe(5);
    expect(sales.columns.find((c) => c.key === 'date')!.column).toBe(2);
  });
});
