// The Allocations tab rewrite: manual rows kept, holds and automatic rows replaced, new ones found, text kept text.
import { describe, expect, it } from 'vitest';
import { bookBuild } from '../../src/core/book';
import { allocationExplain, allocationHoldExplain } from '../../src/gas/allocation-explain';
import { allocationsTabState, allocationsTabWrite, type AllocationStamp } from '../../src/gas/allocation-tab';
import { manualAllocationCheck } from '../../src/gas/allocation-actions';
import { GasError } from '../../src/gas/gas-error';
import { billMake, bookInputFromBills, customerMake, day, paymentMake, yuan, adjustmentMake } from '../core/builders';

/** A stand-in sheet that records the one block written. */
function sheetFake(maxRows = 1000) {
  const writes: { row: number; column: number; values: unknown[][] }[] = [];
  const inserts: number[] = [];
  const sheet = {
    getMaxRows: () => maxRows,
    getMaxColumns: () => 26,
    insertRowsAfter: (_after: number, n: number) => inserts.push(n),
    insertColumnsAfter: () => undefined,
    getRange: (row: number, column: number) => ({ setValues: (values: unknown[][]) => writes.push({ row, column, values }) }),
  };
  return { sheet: sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, writes, inserts };
}

const stamp: AllocationStamp = { at: '2026-11-20 10:00:00', by: 'anna@example.com', today: day('2026-11-20') };

/**
 * INV-1 100 (Jan 1), INV-2 50 (Jan 5), INV-3 30 (Jan 12). P1 names INV-2 (reference), P2 pays exactly INV-1's 100
 * (amount), '+1-555' pays 10 and credit ADJ-2 5 go to INV-3 (fifo).
 */
function book(held: string[] = []) {
  const bills = [billMake('INV-1', '2026-01-01', '100'), billMake('INV-2', '2026-01-05', '50'), billMake('INV-3', '2026-01-12', '30')];
  return bookBuild(
    bookInputFromBills(bills, {
      customers: [customerMake()],
      payments: [
        paymentMake({ id: 'P1', date: day('2026-01-10'), amount: yuan('50'), reference: 'for INV-2' }),
        paymentMake({ id: 'P2', date: day('2026-01-11'), amount: yuan('100') }),
        paymentMake({ id: '+1-555', date: day('2026-01-13'), amount: yuan('10') }),
      ],
      adjustments: [adjustmentMake({ date: day('2026-01-15'), amount: yuan('5') })],
      heldSources: held,
    }),
  );
}

const HEADER = ['Source', 'Invoice No', 'Amount', 'Date', 'Rule', 'At', 'By', 'My note'];

describe('allocationsTabState', () => {
  it('keeps manual (and blank-rule) rows whole, drops holds, remembers automatic rows with their At/By', () => {
    const table = [
      ['Allocations of 2026'],
      HEADER,
      ['P2', 'INV-1', 20, '2026-01-11', 'manual', 'then', 'bob', '=not a formula'],
      ['P1', 'INV-2', 50, '2026-01-10', 'reference', 'earlier', 'carl', ''],
      ['P9', '', '', '', '暂挂', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['P3', 'INV-2', 5, '2026-01-12', '', '', '', 'typed by hand'],
    ];
    const state = allocationsTabState(table, 'en');
    expect(state.head).toEqual([['Allocations of 2026'], HEADER]);
    expect(state.manual).toEqual([table[2], table[6]]);
    expect([...state.previous.keys()]).toEqual(['P1\u0000INV-2\u000050\u0000reference']);
    expect(state.previous.get('P1\u0000INV-2\u000050\u0000reference')).toEqual([{ at: 'earlier', by: 'carl' }]);
    expect(state.rowCount).toBe(7);
  });

  it('appends missing columns to the user’s header, and writes a whole header in the user’s language for a new tab', () => {
    expect(allocationsTabState([['Source', 'Invoice No', 'Amount']], 'zh-CN').head).toEqual([['Source', 'Invoice No', 'Amount', '日期', '规则', '时间', '操作人']]);
    expect(allocationsTabState(undefined, 'zh-CN').head).toEqual([['来源', '账单号', '金额', '日期', '规则', '时间', '操作人']]);
  });
});

describe('an Allocations tab that is not one', () => {
  it('is refused, not overwritten; an empty one is fine', () => {
    expect(() => allocationsTabState([['my notes', 'about'], ['x', 'y']], 'en')).toThrow(GasError);
    const refusal = (() => {
      try {
        allocationsTabState([['my notes']], 'zh-CN');
      } catch (error) {
        return error as GasError;
      }
      return null;
    })();
    expect(refusal?.messageIn('zh-CN')).toBe('“核销记录”工作表没有包含“来源、账单号、金额”的表头行，因此未做任何更改：请修正表头（或重命名该工作表）后再对账。');
    expect(allocationsTabState([['']], 'en').manual).toEqual([]);
  });
});

describe('allocationsTabWrite', () => {
  it('writes head, manual rows, holds, then the engine’s automatic allocations in one block; only new ones are new', () => {
    const b = book(['P9']);
    const table = [HEADER, ['P1', 'INV-2', 50, '2026-01-10', 'reference', 'earlier', 'carl', ''], ...Array.from({ length: 6 }, () => new Array(8).fill(''))];
    const state = allocationsTabState(table, 'en');
    const { sheet, writes } = sheetFake();
    const { newAllocations } = allocationsTabWrite(sheet, state, b, { manual: state.manual, held: ['P9'], stamp, lang: 'en', created: false });
    expect(writes).toHaveLength(1);
    const rows = writes[0]!.values;
    expect(rows[0]).toEqual(HEADER);
    expect(rows[1]!.slice(0, 3)).toEqual(['P9', '', '']);
    expect(rows[1]![4]).toBe('hold');
    const automatic = rows.slice(2).filter((r) => r[0] !== '');
    expect(automatic.map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]])).toEqual([
      ['P1', 'INV-2', 50, 'reference', 'earlier', 'carl'],
      ['P2', 'INV-1', 100, 'amount', stamp.at, stamp.by],
      ["'+1-555", 'INV-3', 10, 'fifo', stamp.at, stamp.by],
      ['ADJ-2', 'INV-3', 5, 'fifo', stamp.at, stamp.by],
    ]);
    expect(newAllocations.map((a) => a.source)).toEqual(['P2', '+1-555', 'ADJ-2']);
    // The old table was longer than the new content: the rest is blanked in the same write.
    expect(rows.length).toBe(table.length);
    expect(rows.slice(6).every((r) => r.every((c) => c === ''))).toBe(true);
  });

  it('writes formula-like user text with a leading apostrophe so Sheets keeps it as text', () => {
    const b = book();
    const state = allocationsTabState([HEADER, ['=HYPERLINK("x")', 'INV-1', 1, '2026-01-12', 'manual', '', '', '+1-555']], 'en');
    const { sheet, writes } = sheetFake();
    allocationsTabWrite(sheet, state, b, { manual: state.manual, held: [], stamp, lang: 'en', created: false });
    const rows = writes[0]!.values;
    expect(rows[1]![0]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![7]).toBe("'+1-555");
    expect(rows.some((r) => r[0] === "'+1-555")).toBe(true);
  });

  it('grows a tab too small for the rows, and sizes a tab it has just created once', () => {
    const b = book();
    const small = sheetFake(2);
    allocationsTabWrite(small.sheet, allocationsTabState([HEADER], 'en'), b, { manual: [], held: [], stamp, lang: 'en', created: false });
    expect(small.inserts).toEqual([small.writes[0]!.values.length - 2]);
    const roomy = sheetFake(1000);
    allocationsTabWrite(roomy.sheet, allocationsTabState([HEADER], 'en'), b, { manual: [], held: [], stamp, lang: 'en', created: false });
    expect(roomy.inserts).toEqual([]);
    const created = sheetFake(1000);
    allocationsTabWrite(created.sheet, allocationsTabState(undefined, 'en'), b, { manual: [], held: [], stamp, lang: 'en', created: true });
    expect(created.inserts).toEqual([1]);
  });
});

describe('allocation explanations (golden)', () => {
  const b = book();
  const byRule = (rule: string) => b.allocations.find((a) => a.rule === rule)!;
  const p2 = b.allocations.find((a) => a.source === 'P2')!;
  it('in English', () => {
    expect(allocationExplain(b, byRule('reference'), 'en')).toBe('Payment P1 → INV-2: reference — the payment names this invoice');
    expect(allocationExplain(b, byRule('fifo'), 'en')).toBe('Payment +1-555 → INV-3: fifo — applied to the oldest-due open invoice first');
    expect(allocationExplain(b, p2, 'en')).toBe('Payment P2 → INV-1: amount — the amount equals this invoice’s open amount');
    expect(allocationExplain(b, { ...p2, source: 'ADJ-2', rule: 'credit' }, 'en')).toBe('Credit ADJ-2 → INV-1: credit — unapplied credit used when this invoice was issued');
    expect(allocationExplain(b, { ...p2, rule: 'manual' }, 'en')).toBe('Payment P2 → INV-1: manual — allocated by hand');
    expect(allocationHoldExplain(b, 'P1', 'en')).toBe('Payment P1: on hold — its matches were undone; it stays unapplied until allocated by hand or released');
  });
  it('in Chinese', () => {
    expect(allocationExplain(b, byRule('reference'), 'zh-CN')).toBe('收款 P1 → INV-2：按单号——收款注明了该账单号');
    expect(allocationExplain(b, p2, 'zh-CN')).toBe('收款 P2 → INV-1：按金额——金额与该账单的未收金额相同');
    expect(allocationExplain(b, byRule('fifo'), 'zh-CN')).toBe('收款 +1-555 → INV-3：先进先出——按到期日先后冲抵最早的未收账单');
    expect(allocationExplain(b, { ...p2, source: 'ADJ-2', rule: 'credit' }, 'zh-CN')).toBe('贷项 ADJ-2 → INV-1：预收抵扣——未核销的余款在该账单开具时抵扣');
    expect(allocationHoldExplain(b, 'P1', 'zh-CN')).toBe('收款 P1：暂挂——已反核销；在人工核销或解除暂挂前保持未核销');
  });
});

describe('manualAllocationCheck', () => {
  const b = book();
  const refused = (request: object, lang: 'en' | 'zh-CN' = 'en'): string => {
    try {
      manualAllocationCheck(b, request as never, lang);
    } catch (error) {
      if (error instanceof GasError) return error.messageIn(lang);
      throw error;
    }
    return 'accepted';
  };

  it('accepts what fits and dates it no earlier than payment and invoice', () => {
    expect(manualAllocationCheck(b, { source: 'P2', invoiceNo: 'INV-2', amount: '30' }, 'en')).toEqual({
      source: 'P2', invoiceNo: 'INV-2', amount: 3000, date: '2026-01-11', rule: 'manual',
    });
  });

  it('refuses with clear messages', () => {
    expect(refused({ source: 'P2', invoiceNo: 'INV-1', amount: '100.01' })).toBe('Cannot allocate ¥100.01 from P2 to INV-1: at most ¥100.00 is left (payment ¥100.00, invoice ¥100.00).');
    expect(refused({ source: 'P1', invoiceNo: 'INV-2', amount: '60' }, 'zh-CN')).toBe('无法从 P1 核销 ¥60.00 到 INV-2：最多还可核销 ¥50.00（收款剩余 ¥50.00，账单未收 ¥50.00）。');
    expect(refused({ source: 'P2', invoiceNo: 'INV-1', amount: '0' })).toBe('The amount must be a positive number, not "0".');
    expect(refused({ source: 'P2', invoiceNo: 'INV-1', amount: '5', date: '2026-02-30' })).toBe('"2026-02-30" is not a date (YYYY-MM-DD).');
  });
});
