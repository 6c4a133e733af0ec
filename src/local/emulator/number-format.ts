// Number formats: telling date formats apart, and a simple display formatter for getDisplayValues.
import { wallTimeOfSerial } from './zoned-time';

/** True when a Sheets number format shows a date or time (y, d, h, s outside quotes; m with them). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[yYdDhHsS]/.test(bare);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a serial with a Sheets date pattern (yyyy mm dd hh mm ss; "m" after h or before s is minutes). */
export function serialDisplay(serial: number, format: string): string {
  const w = wallTimeOfSerial(serial);
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s/gi, (token, offset: number, whole: string) => {
    const t = token.toLowerCase();
    const before = whole.slice(0, offset).toLowerCase();
    const after = whole.slice(offset + token.length).toLowerCase();
    const minutes = t.startsWith('m') && t.length <= 2 && (/h[^a-z]*$/.test(before) || /^[^a-z]*s/.test(after));
    switch (t) {
      case 'yyyy':
        return String(w.year);
      case 'yy':
        return pad(w.year % 100, 2);
      case 'mmmm':
        return MONTHS[w.month - 1] ?? '';
      case 'mmm':
        return (MONTHS[w.month - 1] ?? '').slice(0, 3);
      case 'mm':
        return minutes ? pad(w.minute, 2) : pad(w.month, 2);
      case 'm':
        return minutes ? String(w.minute) : String(w.month);
      case 'dd':
        return pad(w.day, 2);
      case 'd':
        return String(w.day);
      case 'hh':
        return pad(w.hour, 2);
      case 'h':
        return String(w.hour);
      case 'ss':
        return pad(w.second, 2);
      default:
        return String(w.second);
    }
  });
}

/** Formats a number with a simple numeric pattern: decimals, thousands grouping, percent. */
export function numberDisplay(value: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  const percent = format.includes('%');
  const shown = percent ? value * 100 : value;
  const decimals = /\.([0#]+)/.exec(format)?.[1]?.length ?? 0;
  const grouped = /#,##0|0,0/.test(format);
  const text = Math.abs(shown).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  const prefix = /^[^0#]*/.exec(format.replace(/"/g, ''))?.[0] ?? '';
  return `${shown < 0 ? '-' : ''}${prefix.replace(/[%;]/g, '')}${text}${percent ? '%' : ''}`;
}
