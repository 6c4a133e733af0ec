// A Date global for the sandbox whose "now" is the emulator's virtual clock; host Dates still pass instanceof.
import type { VirtualClock } from './clock';

/** Builds a Date constructor: new Date() and Date.now() read the clock; every other form is the real Date. */
export function virtualDateClass(clock: VirtualClock): DateConstructor {
  const RealDate = Date;
  class EmulatedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.nowMs());
      else super(...(args as [string]));
    }
    static override now(): number {
      return clock.nowMs();
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  return EmulatedDate as unknown as DateConstructor;
}
