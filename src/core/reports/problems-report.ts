// Problems report: every problem of the book as a row with its message in the user's language.
import type { Book } from '../book-types';
import { problemMessage, TAB_NAMES, type ProblemCode, type ProblemSeverity } from '../problems';
import type { Lang, TabName } from '../types';

export interface ProblemRow {
  readonly tab: TabName | 'Book';
  readonly tabName: string;
  readonly row: number;
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  readonly message: string;
}

export interface ProblemsReport {
  readonly errors: number;
  readonly warnings: number;
  readonly rows: readonly ProblemRow[];
}

/** The book's problems in sheet order (tab, row, errors first), rendered in `lang`. */
export function problemsReport(book: Book, lang: Lang): ProblemsReport {
  const rows = book.problems.map((p) => ({
    tab: p.tab,
    tabName: TAB_NAMES[p.tab][lang],
    row: p.row,
    severity: p.severity,
    code: p.code,
    message: problemMessage(p, lang),
  }));
  const errors = rows.filter((r) => r.severity === 'error').length;
  return { errors, warnings: rows.length - errors, rows };
}
