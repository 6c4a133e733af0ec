// The one typed map of server functions the sidebar may call, and the wrapper that turns errors into replies.
//
// To add an endpoint: add a handler to `rpcHandlers` (plain JSON in, plain JSON out) and export it by name
// from main.ts (`export const { ..., newName } = rpcEndpoints;`). The sidebar's `rpc('newName', ...)` is
// then typed from this map; a test checks every handler is exported as a top-level function.
import type { Lang } from '../core/types';
import { GasError } from './gas-error';
import { gasMessage } from './messages';
import { ledgerSettingsRead, type LedgerSettingsView } from './ledger-settings';
import { ledgerSummaryRead, type LedgerSummary } from './ledger-summary';
import { reconciliationRead, type ReconciliationView } from './reconciliation-view';
import { statementChoicesRead, statementViewRead, type StatementChoices, type StatementRequest, type StatementView } from './statement-view';
import { statementDocumentCreate, type StatementDocumentCreated } from './statements/statement-documents';
import { statementsForAll, STATEMENTS_BUDGET_MS, type StatementsForAllRequest, type StatementsRunResult } from './statements/statements-all';
import { isLang, userLang, userLangSet } from './user-lang';
import { customerCardRead, type CustomerCardView } from './customer-card';
import { customerAdd, type CustomerForm, type FormDone } from './form-customer';
import { invoiceFromSales, type InvoiceRequest } from './form-invoice';
import { paymentAdd, type PaymentForm } from './form-payment';
import { saleAdd, type SaleForm } from './form-sale';
import { settingsFormRead, settingsSave, type SettingsForm, type SettingsSaved } from './settings-save';
import { allocationAddManual, allocationRelease, allocationUndo, type ManualAllocationRequest } from './allocation-actions';
import { paymentPreviewRead, type PaymentPreviewRequest, type PaymentPreviewView } from './allocation-preview';
import { reconcileRun, reconcileViewRead } from './reconcile-run';
import type { ReconcileView } from './reconcile-view';
import { setupConfirmedApply, setupProposalRead } from './ledger-setup';
import { invoiceDocumentsCreate, type InvoiceDocumentsResult } from './documents/invoice-documents';
import { documentsViewRead, type DocumentsView } from './mail/documents-view';
import { invoiceSend, type InvoiceSendOptions, type InvoiceSendResult } from './mail/invoice-send';
import { statementSend, type StatementSendRequest, type StatementSendResult } from './mail/statement-send';
import { reminderTriggerInstall, reminderTriggerRemove, type ReminderTriggerState } from './reminders/reminder-trigger';
import { remindersPreview, type RemindersPreview } from './reminders/reminders-preview';
import { remindersRun, type RemindersRunResult } from './reminders/reminders-run';
import type { SetupConfirmed } from './setup-apply';
import type { SetupProposal } from './setup-proposal';

export const rpcHandlers = {
  /** The open balances per currency and the size of the book, computed by the engine from the tabs. */
  ledgerSummary: (): LedgerSummary => ledgerSummaryRead(userLang()),
  /** Every customer with something open: balance, unapplied credit, aging buckets. */
  reconciliation: (): ReconciliationView => reconciliationRead(userLang()),
  /** The settings in force: the Settings tab over the defaults. */
  ledgerSettings: (): LedgerSettingsView => ledgerSettingsRead(userLang()),
  /** The customers a statement can be made for, and the default period. */
  statementChoices: (): StatementChoices => statementChoicesRead(userLang()),
  /** One customer's statement for a period, formatted for display. */
  customerStatement: (request: StatementRequest): StatementView => statementViewRead(request, userLang()),
  /** Makes one customer's statement: numbered Google Doc + PDF in the documents folder, the Statement tab, the Audit Log. */
  statementDocumentCreate: (request: StatementRequest): StatementDocumentCreated => statementDocumentCreate(request, userLang()),
  /**
   * Statements (Doc + PDF) for every customer with a balance or documents in the period; stops before the time limit
   * and continues where it stopped on the next call with the same request. budgetMs (tests) can only shorten the run.
   */
  statementsForAll: (request: StatementsForAllRequest & { readonly budgetMs?: number }): StatementsRunResult => {
    const budget = typeof request?.budgetMs === 'number' && request.budgetMs >= 0 ? Math.min(request.budgetMs, STATEMENTS_BUDGET_MS) : STATEMENTS_BUDGET_MS;
    return statementsForAll(request, userLang(), budget);
  },
  /** One customer's card: balance, aging, open invoices, unbilled sales, last payments, credit limit. */
  customerCard: (customerId: string): CustomerCardView => customerCardRead(customerId, userLang()),
  /** Adds a customer (next C### when the ID is blank); returns its card. */
  customerAdd: (form: CustomerForm): FormDone => customerAdd(form, userLang()),
  /** Records a sales line (amount given, or quantity × unit price × (1 + tax)); returns the customer's card. */
  saleAdd: (form: SaleForm): FormDone => saleAdd(form, userLang()),
  /** Records a payment (its P-number assigned under the lock); returns the customer's card. */
  paymentAdd: (form: PaymentForm): FormDone => paymentAdd(form, userLang()),
  /** Bills the given unbilled Sales rows of one customer on the next invoice number; returns the card. */
  invoiceFromSales: (request: InvoiceRequest): FormDone => invoiceFromSales(request, userLang()),
  /** Writes the Settings tab from the settings form; returns the settings in force. */
  settingsSave: (form: SettingsForm): SettingsSaved => settingsSave(form, userLang()),
  /** The settings in force as the settings form's fields. */
  settingsFormValues: (): Required<SettingsForm> => settingsFormRead(userLang()),
  /**
   * Reconcile now: writes the engine's allocations to the Allocations tab (manual rows kept) under the
   * document lock; returns every allocation explained, the new ones, the holds and a summary.
   */
  reconcileRun: (): ReconcileView => reconcileRun(userLang()),
  /** The same view without writing; newAllocations = those of the last run (kept 10 minutes). */
  reconcileView: (): ReconcileView => reconcileViewRead(userLang()),
  /** 反核销: undoes a payment's (or credit's) allocations and holds it unapplied; returns the refreshed view. */
  allocationUndo: (source: string): ReconcileView => allocationUndo(String(source ?? ''), userLang()),
  /** Releases a held source: the automatic rules apply it again; returns the refreshed view. */
  allocationRelease: (source: string): ReconcileView => allocationRelease(String(source ?? ''), userLang()),
  /** Adds a checked manual allocation (errors: unknown source/invoice, over-allocation…); returns the refreshed view. */
  allocationAddManual: (request: ManualAllocationRequest): ReconcileView => allocationAddManual(request ?? { source: '', invoiceNo: '', amount: '' }, userLang()),
  /** How a payment being typed would be allocated (nothing written). */
  paymentPreview: (request: PaymentPreviewRequest): PaymentPreviewView => paymentPreviewRead(request ?? { customerId: '', amount: '' }, userLang()),
  /** Remembers the user's language; returns the language now in force. */
  userLangChoose: (lang: Lang): { lang: Lang } => {
    if (!isLang(lang)) throw new GasError('error.languageUnknown', { lang: String(lang) });
    userLangSet(lang);
    return { lang };
  },
  /** What Set up would do: each tab's sheet and column mapping, and the columns it would add. */
  setupProposal: (): SetupProposal => setupProposalRead(userLang()),
  /** Applies the mapping the user confirmed (adds only missing tabs and columns); returns the new proposal. */
  setupApply: (confirmed: SetupConfirmed): SetupProposal => setupConfirmedApply(confirmed, userLang()),
  /**
   * Invoice documents (Doc + PDF from the template) for the given invoice numbers: per invoice created, existing
   * (its Document link) or a problem; links go into the Invoices tab, Draft becomes Issued.
   */
  invoiceDocumentsCreate: (invoiceNos: readonly string[]): InvoiceDocumentsResult => invoiceDocumentsCreate(invoiceNos, userLang()),
  /** The Mail section: newest invoices with status, PDF link and Sent At; customers; mail quota; trigger state. */
  documentsView: (): DocumentsView => documentsViewRead(userLang()),
  /**
   * Mails invoices with their PDF to the customers (CC salesperson, reply-to Company Email) as far as the daily
   * quota goes; reports each one not sent and why; invoices already sent wait for `confirmResend: true`.
   */
  invoiceSend: (invoiceNos: readonly string[], options?: InvoiceSendOptions): InvoiceSendResult => invoiceSend(Array.isArray(invoiceNos) ? invoiceNos : [], options ?? {}, userLang()),
  /** Mails one customer's statement PDF for a period (made, or reused when nothing changed). */
  statementSend: (request: StatementSendRequest): StatementSendResult => statementSend(request ?? { customerId: '', from: '', to: '', layout: 'balance-forward' }, userLang()),
  /** What the next reminder run would send today (nothing written). */
  remindersPreview: (): RemindersPreview => remindersPreview(userLang()),
  /** Runs the overdue reminders now, as the daily trigger does. */
  remindersRunNow: (): RemindersRunResult => remindersRun(userLang()),
  /** Turns the daily reminders trigger on (one trigger, whatever the number of calls). */
  remindersTriggerInstall: (): ReminderTriggerState => reminderTriggerInstall(userLang()),
  /** Turns the daily reminders trigger off. */
  remindersTriggerRemove: (): ReminderTriggerState => reminderTriggerRemove(userLang()),
};

export type RpcHandlers = typeof rpcHandlers;
export type RpcName = keyof RpcHandlers;

/** What every endpoint returns: its data, or an error already in the user's language. */
export type RpcReply<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** The top-level functions main.ts exports: each handler wrapped so that it never throws to the client. */
export type RpcEndpoints = {
  readonly [N in RpcName]: (...args: Parameters<RpcHandlers[N]>) => RpcReply<ReturnType<RpcHandlers[N]>>;
};

/** Turns anything thrown into a reply the sidebar can show as it is. */
export function rpcErrorReply(error: unknown, lang: Lang): { ok: false; code: string; message: string } {
  if (error instanceof GasError) return { ok: false, code: error.code, message: error.messageIn(lang) };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'error.internal', message: gasMessage('error.internal', lang, { detail }) };
}

/** Runs handler `name` with `args`; JSON round trip so only plain data ever reaches google.script.run. */
export function rpcCall<N extends RpcName>(name: N, args: readonly unknown[]): RpcReply<ReturnType<RpcHandlers[N]>> {
  try {
    const handler = rpcHandlers[name] as (...a: readonly unknown[]) => ReturnType<RpcHandlers[N]>;
    if (typeof handler !== 'function') throw new GasError('error.rpcUnknown', { name: String(name) });
    const data = handler(...args);
    return { ok: true, data: JSON.parse(JSON.stringify(data ?? null)) as ReturnType<RpcHandlers[N]> };
  } catch (error) {
    return rpcErrorReply(error, userLang());
  }
}

function rpcEndpointsMake(): RpcEndpoints {
  const endpoints: Record<string, (...args: unknown[]) => unknown> = {};
  for (const name of Object.keys(rpcHandlers) as RpcName[]) {
    endpoints[name] = (...args: unknown[]) => rpcCall(name, args);
  }
  return endpoints as unknown as RpcEndpoints;
}

export const rpcEndpoints: RpcEndpoints = rpcEndpointsMake();
