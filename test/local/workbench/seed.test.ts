// The workbench's sample seeding: date cells at the zone's midnight, every tab, and the BALANCE() demo formula.
import { describe, expect, it } from 'vitest';
import { sampleBookTables, sampleLastDate } from '../../../src/local/sample/sample-book';
import { dateAtZoneMidnight, sampleCellValue, sampleSeedGrids } from '../../../src/local/workbench/seed';

describe('dateAtZoneMidnight', () => {
  it('is midnight of the date in the zone', () => {
    expect(dateAtZoneMidnight('2026-01-05', 'Asia/Shanghai').toISOString()).toBe('2026-01-04T16:00:00.000Z');
    expect(dateAtZoneMidnight('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    expect(dateAtZoneMidnight('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(dateAtZoneMidnight('2026-01-01', 'America/New_York').toISOString()).toBe('2026-01-01T05:00:00.000Z');
  });

  it('rejects text that is not a date', () => {
    expect(() => dateAtZoneMidnight('2026-1-5', 'UTC')).toThrow(/YYYY-MM-DD/);
  });
});

describe('sampleCellValue', () => {
  it('turns only YYYY-MM-DD text into dates', () => {
    expect(sampleCellValue('2026-03-01', 'UTC')).toBeInstanceOf(Date);
    expect(sampleCellValue('INV-2026-0001', 'UTC')).toBe('INV-2026-0001');
    expect(sampleCellValue(12.5, 'UTC')).toBe(12.5);
  });
});

describe.each(['en', 'zh-CN'] as const)('sampleSeedGrids (%s)', (lang) => {
  const grids = sampleSeedGrids(lang, 'Asia/Shanghai', sampleLastDate);
  const tables = sampleBookTables(lang);

  it('has the six sample tabs and the BALANCE() tab', () => {
    expect(grids).toHaveLength(7);
    expect(grids[6]!.name).toBe('BALANCE()');
    expect(grids[0]!.values.length).toBe(tables.Customers.length);
    expect(grids[1]!.values.length).toBe(tables.Sales.length);
  });

  it('pads every row to the header width', () => {
    for (const grid of grids) {
      const width = grid.values[0]!.length;
      for (const row of grid.values) expect(row.length).toBe(width);
    }
  });

  it('writes one BALANCE formula over every customer id, referencing the tabs by name', () => {
    const formula = grids[6]!.formulas.C2!;
    expect(formula).toMatch(new RegExp(`^=BALANCE\\(A2:A${tables.Customers.length}, DATE\\(2026, 11, 20\\)`));
    for (const grid of grids.slice(0, 5)) expect(formula).toMatch(new RegExp(`'?${grid.name}'?!A:[A-Z]+`));
    expect(grids[6]!.values.slice(1).map((row) => row[0])).toEqual(tables.Customers.slice(1).map((row) => row[0]));
  });
});
