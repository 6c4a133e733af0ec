// Shared state of one emulator: settings, virtual clock, call counter, id source and the expose helper every class uses.
import type { VirtualClock } from './clock';
import { expose, type CallCounter } from './expose';

export interface EmulatorSettings {
  locale: string;
  timeZone: string;
  userEmail: string;
  /** The spreadsheet owner; protections let the owner and listed editors edit. */
  ownerEmail: string;
}

export interface EmulatorContext {
  readonly settings: EmulatorSettings;
  readonly clock: VirtualClock;
  readonly counter: CallCounter;
  /** A deterministic id with a prefix ("doc-3"). */
  nextId(prefix: string): string;
  /** Wraps an object so outside calls are counted and unsupported API methods throw. */
  expose<T extends object>(className: string, target: T): T;
}

export function contextCreate(settings: EmulatorSettings, clock: VirtualClock, counter: CallCounter): EmulatorContext {
  let seq = 0;
  return {
    settings,
    clock,
    counter,
    nextId: (prefix) => `${prefix}-${(++seq).toString().padStart(4, '0')}`,
    expose: (className, target) => expose(counter, className, target),
  };
}

/** Treats an emulator object as the Apps Script type it stands in for (they are checked by `implements Pick<…>`). */
export function gas<T>(value: object): T {
  return value as unknown as T;
}
