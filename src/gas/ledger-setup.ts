// "Set up ledger": the menu item and the two RPCs of the mapping wizard (proposal, apply), and the new tabs' first rows.
import type { MessageText } from '../core/i18n';
import type { Lang, TabName } from '../core/types';
import { schemaHeaders, settingKeys, tabFromName, tabSchemas } from '../sheets/schemas';
import { GasError } from './gas-error';
import { spreadsheetActive } from './ledger-tables';
import { setupApplyRun, type SetupConfirmed } from './setup-apply';
import { SCHEMA_TABS, setupProposalBuild, type SetupProposal } from './setup-proposal';

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
    statementReplyDays: 7,
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

/**
 * The user's own sheets Set up took as ledger tabs because of their headers (say "客户资料" as Customers):
 * after Set up the sidebar shows their mapping, so the user can check it and correct a column.
 */
export function setupSheetsFoundByHeaders(proposal: SetupProposal): string[] {
  return proposal.tabs
    .filter((t) => t.sheetName !== null && (SCHEMA_TABS as readonly string[]).includes(t.tab))
    .filter((t) => tabFromName(t.sheetName!) !== t.tab)
    .map((t) => t.sheetName!);
}

/** The notice above the mapping after Set up used the user's own sheets. */
export function setupMappingNotice(sheets: readonly string[]): MessageText {
  return {
    en: `Set up used your sheets ${sheets.join(', ')} by their headers and added only missing columns. Check the columns below; correct any and apply.`,
    'zh-CN': `建账已按表头使用您的工作表 ${sheets.join('、')}，只添加了缺少的列。请核对下方的列对应关系，如有不对请修改后应用。`,
  };
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
