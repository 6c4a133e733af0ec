// Runs a TypeScript entry file under Node: bundles it with esbuild (packages stay external) and imports it.
// Usage: node scripts/run-ts.mjs path/to/entry.ts [args...]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` to .cache/run/<name>.mjs and returns that file's path. */
export async function bundleTs(entry) {
  const name = path.relative(root, path.resolve(entry)).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
  const outfile = path.join(root, '.cache', 'run', `${name}.mjs`);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [entry, ...rest] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node scripts/run-ts.mjs ENTRY.ts [args...]');
    process.exit(2);
  }
  const outfile = await bundleTs(entry);
  process.argv = [process.argv[0], path.resolve(entry), ...rest];
  await import(pathToFileURL(outfile).href);
}
