// A fresh emulator with the sample book and build/Code.js loaded in the sandbox, for the bundle tests.
import { afterAll, beforeAll } from 'vitest';
import { createEmulator, seedSheet } from '../../../src/local/emulator';
import { sampleLastDate } from '../../../src/local/sample/sample-book';
import { loadBundle, bundleCodeRead } from '../../../src/local/sandbox';
import { sampleSeedGrids } from '../../../src/local/workbench/seed';
import { buildFileRead } from '../../build/build-output';

export const TIME_ZONE = 'Asia/Shanghai';

/**
 * Apps Script runs with the script's zone as the local zone, and the sheets layer reads Date cells that way:
 * run the calling test file in the spreadsheet's zone, and give the worker its own zone back afterwards.
 */
export function timeZoneOfSpreadsheet(): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = TIME_ZONE;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}

/** Emulator seeded with the sample book (Date cells), `today` on the sample's last date, bundle loaded. */
export function sandboxWithSampleBook(lang: 'en' | 'zh-CN' = 'en') {
  const emulator = createEmulator({
    timeZone: TIME_ZONE,
    locale: lang === 'zh-CN' ? 'zh_CN' : 'en_US',
    htmlFiles: { sidebar: buildFileRead('build/sidebar.html') },
    today: sampleLastDate,
  });
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const first = spreadsheet.getSheets()[0]!;
  sampleSeedGrids(lang, TIME_ZONE, sampleLastDate).forEach((grid, index) => {
    const sheet = index === 0 ? first.setName(grid.name) : spreadsheet.insertSheet(grid.name);
    seedSheet(sheet, grid.values);
  });
  const bundle = loadBundle(emulator, bundleCodeRead());
  return { emulator, bundle, spreadsheet };
}
