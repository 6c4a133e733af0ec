// `npm run build`: writes build/Code.js, build/sidebar.html and build/appsscript.json (what clasp pushes).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gasBuild } from './build-gas.mjs';
import { sidebarBuild } from './build-sidebar.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build');

/** Copies the manifest, re-serialised so a syntax error fails the build rather than the push. */
function manifestBuild() {
  const manifest = JSON.parse(readFileSync(path.join(root, 'appsscript.json'), 'utf8'));
  writeFileSync(path.join(outDir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const [entries, sidebarBytes] = await Promise.all([gasBuild(root, outDir), sidebarBuild(root, outDir)]);
manifestBuild();
const customFunctions = entries.filter((e) => e.customFunction).map((e) => e.name);
console.log(
  `build: Code.js (${entries.length} entry points; custom functions: ${customFunctions.join(', ') || 'none'}), ` +
    `sidebar.html (${Math.round(sidebarBytes / 1024)} KiB), appsscript.json in ${Date.now() - started} ms`,
);
