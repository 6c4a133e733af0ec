#!/usr/bin/env node
// customer-ledger: runs src/local/cli/main.ts, bundled by esbuild on first use and whenever a source changed.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src', 'local', 'cli', 'main.ts');
const bundle = cacheWritable(path.join(root, '.cache', 'cli'))
  ? path.join(root, '.cache', 'cli', 'customer-ledger.mjs')
  : path.join(tmpdir(), 'customer-ledger-cli', 'customer-ledger.mjs');
const sourceDirs = ['src/core', 'src/sheets', 'src/local/cli', 'src/local/sample'].map((d) => path.join(root, d));

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
  // Bundle to a private file, then rename: concurrent runs never see half a bundle.
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [entry], outfile: temporary, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'warning',
  });
  renameSync(temporary, bundle);
}

const { cliMain } = await import(pathToFileURL(bundle).href);
process.exitCode = await cliMain(process.argv.slice(2));
