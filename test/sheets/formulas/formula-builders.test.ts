// The formula builders: only the functions of the dialect (DESIGN.md §6), named ranges, the row's own cells.
import { describe, expect, it } from 'vitest';
import {
  FORMULA_COLUMNS, FORMULA_FUNCTIONS, cellIsOneOf, columnLetters, formulaFunctions, formulaNormalize, formulaText,
  invoiceRowFormulas, paymentRowFormulas, adjustmentRowFormulas, rangeName, reconciliationHeaders, reconciliationRow,
} from '../../../src/sheets/formulas';
import { tabSchemas } from '../../../src/sheets/schemas';

const options = { lang: 'en' as const, digits: 2, bounds: [30, 60, 90], currency: 'CNY' };
const invoiceColumns = { invoiceNo: 1, customerId: 2, issueDate: 3, dueDate: 4, total: 5, paid: 6, balance: 7, status: 8, paymentStatus: 9 };

function everyFormula(): string[] {
  return [
    ...Object.values(invoiceRowFormulas(invoiceColumns, 7, options)),
    ...Object.values(paymentRowFormulas({ paymentId: 1, amount: 4, applied: 8, unapplied: 9 }, 7, options)),
    ...Object.values(adjustmentRowFormulas({ type: 3, amount: 4, direction: 7, applied: 8, open: 9 }, 7, options)),
    ...reconciliationRow(2, options).filter((f): f is string => f !== null),
  ];
}

describe('formula builders', () => {
  it('call only the functions of the dialect (no QUERY, LAMBDA, MAP, ARRAYFORMULA, FILTER, OR)', () => {
    for (const formula of everyFormula()) {
      for (const name of formulaFunctions(formula)) expect(FORMULA_FUNCTIONS, `${name} in ${formula}`).toContain(name);
    }
  });

  it('read other tabs only through the named ranges of managed columns', () => {
    const names = new Set(FORMULA_COLUMNS.map((c) => rangeName(c.tab, c.key)));
    for (const formula of everyFormula()) {
      const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
      expect(bare).not.toMatch(/!/);
      for (const match of bare.matchAll(/CL_[A-Za-z]+_[A-Za-z]+/g)) expect(names).toContain(match[0]);
    }
    for (const column of FORMULA_COLUMNS) expect(tabSchemas[column.tab].columns.map((c) => c.key)).toContain(column.key);
  });

  it('refer to their own row with fixed columns', () => {
    const formulas = invoiceRowFormulas(invoiceColumns, 7, options);
    expect(formulas.total).toBe('=ROUND(SUMIFS(CL_Sales_amount,CL_Sales_invoiceNo,$A7),2)');
    expect(formulas.balance).toContain('ROUND($E7-$F7,2)');
    expect(adjustmentRowFormulas({ type: 3, amount: 4, direction: 7, applied: 8, open: 9 }, 12, options).applied).toContain('"ADJ-12"');
  });

  it('write the payment status in the book\'s language', () => {
    expect(invoiceRowFormulas(invoiceColumns, 2, { ...options, lang: 'zh-CN' }).paymentStatus).toContain('"部分收款"');
    expect(invoiceRowFormulas(invoiceColumns, 2, options).paymentStatus).toContain('"Partial"');
  });

  it('give the Reconciliation one column per bucket of the Settings bounds', () => {
    expect(reconciliationHeaders([30, 60, 90], 'en')).toEqual([
      'Customer ID', 'Name', 'Currency', 'Invoiced', 'Debits', 'Received', 'Credits', 'Balance', 'Unapplied',
      'Not Due', '1–30', '31–60', '61–90', '90+', 'Credit Limit', 'Over Limit',
    ]);
    expect(reconciliationHeaders([45], 'zh-CN').slice(9, 11)).toEqual(['未到期', '1–45天']);
    expect(reconciliationRow(2, options)[0]).toBeNull();
  });
});

describe('formula dialect helpers', () => {
  it('quote text literals and letter columns', () => {
    expect(formulaText('say "hi"')).toBe('"say ""hi"""');
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(cellIsOneOf('$E2', ['Draft', '草稿'])).toBe('(($E2="Draft")+($E2="草稿"))>0');
  });

  it('compare formulas as Sheets may hand them back (spaces, case) but never inside text', () => {
    expect(formulaNormalize('=round( sumifs(A:A, B:B, "x y"), 2)')).toBe(formulaNormalize('=ROUND(SUMIFS(A:A,B:B,"x y"),2)'));
    expect(formulaNormalize('=IF(A1="Paid",1,0)')).not.toBe(formulaNormalize('=IF(A1="paid",1,0)'));
  });
});
