// Session and Logger: the configurable active user, time zone and locale; Logger.log captured for tests.
import { gas, type EmulatorContext } from './context';
import { formatStringApply } from './utilities';
import { EmuUser } from './user';

export class EmuSession
  implements Pick<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'>
{
  constructor(private readonly ctx: EmulatorContext) {
    return ctx.expose('Session', this);
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return gas(new EmuUser(this.ctx, this.ctx.settings.userEmail));
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return gas(new EmuUser(this.ctx, this.ctx.settings.userEmail));
  }
  getScriptTimeZone(): string {
    return this.ctx.settings.timeZone;
  }
  getActiveUserLocale(): string {
    return this.ctx.settings.locale.replace(/_.*$/, (m) => (this.ctx.settings.locale.startsWith('zh') ? m : ''));
  }
  getTemporaryActiveUserKey(): string {
    return `key-${this.ctx.settings.userEmail}`;
  }
}

export class EmuLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly lines: string[] = [];
  constructor(ctx: EmulatorContext) {
    return ctx.expose('Logger', this);
  }
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.lines.push(values.length > 0 && typeof data === 'string' ? formatStringApply(data, values) : typeof data === 'string' ? data : JSON.stringify(data));
    return gas(this);
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}
