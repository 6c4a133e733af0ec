// build/Code.js in node:vm with only the emulator's globals: it loads, builds its menu, computes in cells, answers RPC.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleBookTables, sampleLastDate } from '../../../src/local/sample/sample-book';
import { sampleBalances } from './engine-expected';
import { sandboxWithSampleBook, timeZoneOfSpreadsheet } from './sandbox-fixture';

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string };

const customers = sampleBookTables('en').Customers.slice(1);
const expected = sampleBalances(sampleLastDate);

timeZoneOfSpreadsheet();

describe('the sandbox', () => {
  it.each(['require', 'process', 'Buffer', 'setTimeout', 'setInterval', 'setImmediate', 'fetch', 'module', 'exports', '__dirname'])(
    'has no %s',
    (name) => {
      const { bundle } = sandboxWithSampleBook();
      expect(bundle.evaluate(`typeof ${name}`)).toBe('undefined');
    },
  );

  it('cannot reach Node through the constructor chain of a global', () => {
    const { bundle } = sandboxWithSampleBook();
    expect(bundle.evaluate(`typeof (function () { return this; }).constructor('return typeof process')()`)).toBe('string');
    expect(bundle.evaluate(`(function () { return this; }).constructor('return typeof process')()`)).toBe('undefined');
  });

  it('defines every entry point as a top-level function', () => {
    const { bundle } = sandboxWithSampleBook();
    expect(bundle.entries.length).toBeGreaterThan(10);
    for (const entry of bundle.entries) expect(bundle.has(entry.name), entry.name).toBe(true);
  });
});

describe('onOpen', () => {
  it('builds the add-on menu in English whose items all name bundle functions', () => {
    const { emulator, bundle } = sandboxWithSampleBook('en');
    bundle.call('onOpen', { authMode: 'NONE' });
    const menus = emulator.ui.menus;
    expect(menus).toHaveLength(1);
    const items = menus[0]!.entries.flatMap((entry) => (entry.kind === 'item' ? [entry] : []));
    expect(items.map((item) => item.caption)).toEqual([
      'Open sidebar',
      'Set up ledger',
      'Reconcile now',
      'New invoice from selected sales',
      'Create invoice documents',
      'Customer statement',
      'Mail and reminders',
      'Refresh formulas',
      'Settings',
      'Help',
    ]);
    for (const item of items) expect(bundle.has(item.functionName), item.functionName).toBe(true);
  });

  it('labels the menu in Chinese for a Chinese account', () => {
    const { emulator, bundle } = sandboxWithSampleBook('zh-CN');
    bundle.call('onOpen', { authMode: 'NONE' });
    const captions = emulator.ui.menus[0]!.entries.flatMap((entry) => (entry.kind === 'item' ? [entry.caption] : []));
    expect(captions[0]).toBe('打开侧边栏');
    expect(captions).toContain('客户对账单');
  });
});

describe('=BALANCE() typed into a cell', () => {
  let fixture: ReturnType<typeof sandboxWithSampleBook>;
  beforeEach(() => {
    fixture = sandboxWithSampleBook();
  });

  function balanceColumn(formula: string): unknown[] {
    const sheet = fixture.spreadsheet.insertSheet('Check');
    sheet.getRange(1, 1, customers.length, 1).setValues(customers.map((row) => [row[0]]));
    sheet.getRange('B1').setFormula(formula);
    return sheet.getRange(1, 2, customers.length, 1).getValues().map((row) => row[0]);
  }

  it('fills a column with every customer’s balance from the ranges given', () => {
    const values = balanceColumn(
      `=BALANCE(A1:A${customers.length}, DATE(2026, 11, 20), Customers!A:L, Sales!A:H, Invoices!A:K, Payments!A:J, Adjustments!A:F)`,
    );
    expect(values).toEqual(customers.map((row) => expected.get(String(row[0]))!.value));
    expect(values.some((v) => v !== 0)).toBe(true);
  });

  it('reads the tabs itself when no ranges are given', () => {
    const values = balanceColumn(`=BALANCE(A1:A${customers.length}, "2026-11-20")`);
    expect(values).toEqual(customers.map((row) => expected.get(String(row[0]))!.value));
  });

  it('answers a single id with a single number, and names an unknown customer', () => {
    const sheet = fixture.spreadsheet.insertSheet('One');
    sheet.getRange('A1').setFormula(`=BALANCE("${customers[0]![0]}", DATE(2026, 11, 20))`);
    sheet.getRange('A2').setFormula('=BALANCE("NOPE")');
    expect(sheet.getRange('A1').getValue()).toBe(expected.get(String(customers[0]![0]))!.value);
    expect(sheet.getRange('A2').getValue()).toBe('#UNKNOWN CUSTOMER NOPE');
  });
});

describe('=BALANCE() errors', () => {
  it('shows a readable #-text in the cell for a date it cannot read', () => {
    const { spreadsheet } = sandboxWithSampleBook();
    const cell = spreadsheet.insertSheet('Err').getRange('A1').setFormula('=BALANCE("C001", "next Tuesday")');
    expect(cell.getValue()).toBe('#BAD DATE next Tuesday: as_of must be a date, YYYY-MM-DD text or a date serial');
  });

  it('names the table it is missing, in the user’s language', () => {
    const { emulator, spreadsheet } = sandboxWithSampleBook('zh-CN');
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('销售记录')!);
    const cell = spreadsheet.insertSheet('Err').getRange('A1').setFormula('=BALANCE("C001")');
    expect(cell.getValue()).toBe('#缺少“销售记录”表：请作为参数传入或添加该工作表');
    expect(emulator.cellError('Err', 'A1')).toBeUndefined();
  });
});

describe('RPC endpoints', () => {
  it('ledgerSummary reports bad rows with their tab and row, and still totals the rest', () => {
    const { bundle, spreadsheet } = sandboxWithSampleBook();
    const sales = spreadsheet.getSheetByName('Sales')!;
    sales.getRange('A3').setValue('31/31/2026');
    const reply = bundle.call('ledgerSummary') as Reply;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.problemCount).toBeGreaterThan(0);
    expect(reply.data.problems[0]).toMatch(/Sales.*3/);
    expect(reply.data.problems[0]).toContain('31/31/2026');
  });

  it('ledgerSummary counts the customers and totals the balances per currency as the engine does', () => {
    const { bundle } = sandboxWithSampleBook();
    const reply = bundle.call('ledgerSummary') as Reply;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.asOf).toBe(sampleLastDate);
    expect(reply.data.customers).toBe(customers.length);
    const totals = new Map<string, number>();
    for (const { currency, value } of expected.values()) totals.set(currency, Math.round(((totals.get(currency) ?? 0) + value) * 100) / 100);
    expect(new Map(reply.data.balances.map((b: any) => [b.currency, Number(b.decimal)]))).toEqual(totals);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('reads each tab with one getValues, whatever the number of rows', () => {
    const { emulator, bundle } = sandboxWithSampleBook();
    emulator.resetCalls();
    bundle.call('ledgerSummary');
    expect(emulator.calls.calls.get('Range.getValues') ?? 0).toBeLessThanOrEqual(7);
  });

  it('turns an error into a translated reply instead of throwing', () => {
    const { bundle } = sandboxWithSampleBook('zh-CN');
    const reply = bundle.call('customerStatement', { customerId: 'NOPE', from: '2026-01-01', to: '2026-11-20', layout: 'open-item' }) as Reply;
    expect(reply).toEqual({ ok: false, code: 'statement.customerUnknown', message: '客户 NOPE 不在客户表中。' });
  });

  it('reconciliation lists exactly the customers with something open, with the engine’s balances', () => {
    const { bundle } = sandboxWithSampleBook();
    const reply = bundle.call('reconciliation') as Reply;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const nonZero = [...expected].filter(([, b]) => b.value !== 0).map(([id]) => id);
    for (const id of nonZero) expect(reply.data.rows.map((r: any) => r.customerId)).toContain(id);
    expect(reply.data.rows.length + reply.data.settled).toBe(customers.length);
    for (const row of reply.data.rows) {
      expect(Number(row.balance.replace(/[^\d.-]/g, ''))).toBe(expected.get(row.customerId)!.value);
    }
  });

  it('customerStatement closes at the customer’s balance', () => {
    const { bundle } = sandboxWithSampleBook();
    const id = String(customers[0]![0]);
    const reply = bundle.call('customerStatement', { customerId: id, from: '2026-01-01', to: sampleLastDate, layout: 'balance-forward' }) as Reply;
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.data.closing.replace(/[^\d.-]/g, '')).toBe(expected.get(id)!.value.toFixed(2));
  });
});

describe('menu handlers', () => {
  it('"Open sidebar" shows build/sidebar.html with its boot data', () => {
    const { emulator, bundle } = sandboxWithSampleBook();
    bundle.call('menuSidebarOpen');
    const sidebar = emulator.ui.sidebar!;
    expect(sidebar.title).toBe('Customer Ledger');
    expect(sidebar.html).toContain('id="app"');
    expect(sidebar.html).toContain('<script type="application/json" id="ledger-boot">{"lang":"en","section":"summary","notice":null,"noticeKind":"info"}</script>');
  });

  it('"Set up ledger" adds only the derived tabs to a complete book, then nothing; creates every tab of an empty one', () => {
    const { emulator, bundle, spreadsheet } = sandboxWithSampleBook();
    const before = spreadsheet.getSheets().map((s) => s.getName());
    bundle.call('menuSetUp');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([...before, 'Allocations', 'Reconciliation', 'Statement', 'Audit Log']);
    bundle.call('menuSetUp');
    expect(spreadsheet.getSheets()).toHaveLength(before.length + 4);
    // A renamed tab keeps its tag (it would still be Customers): start from a fresh sheet instead.
    const notes = spreadsheet.insertSheet('Notes');
    for (const sheet of spreadsheet.getSheets()) if (sheet.getName() !== 'Notes') spreadsheet.deleteSheet(sheet);
    expect(notes.getName()).toBe('Notes');
    bundle.call('menuSetUp');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Notes', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations', 'Reconciliation', 'Statement', 'Audit Log', 'Settings',
    ]);
    expect(spreadsheet.getSheetByName('Invoices')!.getRange(1, 1, 1, 3).getValues()[0]).toEqual(['Invoice No', 'Customer ID', 'Issue Date']);
    expect(emulator.ui.sidebar!.html).toContain('Created the tabs');
  });
});

describe('"New invoice from selected sales"', () => {
  function salesSelect(fixture: ReturnType<typeof sandboxWithSampleBook>, a1: string) {
    const sales = fixture.spreadsheet.getSheetByName('Sales')!;
    fixture.spreadsheet.setActiveSheet(sales);
    fixture.spreadsheet.setActiveRange(sales.getRange(a1));
    return sales;
  }

  it('bills the selected unbilled lines of one customer on a new numbered invoice', () => {
    const fixture = sandboxWithSampleBook();
    const salesRows = sampleBookTables('en').Sales;
    const unbilled = salesRows.flatMap((row, i) => (row[7] === '' && row[1] === 'C020' ? [i + 1] : []));
    expect(unbilled.length).toBe(2);
    const sales = salesSelect(fixture, `A${unbilled[0]}:H${unbilled[1]}`);
    const invoices = fixture.spreadsheet.getSheetByName('Invoices')!;
    const before = invoices.getLastRow();
    const highest = Math.max(...invoices.getRange(2, 1, before - 1, 1).getValues().map((r) => Number(String(r[0]).slice(-4))));
    const balanceBefore = (fixture.bundle.call('BALANCE', 'C020', '2026-11-20') as number);
    fixture.bundle.call('menuInvoiceFromSales');
    const expectedNo = `INV-2026-${String(highest + 1).padStart(4, '0')}`;
    const added = invoices.getRange(before + 1, 1, 1, 5).getValues()[0]!;
    expect(added.slice(0, 2)).toEqual([expectedNo, 'C020']);
    expect(dateCellText(added[2])).toBe('2026-11-20');
    for (const row of unbilled) expect(sales.getRange(row, 8).getValue()).toBe(expectedNo);
    const lineTotal = unbilled.reduce((sum, row) => sum + Number(salesRows[row - 1]![6]), 0);
    const balanceAfter = fixture.bundle.call('BALANCE', 'C020', '2026-11-20') as number;
    expect(Math.round((balanceAfter - balanceBefore) * 100) / 100).toBe(Math.round(lineTotal * 100) / 100);
    expect(fixture.emulator.ui.sidebar!.html).toContain(`Invoice ${expectedNo} created for C020: 2 sales lines`);
  });

  it('refuses rows already billed, writes nothing and says why', () => {
    const fixture = sandboxWithSampleBook('zh-CN');
    const sales = fixture.spreadsheet.getSheetByName('销售记录')!;
    fixture.spreadsheet.setActiveSheet(sales);
    fixture.spreadsheet.setActiveRange(sales.getRange('A2:H3'));
    const invoices = fixture.spreadsheet.getSheetByName('账单')!;
    const before = invoices.getLastRow();
    fixture.bundle.call('menuInvoiceFromSales');
    expect(invoices.getLastRow()).toBe(before);
    expect(fixture.emulator.ui.sidebar!.html).toMatch(/第 2 行已开在账单 INV-2026-\d{4} 上。/);
    expect(fixture.emulator.ui.sidebar!.html).toContain('"noticeKind":"error"');
  });

  it('asks for a selection on the Sales tab', () => {
    const fixture = sandboxWithSampleBook();
    const customers = fixture.spreadsheet.getSheetByName('Customers')!;
    fixture.spreadsheet.setActiveSheet(customers);
    fixture.spreadsheet.setActiveRange(customers.getRange('A2'));
    fixture.bundle.call('menuInvoiceFromSales');
    expect(fixture.emulator.ui.sidebar!.html).toContain('Select the rows to bill on the Sales tab first.');
  });
});

/** A date cell as YYYY-MM-DD in the process zone (the spreadsheet's, set by the fixture). */
function dateCellText(value: unknown): string {
  const date = value as Date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

