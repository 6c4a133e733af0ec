// The sidebar's state, its text lookup, and the request runner every section uses.
import type { Lang } from '../src/core/types';
import type { LedgerSettingsView } from '../src/gas/ledger-settings';
import type { LedgerSummary } from '../src/gas/ledger-summary';
import type { ReconciliationView } from '../src/gas/reconciliation-view';
import type { SidebarBoot, SidebarSection } from '../src/gas/sidebar-boot';
import type { StatementChoices, StatementRequest, StatementView } from '../src/gas/statement-view';
import type { CustomerCardView } from '../src/gas/customer-card';
import type { SetupProposal } from '../src/gas/setup-proposal';
import type { ReconcileView } from '../src/gas/reconcile-view';
import { sidebarMessage, type SidebarMessageCode } from './messages';
import { RpcError, RPC_TRANSPORT } from './rpc';

/** The sections the server can open at, and the ones only the sidebar's tabs reach. */
export type SidebarView = SidebarSection | 'entry' | 'customer' | 'setup' | 'documents';

/** Which quick-entry form the Entry section shows. */
export type EntryForm = 'customer' | 'sale' | 'payment' | 'invoice';

export interface SidebarState {
  lang: Lang;
  section: SidebarView;
  notice: SidebarBoot['notice'];
  noticeKind: SidebarBoot['noticeKind'];
  summary: LedgerSummary | null;
  reconciliation: ReconciliationView | null;
  settings: LedgerSettingsView | null;
  statementChoices: StatementChoices | null;
  statementForm: StatementRequest | null;
  statement: StatementView | null;
  loading: boolean;
  error: string | null;
  /** Customers for the dropdowns (the statementChoices reply). */
  customers: StatementChoices['customers'] | null;
  entryForm: EntryForm;
  /** What the user typed in each form, by form and field: kept across redraws. */
  forms: Record<string, Record<string, string>>;
  /** The customer card last shown or returned by a form, and the form's note on what it did. */
  card: CustomerCardView | null;
  cardNotice: string | null;
  /** Sales rows ticked in the New invoice form. */
  invoiceRows: number[];
  reconcileRun: ReconcileView | null;
  setup: SetupProposal | null;
  /** The user's choice of column per tab and key in the setup wizard (null = not present). */
  setupChoice: Record<string, Record<string, number | null>>;
  setupDone: string | null;
  /** "Settings saved." after the settings form. */
  settingsNotice: string | null;
}

// The boot element comes after the script (HtmlOutput.append puts it at the end): main.ts reads it at start.
export const state: SidebarState = {
  lang: 'en',
  section: 'summary',
  notice: null,
  noticeKind: 'info',
  summary: null,
  reconciliation: null,
  settings: null,
  statementChoices: null,
  statementForm: null,
  statement: null,
  loading: false,
  error: null,
  customers: null,
  entryForm: 'customer',
  forms: {},
  card: null,
  cardNotice: null,
  invoiceRows: [],
  reconcileRun: null,
  setup: null,
  setupChoice: {},
  setupDone: null,
  settingsNotice: null,
};

/** The text typed in field `field` of form `form` ('' when none). */
export function formValue(form: string, field: string): string {
  return state.forms[form]?.[field] ?? '';
}

/** Remembers what was typed (no redraw: the input already shows it). */
export function formValueSet(form: string, field: string, value: string): void {
  state.forms[form] = { ...(state.forms[form] ?? {}), [field]: value };
}

let renderHook: () => void = () => undefined;

/** Sets the function that redraws the sidebar (main.ts's render). */
export function renderSet(redraw: () => void): void {
  renderHook = redraw;
}

/** Redraws the sidebar from `state`. */
export function render(): void {
  renderHook();
}

export function t(code: SidebarMessageCode, params: Record<string, string | number> = {}): string {
  return sidebarMessage(code, state.lang, params);
}

export function errorText(error: unknown): string {
  if (error instanceof RpcError && error.code !== RPC_TRANSPORT) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return t('status.transport', { message });
}

/** Runs `request` with the progress bar shown; an error is rendered in the section as `errorCode` says. */
function requestRun<T>(request: () => Promise<T>, done: (value: T) => void, errorCode: 'status.error' | 'status.saveError'): void {
  state.loading = true;
  state.error = null;
  render();
  request()
    .then(done)
    .catch((error: unknown) => {
      state.error = t(errorCode, { message: errorText(error) });
    })
    .finally(() => {
      state.loading = false;
      render();
    });
}

/** Runs one request with the progress bar shown and its error (if any) rendered in the section. */
export function load<T>(request: () => Promise<T>, done: (value: T) => void): void {
  requestRun(request, done, 'status.error');
}

/** Runs one change (a form's save, an undo) with progress shown; its error is shown as "Not saved: …". */
export function save<T>(request: () => Promise<T>, done: (value: T) => void): void {
  requestRun(request, done, 'status.saveError');
}
