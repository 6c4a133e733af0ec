// Ui and HtmlService: menu trees recorded, scripted alert/prompt answers, sidebars and templates.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/local/emulator';

describe('Ui', () => {
  it('records menus with items, separators and submenus; re-adding a menu replaces it', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Reports').addItem('Aging', 'agingShow');
    ui.createAddonMenu().addItem('Open', 'sidebarOpen').addSeparator().addSubMenu(sub).addToUi();
    ui.createMenu('Ledger').addItem('Old', 'old').addToUi();
    ui.createMenu('Ledger').addItem('New', 'fresh').addToUi();
    expect(emu.ui.menus).toEqual([
      {
        title: 'Add-on',
        addon: true,
        entries: [
          { kind: 'item', caption: 'Open', functionName: 'sidebarOpen' },
          { kind: 'separator' },
          { kind: 'submenu', menu: { title: 'Reports', addon: false, entries: [{ kind: 'item', caption: 'Aging', functionName: 'agingShow' }] } },
        ],
      },
      { title: 'Ledger', addon: false, entries: [{ kind: 'item', caption: 'New', functionName: 'fresh' }] },
    ]);
  });

  it('answers alerts and prompts from the script, defaulting to OK / YES', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(ui.alert('Void?', 'Void INV-1?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    emu.ui.answerNext({ button: 'NO' });
    expect(ui.alert('Void?', 'Void INV-2?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    emu.ui.answerNext({ button: 'OK', text: 'C0042' });
    const reply = ui.prompt('Customer?', ui.ButtonSet.OK_CANCEL);
    expect([reply.getResponseText(), reply.getSelectedButton()]).toEqual(['C0042', ui.Button.OK]);
    expect(emu.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      ['', 'Done', 'OK'],
      ['Void?', 'Void INV-1?', 'YES'],
      ['Void?', 'Void INV-2?', 'NO'],
    ]);
    expect(emu.ui.prompts[0]).toMatchObject({ prompt: 'Customer?', text: 'C0042', buttons: 'OK_CANCEL' });
  });

  it('records sidebars and dialogs built from files given at construction', () => {
    const emu = createEmulator({ htmlFiles: { sidebar: '<p>Ledger</p>' } });
    const { HtmlService, SpreadsheetApp } = emu.globals;
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Customer Ledger').setWidth(320));
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<b>hi</b>').setWidth(400).setHeight(200), 'Preview');
    expect(emu.ui.sidebar).toEqual({ kind: 'sidebar', title: 'Customer Ledger', html: '<p>Ledger</p>', width: 320, height: 400 });
    expect(emu.ui.dialog).toMatchObject({ kind: 'modal', title: 'Preview', html: '<b>hi</b>', width: 400, height: 200 });
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
  });

  it('evaluates templates with escaped and raw printing scriptlets', () => {
    const emu = createEmulator({ htmlFiles: { page: '<h1><?= title ?></h1><? for (const n of items) { ?><i><?!= n ?></i><? } ?>' } });
    const t = emu.globals.HtmlService.createTemplateFromFile('page') as GoogleAppsScript.HTML.HtmlTemplate & { title: string; items: string[] };
    t.title = 'A & <B>';
    t.items = ['<x>', 'y'];
    expect(t.evaluate().getContent()).toBe('<h1>A &#38; &#60;B&#62;</h1><i><x></i><i>y</i>');
  });

  it('records toasts', () => {
    const emu = createEmulator();
    emu.globals.SpreadsheetApp.getActiveSpreadsheet().toast('Saved 3 rows', 'Ledger', 3);
    expect(emu.toasts).toEqual([{ message: 'Saved 3 rows', title: 'Ledger', timeoutSeconds: 3 }]);
  });
});
