// build/sidebar.html is one self-contained file, and inlining cannot break out of its <script>/<style>.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS build script without type declarations
import { scriptInlineSafe, styleInlineSafe } from '../../scripts/build-sidebar.mjs';
import { buildFileRead } from './build-output';

const html = buildFileRead('build/sidebar.html');

describe('build/sidebar.html', () => {
  it('inlines its script and style: no external files', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toContain('/*SIDEBAR_SCRIPT*/');
    expect(html).not.toContain('/*SIDEBAR_STYLE*/');
    expect(html.match(/<script>/g)?.length).toBe(1);
    expect(html.match(/<\/script>/gi)?.length).toBe(1);
    expect(html).toContain('google.script.run');
  });

  it('never writes data into innerHTML', () => {
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('contains no server code (the RPC types are type-only imports)', () => {
    for (const marker of ['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'rpcHandlers']) {
      expect(html.includes(marker), marker).toBe(false);
    }
  });

  it('carries both languages', () => {
    expect(html).toContain('Ledger summary');
    expect(html).toContain('账本概况');
  });
});

describe('inline escaping', () => {
  it('escapes a closing script tag inside inlined JS', () => {
    const out = scriptInlineSafe('var s = "</script><b>x</b>"; var t = "</SCRIPT >";') as string;
    expect(out).not.toMatch(/<\/script/i);
    expect(new Function(`${out}; return s + t;`)()).toBe('</script><b>x</b></SCRIPT >');
  });

  it('escapes a closing style tag inside inlined CSS', () => {
    expect(styleInlineSafe('a::after { content: "</style>"; }')).not.toMatch(/<\/style/i);
  });
});
