// Remembers each customer's latest statement (number, files, fingerprint) so a mail can attach it instead of a new one.
import type { Lang } from '../../core/types';

/** Document property per customer: the latest statement made for them. */
export const STATEMENT_LATEST_PROPERTY = 'customerLedger.statementLatest.';

/** What is remembered: short keys, as document properties are small (9 kB each, 500 kB in all). */
export interface StatementLatest {
  /** statementFingerprint of what it says. */
  readonly f: string;
  /** Statement number. */
  readonly n: string;
  /** Doc and PDF file ids. */
  readonly d: string;
  readonly p: string;
  readonly l: Lang;
}

/** The property (key and value) that records `latest` for a customer, to save with other properties in one call. */
export function statementLatestEntry(customerId: string, latest: StatementLatest): Record<string, string> {
  return { [STATEMENT_LATEST_PROPERTY + customerId]: JSON.stringify(latest) };
}

function isLatest(value: unknown): value is StatementLatest {
  const v = value as Partial<StatementLatest> | null;
  return typeof v === 'object' && v !== null && typeof v.f === 'string' && typeof v.n === 'string' && typeof v.d === 'string' && typeof v.p === 'string';
}

/** The latest statement remembered for a customer, or null (none, or unreadable). */
export function statementLatestRead(properties: GoogleAppsScript.Properties.Properties, customerId: string): StatementLatest | null {
  const text = properties.getProperty(STATEMENT_LATEST_PROPERTY + customerId);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isLatest(value) ? value : null;
  } catch {
    return null;
  }
}
