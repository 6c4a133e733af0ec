// The google.script.run shim: handler semantics of the real runner, POSTs to /rpc/<fn>, injected first.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sidebarShimScript, sidebarWithShim } from '../../../src/local/workbench/sidebar-shim';

interface Posted {
  url: string;
  body: unknown;
}

/** Runs the shim in a fake window whose fetch answers with `reply`. */
function shimWindow(reply: unknown) {
  const posted: Posted[] = [];
  const messages: unknown[] = [];
  const context: Record<string, unknown> = {
    Proxy,
    JSON,
    Promise,
    Error,
    console,
    location: { origin: 'http://127.0.0.1:1' },
    fetch: (url: string, init: { body: string }) => {
      posted.push({ url, body: JSON.parse(init.body) });
      return Promise.resolve({ json: () => Promise.resolve(reply) });
    },
  };
  const clicks: ((event: unknown) => void)[] = [];
  const opened: unknown[][] = [];
  context.document = { addEventListener: (type: string, listener: (event: unknown) => void) => type === 'click' && clicks.push(listener) };
  context.open = (...args: unknown[]) => opened.push(args);
  context.window = context;
  context.parent = { postMessage: (message: unknown) => messages.push(message) };
  vm.createContext(context);
  vm.runInContext(sidebarShimScript, context);
  const google = context.google as { script: { run: Record<string, any> } };
  return { run: google.script.run, posted, messages, clicks, opened };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A click event on a link with `href`: records whether the default (leaving the sidebar) was prevented. */
function linkClick(href: string) {
  const link = { getAttribute: (name: string) => (name === 'href' ? href : null) };
  const event = { prevented: false, target: { closest: () => link }, preventDefault: () => (event.prevented = true) };
  return event;
}

describe('sidebar shim', () => {
  it('opens Drive and Docs links as the workbench\'s rendered document; other links are left alone', () => {
    const { clicks, opened } = shimWindow({ ok: true, value: null });
    expect(clicks).toHaveLength(1);
    const pdf = linkClick('https://drive.google.com/file/d/file-0042/view');
    const doc = linkClick('https://docs.google.com/document/d/doc-0041/edit');
    const other = linkClick('https://example.com/file/d/x');
    for (const event of [pdf, doc, other]) clicks[0]!(event);
    expect(opened).toEqual([
      ['/doc/file-0042', '_blank', 'noopener'],
      ['/doc/doc-0041', '_blank', 'noopener'],
    ]);
    expect([pdf.prevented, doc.prevented, other.prevented]).toEqual([true, true, false]);
  });


  it('posts the arguments to /rpc/<fn> and calls the success handler with the value and user object', async () => {
    const { run, posted, messages } = shimWindow({ ok: true, value: { n: 42 } });
    const calls: unknown[][] = [];
    run.withUserObject('ctx').withSuccessHandler((...args: unknown[]) => calls.push(args)).ledgerSummary('a', 2);
    await settle();
    await settle();
    expect(posted).toEqual([{ url: '/rpc/ledgerSummary', body: ['a', 2] }]);
    expect(calls).toEqual([[{ n: 42 }, 'ctx']]);
    expect(messages).toEqual([{ type: 'workbench:rpc-done' }]);
  });

  it('calls the failure handler with an Error carrying the server message', async () => {
    const { run } = shimWindow({ ok: false, error: 'Script function not found: x' });
    const failures: unknown[] = [];
    run.withFailureHandler((error: Error) => failures.push(error.message)).x();
    await settle();
    await settle();
    expect(failures).toEqual(['Script function not found: x']);
  });

  it('keeps handlers per runner, as chained runners do', async () => {
    const { run } = shimWindow({ ok: true, value: 1 });
    const seen: string[] = [];
    const a = run.withSuccessHandler(() => seen.push('a'));
    run.withSuccessHandler(() => seen.push('b')).f();
    a.f();
    await settle();
    await settle();
    expect(seen.sort()).toEqual(['a', 'b']);
  });
});

describe('sidebarWithShim', () => {
  it('puts the shim first in <head>, before the sidebar script', () => {
    const html = sidebarWithShim('<!DOCTYPE html><html><head><title>x</title></head><body><script>app()</script></body></html>');
    expect(html.indexOf('google.script')).toBeLessThan(html.indexOf('app()'));
    expect(html).toMatch(/<head><script>\(function \(\) \{/);
  });
});
