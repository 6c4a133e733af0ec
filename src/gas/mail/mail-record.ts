// Writing what was sent (Sent At, logs): under the document lock when it can be had, and in any case.
import { documentLocked } from '../allocation-lock';
import { GasError } from '../gas-error';

/**
 * Runs `record` holding the document lock, so its appends never interleave with another writer's; when the
 * lock stays busy it runs anyway: the mail is already gone, and a send left unrecorded would be sent twice.
 */
export function mailRecord(record: () => void): void {
  try {
    documentLocked(record);
  } catch (error) {
    if (!(error instanceof GasError) || error.code !== 'error.lockBusy') throw error;
    record();
  }
}
