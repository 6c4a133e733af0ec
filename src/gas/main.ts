// The one Apps Script entry file: every function Apps Script can call (triggers, menu items, custom
// functions, sidebar RPC endpoints) is exported here by name; the build turns each export into a top-level
// function of build/Code.js, carrying its JSDoc (see scripts/build-gas-entries.mjs).
import { balanceCustom } from './balance-custom';
import { GasError } from './gas-error';
import { invoiceCreatedNotice, invoiceFromSelection } from './invoice-from-sales';
import { ledgerSetUp, setupNotice } from './ledger-setup';
import { menuBuild, menuFeaturePending } from './menu';
import { reconcileMenuRun } from './reconcile-menu';
import { rpcEndpoints } from './rpc';
import { sidebarShow } from './sidebar';
import { userLang } from './user-lang';

/** Builds the add-on menu when the spreadsheet opens. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  menuBuild();
}

/** Builds the menu right after installation, as onOpen would on the next open. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: Open sidebar. */
export function menuSidebarOpen(): void {
  sidebarShow('summary');
}

/** Menu: Set up ledger. */
export function menuSetUp(): void {
  sidebarShow('summary', setupNotice(ledgerSetUp(userLang())));
}

/** Menu: Reconcile now. */
export function menuReconcile(): void {
  reconcileMenuRun();
}

/** Menu: New invoice from selected sales. */
export function menuInvoiceFromSales(): void {
  try {
    sidebarShow('summary', invoiceCreatedNotice(invoiceFromSelection(userLang())));
  } catch (error) {
    if (!(error instanceof GasError)) throw error;
    // Nothing was written: say why in the sidebar, in both languages for its language switch.
    sidebarShow('summary', { en: error.messageIn('en'), 'zh-CN': error.messageIn('zh-CN') }, 'error');
  }
}

/** Menu: Customer statement. */
export function menuStatement(): void {
  sidebarShow('statement');
}

/** Menu: Refresh formulas. */
export function menuRefreshFormulas(): void {
  menuFeaturePending('menu.refreshFormulas');
}

/** Menu: Settings. */
export function menuSettings(): void {
  sidebarShow('settings');
}

/** Menu: Help. */
export function menuHelp(): void {
  sidebarShow('help');
}

/**
 * The open balance of each customer: what was invoiced and debited minus what was received and credited,
 * after allocation. Pass the tables as ranges so Sheets recalculates when they change; without them the
 * tabs of this spreadsheet are read.
 *
 * @param {string|Array<Array<string>>} customer_ids A customer ID or a column of IDs, e.g. A2:A20.
 * @param {Date} [as_of] The date of the balance (default: today).
 * @param {Array<Array<string>>} [customers] The Customers table with its header row, e.g. Customers!A:L.
 * @param {Array<Array<string>>} [sales] The Sales table with its header row, e.g. Sales!A:H.
 * @param {Array<Array<string>>} [invoices] The Invoices table with its header row, e.g. Invoices!A:K.
 * @param {Array<Array<string>>} [payments] The Payments table with its header row, e.g. Payments!A:J.
 * @param {Array<Array<string>>} [adjustments] The Adjustments table with its header row, e.g. Adjustments!A:F.
 * @return {number|Array<Array<number>>} The balance of each customer, in the customer's currency.
 * @customfunction
 */
export function BALANCE(
  customer_ids: unknown,
  as_of?: unknown,
  customers?: unknown,
  sales?: unknown,
  invoices?: unknown,
  payments?: unknown,
  adjustments?: unknown,
): number | string | (number | string)[][] {
  return balanceCustom(customer_ids, as_of, { customers, sales, invoices, payments, adjustments });
}

/** Sidebar RPC endpoints (one per handler of rpc.ts's map). */
export const { ledgerSummary, reconciliation, ledgerSettings, statementChoices, customerStatement, userLangChoose, customerCard, customerAdd, saleAdd, paymentAdd, invoiceFromSales, settingsSave, reconcileRun, reconcileView, allocationUndo, allocationAddManual, paymentPreview, settingsFormValues } = rpcEndpoints;
