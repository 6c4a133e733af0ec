// The page's state, its text lookup and its requests to the workbench server.
import type { Lang } from '../../../core/types';
import type { WorkbenchReply, WorkbenchState } from '../workbench-state';
import { pageMessage, type PageMessageCode } from './messages';

export interface PageState {
  data: WorkbenchState | null;
  sheetIndex: number;
  selected: { row: number; column: number } | null;
  /** The other corner of a shift-click selection. */
  selectionEnd: { row: number; column: number } | null;
  menuOpen: boolean;
  status: string;
  statusError: boolean;
  sidebarVersion: number;
  sidebarClosed: boolean;
}

export const page: PageState = {
  data: null,
  sheetIndex: 0,
  selected: null,
  selectionEnd: null,
  menuOpen: false,
  status: '',
  statusError: false,
  sidebarVersion: 0,
  sidebarClosed: false,
};

let renderHook: () => void = () => undefined;

/** Sets the function that redraws the page (main.ts's render). */
export function renderSet(redraw: () => void): void {
  renderHook = redraw;
}

/** Redraws the page from `page`. */
export function render(): void {
  renderHook();
}

export function lang(): Lang {
  return page.data?.lang ?? 'en';
}

export function t(code: PageMessageCode, params: Record<string, string | number> = {}): string {
  return pageMessage(code, lang(), params);
}

export async function postJson<T>(url: string, body: unknown): Promise<WorkbenchReply<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as WorkbenchReply<T>;
}

export async function stateLoad(): Promise<void> {
  try {
    const response = await fetch('/api/state');
    page.data = (await response.json()) as WorkbenchState;
    if (page.sheetIndex >= page.data.sheets.length) page.sheetIndex = 0;
  } catch (error) {
    statusSet(t('status.loadFailed', { error: String(error) }), true);
  }
  render();
}

export function statusSet(text: string, isError = false): void {
  page.status = text;
  page.statusError = isError;
  const node = document.getElementById('status');
  if (node) {
    node.textContent = text;
    node.className = isError ? 'status error' : 'status';
  }
}
