// The offline Apps Script emulator: createEmulator, seedSheet, and the types tests inspect.
export { createEmulator, type Emulator, type EmulatorGlobals, type EmulatorOptions, type LogLine, type DocumentView } from './emulator';
export { seedSheet } from './seed-sheet';
export type { CallMap } from './expose';
export type { MenuTree, MenuEntry, AlertRecord, PromptRecord, ShownHtml, UiAnswer, EmuUi } from './ui';
export type { SentMail } from './mail-app';
export type { TriggerRecord } from './script-app';
export type { Execution, ExecutionRegistry } from './lock-service';
export type { VirtualClock } from './clock';
export type { DriveStore, DriveItem } from './drive-app';
export type { EmuDocument } from './document-app';
export type { CustomFunction } from './formula-engine';
