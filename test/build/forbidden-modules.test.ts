// The Apps Script build refuses Node-only code: importing src/local from src/gas fails the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS build script without type declarations
import { gasBuild } from '../../scripts/build-gas.mjs';
import { root } from './build-output';

const scratch = mkdtempSync(path.join(tmpdir(), 'gas-build-'));

/** A scratch project with `files`, sharing this checkout's node_modules. */
function project(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'build'));
  return dir;
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('gasBuild', () => {
  it('fails when server code imports src/local', async () => {
    const dir = project('local', {
      'src/gas/main.ts': "import { x } from '../local/x';\n/** Runs. */\nexport function onOpen(): number { return x; }\n",
      'src/local/x.ts': 'export const x = 1;\n',
    });
    await expect(gasBuild(dir, path.join(dir, 'build'))).rejects.toThrow(/src\/local\/x\.ts must not be part of the Apps Script bundle/);
  });

  it('turns every export into a top-level function and keeps a custom function’s JSDoc', async () => {
    const dir = project('ok', {
      'src/gas/main.ts':
        '/**\n * Doubles.\n * @param {number} x the value\n * @customfunction\n */\nexport function DOUBLE(x: number): number { return x * 2; }\n' +
        'const endpoints = { ping: () => "pong" };\nexport const { ping } = endpoints;\n',
    });
    const entries = (await gasBuild(dir, path.join(dir, 'build'))) as { name: string; customFunction: boolean }[];
    expect(entries.map((e) => [e.name, e.customFunction])).toEqual([
      ['DOUBLE', true],
      ['ping', false],
    ]);
    const code = readFileSync(path.join(dir, 'build', 'Code.js'), 'utf8');
    expect(code).toMatch(/\/\*\*\n \* Doubles\.\n \* @param \{number\} x the value\n \* @customfunction\n \*\/\nfunction DOUBLE\(x\) \{\n\}/);
    // As Apps Script runs it: one classic script whose top-level stubs the bundle then replaces.
    expect(JSON.stringify(vm.runInNewContext(`${code}\n[DOUBLE(21), ping()]`))).toBe('[42,"pong"]');
  });
});
