// ScriptApp: trigger builders (time-based and spreadsheet), the project's trigger list, AuthMode and other enums.
import { gas, type EmulatorContext } from './context';
import { AuthMode, EventType, TriggerSource, WeekDay } from './enums';

type T = GoogleAppsScript.Script.Trigger;

/** A created trigger, as tests inspect it. */
export interface TriggerRecord {
  readonly id: string;
  readonly handler: string;
  readonly eventType: keyof typeof EventType;
  readonly source: keyof typeof TriggerSource;
  readonly sourceId: string | null;
  /** Time-based schedule details (everyDays, atHour, …). */
  readonly schedule: Readonly<Record<string, unknown>>;
}

export class EmuTrigger implements Pick<T, 'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'> {
  constructor(
    ctx: EmulatorContext,
    readonly record: TriggerRecord,
  ) {
    return ctx.expose('Trigger', this);
  }
  getHandlerFunction(): string {
    return this.record.handler;
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.record.sourceId ?? '';
  }
}

type CTB = GoogleAppsScript.Script.ClockTriggerBuilder;
type STB = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

class EmuClockTriggerBuilder
  implements Pick<CTB, 'after' | 'at' | 'atHour' | 'create' | 'everyDays' | 'everyHours' | 'everyMinutes' | 'everyWeeks' | 'inTimezone' | 'nearMinute' | 'onWeekDay' | 'atDate' | 'onMonthDay'>
{
  private readonly schedule: Record<string, unknown> = {};
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly app: EmuScriptApp,
    private readonly handler: string,
  ) {
    return ctx.expose('ClockTriggerBuilder', this);
  }
  private set(key: string, value: unknown): CTB {
    this.schedule[key] = value;
    return gas<CTB>(this);
  }
  after(durationMilliseconds: number): CTB {
    return this.set('after', durationMilliseconds);
  }
  at(date: Date): CTB {
    return this.set('at', date);
  }
  atDate(year: number, month: number, day: number): CTB {
    return this.set('atDate', [year, month, day]);
  }
  atHour(hour: number): CTB {
    if (hour < 0 || hour > 23) throw new Error('Hour must be between 0 and 23.');
    return this.set('atHour', hour);
  }
  nearMinute(minute: number): CTB {
    return this.set('nearMinute', minute);
  }
  everyDays(n: number): CTB {
    return this.set('everyDays', n);
  }
  everyHours(n: number): CTB {
    return this.set('everyHours', n);
  }
  everyMinutes(n: number): CTB {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
    return this.set('everyMinutes', n);
  }
  everyWeeks(n: number): CTB {
    return this.set('everyWeeks', n);
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): CTB {
    return this.set('onWeekDay', String(day));
  }
  onMonthDay(day: number): CTB {
    return this.set('onMonthDay', day);
  }
  inTimezone(timezone: string): CTB {
    return this.set('inTimezone', timezone);
  }
  create(): T {
    if (Object.keys(this.schedule).length === 0) throw new Error('A time-based trigger needs a schedule (everyDays, after, at, …).');
    return this.app.triggerAdd({ handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...this.schedule } });
  }
}

class EmuSpreadsheetTriggerBuilder implements Pick<STB, 'onEdit' | 'onChange' | 'onOpen' | 'onFormSubmit' | 'create'> {
  private eventType: TriggerRecord['eventType'] | undefined;
  constructor(
    ctx: EmulatorContext,
    private readonly app: EmuScriptApp,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {
    return ctx.expose('SpreadsheetTriggerBuilder', this);
  }
  private on(type: TriggerRecord['eventType']): STB {
    this.eventType = type;
    return gas<STB>(this);
  }
  onEdit(): STB {
    return this.on('ON_EDIT');
  }
  onChange(): STB {
    return this.on('ON_CHANGE');
  }
  onOpen(): STB {
    return this.on('ON_OPEN');
  }
  onFormSubmit(): STB {
    return this.on('ON_FORM_SUBMIT');
  }
  create(): T {
    if (!this.eventType) throw new Error('Choose an event (onEdit, onChange, onOpen) before create().');
    return this.app.triggerAdd({ handler: this.handler, eventType: this.eventType, source: 'SPREADSHEETS', sourceId: this.sourceId, schedule: {} });
  }
}

class EmuTriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly app: EmuScriptApp,
    private readonly handler: string,
  ) {
    return ctx.expose('TriggerBuilder', this);
  }
  timeBased(): CTB {
    return gas<CTB>(new EmuClockTriggerBuilder(this.ctx, this.app, this.handler));
  }
  forSpreadsheet(sheet: string | GoogleAppsScript.Spreadsheet.Spreadsheet): STB {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return gas<STB>(new EmuSpreadsheetTriggerBuilder(this.ctx, this.app, this.handler, id));
  }
}

const MAX_TRIGGERS = 20;

export class EmuScriptApp
  implements Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId' | 'getOAuthToken'>
{
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  triggers: TriggerRecord[] = [];
  constructor(private readonly ctx: EmulatorContext) {
    return ctx.expose('ScriptApp', this);
  }
  triggerAdd(spec: Omit<TriggerRecord, 'id'>): T {
    if (this.triggers.length >= MAX_TRIGGERS) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const record: TriggerRecord = { id: this.ctx.nextId('trigger'), ...spec };
    this.triggers.push(record);
    return gas<T>(new EmuTrigger(this.ctx, record));
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return gas(new EmuTriggerBuilder(this.ctx, this, functionName));
  }
  getProjectTriggers(): T[] {
    return this.triggers.map((r) => gas<T>(new EmuTrigger(this.ctx, r)));
  }
  getUserTriggers(_source: unknown): T[] {
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: T): void {
    const id = trigger.getUniqueId();
    this.triggers = this.triggers.filter((t) => t.id !== id);
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
  getOAuthToken(): string {
    return 'emulated-oauth-token';
  }
}
