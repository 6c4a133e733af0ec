// LockService over simulated executions: a lock is held by one execution; others wait on the virtual clock or time out.
//
// Model: Apps Script is synchronous, so concurrency is simulated. Code always runs "in" an execution
// (emulator.executions.current; a default one exists). A test starts a second execution, runs code in it, and
// schedules what the other execution does meanwhile on the virtual clock (emulator.clock.schedule(ms, fn)).
// tryLock/waitLock in a contended execution advance the virtual clock event by event until the holder releases
// (or its execution ends) or the timeout passes — so "B waits 2 s for A" and "B times out" are both deterministic.
import { gas, type EmulatorContext } from './context';

type L = GoogleAppsScript.Lock.Lock;

/** One simulated script execution (a menu click, a trigger run, a sidebar call). */
export class Execution {
  constructor(
    readonly id: number,
    readonly label: string,
    private readonly registry: ExecutionRegistry,
  ) {}
  /** Runs `body` inside this execution. */
  run<T>(body: () => T): T {
    return this.registry.runIn(this, body);
  }
  /** Ends the execution: Apps Script releases every lock it still holds. */
  end(): void {
    this.registry.end(this);
  }
}

interface LockSlot {
  holder: Execution | undefined;
}

export class ExecutionRegistry {
  private seq = 0;
  readonly main: Execution;
  current: Execution;
  readonly slots = new Map<string, LockSlot>();

  constructor() {
    this.main = new Execution(++this.seq, 'main', this);
    this.current = this.main;
  }
  /** Starts another execution (it does not run anything until you call run). */
  start(label = `execution-${this.seq + 1}`): Execution {
    return new Execution(++this.seq, label, this);
  }
  runIn<T>(execution: Execution, body: () => T): T {
    const saved = this.current;
    this.current = execution;
    try {
      return body();
    } finally {
      this.current = saved;
    }
  }
  end(execution: Execution): void {
    for (const slot of this.slots.values()) if (slot.holder === execution) slot.holder = undefined;
  }
  slot(name: string): LockSlot {
    let s = this.slots.get(name);
    if (!s) {
      s = { holder: undefined };
      this.slots.set(name, s);
    }
    return s;
  }
}

export class EmuLock implements Pick<L, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly registry: ExecutionRegistry,
    private readonly slotName: string,
  ) {
    return ctx.expose('Lock', this);
  }
  private free(): boolean {
    const slot = this.registry.slot(this.slotName);
    return slot.holder === undefined || slot.holder === this.registry.current;
  }
  tryLock(timeoutInMillis: number): boolean {
    const me = this.registry.current;
    const deadline = this.ctx.clock.nowMs() + Math.max(0, timeoutInMillis);
    for (;;) {
      if (this.free()) {
        this.registry.slot(this.slotName).holder = me;
        return true;
      }
      const next = this.ctx.clock.nextEventAt();
      if (next === undefined || next > deadline) {
        this.ctx.clock.advanceTo(deadline);
        return false;
      }
      // Let the other executions act until their next step, then look again.
      this.ctx.clock.advanceTo(next);
    }
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    const slot = this.registry.slot(this.slotName);
    if (slot.holder === this.registry.current) slot.holder = undefined;
  }
  hasLock(): boolean {
    return this.registry.slot(this.slotName).holder === this.registry.current;
  }
}

export class EmuLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly registry: ExecutionRegistry,
  ) {
    return ctx.expose('LockService', this);
  }
  getDocumentLock(): L {
    return gas<L>(new EmuLock(this.ctx, this.registry, 'document'));
  }
  getScriptLock(): L {
    return gas<L>(new EmuLock(this.ctx, this.registry, 'script'));
  }
  getUserLock(): L {
    return gas<L>(new EmuLock(this.ctx, this.registry, `user:${this.ctx.settings.userEmail}`));
  }
}
