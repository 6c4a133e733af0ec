// The sidebar's state, its text lookup, and the request runner every section uses.
import type { Lang } from '../src/core/types';
import type { LedgerSettingsView } from '../src/gas/ledger-settings';
import type { LedgerSummary } from '../src/gas/ledger-summary';
import type { ReconciliationView } from '../src/gas/reconciliation-view';
import type { SidebarBoot, SidebarSection } from '../src/gas/sidebar-boot';
import type { StatementChoices, StatementRequest, StatementView } from '../src/gas/statement-view';
import { sidebarMessage, type SidebarMessageCode } from './messages';
import { RpcError, RPC_TRANSPORT } from './rpc';

export interface SidebarState {
  lang: Lang;
  section: SidebarSection;
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
};

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

/** Runs one request with the progress bar shown and its error (if any) rendered in the section. */
export function load<T>(request: () => Promise<T>, done: (value: T) => void): void {
  state.loading = true;
  state.error = null;
  render();
  request()
    .then(done)
    .catch((error: unknown) => {
      state.error = t('status.error', { message: errorText(error) });
    })
    .finally(() => {
      state.loading = false;
      render();
    });
}
