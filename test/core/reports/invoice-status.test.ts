// Tests of invoice payment statuses as of a date.
import { describe, expect, it } from 'vitest';
import { invoicePaymentStatus, invoiceStatusReport, INVOICE_PAYMENT_STATUS_LABELS } from '../../../src/core/reports/invoice-status';
import { day, yuan } from '../builders';
import { sampleBook } from '../sample-book';

describe('invoiceStatusReport', () => {
  it('reports Open, Partial, Paid, Overdue and passes Draft and Void through', () => {
    const rows = invoiceStatusReport(sampleBook(), day('2026-03-05'));
    expect(rows.map((r) => [r.invoiceNo, r.total, r.paid, r.balance, r.status, r.daysOverdue])).toEqual([
      ['INV-1', 120000, 120000, 0, 'Paid', 0],
      ['INV-2', 80000, 80000, 0, 'Paid', 0],
      ['INV-3', 200000, 80000, 120000, 'Partial', 0],
      ['INV-4', 50000, 0, 0, 'Draft', 0],
      ['INV-5', 30000, 0, 0, 'Void', 0],
      ['INV-6', 10000, 10000, 0, 'Paid', 0],
      ['INV-7', 0, 0, 0, 'Paid', 0],
    ]);
    const earlier = invoiceStatusReport(sampleBook(), day('2026-02-20'));
    expect(earlier[0]).toMatchObject({ invoiceNo: 'INV-1', paid: 100000, balance: 20000, status: 'Overdue', daysOverdue: 16 });
    expect(earlier[2]).toMatchObject({ invoiceNo: 'INV-3', paid: 0, status: 'Open', issuedAfterAsOf: true });
    expect(earlier[1]).toMatchObject({ invoiceNo: 'INV-2', issuedAfterAsOf: false });
  });
  it('derives the status from the figures', () => {
    expect(invoicePaymentStatus(yuan('1'), yuan('0'), day('2026-01-31'), day('2026-01-31'))).toBe('Open');
    expect(invoicePaymentStatus(yuan('1'), yuan('0'), day('2026-01-31'), day('2026-02-01'))).toBe('Overdue');
    expect(invoicePaymentStatus(yuan('1'), yuan('0.40'), day('2026-01-31'), day('2026-01-01'))).toBe('Partial');
    expect(invoicePaymentStatus(yuan('1'), yuan('1'), day('2026-01-31'), day('2026-09-01'))).toBe('Paid');
    expect(INVOICE_PAYMENT_STATUS_LABELS.Overdue['zh-CN']).toBe('逾期');
  });
});
