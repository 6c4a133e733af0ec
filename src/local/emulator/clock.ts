// The emulator's virtual clock: real or injected "now", advanced by Utilities.sleep and lock waits, with scheduled events.
interface ScheduledEvent {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
}

/** A clock whose time only moves when the emulator says so, so tests are deterministic. */
export class VirtualClock {
  private base: () => number;
  private advancedMs = 0;
  private events: ScheduledEvent[] = [];
  private seq = 0;

  constructor(base: () => number) {
    this.base = base;
  }

  /** Current time in epoch milliseconds. */
  nowMs(): number {
    return this.base() + this.advancedMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Replaces the time source (setToday, a new injected now()); keeps scheduled events. */
  setBase(base: () => number): void {
    this.base = base;
    this.advancedMs = 0;
  }

  /** Schedules `run` to happen when virtual time reaches now + delayMs (another "execution" acting meanwhile). */
  schedule(delayMs: number, run: () => void): void {
    this.events.push({ at: this.nowMs() + delayMs, seq: this.seq++, run });
    this.events.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  /** Time of the next scheduled event, if any. */
  nextEventAt(): number | undefined {
    return this.events[0]?.at;
  }

  /** Moves time forward by ms, running every scheduled event that falls due on the way. */
  advance(ms: number): void {
    this.advanceTo(this.nowMs() + Math.max(0, ms));
  }

  /** Moves time forward to `target` (epoch ms), running due events in order. */
  advanceTo(target: number): void {
    for (;;) {
      const next = this.events[0];
      if (!next || next.at > target) break;
      this.events.shift();
      if (next.at > this.nowMs()) this.advancedMs += next.at - this.nowMs();
      next.run();
    }
    if (target > this.nowMs()) this.advancedMs += target - this.nowMs();
  }
}
