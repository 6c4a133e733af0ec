// A small book for the reminder bundle tests: a few customers and invoices whose days overdue are easy to follow.
import { createEmulator, seedSheet } from '../../../src/local/emulator';
import { bundleCodeRead, loadBundle } from '../../../src/local/sandbox';
import { TIME_ZONE } from './sandbox-fixture';

export type ReminderFixture = ReturnType<typeof reminderSandbox>;

export interface SmallInvoice {
  readonly no: string;
  readonly customer: string;
  readonly issue: string;
  readonly due: string;
  readonly amount: number;
  readonly status?: 'Issued' | 'Draft' | 'Void';
}

export const LEVELS: readonly (readonly [string, string])[] = [
  ['Reminder 1', '7 | 0 | customer'],
  ['Reminder 2', '14 | 100 | both'],
  ['Reminder 3', '30 | 1000 | both'],
];

export const DEFAULT_INVOICES: readonly SmallInvoice[] = [
  { no: 'INV-1', customer: 'C1', issue: '2026-01-01', due: '2026-01-31', amount: 1000 },
  { no: 'INV-2', customer: 'C2', issue: '2026-01-05', due: '2026-02-04', amount: 5000 },
  { no: 'INV-3', customer: 'C3', issue: '2026-01-10', due: '2026-02-09', amount: 200 },
  { no: 'INV-4', customer: 'C1', issue: '2026-01-10', due: '2026-01-20', amount: 50, status: 'Draft' },
  { no: 'INV-5', customer: 'C1', issue: '2026-01-10', due: '2026-01-20', amount: 70, status: 'Void' },
];

/** The emulator on `today` with Settings (company, reminder levels), Customers, Sales, Invoices, Payments; bundle loaded. */
export function reminderSandbox(options: { today: string; invoices?: readonly SmallInvoice[]; levels?: readonly (readonly [string, string])[] }) {
  const emulator = createEmulator({ timeZone: TIME_ZONE, locale: 'en_US', today: options.today, mailQuota: 100 });
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const invoices = options.invoices ?? DEFAULT_INVOICES;
  const grids: [string, unknown[][]][] = [
    ['Settings', [['Setting', 'Value'], ['Company Name', 'Yunfan Office Supplies'], ['Company Email', 'ar@yunfan.example.cn'], ['Currency', 'CNY'], ...(options.levels ?? LEVELS).map((r) => [...r])]],
    [
      'Customers',
      [
        ['Customer ID', 'Name', 'Email', 'Salesperson Email', 'Language'],
        ['C1', 'Acme Ltd', 'pay@acme.example', '', ''],
        ['C2', '华信贸易', 'cw@huaxin.example.cn', 'li.sales@yunfan.example.cn', '中文'],
        ['C3', 'No Mail Co', '', '', 'en'],
      ],
    ],
    ['Sales', [['Date', 'Customer ID', 'Description', 'Amount', 'Invoice No'], ...invoices.map((i) => [i.issue, i.customer, `Goods ${i.no}`, i.amount, i.no])]],
    ['Invoices', [['Invoice No', 'Customer ID', 'Issue Date', 'Due Date', 'Status'], ...invoices.map((i) => [i.no, i.customer, i.issue, i.due, i.status ?? 'Issued'])]],
    ['Payments', [['Payment ID', 'Date', 'Customer ID', 'Amount', 'Invoice No']]],
  ];
  const first = spreadsheet.getSheets()[0]!;
  grids.forEach(([name, rows], index) => {
    const sheet = index === 0 ? first.setName(name) : spreadsheet.insertSheet(name);
    seedSheet(sheet, rows);
  });
  const bundle = loadBundle(emulator, bundleCodeRead());
  return { emulator, bundle, spreadsheet };
}

/** Records a payment directed to an invoice. */
export function paymentAdd(fixture: ReminderFixture, date: string, customer: string, amount: number, invoiceNo: string): void {
  fixture.emulator.uncounted(() => {
    const sheet = fixture.spreadsheet.getSheetByName('Payments')!;
    sheet.getRange(sheet.getLastRow() + 1, 1, 1, 5).setValues([['', date, customer, amount, invoiceNo]]);
  });
}

/** Sets the value of a Settings row by its label (appended when missing). */
export function settingSet(fixture: ReminderFixture, label: string, value: string): void {
  fixture.emulator.uncounted(() => {
    const sheet = fixture.spreadsheet.getSheetByName('Settings')!;
    const cells = sheet.getDataRange().getValues();
    const row = cells.findIndex((r) => r[0] === label);
    if (row >= 0) sheet.getRange(row + 1, 2).setValue(value);
    else sheet.getRange(cells.length + 1, 1, 1, 2).setValues([[label, value]]);
  });
}

/** The Reminder Log rows below the header: [invoice, level, to, result]. */
export function reminderLog(fixture: ReminderFixture): [string, number, string, string][] {
  return fixture.emulator.uncounted(() => {
    const sheet = fixture.spreadsheet.getSheetByName('Reminder Log');
    if (!sheet) return [];
    return sheet.getDataRange().getValues().slice(1).map((r) => [String(r[1]), Number(r[3]), String(r[4]), String(r[5])] as [string, number, string, string]);
  });
}

/** Runs the daily trigger's function on `day`. */
export function dailyRun(fixture: ReminderFixture, day: string): void {
  fixture.emulator.setToday(day);
  fixture.bundle.call('remindersDaily');
}
