// "Set up ledger": creates the input tabs that are missing, with headers in the user's language.
import type { MessageText } from '../core/i18n';
import type { Lang, TabName } from '../core/types';
import { schemaHeaders, settingKeys, tabFromName, tabSchemas } from '../sheets/schemas';
import { spreadsheetActive } from './ledger-tables';

/** The tabs Set up creates, in the order they appear. */
export const SETUP_TABS: readonly TabName[] = ['Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Settings'];

/** The Settings tab's rows: each setting's label and its default value, in `lang`. */
export function settingsRowsDefault(lang: Lang): (string | number)[][] {
  const defaults: Record<string, string | number> = {
    companyName: '',
    currency: 'CNY',
    termsDays: 30,
    taxRate: '0%',
    language: lang,
    agingBuckets: '30, 60, 90',
    invoiceNumberFormat: 'INV-{YYYY}-{0000}',
    dateOrder: 'YMD',
  };
  return settingKeys.map((setting) => [setting.label[lang], defaults[setting.key] ?? '']);
}

/** The cells a new tab starts with: its header row (and, for Settings, the default settings). */
export function tabInitialRows(tab: TabName, lang: Lang): (string | number)[][] {
  const header = schemaHeaders(tabSchemas[tab], lang);
  return tab === 'Settings' ? [header, ...settingsRowsDefault(lang)] : [header];
}

/**
 * Creates each missing tab (found by any of its names, so a Chinese "客户" tab counts as Customers) with one
 * setValues; existing tabs are never touched. Runs under the document lock so two users cannot both
 * create a tab. Returns the names of the tabs created.
 */
export function ledgerSetUp(lang: Lang): string[] {
  const lock = LockService.getDocumentLock();
  lock.waitLock(10_000);
  try {
    const spreadsheet = spreadsheetActive();
    const present = new Set(spreadsheet.getSheets().map((sheet) => tabFromName(sheet.getName())));
    const created: string[] = [];
    for (const tab of SETUP_TABS) {
      if (present.has(tab)) continue;
      const name = tabSchemas[tab].title[lang];
      const sheet = spreadsheet.insertSheet(name);
      const rows = tabInitialRows(tab, lang);
      sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
      sheet.setFrozenRows(1);
      created.push(name);
    }
    return created;
  } finally {
    lock.releaseLock();
  }
}

/** The notice shown after Set up, naming the tabs created (or saying all were there). */
export function setupNotice(created: readonly string[]): MessageText {
  if (created.length === 0) {
    return {
      en: 'All ledger tabs are already there; nothing was changed.',
      'zh-CN': '账本所需的工作表都已存在，未做任何更改。',
    };
  }
  return {
    en: `Created the tabs: ${created.join(', ')}. Fill them in, then refresh this summary.`,
    'zh-CN': `已创建工作表：${created.join('、')}。填写后刷新此概况即可。`,
  };
}
