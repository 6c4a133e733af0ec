// createEmulator: wires every service into one in-memory Apps Script environment plus inspection hooks for tests.
import { a1Parse } from './a1';
import { VirtualClock } from './clock';
import { contextCreate, gas, type EmulatorSettings } from './context';
import { CallCounter, type CallMap } from './expose';
import { EmuCacheService } from './cache-service';
import { EmuDocumentApp, type EmuDocument } from './document-app';
import { DriveStore, EmuDriveApp } from './drive-app';
import * as enums from './enums';
import type { CustomFunction } from './formula-engine';
import { EmuHtmlService } from './html-service';
import { EmuLockService, ExecutionRegistry } from './lock-service';
import { EmuMailApp, type SentMail } from './mail-app';
import { EmuPropertiesService } from './properties-service';
import { EmuScriptApp, type TriggerRecord } from './script-app';
import { EmuLogger, EmuSession } from './session';
import type { EmuSheet } from './sheet';
import { EmuSpreadsheet } from './spreadsheet';
import { EmuSpreadsheetApp } from './spreadsheet-app';
import { EmuUi } from './ui';
import { EmuUtilities } from './utilities';
import { simpleDateFormat } from './simple-date-format';
import { virtualDateClass } from './virtual-date';
import { instantOfWall, serialOfIsoDate } from './zoned-time';

export interface EmulatorOptions {
  /** Spreadsheet and user locale, e.g. 'en_US' or 'zh_CN'. Default 'en_US'. */
  readonly locale?: string;
  /** Spreadsheet and script time zone. Default 'Asia/Shanghai'. */
  readonly timeZone?: string;
  /** The active user. Default 'user@example.com'. */
  readonly userEmail?: string;
  /** The spreadsheet owner (protections always let the owner edit). Default: the user. */
  readonly ownerEmail?: string;
  /** Virtual "today" (YYYY-MM-DD): the clock stands at noon of that day in the time zone. */
  readonly today?: string;
  /** Time source for the virtual clock (sleep and lock waits add to it). Default: the real clock. */
  readonly now?: () => Date;
  /** MailApp daily recipient quota. Default 100. */
  readonly mailQuota?: number;
  /** Files for HtmlService.createHtmlOutputFromFile / createTemplateFromFile, by name ('sidebar'). */
  readonly htmlFiles?: Record<string, string>;
  /** Custom functions callable from formulas (name → function), e.g. the bundle's @customfunction globals. */
  readonly customFunctions?: Record<string, CustomFunction>;
  /** Name of the spreadsheet. Default 'Customer Ledger'. */
  readonly spreadsheetName?: string;
}

/** Exactly the Apps Script globals the add-on may use, typed as the real services. */
export type EmulatorGlobals = {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly DriveApp: GoogleAppsScript.Drive.DriveApp;
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  readonly MimeType: typeof enums.MimeType;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
  /** Date whose new Date() / Date.now() follow the virtual clock. */
  readonly Date: DateConstructor;
};

export interface LogLine {
  readonly level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  readonly text: string;
}

export interface Emulator {
  readonly globals: EmulatorGlobals;
  /** The active spreadsheet (calls on it are counted like the add-on's). */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Menus, alerts, prompts, sidebars and dialogs; answerNext() scripts the user's replies. */
  readonly ui: EmuUi;
  /** Toasts shown by Spreadsheet.toast. */
  readonly toasts: EmuSpreadsheet['toasts'];
  readonly outbox: readonly SentMail[];
  readonly mail: EmuMailApp;
  /** Documents created (DocumentApp.create, copies of documents), in creation order. */
  readonly documents: readonly DocumentView[];
  readonly drive: DriveStore;
  readonly triggers: readonly TriggerRecord[];
  readonly properties: EmuPropertiesService;
  readonly logs: readonly LogLine[];
  /** Service calls made by outside code, per "Class.method". */
  readonly calls: CallMap;
  resetCalls(): void;
  /** Runs inspection code whose service calls are not counted. */
  uncounted<T>(body: () => T): T;
  /** The virtual clock's date (YYYY-MM-DD) in the spreadsheet's time zone. */
  today(): string;
  readonly clock: VirtualClock;
  /** Simulated executions for LockService contention (see lock-service.ts). */
  readonly executions: ExecutionRegistry;
  setToday(iso: string): void;
  setNow(date: Date): void;
  setUser(email: string): void;
  setCustomFunctions(functions: Readonly<Record<string, CustomFunction>>): void;
  /** Values of a sheet's data range as getValues returns them (not counted as calls). */
  sheetSnapshot(name: string): unknown[][];
  /** The message of a cell's error (#ERROR! from a throwing custom function, #N/A…), or undefined. */
  cellError(sheetName: string, a1: string): string | undefined;
}

/** A document as tests and the workbench read it. */
export interface DocumentView {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly url: string;
  readonly document: EmuDocument;
}

const NOON_MS = 12 * 3_600_000;

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const userEmail = options.userEmail ?? 'user@example.com';
  const settings: EmulatorSettings = { locale: options.locale ?? 'en_US', timeZone, userEmail, ownerEmail: options.ownerEmail ?? userEmail };
  const todayBase = (iso: string) => {
    const wall = Date.UTC(1899, 11, 30) + serialOfIsoDate(iso) * 86_400_000 + NOON_MS;
    const at = instantOfWall(wall, settings.timeZone);
    return () => at;
  };
  const clock = new VirtualClock(options.now ? () => (options.now as () => Date)().getTime() : options.today ? todayBase(options.today) : () => Date.now());
  const counter = new CallCounter();
  const ctx = contextCreate(settings, clock, counter);
  const logs: LogLine[] = [];

  const spreadsheet = new EmuSpreadsheet(ctx, ctx.nextId('spreadsheet'), options.spreadsheetName ?? 'Customer Ledger', settings.locale, timeZone);
  const ui = new EmuUi(ctx);
  const drive = new DriveStore(ctx);
  drive.itemAdd(spreadsheet.name, 'file', enums.MimeType.GOOGLE_SHEETS, Buffer.alloc(0), drive.rootId, spreadsheet.id);
  const mail = new EmuMailApp(ctx, options.mailQuota ?? 100);
  const scriptApp = new EmuScriptApp(ctx);
  const properties = new EmuPropertiesService(ctx);
  const executions = new ExecutionRegistry();
  const logger = new EmuLogger(ctx);
  const consoleLike = Object.fromEntries(
    (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => [level, (...args: unknown[]) => logs.push({ level, text: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') })]),
  ) as unknown as EmulatorGlobals['console'];

  const globals: EmulatorGlobals = {
    SpreadsheetApp: gas(new EmuSpreadsheetApp(ctx, () => spreadsheet, ui)),
    HtmlService: gas(new EmuHtmlService(ctx, options.htmlFiles ?? {})),
    PropertiesService: gas(properties),
    CacheService: gas(new EmuCacheService(ctx)),
    LockService: gas(new EmuLockService(ctx, executions)),
    Session: gas(new EmuSession(ctx)),
    Utilities: gas(new EmuUtilities(ctx)),
    ScriptApp: gas(scriptApp),
    MailApp: gas(mail),
    DriveApp: gas(new EmuDriveApp(ctx, drive)),
    DocumentApp: gas(new EmuDocumentApp(ctx, drive)),
    MimeType: enums.MimeType,
    Logger: gas(logger),
    console: consoleLike,
    Date: virtualDateClass(clock),
  };

  const emulator: Emulator = {
    globals,
    spreadsheet: gas(spreadsheet),
    ui,
    toasts: spreadsheet.toasts,
    get outbox() {
      return mail.outbox;
    },
    mail,
    get documents() {
      return [...drive.documents.values()].map((d) => ({ id: d.id, name: d.getName(), text: d.getText(), url: d.getUrl(), document: d }));
    },
    drive,
    get triggers() {
      return scriptApp.triggers;
    },
    properties,
    get logs() {
      return [...logs, ...logger.lines.map((text) => ({ level: 'Logger' as const, text }))];
    },
    calls: counter.calls,
    resetCalls: () => counter.reset(),
    uncounted: (body) => counter.internal(body),
    today: () => simpleDateFormat(clock.now(), settings.timeZone, 'yyyy-MM-dd'),
    clock,
    executions,
    setToday(iso) {
      clock.setBase(todayBase(iso));
      spreadsheet.engine.clockTouched();
    },
    setNow(date) {
      const at = date.getTime();
      clock.setBase(() => at);
      spreadsheet.engine.clockTouched();
    },
    setUser(email) {
      settings.userEmail = email;
    },
    setCustomFunctions(functions) {
      spreadsheet.engine.customFunctionsSet({ ...functions });
    },
    sheetSnapshot(name) {
      return counter.internal(() => {
        const sheet = spreadsheet.getSheetByName(name);
        if (!sheet) throw new Error(`Emulator: no sheet named ${name}`);
        return sheet.getDataRange().getValues();
      });
    },
    cellError(sheetName, a1) {
      return counter.internal(() => {
        const sheet = spreadsheet.sheetList.find((s) => s.name === sheetName) as EmuSheet | undefined;
        if (!sheet) throw new Error(`Emulator: no sheet named ${sheetName}`);
        const box = a1Parse(a1).box(sheet.maxRows, sheet.maxColumns);
        const v = spreadsheet.engine.hf.getCellValue({ sheet: sheet.hfId, row: box.row - 1, col: box.column - 1 });
        return typeof v === 'object' && v !== null ? v.message || v.value : undefined;
      });
    },
  };
  if (options.customFunctions) emulator.setCustomFunctions(options.customFunctions);
  return emulator;
}
