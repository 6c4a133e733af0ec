// customer-ledger as a real child process: the bin script bundles the CLI on demand and runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenFolder, messyBook } from './cli-helpers';

const bin = new URL('../../../bin/customer-ledger.mjs', import.meta.url).pathname;

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });
}

describe('customer-ledger child process', () => {
  it('prints the golden JSON report and exits 0', () => {
    const result = run(['report', '--data', messyBook, '--as-of', '2026-11-20', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(path.join(goldenFolder, 'report.json'), 'utf8')));
  });

  it('exits 2 with one line on stderr for unusable input', () => {
    const result = run(['report', '--data', messyBook, '--as-of', 'yesterday']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('customer-ledger: --as-of "yesterday" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20.\n');
  });

  it('reuses its cached bundle when no source changed (no esbuild at run time)', () => {
    run(['--help']);
    const bundle = path.join(path.dirname(bin), '..', '.cache', 'cli', 'customer-ledger.mjs');
    const before = statSync(bundle).mtimeMs;
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage:');
    expect(statSync(bundle).mtimeMs).toBe(before);
  });
});
