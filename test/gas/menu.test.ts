// The menu's items: every label translated, every handler exported by main.ts, notices naming the feature.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/gas/main';
import { menuItems } from '../../src/gas/menu';
import { gasMessages } from '../../src/gas/messages';

const items = menuItems.flatMap((item) => (item ? [item] : []));

describe('menuItems', () => {
  it('lists the ten features in the designed order', () => {
    expect(items.map((i) => gasMessages[i.label].en)).toEqual([
      'Open sidebar',
      'Set up ledger',
      'Reconcile now',
      'New invoice from selected sales',
      'Create invoice documents',
      'Customer statement',
      'Mail and reminders',
      'Refresh formulas',
      'Settings',
      'Help',
    ]);
  });

  it('names only functions main.ts exports', () => {
    for (const item of items) expect(typeof (main as Record<string, unknown>)[item.handler], item.handler).toBe('function');
  });

  it('uses each handler once', () => {
    expect(new Set(items.map((i) => i.handler)).size).toBe(items.length);
  });
});
