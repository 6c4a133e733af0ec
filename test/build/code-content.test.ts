// build/Code.js holds only what Apps Script's V8 can run: no Node or browser APIs, nothing from src/local.
import { describe, expect, it } from 'vitest';
import { buildFileRead } from './build-output';

const code = buildFileRead('build/Code.js');
const modules = JSON.parse(buildFileRead('.cache/gas/modules.json')) as string[];

describe('build/Code.js content', () => {
  it.each(['require(', 'process.', 'setTimeout', 'setInterval', 'fetch(', 'XMLHttpRequest', 'Buffer.', 'import('])(
    'does not use %s',
    (token) => {
      expect(code.includes(token)).toBe(false);
    },
  );

  it('contains no eval-style source maps or module loaders', () => {
    expect(code).not.toMatch(/\beval\(/);
    expect(code).not.toMatch(/sourceMappingURL/);
  });

  it('is built from src/core, src/sheets, src/gas and the generated glue only', () => {
    expect(modules.length).toBeGreaterThan(3);
    for (const file of modules) {
      expect(file, file).toMatch(/^(src\/(core|sheets|gas)\/[\w./-]+\.ts|\.cache\/gas\/entry\.js)$/);
    }
    expect(modules).toContain('src/gas/main.ts');
  });

  it('contains no HyperFormula, ExcelJS or local emulator code', () => {
    for (const marker of ['HyperFormula', 'hyperformula', 'exceljs', 'ExcelJS', 'src/local', 'createEmulator']) {
      expect(code.includes(marker), marker).toBe(false);
    }
  });

  it('parses as a classic script (Apps Script has no module system)', () => {
    expect(() => new Function(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});
