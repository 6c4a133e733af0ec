// Builds build/sidebar.html: sidebar/*.ts bundled by esbuild (iife) and sidebar/*.css, inlined into
// sidebar/index.html, because HtmlService serves exactly one file.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Inline JS must not close its own <script> element early (a string containing "</script>"). */
export function scriptInlineSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Inline CSS must not close its own <style> element early. */
export function styleInlineSafe(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Builds the sidebar HTML text from the sources in sidebarDir. */
export async function sidebarHtmlBuild(sidebarDir) {
  const result = await build({
    entryPoints: [path.join(sidebarDir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const js = result.outputFiles[0].text;
  const css = readdirSync(sidebarDir)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => readFileSync(path.join(sidebarDir, name), 'utf8'))
    .join('\n');
  const template = readFileSync(path.join(sidebarDir, 'index.html'), 'utf8');
  if (!template.includes('/*SIDEBAR_STYLE*/') || !template.includes('/*SIDEBAR_SCRIPT*/')) {
    throw new Error('sidebar/index.html must contain the /*SIDEBAR_STYLE*/ and /*SIDEBAR_SCRIPT*/ placeholders');
  }
  // Function replacers: `$` sequences in the bundle must not be read as replacement patterns.
  return template
    .replace('/*SIDEBAR_STYLE*/', () => styleInlineSafe(css))
    .replace('/*SIDEBAR_SCRIPT*/', () => scriptInlineSafe(js));
}

/** Writes build/sidebar.html. */
export async function sidebarBuild(root, outDir) {
  const html = await sidebarHtmlBuild(path.join(root, 'sidebar'));
  writeFileSync(path.join(outDir, 'sidebar.html'), html);
  return html.length;
}
