// Builds the workbench page: client/*.ts bundled by esbuild and client/page.css inlined into client/index.html.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The page HTML, self-contained. `root` is the repository root. */
export async function workbenchPageBuild(root: string): Promise<string> {
  const clientDir = path.join(root, 'src', 'local', 'workbench', 'client');
  const result = await build({
    entryPoints: [path.join(clientDir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  const js = result.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
  const css = readFileSync(path.join(clientDir, 'page.css'), 'utf8');
  return readFileSync(path.join(clientDir, 'index.html'), 'utf8')
    .replace('/*PAGE_STYLE*/', () => css)
    .replace('/*PAGE_SCRIPT*/', () => js);
}
