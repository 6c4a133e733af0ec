// The gas and sidebar catalogues: every entry in both languages with the same placeholders.
import { describe, expect, it } from 'vitest';
import { gasMessage, gasMessages } from '../../src/gas/messages';
import { sidebarMessages } from '../../sidebar/messages';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe.each([
  ['gas', gasMessages],
  ['sidebar', sidebarMessages],
] as const)('%s catalogue', (_name, catalogue) => {
  it.each(Object.entries(catalogue))('%s has English and Chinese text with the same placeholders', (_code, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text['zh-CN'].trim()).not.toBe('');
    expect(placeholders(text['zh-CN'])).toEqual(placeholders(text.en));
  });

  it('has Chinese text that is actually Chinese', () => {
    for (const text of Object.values(catalogue)) expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('gasMessage', () => {
  it('fills placeholders in the chosen language', () => {
    expect(gasMessage('error.rpcUnknown', 'en', { name: 'x' })).toBe('Unknown request "x".');
    expect(gasMessage('error.rpcUnknown', 'zh-CN', { name: 'x' })).toBe('未知的请求“x”。');
  });
});
