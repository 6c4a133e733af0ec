// A workbench session in Chinese: Chinese tabs and headers, BALANCE over quoted Chinese tab names, Chinese menu.
import { describe, expect, it } from 'vitest';
import { workbenchSessionCreate } from '../../../src/local/workbench/session';
import { buildFileRead } from '../../build/build-output';
import { timeZoneOfSpreadsheet } from '../sandbox/sandbox-fixture';

// The session sets the process zone to the spreadsheet's; this gives the worker its own back afterwards.
timeZoneOfSpreadsheet();

describe('workbench session (zh-CN)', () => {
  it('seeds the Chinese sample book and computes BALANCE over it', async () => {
    buildFileRead('build/Code.js');
    const session = await workbenchSessionCreate({ lang: 'zh-CN' });
    const state = session.state();
    expect(state.lang).toBe('zh-CN');
    expect(state.sheets.map((s) => s.name)).toEqual(['客户', '销售记录', '账单', '收款', '调整', '设置', 'BALANCE()']);
    expect(state.sheets[0]!.rows[0]![0]!.text).toBe('客户编号');
    const cell = state.sheets[6]!.rows[1]![2]!;
    expect(cell.formula).toContain("'客户'!A:");
    expect(cell.numeric).toBe(true);
    expect(state.menus[0]!.items[0]?.label).toBe('打开侧边栏');
  });

  it('runs only top-level entry points', async () => {
    const session = await workbenchSessionCreate({ lang: 'en' });
    expect(() => session.run('Object', [])).toThrow('Script function not found: Object');
    expect(session.run('menuHelp', [])).toBeUndefined();
    expect(session.sidebarHtml()).toContain('"section":"help"');
  });
});
