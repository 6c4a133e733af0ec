// The add-on menu: built by onOpen in the user's language; each item names a top-level function in main.ts.
import type { MessageText } from '../core/i18n';
import { gasMessage, gasMessages, type GasMessageCode } from './messages';
import { sidebarShow } from './sidebar';
import { userLang } from './user-lang';

/** One menu line: a label and the name of the entry point it runs (null = a separator). */
export interface MenuItem {
  readonly label: GasMessageCode;
  readonly handler: string;
}

export const menuItems: readonly (MenuItem | null)[] = [
  { label: 'menu.openSidebar', handler: 'menuSidebarOpen' },
  null,
  { label: 'menu.setUp', handler: 'menuSetUp' },
  { label: 'menu.reconcile', handler: 'menuReconcile' },
  { label: 'menu.invoiceFromSales', handler: 'menuInvoiceFromSales' },
  { label: 'menu.statement', handler: 'menuStatement' },
  { label: 'menu.refreshFormulas', handler: 'menuRefreshFormulas' },
  null,
  { label: 'menu.settings', handler: 'menuSettings' },
  { label: 'menu.help', handler: 'menuHelp' },
];

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it touches nothing but the UI and the locale. */
export function menuBuild(): void {
  const lang = userLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItems) {
    if (item) menu.addItem(gasMessage(item.label, lang), item.handler);
    else menu.addSeparator();
  }
  menu.addToUi();
}

const notYetBuilt: MessageText = {
  en: '“{feature}” is not available in this version yet. Meanwhile, here is what the ledger holds now.',
  'zh-CN': '本版本尚未提供“{feature}”。以下是账本目前的概况。',
};

/** The notice for a menu feature that is still being built, naming the feature in both languages. */
export function menuNoticeNotYetBuilt(feature: GasMessageCode): MessageText {
  const label = gasMessages[feature];
  return {
    en: notYetBuilt.en.replace('{feature}', label.en),
    'zh-CN': notYetBuilt['zh-CN'].replace('{feature}', label['zh-CN']),
  };
}

/** Opens the sidebar at its summary with a notice that `feature` is not built yet. */
export function menuFeaturePending(feature: GasMessageCode): void {
  sidebarShow('summary', menuNoticeNotYetBuilt(feature));
}

/** Reconcile now computes the reconciliation in the sidebar; the live-formula tab is still to come. */
export function menuNoticeReconcile(): MessageText {
  return {
    en: 'Reconciled now from the tabs. The live Reconciliation tab (formulas that recompute in Sheets) is not available in this version yet.',
    'zh-CN': '已根据各工作表立即对账。本版本尚未提供实时“对账”工作表（在表格中自动重算的公式）。',
  };
}
