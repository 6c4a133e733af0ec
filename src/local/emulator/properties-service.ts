// PropertiesService: document, script and per-user property stores, string values, with Apps Script's size limits.
import { gas, type EmulatorContext } from './context';

type P = GoogleAppsScript.Properties.Properties;
const VALUE_LIMIT = 9 * 1024;

export class EmuProperties
  implements Pick<P, 'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'>
{
  constructor(
    ctx: EmulatorContext,
    readonly store: Map<string, string>,
  ) {
    return ctx.expose('Properties', this);
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): P {
    const text = String(value);
    if (Buffer.byteLength(key) + Buffer.byteLength(text) > VALUE_LIMIT) throw new Error('Argument too large: value');
    this.store.set(key, text);
    return gas<P>(this);
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): P {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return gas<P>(this);
  }
  deleteProperty(key: string): P {
    this.store.delete(key);
    return gas<P>(this);
  }
  deleteAllProperties(): P {
    this.store.clear();
    return gas<P>(this);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class EmuPropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'>
{
  readonly document = new Map<string, string>();
  readonly script = new Map<string, string>();
  /** User properties per user email. */
  readonly users = new Map<string, Map<string, string>>();
  constructor(private readonly ctx: EmulatorContext) {
    return ctx.expose('PropertiesService', this);
  }
  getDocumentProperties(): P {
    return gas<P>(new EmuProperties(this.ctx, this.document));
  }
  getScriptProperties(): P {
    return gas<P>(new EmuProperties(this.ctx, this.script));
  }
  getUserProperties(): P {
    const email = this.ctx.settings.userEmail;
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return gas<P>(new EmuProperties(this.ctx, store));
  }
}
