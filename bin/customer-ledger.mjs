#!/usr/bin/env node
// customer-ledger: runs src/local/cli/main.ts, bundled by esbuild on first use and whenever a source changed.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src', 'local', 'cli', 'main.ts');
const bundle = cacheWritable(path.join(root, '.cache', 'cli'))
  ? path.join(root, '.cache', 'cli', 'customer-ledger.mjs')
  : path.join(tmpdir(), 'customer-ledger-cli', 'customer-ledger.mjs');
const sourceDirs = ['src/core', 'src/sheets', 'src/gas', 'src/local/cli', 'src/local/export', 'src/local/sample'].map((d) => path.join(root, d));

/** True when the bundle can be cached inside the repository (not, e.g., in a read-only install). */
function cacheWritable(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    return true;
  } catch {
    return false;
  }
}

/** Newest modification time of the TypeScript sources the CLI is built from. */
function sourcesNewest() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of sourceDirs) walk(dir);
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

if (bundleTime() < sourcesNewest()) {
  // Bundle into a private folder, then move the files in, the entry last: concurrent runs never see half a
  // bundle. Code splitting keeps what is imported dynamically (xlsx reading, export) out of start-up: its
  // packages (ExcelJS takes ~300 ms to load) are imported only by the chunk that needs them.
  const { build } = await import('esbuild');
  const folder = path.dirname(bundle);
  const temporary = path.join(folder, `build-${process.pid}.tmp`);
  mkdirSync(temporary, { recursive: true });
  await build({
    entryPoints: { 'customer-ledger': entry }, outdir: temporary, outExtension: { '.js': '.mjs' }, chunkNames: 'chunk-[hash]',
    bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  // Chunks are named by their content, so replacing one that another run wrote changes nothing.
  for (const name of readdirSync(temporary)) if (name !== 'customer-ledger.mjs') renameSync(path.join(temporary, name), path.join(folder, name));
  renameSync(path.join(temporary, 'customer-ledger.mjs'), bundle);
  rmSync(temporary, { recursive: true, force: true });
}

const { cliMain } = await import(pathToFileURL(bundle).href);
process.exitCode = await cliMain(process.argv.slice(2));
