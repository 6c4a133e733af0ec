// Golden tests of every problem message in both languages, and of the problem helpers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PROBLEM_MESSAGES,
  problemCompare,
  problemMake,
  problemMessage,
  problemsHaveErrors,
  type Problem,
  type ProblemCode,
} from '../../src/core/problems';

/** One reproduction per code: the problem as the producer builds it, and its exact text in en and zh-CN. */
interface GoldenCase {
  readonly problem: Problem;
  readonly en: string;
  readonly 'zh-CN': string;
}

const golden = JSON.parse(
  readFileSync(new URL('./golden/problem-messages.json', import.meta.url), 'utf8'),
) as Record<ProblemCode, GoldenCase>;

describe('problemMessage golden texts', () => {
  it('has a golden case for every code and no stale ones', () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(PROBLEM_MESSAGES).sort());
  });
  it.each(Object.entries(golden))('%s', (code, c) => {
    expect(c.problem.code).toBe(code);
    expect(problemMessage(c.problem, 'en')).toBe(c.en);
    expect(problemMessage(c.problem, 'zh-CN')).toBe(c['zh-CN']);
  });
  it('leaves no placeholder unfilled in the golden cases', () => {
    for (const c of Object.values(golden)) {
      expect(problemMessage(c.problem, 'en')).not.toMatch(/\{\w+\}/);
      expect(problemMessage(c.problem, 'zh-CN')).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('problem helpers', () => {
  it('problemMake applies the default severity and keeps details', () => {
    const p = problemMake('Payments', 7, 'unknown-customer', { value: 'C099', column: 'Customer ID' });
    expect(p).toEqual({ tab: 'Payments', row: 7, code: 'unknown-customer', severity: 'error', params: {}, value: 'C099', column: 'Customer ID' });
    expect(problemMake('Sales', 2, 'amount-mismatch').severity).toBe('warning');
    expect(problemMake('Sales', 2, 'amount-mismatch', { severity: 'error' }).severity).toBe('error');
  });
  it('names the brief example exactly', () => {
    const p = problemMake('Payments', 7, 'unknown-customer', { value: 'C099' });
    expect(problemMessage(p, 'en')).toBe('Payments row 7: customer "C099" is not in Customers.');
    expect(problemMessage(p, 'zh-CN')).toBe('收款 第 7 行：客户“C099”不在客户表中。');
  });
  it('orders problems by tab, row, errors first', () => {
    const list = [
      problemMake('Payments', 3, 'amount-mismatch'),
      problemMake('Customers', 9, 'duplicate-customer'),
      problemMake('Payments', 3, 'unknown-customer'),
      problemMake('Payments', 2, 'unknown-customer'),
    ];
    expect([...list].sort(problemCompare).map((p) => `${p.tab}${p.row}${p.severity}`)).toEqual([
      'Customers9error',
      'Payments2error',
      'Payments3error',
      'Payments3warning',
    ]);
    expect(problemsHaveErrors(list)).toBe(true);
    expect(problemsHaveErrors([list[0]!])).toBe(false);
  });
});
