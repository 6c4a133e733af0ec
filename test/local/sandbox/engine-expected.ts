// Expected figures for the bundle tests, computed by the engine directly in Node from the sample tables.
import { bookBuild } from '../../../src/core/book';
import { moneyToDecimalString } from '../../../src/core/money';
import { customerBalanceReport } from '../../../src/core/reports/customer-balance';
import type { IsoDate, Lang } from '../../../src/core/types';
import { sampleBookTables } from '../../../src/local/sample/sample-book';
import { bookRead } from '../../../src/sheets/book-read';

/** Each sample customer's balance as of `asOf`, in major units (what =BALANCE shows). */
export function sampleBalances(asOf: string, lang: Lang = 'en'): Map<string, { currency: string; value: number }> {
  const read = bookRead(sampleBookTables(lang), { lang });
  const report = customerBalanceReport(bookBuild(read.input), asOf as IsoDate);
  return new Map(
    report.rows.map((row) => [row.customerId, { currency: row.currency, value: Number(moneyToDecimalString(row.balance, row.currency)) }]),
  );
}
