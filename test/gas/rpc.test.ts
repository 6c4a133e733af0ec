// The RPC map's plumbing: every handler exported by main.ts, errors turned into translated replies.
import { describe, expect, it } from 'vitest';
import { GasError } from '../../src/gas/gas-error';
import * as main from '../../src/gas/main';
import { rpcEndpoints, rpcErrorReply, rpcHandlers } from '../../src/gas/rpc';
import { jsonForHtml } from '../../src/gas/sidebar-boot';

describe('rpc endpoints', () => {
  it('exports every handler from main.ts as the wrapped endpoint', () => {
    for (const name of Object.keys(rpcHandlers)) {
      expect((main as Record<string, unknown>)[name], name).toBe(rpcEndpoints[name as keyof typeof rpcEndpoints]);
    }
  });
});

describe('rpcErrorReply', () => {
  it('translates a GasError by its code', () => {
    expect(rpcErrorReply(new GasError('error.languageUnknown', { lang: 'fr' }), 'zh-CN')).toEqual({
      ok: false,
      code: 'error.languageUnknown',
      message: '未知的语言“fr”。',
    });
  });

  it('wraps any other error as internal, keeping its text', () => {
    const reply = rpcErrorReply(new TypeError('x is undefined'), 'en');
    expect(reply.code).toBe('error.internal');
    expect(reply.message).toBe('Something went wrong on the server: x is undefined');
  });
});

describe('jsonForHtml', () => {
  it('cannot close the script element it is written into', () => {
    const text = jsonForHtml({ note: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ note: '</script><script>alert(1)</script> & <!--' });
  });
});
