// The add-on menu: built by onOpen in the user's language; each item names a top-level function in main.ts.
import { gasMessage, type GasMessageCode } from './messages';
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
  { label: 'menu.invoiceDocuments', handler: 'menuInvoiceDocuments' },
  { label: 'menu.statement', handler: 'menuStatement' },
  { label: 'menu.mail', handler: 'menuMail' },
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

