// build/Code.js declares every entry point of src/gas/main.ts at top level, custom functions with their JSDoc.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS build script without type declarations
import { gasEntriesRead } from '../../scripts/build-gas-entries.mjs';
import { menuItems } from '../../src/gas/menu';
import { rpcHandlers } from '../../src/gas/rpc';
import { bundleEntries } from '../../src/local/sandbox/bundle-entries';
import { buildFileRead, root } from './build-output';

interface SourceEntry {
  name: string;
  jsdoc: string | null;
  customFunction: boolean;
}

const code = buildFileRead('build/Code.js');
const sourceEntries = gasEntriesRead(path.join(root, 'src/gas/main.ts')) as SourceEntry[];
const bundled = bundleEntries(code);

describe('build/Code.js entry points', () => {
  it('declares exactly the exports of src/gas/main.ts, in order', () => {
    expect(bundled.map((e) => e.name)).toEqual(sourceEntries.map((e) => e.name));
  });

  it('has the triggers, every menu handler and every RPC endpoint', () => {
    const names = new Set(bundled.map((e) => e.name));
    const wanted = [
      'onOpen',
      'onInstall',
      ...menuItems.flatMap((item) => (item ? [item.handler] : [])),
      ...Object.keys(rpcHandlers),
    ];
    for (const name of wanted) expect(names, name).toContain(name);
  });

  it('keeps the @customfunction JSDoc of BALANCE on its top-level declaration', () => {
    const balance = bundled.find((e) => e.name === 'BALANCE');
    expect(balance?.customFunction).toBe(true);
    expect(balance?.jsdoc).toMatch(/@param \{[^}]+\} customer_ids/);
    expect(balance?.jsdoc).toMatch(/@return/);
    expect(code).toMatch(/\*\/\s*function BALANCE\(customer_ids, as_of,/);
  });

  it('marks exactly the custom functions of main.ts as custom functions', () => {
    const fromSource = sourceEntries.filter((e) => e.customFunction).map((e) => e.name);
    expect(fromSource.length).toBeGreaterThan(0);
    expect(bundled.filter((e) => e.customFunction).map((e) => e.name)).toEqual(fromSource);
    for (const entry of bundled.filter((e) => e.customFunction)) {
      const source = sourceEntries.find((e) => e.name === entry.name);
      expect(entry.jsdoc?.replace(/\s+/g, ' ')).toBe(source?.jsdoc?.replace(/\s+/g, ' '));
    }
  });

  it('gives no other export a @customfunction tag by accident', () => {
    for (const entry of bundled.filter((e) => !/^[A-Z][A-Z0-9_.]*$/.test(e.name))) {
      expect(entry.customFunction, entry.name).toBe(false);
    }
  });
});
