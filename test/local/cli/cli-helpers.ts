// Test helpers for the CLI: run it in-process with captured output, and make temporary folders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliRun } from '../../../src/local/cli/main';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs customer-ledger with `argv` in this process (English environment unless `env` says otherwise). */
export async function cliCapture(argv: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await cliRun(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

/** A fresh empty folder under the system temp folder. */
export function tempFolder(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `customer-ledger-${name}-`));
}

export const messyBook = new URL('../../fixtures/messy-book', import.meta.url).pathname;
export const goldenFolder = new URL('../../fixtures/messy-book-golden/', import.meta.url).pathname;
