// Runs build/Code.js in node:vm with only the emulator's Apps Script globals, as Apps Script's V8 would.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { bundleEntries, type BundleEntry } from './bundle-entries';
import { hostValue, sandboxGlobals } from './realm-bridge';

/** The part of the emulator the sandbox needs (src/local/emulator's createEmulator() result fits). */
export interface SandboxEmulator {
  readonly globals: Readonly<Record<string, unknown>>;
  setCustomFunctions(functions: Readonly<Record<string, (...args: unknown[]) => unknown>>): void;
}

export interface LoadedBundle {
  /** Calls top-level function `name` of the bundle (menu handler, trigger, RPC endpoint, custom function). */
  call(name: string, ...args: unknown[]): unknown;
  /** The sandbox's global object: the emulator's globals plus what the bundle defined. */
  readonly globals: Record<string, unknown>;
  /** The bundle's top-level entry points, in order, with their JSDoc. */
  readonly entries: readonly BundleEntry[];
  /** True when the bundle defines a top-level function `name`. */
  has(name: string): boolean;
  /** Evaluates `expression` inside the sandbox (tests use it to probe which globals exist). */
  evaluate(expression: string): unknown;
}

/**
 * Runs a custom function for the emulator: its result as host values, and an error it throws as a host
 * Error with the same message (an Error of the sandbox's realm fails the host's instanceof Error).
 */
function customFunctionRun(body: () => unknown): unknown {
  try {
    return hostValue(body());
  } catch (error) {
    if (error instanceof Error) throw error;
    const message = (error as { message?: unknown } | null)?.message;
    throw new Error(typeof message === 'string' ? message : String(error));
  }
}

/** The default bundle: build/Code.js of this checkout (run `npm run build` first). */
export function bundleCodeRead(file = path.resolve('build', 'Code.js')): string {
  return readFileSync(file, 'utf8');
}

const LOAD_TIMEOUT_MS = 10_000;

/**
 * Loads `code` into a fresh vm context whose globals are exactly the emulator's (no require, process,
 * Buffer, timers or fetch), then registers its @customfunction functions with the emulator so formulas
 * in emulated cells call them. The host's Date is shared so Date cells keep working across the boundary
 * (instanceof Date holds on both sides); every other intrinsic is the sandbox's own, and realm-bridge.ts
 * makes arrays and objects cross between the realms as they would within Apps Script's one realm.
 */
export function loadBundle(emulator: SandboxEmulator, code: string = bundleCodeRead()): LoadedBundle {
  // The emulator may bring its own Date (a virtual clock); otherwise the host's is shared.
  const context = vm.createContext({ Date, ...sandboxGlobals(emulator.globals) });
  vm.runInContext(code, context, { filename: 'Code.js', timeout: LOAD_TIMEOUT_MS });
  const globals = context as Record<string, unknown>;
  const entries = bundleEntries(code);
  const has = (name: string) => typeof globals[name] === 'function';
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = globals[name];
    if (typeof fn !== 'function') throw new Error(`the bundle has no top-level function ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  const customFunctions: Record<string, (...args: unknown[]) => unknown> = {};
  for (const entry of entries) {
    if (entry.customFunction) customFunctions[entry.name] = (...args: unknown[]) => customFunctionRun(() => call(entry.name, ...args));
  }
  emulator.setCustomFunctions(customFunctions);
  const evaluate = (expression: string) => vm.runInContext(expression, context, { timeout: LOAD_TIMEOUT_MS });
  return { call, globals, entries, has, evaluate };
}
