// Time-zone arithmetic without libraries: wall-clock parts of an instant in a zone, and spreadsheet serials ↔ Dates.
export interface WallTime {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock reading of instant `ms` in `timeZone`. */
export function wallTimeOf(ms: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of zoneFormatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const millisecond = ((ms % 1000) + 1000) % 1000;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallTimeOf(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - ms;
}

/** The instant at which the wall clock in `timeZone` reads the given UTC-style wall milliseconds. */
export function instantOfWall(wallMs: number, timeZone: string): number {
  let guess = wallMs - zoneOffsetMs(wallMs, timeZone);
  guess = wallMs - zoneOffsetMs(guess, timeZone);
  return guess;
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A spreadsheet serial (days since 1899-12-30, wall time in the sheet's zone) as a JS Date. */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wallMs = SERIAL_EPOCH_MS + Math.round(serial * DAY_MS);
  return new Date(instantOfWall(wallMs, timeZone));
}

/** A JS Date as a spreadsheet serial in the sheet's zone (what Sheets stores for a written Date). */
export function serialOfDate(date: Date, timeZone: string): number {
  const ms = date.getTime();
  const wallMs = ms + zoneOffsetMs(ms, timeZone);
  return (wallMs - SERIAL_EPOCH_MS) / DAY_MS;
}

/** Serial of a calendar date given as YYYY-MM-DD. */
export function serialOfIsoDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Emulator: not a YYYY-MM-DD date: ${iso}`);
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** The wall-clock parts of a serial (no zone involved: serials are wall time). */
export function wallTimeOfSerial(serial: number): WallTime {
  return wallTimeOf(SERIAL_EPOCH_MS + Math.round(serial * DAY_MS), 'UTC');
}
