// CacheService: script/document/user caches whose entries expire against the virtual clock (default 600 s, max 6 h).
import { gas, type EmulatorContext } from './context';

type C = GoogleAppsScript.Cache.Cache;
interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

const MAX_TTL_SECONDS = 21_600;
const MAX_VALUE_BYTES = 100 * 1024;

export class EmuCache implements Pick<C, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly store: Map<string, Entry>,
  ) {
    return ctx.expose('Cache', this);
  }
  get(key: string): string | null {
    const e = this.store.get(key);
    if (!e) return null;
    if (e.expiresAt <= this.ctx.clock.nowMs()) {
      this.store.delete(key);
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    if (key.length > 250) throw new Error('Argument too large: key');
    const text = String(value);
    if (Buffer.byteLength(text) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const ttl = Math.min(MAX_TTL_SECONDS, Math.max(1, expirationInSeconds ?? 600));
    this.store.set(key, { value: text, expiresAt: this.ctx.clock.nowMs() + ttl * 1000 });
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(k);
  }
}

export class EmuCacheService implements Pick<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getDocumentCache' | 'getUserCache'> {
  private readonly script = new Map<string, Entry>();
  private readonly document = new Map<string, Entry>();
  private readonly users = new Map<string, Map<string, Entry>>();
  constructor(private readonly ctx: EmulatorContext) {
    return ctx.expose('CacheService', this);
  }
  getScriptCache(): C {
    return gas<C>(new EmuCache(this.ctx, this.script));
  }
  getDocumentCache(): C | null {
    return gas<C>(new EmuCache(this.ctx, this.document));
  }
  getUserCache(): C {
    const email = this.ctx.settings.userEmail;
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return gas<C>(new EmuCache(this.ctx, store));
  }
}
