// Statements for every customer with a balance or activity in a period, in chunks that stop before Apps Script's limit.
import { statementCustomers } from '../../core/documents/statement-customers';
import { statementAgingSource, type StatementAgingSource } from '../../core/documents/statement-document';
import type { StatementLayout } from '../../core/reports/statement';
import type { IsoDate, Lang } from '../../core/types';
import { documentLocked } from '../allocation-lock';
import { auditLogAppend } from '../audit-log';
import { GasError } from '../gas-error';
import { statementDraft, statementIssue, type StatementDocumentResult, type StatementIssued, type StatementSource } from './statement-issue';
import { statementPeriodParse, type StatementAllRequest } from './statement-request';
import { statementSourceRead } from './statement-source';
import { statementTabWrite } from './statement-tab';

/** Time one run may spend making statements: Apps Script stops an execution at 6 minutes; this leaves 90 s spare. */
export const STATEMENTS_BUDGET_MS = 270_000;

/** Document property holding where an unfinished all-customers run stands. */
export const STATEMENTS_CURSOR_PROPERTY = 'customerLedger.statementsRun';

/** Document property: while a call makes statements for all customers, when its claim lapses (epoch ms). */
export const STATEMENTS_BUSY_PROPERTY = 'customerLedger.statementsRunBusyUntil';

/** Apps Script ends every execution by 6 minutes: a claim older than that belongs to a call that is gone. */
const EXECUTION_LIMIT_MS = 360_000;

/** The stored cursor: which run (period, layout, language) and the last customer done. */
interface StatementsCursor {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly layout: StatementLayout;
  readonly lang: Lang;
  /** Last customer whose statement was made; null before the first. */
  readonly last: string | null;
  readonly done: number;
  readonly finished: boolean;
}

/** What one call did and how far the whole run is. */
export interface StatementsRunResult {
  readonly from: string;
  readonly to: string;
  readonly layout: StatementAllRequest['layout'];
  /** Statements made by this call. */
  readonly created: readonly StatementDocumentResult[];
  /** Customers in the run, and how many of them have their statement (this call and earlier ones). */
  readonly total: number;
  readonly done: number;
  readonly remaining: number;
  /** False when the time budget ran out: call again with the same request to continue where it stopped. */
  readonly finished: boolean;
  /** True when this call continued an unfinished run. */
  readonly resumed: boolean;
  readonly sheetName: string;
}

/** Optional extras of a request: start over even if a run of the same period is unfinished. */
export interface StatementsForAllRequest extends StatementAllRequest {
  readonly restart?: boolean;
}

function cursorRead(properties: GoogleAppsScript.Properties.Properties): StatementsCursor | null {
  try {
    const value = JSON.parse(properties.getProperty(STATEMENTS_CURSOR_PROPERTY) ?? 'null') as StatementsCursor | null;
    return value && typeof value.from === 'string' && typeof value.done === 'number' ? value : null;
  } catch {
    return null;
  }
}

/** Where to start in `ids`: after the cursor's last customer (or after as many as were done, if that one is gone). */
function startIndex(ids: readonly string[], cursor: StatementsCursor | null): number {
  if (!cursor) return 0;
  const at = cursor.last === null ? -1 : ids.indexOf(cursor.last);
  return at >= 0 ? at + 1 : Math.min(cursor.done, ids.length);
}

/**
 * Claims the run for this call under the document lock — one all-customers call at a time, as two would make the
 * same customers' statements twice: refused while another call's claim holds. Returns the unfinished run of the
 * same request to continue, or null to start afresh.
 */
function runClaim(properties: GoogleAppsScript.Properties.Properties, period: Omit<StatementsCursor, 'lang' | 'last' | 'done' | 'finished'>, lang: Lang, restart: boolean): StatementsCursor | null {
  return documentLocked(() => {
    const now = Date.now();
    if (Number(properties.getProperty(STATEMENTS_BUSY_PROPERTY) ?? 0) > now) throw new GasError('statement.runBusy');
    properties.setProperty(STATEMENTS_BUSY_PROPERTY, String(now + EXECUTION_LIMIT_MS));
    const saved = cursorRead(properties);
    const same = saved !== null && saved.from === period.from && saved.to === period.to && saved.layout === period.layout && saved.lang === lang;
    return same && !saved.finished && !restart ? saved : null;
  });
}

/**
 * Makes the statement (Doc + PDF, numbered) of every customer with something open or unapplied at the period
 * end or a document in the period, in Customers order, writing them one after another on the Statement tab
 * (one tab per run, one section per customer: the pack an accountant prints or reviews) with an Audit Log line each.
 * Before each statement it checks the time: when the budget would be overrun it stops, remembers the last
 * customer done, and the next call with the same request continues from there (no customer twice, none
 * skipped). At least one statement is made per call, so a run always moves on. While a call runs, another is
 * refused (statement.runBusy).
 */
export function statementsForAll(request: StatementsForAllRequest, lang: Lang, budgetMs: number = STATEMENTS_BUDGET_MS): StatementsRunResult {
  const started = Date.now();
  const period = statementPeriodParse(request);
  const properties = PropertiesService.getDocumentProperties();
  const cursor = runClaim(properties, period, lang, request?.restart === true);
  const chunk: Chunk = { issued: [], next: 0, total: 0, state: cursor ?? { ...period, lang, last: null, done: 0, finished: false } };
  let sheetName = '';
  try {
    const source = statementSourceRead(lang);
    const ids = statementCustomers(source.book, period.from, period.to);
    if (ids.length === 0) throw new GasError('statement.noneForAll', { from: period.from, to: period.to });
    chunk.total = ids.length;
    chunk.next = startIndex(ids, cursor);
    try {
      chunkRun(chunk, ids, { source, properties, aging: statementAgingSource(source.book, period.to), deadline: { started, budgetMs } });
    } finally {
      // What was made is shown and logged even when a Drive error stops the run part-way.
      sheetName = statementTabWrite(source.spreadsheet, chunk.issued.map((i) => i.section), cursor ? 'append' : 'replace', lang).sheetName;
      if (chunk.issued.length > 0) documentLocked(() => auditLogAppend(chunk.issued.map((i) => i.audit), source.spreadsheet));
    }
  } finally {
    // The claim ends with the call, however it ends: the next call may continue at once.
    properties.deleteProperty(STATEMENTS_BUSY_PROPERTY);
  }
  return {
    ...period,
    created: chunk.issued.map((i) => i.result),
    total: chunk.total,
    done: chunk.state.done,
    remaining: chunk.total - chunk.next,
    finished: chunk.next >= chunk.total,
    resumed: cursor !== null,
    sheetName,
  };
}

/** One call's part of a run, recorded as each statement is made (so a failure part-way keeps what was done). */
interface Chunk {
  issued: StatementIssued[];
  /** Index in the run's customer ids of the next statement to make. */
  next: number;
  total: number;
  state: StatementsCursor;
}

interface ChunkContext {
  readonly source: StatementSource;
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly aging: StatementAgingSource;
  readonly deadline: { readonly started: number; readonly budgetMs: number };
}

/**
 * Makes the statements of ids[chunk.next…] until the next one would overrun the budget (judged by the longest so
 * far; at least one is made). The cursor is saved with each statement, so a call stopped by force resumes after it.
 */
function chunkRun(chunk: Chunk, ids: readonly string[], context: ChunkContext): void {
  const { source, properties, aging, deadline } = context;
  const { from, to, layout, lang } = chunk.state;
  let longest = 0;
  for (; chunk.next < ids.length; chunk.next += 1) {
    if (chunk.issued.length > 0 && Date.now() - deadline.started + longest >= deadline.budgetMs) return;
    const began = Date.now();
    const customerId = ids[chunk.next]!;
    const one = statementIssue(source, statementDraft(source, { customerId, from, to, layout }, lang, aging));
    chunk.issued.push(one);
    chunk.state = { ...chunk.state, last: customerId, done: chunk.state.done + 1, finished: chunk.next === ids.length - 1 };
    properties.setProperties({ ...one.remember, [STATEMENTS_CURSOR_PROPERTY]: JSON.stringify(chunk.state) });
    longest = Math.max(longest, Date.now() - began);
  }
}
