// The boundary between the sandbox's realm and the host's: arrays and objects crossing it keep working.
//
// Why: node:vm gives the bundle its own intrinsics, so an array built by the bundle fails the host's
// `instanceof Array` (HyperFormula, for one, checks exactly that), and `[].map` on it makes more sandbox
// arrays. In Apps Script both sides share one realm. The bridge wraps every host service object the bundle
// can reach in a Proxy that copies arguments into host arrays/objects on the way in (and unwraps proxies
// the bundle passes back), and wraps objects on the way out.

const targets = new WeakMap<object, object>();
const views = new WeakMap<object, object>();

function isPlainSandboxObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  // A plain object literal of the sandbox: its prototype is some realm's Object.prototype.
  return proto !== null && Object.getPrototypeOf(proto) === null && !(value instanceof Object);
}

/** A value from the sandbox as the host should see it: host arrays, host objects, our proxies unwrapped. */
export function hostValue(value: unknown): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  const target = targets.get(value);
  if (target) return target;
  if (Array.isArray(value)) return Array.from(value, hostValue);
  if (typeof value === 'object' && isPlainSandboxObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = hostValue(item);
    return copy;
  }
  return value;
}

function isFrozenProperty(target: object, prop: PropertyKey): boolean {
  const descriptor = Reflect.getOwnPropertyDescriptor(target, prop);
  return descriptor !== undefined && !descriptor.configurable && descriptor.writable === false;
}

const handler: ProxyHandler<object> = {
  get(target, prop) {
    // No way back to the host's Function constructor (and so to process/require) by the obvious path.
    // node:vm is no security boundary; this only keeps accidental Node use from working in the sandbox.
    if (prop === 'constructor' || prop === '__proto__') return undefined;
    const value = Reflect.get(target, prop, target);
    return isFrozenProperty(target, prop) ? value : sandboxView(value);
  },
  getPrototypeOf(target) {
    return Object.isExtensible(target) ? null : Reflect.getPrototypeOf(target);
  },
  set(target, prop, value) {
    return Reflect.set(target, prop, hostValue(value), target);
  },
  apply(target, thisArg, args) {
    return sandboxView(Reflect.apply(target as (...a: unknown[]) => unknown, hostValue(thisArg), args.map(hostValue)));
  },
  construct(target, args) {
    return sandboxView(Reflect.construct(target as new (...a: unknown[]) => object, args.map(hostValue))) as object;
  },
};

/** A host value as the sandbox should see it: service objects and functions behind the bridge. */
export function sandboxView(value: unknown): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  // Dates, binary data and promises pass as they are; arrays are handed over as copies (as Apps Script does).
  if (value instanceof Date || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  if (Array.isArray(value)) return value.map(sandboxView);
  const cached = views.get(value);
  if (cached) return cached;
  const view = new Proxy(value, handler);
  views.set(value, view);
  targets.set(view, value);
  return view;
}

/** The emulator's globals as the bundle sees them; Date stays the emulator's own (it is a class to extend). */
export function sandboxGlobals(globals: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(globals)) out[name] = name === 'Date' ? value : sandboxView(value);
  return out;
}
