// Seeds an emulated spreadsheet with the sample book, and a tab that shows =BALANCE() at work.
import type { Lang } from '../../core/types';
import { tabSchemas } from '../../sheets/schemas';
import { columnLetters, sheetNameQuote } from '../emulator/a1';
import { sampleBookTables, type SampleCell, type SampleTab } from '../sample/sample-book';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight of `iso` in `timeZone`, as Apps Script builds date cells (instant = wall time − zone offset). */
export function dateAtZoneMidnight(iso: string, timeZone: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const offsetAt = (instant: number): number => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(instant));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - instant;
  };
  // Two passes settle the offset even across a daylight-saving change.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}

/** A sample cell as a spreadsheet cell: 'YYYY-MM-DD' text becomes a Date, everything else stays. */
export function sampleCellValue(cell: SampleCell, timeZone: string): string | number | boolean | Date {
  return typeof cell === 'string' && ISO_DATE.test(cell) ? dateAtZoneMidnight(cell, timeZone) : cell;
}

/** One tab to create: its name in the book's language and its cells. */
export interface SeedGrid {
  readonly name: string;
  readonly values: unknown[][];
  /** Formulas to set after the values, by A1 cell. */
  readonly formulas: Readonly<Record<string, string>>;
}

/**
 * The sample book's tabs (names and headers in `lang`, dates as Date cells at midnight of `timeZone`,
 * rows padded to equal width), followed by a "BALANCE()" tab whose column C is one =BALANCE() formula.
 */
export function sampleSeedGrids(lang: Lang, timeZone: string, asOf: string): SeedGrid[] {
  const tables = sampleBookTables(lang);
  const order: SampleTab[] = ['Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Settings'];
  const grids: SeedGrid[] = order.map((tab) => {
    const rows = tables[tab];
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    const values = rows.map((row) => Array.from({ length: width }, (_, i) => sampleCellValue(row[i] ?? '', timeZone)));
    return { name: tabSchemas[tab].title[lang], values, formulas: {} };
  });
  const ref = (tab: SampleTab) => {
    const grid = grids[order.indexOf(tab)]!;
    return `${sheetNameQuote(grid.name)}!A:${columnLetters(grid.values[0]?.length ?? 1)}`;
  };
  const customers = tables.Customers.slice(1);
  const [y, m, d] = asOf.split('-').map(Number);
  const headers = lang === 'zh-CN' ? ['客户编号', '客户名称', '余额'] : ['Customer ID', 'Name', 'Balance'];
  grids.push({
    name: 'BALANCE()',
    values: [headers, ...customers.map((row) => [row[0] ?? '', row[1] ?? '', ''])],
    formulas: {
      C2:
        `=BALANCE(A2:A${customers.length + 1}, DATE(${y}, ${m}, ${d}), ${ref('Customers')}, ${ref('Sales')}, ` +
        `${ref('Invoices')}, ${ref('Payments')}, ${ref('Adjustments')})`,
    },
  });
  return grids;
}
