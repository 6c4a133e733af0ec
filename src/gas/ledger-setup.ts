// "Set up ledger": the menu item and the two RPCs of the mapping wizard (proposal, apply), and the new tabs' first rows.
import type { MessageText } from '../core/i18n';
import type { Lang, TabName } from '../core/types';
import { schemaHeaders, settingKeys, tabSchemas } from '../sheets/schemas';
import { GasError } from './gas-error';
import { spreadsheetActive } from './ledger-tables';
import { setupApplyRun, type SetupConfirmed } from './setup-apply';
import { setupProposalBuild, type SetupProposal } from './setup-proposal';

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
 * Set up from the menu: the proposal taken as it is (tabs found by metadata, name or headers; every missing
 * tab created, every missing column added), applied under the document lock. Returns the tabs created.
 */
export function ledgerSetUp(lang: Lang): string[] {
  const lock = LockService.getDocumentLock();
  lock.waitLock(10_000);
  try {
    return setupApplyRun(spreadsheetActive(), { tabs: [] }, lang).created;
  } finally {
    lock.releaseLock();
  }
}

/** The setupProposal RPC: what Set up would do, for the sidebar's mapping wizard. */
export function setupProposalRead(lang: Lang): SetupProposal {
  return setupProposalBuild(spreadsheetActive(), lang);
}

/** The setupApply RPC: applies the mapping the user confirmed, under the lock; returns the refreshed proposal. */
export function setupConfirmedApply(confirmed: SetupConfirmed, lang: Lang): SetupProposal {
  if (!confirmed || !Array.isArray(confirmed.tabs)) throw new GasError('error.rpcArgs', { name: 'setupApply' });
  const lock = LockService.getDocumentLock();
  lock.waitLock(10_000);
  try {
    const spreadsheet = spreadsheetActive();
    setupApplyRun(spreadsheet, confirmed, lang);
    return setupProposalBuild(spreadsheet, lang);
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
