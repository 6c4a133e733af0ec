// The document lock around invoice numbering and allocation writes: one writer at a time across users.
import { GasError } from './gas-error';

/** Longest a second user waits for the first to finish writing allocations or numbering an invoice. */
export const DOCUMENT_LOCK_WAIT_MS = 30_000;

/**
 * Runs `body` holding the document lock, so numbering and allocation writes never interleave between users
 * (everything `body` reads is read after the lock is held). A lock still busy after the wait is a translated
 * refusal (error.lockBusy) and nothing is written.
 */
export function documentLocked<T>(body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(DOCUMENT_LOCK_WAIT_MS)) throw new GasError('error.lockBusy');
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
