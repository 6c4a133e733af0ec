// The realm bridge: sandbox arrays reach host code as host arrays; host objects reach the sandbox wrapped.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { hostValue, sandboxGlobals } from '../../../src/local/sandbox/realm-bridge';

function sandboxWith(globals: Record<string, unknown>) {
  const context = vm.createContext(sandboxGlobals(globals));
  return (code: string) => vm.runInContext(code, context);
}

describe('realm bridge', () => {
  it('hands arrays the sandbox builds to host code as host arrays, deeply', () => {
    const seen: unknown[] = [];
    const run = sandboxWith({ Host: { take: (value: unknown) => seen.push(value) } });
    run('Host.take([[1, 2], [3, [4]]].map(function (row) { return row; }))');
    const value = seen[0] as unknown[][];
    expect(value).toBeInstanceOf(Array);
    expect(value[0]).toBeInstanceOf(Array);
    expect((value[1] as unknown[])[1]).toBeInstanceOf(Array);
    expect(value).toEqual([[1, 2], [3, [4]]]);
  });

  it('copies plain sandbox objects and unwraps host objects passed back', () => {
    const sheet = { name: 'S' };
    let received: unknown[] = [];
    const run = sandboxWith({ Host: { sheet: () => sheet, take: (...args: unknown[]) => (received = args) } });
    run('Host.take(Host.sheet(), { to: "a@b.c", attachments: [Host.sheet()] })');
    expect(received[0]).toBe(sheet);
    expect(received[1]).toBeInstanceOf(Object);
    expect((received[1] as { attachments: unknown[] }).attachments[0]).toBe(sheet);
  });

  it('keeps the identity of host objects seen twice', () => {
    const sheet = { name: 'S' };
    const run = sandboxWith({ Host: { sheet: () => sheet } });
    expect(run('Host.sheet() === Host.sheet()')).toBe(true);
  });

  it('calls methods on the host object itself', () => {
    class Counter {
      n = 0;
      add(k: number) {
        this.n += k;
        return this;
      }
    }
    const counter = new Counter();
    const run = sandboxWith({ counter });
    run('counter.add(2).add(3)');
    expect(counter.n).toBe(5);
  });

  it('does not lead back to the host Function constructor', () => {
    const run = sandboxWith({ Host: { f: () => 1 } });
    expect(run('typeof Host.constructor')).toBe('undefined');
    expect(run('typeof Host.f.constructor')).toBe('undefined');
    expect(run('Object.getPrototypeOf(Host)')).toBeNull();
  });

  it('leaves primitives and dates alone', () => {
    const date = new Date(0);
    expect(hostValue(date)).toBe(date);
    expect(hostValue('x')).toBe('x');
    expect(hostValue(null)).toBeNull();
  });
});
