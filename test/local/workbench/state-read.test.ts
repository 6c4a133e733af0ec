// How the workbench shows cell values.
import { describe, expect, it } from 'vitest';
import { cellDisplay } from '../../../src/local/workbench/state-read';

describe('cellDisplay', () => {
  it('shows dates as YYYY-MM-DD in the sheet zone', () => {
    expect(cellDisplay(new Date('2026-01-04T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-01-05');
  });

  it('shows numbers without float noise, booleans as Sheets does, blanks as empty', () => {
    expect(cellDisplay(0.1 + 0.2, 'UTC')).toBe('0.3');
    expect(cellDisplay(1234, 'UTC')).toBe('1234');
    expect(cellDisplay(true, 'UTC')).toBe('TRUE');
    expect(cellDisplay('', 'UTC')).toBe('');
    expect(cellDisplay(null, 'UTC')).toBe('');
  });
});
