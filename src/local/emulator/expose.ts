// Wraps emulator objects in a Proxy that counts outside calls per "Class.method" and rejects unsupported API methods.
import { API_METHOD_NAMES } from './api-names.generated';

const methodSets = new Map<string, ReadonlySet<string>>(
  Object.entries(API_METHOD_NAMES).map(([cls, names]) => [cls, new Set(names)]),
);

/** Counts service calls made from outside the emulator; nested calls made by the emulator itself are not counted. */
/** Counts per "Class.method"; reset() empties it (same as emulator.resetCalls()). */
export class CallMap extends Map<string, number> {
  reset(): void {
    this.clear();
  }
  /** The map itself (lets `emulator.calls.calls` read like a counter object's field). */
  get calls(): Map<string, number> {
    return this;
  }
  /** Sum of all counted calls. */
  total(): number {
    let n = 0;
    for (const v of this.values()) n += v;
    return n;
  }
}

export class CallCounter {
  readonly calls = new CallMap();
  private depth = 0;

  /** Runs `body` as one call of `name`, counting it only when it comes from user code. */
  invoke<T>(name: string, body: () => T): T {
    if (this.depth === 0) this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  /** Runs user code (a custom function) from inside the emulator: its service calls count again. */
  asOutsideCaller<T>(body: () => T): T {
    const saved = this.depth;
    this.depth = 0;
    try {
      return body();
    } finally {
      this.depth = saved;
    }
  }

  /** Runs emulator-internal work (inspection helpers) without counting it. */
  internal<T>(body: () => T): T {
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  reset(): void {
    this.calls.clear();
  }
}

/** The error every unsupported Apps Script method throws. */
export function unsupportedError(className: string, method: string): Error {
  return new Error(`Emulator: ${className}.${method} is not supported`);
}

/**
 * Returns `target` behind a Proxy: real API methods it implements are counted; real API methods it lacks
 * become functions that throw "Emulator: Class.method is not supported"; other properties pass through.
 */
export function expose<T extends object>(counter: CallCounter, className: string, target: T): T {
  const api = methodSets.get(className);
  if (!api) throw new Error(`expose: no API list for ${className}`);
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string' || !api.has(prop)) return value;
      if (typeof value !== 'function') {
        return () => {
          throw unsupportedError(className, prop);
        };
      }
      const method = value as (...args: unknown[]) => unknown;
      return function counted(this: unknown, ...args: unknown[]): unknown {
        return counter.invoke(`${className}.${prop}`, () => method.apply(this, args));
      };
    },
  });
}
