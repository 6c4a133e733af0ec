// Where a reminder run that stopped early (time budget, quota) goes on: kept in the document properties.
import type { IsoDate } from '../../core/types';

export const REMINDERS_CURSOR_PROPERTY = 'customerLedger.reminders.cursor';
export const REMINDERS_LAST_RUN_PROPERTY = 'customerLedger.reminders.lastRun';

export interface RemindersCursor {
  /** The day of the run that stopped. */
  readonly day: IsoDate;
  /** The first invoice it did not get to: the next run starts there. */
  readonly next: string;
  readonly reason: 'time' | 'quota';
}

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The cursor left by a run that stopped early, or null. */
export function remindersCursorRead(): RemindersCursor | null {
  const text = properties().getProperty(REMINDERS_CURSOR_PROPERTY);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<RemindersCursor>;
    return typeof value.next === 'string' && typeof value.day === 'string' ? (value as RemindersCursor) : null;
  } catch {
    return null;
  }
}

/** Remembers where to go on (null: the run finished, forget it). */
export function remindersCursorWrite(cursor: RemindersCursor | null): void {
  if (cursor) properties().setProperty(REMINDERS_CURSOR_PROPERTY, JSON.stringify(cursor));
  else properties().deleteProperty(REMINDERS_CURSOR_PROPERTY);
}

/** Items rotated so the cursor's invoice comes first (the rest follow in order, those before it last). */
export function remindersResumeOrder<T>(items: readonly T[], cursor: RemindersCursor | null, invoiceNoOf: (item: T) => string): T[] {
  const at = cursor ? items.findIndex((item) => invoiceNoOf(item) === cursor.next) : -1;
  return at <= 0 ? [...items] : [...items.slice(at), ...items.slice(0, at)];
}
