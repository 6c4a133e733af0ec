// The report and statement commands: load the book, compute the core report, print text or one JSON document.
import { moneyToDecimalString } from '../../core/money';
import { statementReport, type StatementReport } from '../../core/reports/statement';
import type { IsoDate, Minor } from '../../core/types';
import type { CliArgs } from './cli-args';
import { CliError } from './cli-messages';
import { bookLoad, phaseTimerMake, phaseTimerNone } from './book-load';
import type { CliIo } from './main';
import { reportJsonBuild, reportJsonWrite } from './report-json';
import { reportText } from './report-text';
import { statementTable } from './statement-text';

/** UTF-8 bytes as text (a chunk of reportJsonWrite ends at a character boundary). */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** `report`: balances, aging, invoices, allocations and problems as of --as-of. */
export async function reportRun(args: CliArgs, io: CliIo): Promise<number> {
  const timing = io.env?.CUSTOMER_LEDGER_TIMING ? phaseTimerMake(io.stderr) : phaseTimerNone;
  const { book, problems } = await bookLoad(args.data ?? '', args.lang, timing);
  const asOf = args.asOf as IsoDate;
  if (!args.json) {
    io.stdout(reportText(book, asOf, problems, args.lang));
    return 0;
  }
  // Indented for people at a terminal; compact and streamed in chunks for programs (big books).
  if (io.pretty) io.stdout(`${JSON.stringify(reportJsonBuild(book, asOf, problems, args.lang), null, 2)}\n`);
  else reportJsonWrite(book, asOf, problems, args.lang, io.stdoutBytes ? (bytes) => io.stdoutBytes!(bytes) : (bytes) => io.stdout(utf8Text(bytes)));
  timing('report');
  return 0;
}

/** The statement JSON document: every amount a decimal string of the customer's currency. */
export function statementJson(report: StatementReport) {
  const text = (amount: Minor): string => moneyToDecimalString(amount, report.currency);
  return {
    customerId: report.customerId, from: report.from, to: report.to, currency: report.currency,
    openingBalance: text(report.openingBalance),
    rows: report.rows.map((r) => ({ date: r.date, documentNo: r.documentNo, description: r.description, debit: text(r.debit), credit: text(r.credit), balance: text(r.balance) })),
    closingBalance: text(report.closingBalance),
    closingInWords: report.closingInWords,
  };
}

/** `statement`: one customer's statement for [--from, --to], balance-forward or --open-item. */
export async function statementRun(args: CliArgs, io: CliIo): Promise<number> {
  const { book } = await bookLoad(args.data ?? '', args.lang);
  const spec = {
    customerId: args.customer ?? '', from: args.from as IsoDate, to: args.to as IsoDate,
    layout: args.openItem ? ('open-item' as const) : ('balance-forward' as const),
  };
  const report = statementReport(book, spec);
  if (!report) throw new CliError('error.customer', { value: spec.customerId, example: book.customers[0]?.id ?? 'C001' });
  io.stdout(args.json ? `${JSON.stringify(statementJson(report), null, io.pretty ? 2 : undefined)}\n` : statementTable(report, args.lang));
  return 0;
}
