// The one Apps Script entry file: every function Apps Script can call (triggers, menu items, custom
// functions, sidebar RPC endpoints) is exported here by name; the build turns each export into a top-level
// function of build/Code.js, carrying its JSDoc (see scripts/build-gas-entries.mjs).
import { balanceCustom } from './balance-custom';
import { agingCustom } from './custom-aging';
import { dsoCustom } from './custom-dso';
import { invoiceStatusCustom } from './custom-invoice-status';
import { outstandingCustom } from './custom-outstanding';
import { GasError } from './gas-error';
import { invoiceCreatedNotice, invoiceFromSelection } from './invoice-from-sales';
import { invoiceDocumentsFromSelection, invoiceDocumentsNotice } from './documents/invoice-documents';
import { ledgerSetUp, setupMappingNotice, setupNotice, setupProposalRead, setupSheetsFoundByHeaders } from './ledger-setup';
import { menuBuild } from './menu';
import { reconcileMenuRun } from './reconcile-menu';
import { changeRefresh, refreshNotice } from './refresh-trigger';
import { remindersRun } from './reminders/reminders-run';
import { rpcEndpoints } from './rpc';
import { spreadsheetActive } from './ledger-tables';
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
  const lang = userLang();
  const created = ledgerSetUp(lang);
  const usersSheets = setupSheetsFoundByHeaders(setupProposalRead(lang));
  if (usersSheets.length > 0) sidebarShow('setup', setupMappingNotice(usersSheets));
  else sidebarShow('summary', setupNotice(created));
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

/** Menu: Create invoice documents — for the invoices of the selected Invoices (or Sales) rows. */
export function menuInvoiceDocuments(): void {
  try {
    const result = invoiceDocumentsFromSelection(userLang());
    sidebarShow('summary', invoiceDocumentsNotice(result), result.problems > 0 ? 'error' : 'info');
  } catch (error) {
    if (!(error instanceof GasError)) throw error;
    sidebarShow('summary', { en: error.messageIn('en'), 'zh-CN': error.messageIn('zh-CN') }, 'error');
  }
}

/** Menu: Customer statement. */
export function menuStatement(): void {
  sidebarShow('statement');
}

/** Menu: Refresh formulas. */
export function menuRefreshFormulas(): void {
  sidebarShow('summary', refreshNotice(changeRefresh(spreadsheetActive())));
}

/** Installable onChange trigger (Set up installs it): adds and repairs the live formulas after each change. */
export function onLedgerChange(_event?: GoogleAppsScript.Events.SheetsOnChange): void {
  changeRefresh(spreadsheetActive());
}

/** Menu: Mail and reminders. */
export function menuMail(): void {
  sidebarShow('documents');
}

/**
 * Time-driven trigger (installed from the sidebar's Mail section, once a day around 8:00): sends the overdue
 * reminders that are due, within a time budget; what is left goes on the next run.
 */
export function remindersDaily(_event?: GoogleAppsScript.Events.TimeDriven): void {
  remindersRun(userLang());
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
 * The balance of each customer as of a date: invoiced + debits − received − credits, i.e. OUTSTANDING minus the
 * customer's unapplied credit (money paid but not yet matched to an invoice). One call fills a column.
 * Pass the tables as whole-column ranges (Customers!A:L …) so Sheets recalculates when the ledger changes;
 * tables left out are read from this spreadsheet's tabs (then Sheets recalculates only when the arguments change).
 * A wrong argument shows a #-text such as "#UNKNOWN CUSTOMER C099" in the cell.
 *
 * @param {string|Array<Array<string>>} customer_ids A customer ID or a column of IDs, e.g. A2:A20.
 * @param {Date} [as_of] The date of the balance (default: today).
 * @param {Array<Array<string>>} [customers] The Customers table with its header row, e.g. Customers!A:L.
 * @param {Array<Array<string>>} [sales] The Sales table with its header row, e.g. Sales!A:H.
 * @param {Array<Array<string>>} [invoices] The Invoices table with its header row, e.g. Invoices!A:K.
 * @param {Array<Array<string>>} [payments] The Payments table with its header row, e.g. Payments!A:J.
 * @param {Array<Array<string>>} [adjustments] The Adjustments table with its header row, e.g. Adjustments!A:F.
 * @param {Array<Array<string>>} [allocations] The Allocations table with its header row, e.g. Allocations!A:G (manual allocations and holds).
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
  allocations?: unknown,
): number | string | (number | string)[][] {
  return balanceCustom(customer_ids, as_of, { customers, sales, invoices, payments, adjustments, allocations });
}

/**
 * Aging of each customer's open invoices and debits as of a date, by days past the due date: the amount in
 * one bucket, or (bucket left out) a row with every bucket — Not Due, 1–30, 31–60, 61–90, 90+ (the Settings
 * buckets). The buckets add up to OUTSTANDING.
 * Pass the tables as whole-column ranges (Customers!A:L …) so Sheets recalculates when the ledger changes;
 * tables left out are read from this spreadsheet's tabs (then Sheets recalculates only when the arguments change).
 * A wrong argument shows a #-text such as "#UNKNOWN CUSTOMER C099" in the cell.
 *
 * @param {string|Array<Array<string>>} customer_ids A customer ID or a column of IDs, e.g. A2:A20.
 * @param {string|number} [bucket] "Not Due", "1-30", "31-60", "61-90", "90+" (or 未到期, 1–30天 …), "Total", or a number of days past due; blank = every bucket.
 * @param {Date} [as_of] The date to age at (default: today).
 * @param {Array<Array<string>>} [customers] The Customers table with its header row, e.g. Customers!A:L.
 * @param {Array<Array<string>>} [sales] The Sales table with its header row, e.g. Sales!A:H.
 * @param {Array<Array<string>>} [invoices] The Invoices table with its header row, e.g. Invoices!A:K.
 * @param {Array<Array<string>>} [payments] The Payments table with its header row, e.g. Payments!A:J.
 * @param {Array<Array<string>>} [adjustments] The Adjustments table with its header row, e.g. Adjustments!A:F.
 * @param {Array<Array<string>>} [allocations] The Allocations table with its header row, e.g. Allocations!A:G (manual allocations and holds).
 * @return {number|Array<Array<number>>} The open amount in the bucket, in the customer's currency.
 * @customfunction
 */
export function AGING(
  customer_ids: unknown,
  bucket?: unknown,
  as_of?: unknown,
  customers?: unknown,
  sales?: unknown,
  invoices?: unknown,
  payments?: unknown,
  adjustments?: unknown,
  allocations?: unknown,
): number | string | (number | string)[][] {
  return agingCustom(customer_ids, bucket, as_of, { customers, sales, invoices, payments, adjustments, allocations });
}

/**
 * The open invoiced amount of each customer as of a date: what its issued invoices and debits still owe after
 * the allocations made so far, not yet due plus overdue. Unlike BALANCE it does not net unapplied credit:
 * OUTSTANDING − unapplied credit = BALANCE.
 * Pass the tables as whole-column ranges (Customers!A:L …) so Sheets recalculates when the ledger changes;
 * tables left out are read from this spreadsheet's tabs (then Sheets recalculates only when the arguments change).
 * A wrong argument shows a #-text such as "#UNKNOWN CUSTOMER C099" in the cell.
 *
 * @param {string|Array<Array<string>>} customer_ids A customer ID or a column of IDs, e.g. A2:A20.
 * @param {Date} [as_of] The date (default: today).
 * @param {Array<Array<string>>} [customers] The Customers table with its header row, e.g. Customers!A:L.
 * @param {Array<Array<string>>} [sales] The Sales table with its header row, e.g. Sales!A:H.
 * @param {Array<Array<string>>} [invoices] The Invoices table with its header row, e.g. Invoices!A:K.
 * @param {Array<Array<string>>} [payments] The Payments table with its header row, e.g. Payments!A:J.
 * @param {Array<Array<string>>} [adjustments] The Adjustments table with its header row, e.g. Adjustments!A:F.
 * @param {Array<Array<string>>} [allocations] The Allocations table with its header row, e.g. Allocations!A:G (manual allocations and holds).
 * @return {number|Array<Array<number>>} The open amount of each customer, in the customer's currency.
 * @customfunction
 */
export function OUTSTANDING(
  customer_ids: unknown,
  as_of?: unknown,
  customers?: unknown,
  sales?: unknown,
  invoices?: unknown,
  payments?: unknown,
  adjustments?: unknown,
  allocations?: unknown,
): number | string | (number | string)[][] {
  return outstandingCustom(customer_ids, as_of, { customers, sales, invoices, payments, adjustments, allocations });
}

/**
 * The payment status of each invoice as of a date, in the user's language: Open, Partial, Paid, Overdue
 * (unpaid after its due date), Draft or Void — as the Invoices tab's Payment Status column shows it.
 * Pass the tables as whole-column ranges (Customers!A:L …) so Sheets recalculates when the ledger changes;
 * tables left out are read from this spreadsheet's tabs (then Sheets recalculates only when the arguments change).
 * A wrong argument shows a #-text such as "#UNKNOWN CUSTOMER C099" in the cell.
 *
 * @param {string|Array<Array<string>>} invoice_nos An invoice number or a column of them, e.g. Invoices!A2:A.
 * @param {Date} [as_of] The date (default: today).
 * @param {Array<Array<string>>} [customers] The Customers table with its header row, e.g. Customers!A:L.
 * @param {Array<Array<string>>} [sales] The Sales table with its header row, e.g. Sales!A:H.
 * @param {Array<Array<string>>} [invoices] The Invoices table with its header row, e.g. Invoices!A:K.
 * @param {Array<Array<string>>} [payments] The Payments table with its header row, e.g. Payments!A:J.
 * @param {Array<Array<string>>} [adjustments] The Adjustments table with its header row, e.g. Adjustments!A:F.
 * @param {Array<Array<string>>} [allocations] The Allocations table with its header row, e.g. Allocations!A:G (manual allocations and holds).
 * @return {string|Array<Array<string>>} The status of each invoice.
 * @customfunction
 */
export function INVOICE_STATUS(
  invoice_nos: unknown,
  as_of?: unknown,
  customers?: unknown,
  sales?: unknown,
  invoices?: unknown,
  payments?: unknown,
  adjustments?: unknown,
  allocations?: unknown,
): number | string | (number | string)[][] {
  return invoiceStatusCustom(invoice_nos, as_of, { customers, sales, invoices, payments, adjustments, allocations });
}

/**
 * Days sales outstanding of each customer: max(0, BALANCE(as_of)) ÷ credit sales of the last `days` days × `days`,
 * rounded to 0.1 day. Credit sales are the totals of issued invoices and debits dated after as_of − days and up
 * to as_of. 0 when nothing is owed; "#NO SALES IN 90 DAYS" when money is owed but nothing was sold in the window.
 * Pass the tables as whole-column ranges (Customers!A:L …) so Sheets recalculates when the ledger changes;
 * tables left out are read from this spreadsheet's tabs (then Sheets recalculates only when the arguments change).
 * A wrong argument shows a #-text such as "#UNKNOWN CUSTOMER C099" in the cell.
 *
 * @param {string|Array<Array<string>>} customer_ids A customer ID or a column of IDs, e.g. A2:A20.
 * @param {number} [days] The window in days (default 90).
 * @param {Date} [as_of] The date (default: today).
 * @param {Array<Array<string>>} [customers] The Customers table with its header row, e.g. Customers!A:L.
 * @param {Array<Array<string>>} [sales] The Sales table with its header row, e.g. Sales!A:H.
 * @param {Array<Array<string>>} [invoices] The Invoices table with its header row, e.g. Invoices!A:K.
 * @param {Array<Array<string>>} [payments] The Payments table with its header row, e.g. Payments!A:J.
 * @param {Array<Array<string>>} [adjustments] The Adjustments table with its header row, e.g. Adjustments!A:F.
 * @param {Array<Array<string>>} [allocations] The Allocations table with its header row, e.g. Allocations!A:G (manual allocations and holds).
 * @return {number|Array<Array<number>>} Days sales outstanding of each customer.
 * @customfunction
 */
export function DSO(
  customer_ids: unknown,
  days?: unknown,
  as_of?: unknown,
  customers?: unknown,
  sales?: unknown,
  invoices?: unknown,
  payments?: unknown,
  adjustments?: unknown,
  allocations?: unknown,
): number | string | (number | string)[][] {
  return dsoCustom(customer_ids, days, as_of, { customers, sales, invoices, payments, adjustments, allocations });
}

/** Sidebar RPC endpoints (one per handler of rpc.ts's map). */
export const { ledgerSummary, reconciliation, ledgerSettings, statementChoices, customerStatement, userLangChoose, customerCard, customerAdd, saleAdd, paymentAdd, invoiceFromSales, settingsSave, reconcileRun, reconcileView, allocationUndo, allocationAddManual, paymentPreview, allocationRelease, settingsFormValues, setupProposal, setupApply, statementDocumentCreate, statementsForAll, invoiceDocumentsCreate, documentsView, invoiceSend, statementSend, remindersPreview, remindersRunNow, remindersTriggerInstall, remindersTriggerRemove } = rpcEndpoints;
