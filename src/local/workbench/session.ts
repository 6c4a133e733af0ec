// One workbench session: an emulator seeded with the sample book, build/Code.js loaded in the sandbox, onOpen run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../core/types';
import { LANG_PROPERTY } from '../../gas/user-lang';
import { createEmulator, seedSheet, type Emulator } from '../emulator';
import { sampleLastDate } from '../sample/sample-book';
import { loadBundle, type LoadedBundle } from '../sandbox';
import { messySeedGrids } from './messy-book';
import { sampleSeedGrids, type SeedGrid } from './seed';
import { workbenchStateRead } from './state-read';
import type { WorkbenchState } from './workbench-state';

export interface WorkbenchSessionOptions {
  /** Repository root (build/ is read from here). Default: the current directory. */
  readonly root?: string;
  /** Language of the sample book and of the add-on's user. Default 'en'. */
  readonly lang?: Lang;
  /** What the spreadsheet starts with: the sample book (default), nothing, or a user's messy sheets. */
  readonly book?: WorkbenchBook;
  /** build/Code.js and build/sidebar.html as read once (a new book reuses them); default: read from build/. */
  readonly bundleFiles?: WorkbenchBundleFiles;
}

export interface WorkbenchBundleFiles {
  readonly code: string;
  readonly sidebar: string;
}

/** Reads the bundle the workbench runs: build/Code.js and build/sidebar.html under `root`. */
export function workbenchBundleFilesRead(root: string): WorkbenchBundleFiles {
  const buildDir = path.join(root, 'build');
  return {
    code: readFileSync(path.join(buildDir, 'Code.js'), 'utf8'),
    sidebar: readFileSync(path.join(buildDir, 'sidebar.html'), 'utf8'),
  };
}

/** The books the workbench can start from. */
export type WorkbenchBook = 'sample' | 'blank' | 'messy';

export function isWorkbenchBook(value: unknown): value is WorkbenchBook {
  return value === 'sample' || value === 'blank' || value === 'messy';
}

export interface WorkbenchSession {
  readonly emulator: Emulator;
  readonly bundle: LoadedBundle;
  state(): WorkbenchState;
  /** Runs a top-level function of the bundle, as a menu click or google.script.run would. */
  run(name: string, args: readonly unknown[]): unknown;
  /** The HTML of the sidebar the bundle showed last, or null. */
  sidebarHtml(): string | null;
  /** Makes `a1` on `sheet` the active range, as the user's selection in Sheets (not counted as add-on calls). */
  select(sheet: string, a1: string): void;
  /** Switches the add-on user's language (the add-on's own user property) and rebuilds the menu. */
  langSet(lang: Lang): void;
}

export const WORKBENCH_TIME_ZONE = 'Asia/Shanghai';

/** Apps Script runs with the script's zone as the local zone; Date cells are read with local getters. */
function processTimeZoneSet(timeZone: string): void {
  process.env.TZ = timeZone;
}

/** Creates the emulator with the sample book and the bundle loaded; onOpen has run. */
export async function workbenchSessionCreate(options: WorkbenchSessionOptions = {}): Promise<WorkbenchSession> {
  const root = options.root ?? process.cwd();
  const lang = options.lang ?? 'en';
  const book = options.book ?? 'sample';
  processTimeZoneSet(WORKBENCH_TIME_ZONE);
  const files = options.bundleFiles ?? workbenchBundleFilesRead(root);
  const emulator = createEmulator({
    timeZone: WORKBENCH_TIME_ZONE,
    locale: lang === 'zh-CN' ? 'zh_CN' : 'en_US',
    spreadsheetName: spreadsheetNames[book][lang],
    htmlFiles: { sidebar: files.sidebar },
    today: sampleLastDate,
  });
  if (book === 'sample') seedSpreadsheet(emulator, sampleSeedGrids(lang, WORKBENCH_TIME_ZONE, sampleLastDate));
  if (book === 'messy') seedSpreadsheet(emulator, messySeedGrids(WORKBENCH_TIME_ZONE));
  const bundle = loadBundle(emulator, files.code);
  bundle.call('onOpen', { authMode: 'LIMITED' });
  let sidebarVersion = 0;
  let sidebarSeen: unknown = null;
  // The menu function that showed the current sidebar: run again after a language switch, as a user would.
  let sidebarOpener: string | null = null;
  const session: WorkbenchSession = {
    emulator,
    bundle,
    state: () => {
      const sidebar = emulator.ui.sidebar;
      if (sidebar && sidebar !== sidebarSeen) {
        sidebarSeen = sidebar;
        sidebarVersion++;
      }
      return workbenchStateRead(emulator, sidebarVersion);
    },
    run: (name, args) => {
      const entry = bundle.entries.find((e) => e.name === name);
      // google.script.run reaches only top-level functions, and never private ones (trailing underscore).
      if (!entry || name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
      const before = emulator.ui.sidebar;
      const result = bundle.call(name, ...args);
      if (emulator.ui.sidebar && emulator.ui.sidebar !== before) sidebarOpener = name;
      return result;
    },
    sidebarHtml: () => emulator.ui.sidebar?.html ?? null,
    select: (sheetName, a1) =>
      emulator.uncounted(() => {
        const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
        const sheet = spreadsheet.getSheetByName(sheetName);
        if (!sheet) throw new Error(`no sheet named ${sheetName}`);
        spreadsheet.setActiveSheet(sheet);
        spreadsheet.setActiveRange(sheet.getRange(a1));
      }),
    langSet: (next) => {
      emulator.globals.PropertiesService.getUserProperties().setProperty(LANG_PROPERTY, next);
      bundle.call('onOpen', { authMode: 'FULL' });
      if (sidebarOpener && emulator.ui.sidebar) bundle.call(sidebarOpener);
    },
  };
  return session;
}

const spreadsheetNames: Readonly<Record<WorkbenchBook, Readonly<Record<Lang, string>>>> = {
  sample: { en: 'Customer Ledger (sample)', 'zh-CN': '客户账（示例）' },
  blank: { en: 'Untitled spreadsheet', 'zh-CN': '未命名的表格' },
  messy: { en: 'My customers and sales', 'zh-CN': '我的客户和销售' },
};

/** Writes the seed tabs into the emulated spreadsheet: one setValues per tab, then the formulas. */
function seedSpreadsheet(emulator: Emulator, grids: readonly SeedGrid[]): void {
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const first = spreadsheet.getSheets()[0];
  grids.forEach((grid, index) => {
    const sheet = index === 0 && first ? first.setName(grid.name) : spreadsheet.insertSheet(grid.name);
    seedSheet(sheet, grid.values);
    for (const [a1, formula] of Object.entries(grid.formulas)) sheet.getRange(a1).setFormula(formula);
  });
  spreadsheet.setActiveSheet(spreadsheet.getSheets()[0]!);
  emulator.resetCalls();
}
