// Hands out statement numbers under the document lock; the last number of each year lives in the document properties.
import { statementNumberNext, statementNumberYear } from '../../core/documents/statement-number';
import type { IsoDate } from '../../core/types';
import { documentLocked } from '../allocation-lock';

/** Document property holding the last statement number handed out in a year (suffix: the year). */
export const STATEMENT_NUMBER_PROPERTY = 'customerLedger.statementNo.';

/**
 * The next statement number for a statement dated `issueDate`, remembered before it is returned. Runs under
 * the document lock, so two users making statements at the same moment never get the same number; a number
 * is never handed out twice even when the statement that took it fails afterwards (a gap, never a repeat).
 */
export function statementNumberTake(issueDate: IsoDate): string {
  return documentLocked(() => {
    const properties = PropertiesService.getDocumentProperties();
    const key = STATEMENT_NUMBER_PROPERTY + statementNumberYear(issueDate);
    const next = statementNumberNext(issueDate, properties.getProperty(key));
    properties.setProperty(key, next);
    return next;
  });
}
