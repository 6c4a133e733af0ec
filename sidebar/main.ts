// The sidebar's entry: reads the boot data the server appended, renders the sections, talks through rpc().
import type { Lang } from '../src/core/types';
import type { LedgerSummary } from '../src/gas/ledger-summary';
import type { SidebarBoot, SidebarSection } from '../src/gas/sidebar-boot';
import { byId, childrenReplace, el } from './dom';
import { sidebarMessage, type SidebarMessageCode } from './messages';
import { rpc, RpcError, RPC_TRANSPORT } from './rpc';

const BOOT_ELEMENT_ID = 'ledger-boot';
const PROBLEMS_SHOWN = 5;

interface SidebarState {
  lang: Lang;
  section: SidebarSection;
  notice: SidebarBoot['notice'];
  summary: LedgerSummary | null;
  loading: boolean;
  error: string | null;
}

/** Boot data from the server; a page opened without it (tests, previews) starts in English at the summary. */
function bootRead(): SidebarBoot {
  const node = document.getElementById(BOOT_ELEMENT_ID);
  const fallback: SidebarBoot = {
    lang: /^zh/i.test(navigator.language) ? 'zh-CN' : 'en',
    section: 'summary',
    notice: null,
  };
  if (!node || !node.textContent) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(node.textContent) as Partial<SidebarBoot>) };
  } catch (_) {
    return fallback;
  }
}

const boot = bootRead();
const state: SidebarState = { ...boot, summary: null, loading: false, error: null };

function t(code: SidebarMessageCode, params: Record<string, string | number> = {}): string {
  return sidebarMessage(code, state.lang, params);
}

function errorText(error: unknown): string {
  if (error instanceof RpcError && error.code !== RPC_TRANSPORT) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return t('status.transport', { message });
}

function summaryLoad(): void {
  state.loading = true;
  state.error = null;
  render();
  rpc('ledgerSummary')
    .then((summary) => {
      state.summary = summary;
    })
    .catch((error: unknown) => {
      state.error = t('status.error', { message: errorText(error) });
    })
    .finally(() => {
      state.loading = false;
      render();
    });
}

function langChoose(lang: Lang): void {
  if (lang === state.lang) return;
  state.lang = lang;
  render();
  // Remember the choice on the server (menus, errors follow it); refresh the summary so its problems translate.
  rpc('userLangChoose', lang)
    .then(() => summaryLoad())
    .catch((error: unknown) => {
      state.error = errorText(error);
      render();
    });
}

function summaryRender(summary: LedgerSummary): HTMLElement {
  const box = el('div', 'summary');
  box.appendChild(el('div', 'muted', t('summary.asOf', { date: summary.asOf })));
  const stats = el('dl', 'stats');
  stats.appendChild(el('dt', '', t('summary.customers')));
  stats.appendChild(el('dd', 'figure', String(summary.customers)));
  for (const balance of summary.balances) {
    stats.appendChild(el('dt', '', t('summary.openBalance', { currency: balance.currency })));
    const dd = el('dd', 'figure', balance.text);
    dd.dataset.currency = balance.currency;
    stats.appendChild(dd);
    stats.appendChild(el('dd', 'muted', t('summary.owing', { count: balance.customersOwing })));
  }
  box.appendChild(stats);
  if (summary.balances.length === 0) box.appendChild(el('p', '', t('summary.noBalances')));
  if (summary.tabsMissing.length > 0) {
    box.appendChild(el('p', 'warning', t('summary.tabsMissing', { tabs: summary.tabsMissing.join(', ') })));
  }
  if (summary.problemCount > 0) {
    box.appendChild(el('p', 'warning', t('summary.problems', { count: summary.problemCount })));
    const list = el('ul', 'problems');
    for (const problem of summary.problems.slice(0, PROBLEMS_SHOWN)) list.appendChild(el('li', '', problem));
    box.appendChild(list);
    const more = summary.problemCount - Math.min(PROBLEMS_SHOWN, summary.problems.length);
    if (more > 0) box.appendChild(el('p', 'muted', t('summary.problemsMore', { count: more })));
  }
  return box;
}

function summarySectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-summary';
  section.appendChild(el('h2', '', t('summary.title')));
  if (state.loading) {
    const progress = el('div', 'progress', t('status.loading'));
    progress.setAttribute('role', 'progressbar');
    progress.appendChild(el('div', 'bar'));
    section.appendChild(progress);
  }
  if (state.error) {
    const error = el('p', 'error', state.error);
    error.setAttribute('role', 'alert');
    section.appendChild(error);
  }
  if (state.summary) section.appendChild(summaryRender(state.summary));
  const refresh = el('button', 'action', t('summary.refresh'));
  refresh.id = 'summary-refresh';
  refresh.disabled = state.loading;
  refresh.addEventListener('click', summaryLoad);
  section.appendChild(refresh);
  return section;
}

function helpSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-help';
  section.appendChild(el('h2', '', t('help.title')));
  for (const code of ['help.tabs', 'help.required', 'help.allocation', 'help.balance', 'help.privacy'] as const) {
    section.appendChild(el('p', '', t(code)));
  }
  return section;
}

function tabsRender(): HTMLElement {
  const nav = el('nav', 'tabs');
  for (const [section, code] of [
    ['summary', 'tab.summary'],
    ['help', 'tab.help'],
  ] as const) {
    const button = el('button', section === state.section ? 'tab active' : 'tab', t(code));
    button.id = `tab-${section}`;
    button.addEventListener('click', () => {
      state.section = section;
      render();
      if (section === 'summary' && !state.summary && !state.loading) summaryLoad();
    });
    nav.appendChild(button);
  }
  return nav;
}

function langRender(): HTMLElement {
  const box = el('div', 'lang');
  box.setAttribute('aria-label', t('lang.label'));
  for (const [lang, label] of [
    ['en', 'EN'],
    ['zh-CN', '中文'],
  ] as const) {
    const button = el('button', lang === state.lang ? 'lang-button active' : 'lang-button', label);
    button.id = `lang-${lang}`;
    button.addEventListener('click', () => langChoose(lang));
    box.appendChild(button);
  }
  return box;
}

function render(): void {
  document.documentElement.lang = state.lang;
  const header = el('header', 'header');
  header.appendChild(tabsRender());
  header.appendChild(langRender());
  const parts: HTMLElement[] = [header];
  if (state.notice) {
    const notice = el('p', 'notice', state.notice[state.lang]);
    notice.id = 'notice';
    parts.push(notice);
  }
  parts.push(state.section === 'help' ? helpSectionRender() : summarySectionRender());
  childrenReplace(byId('app'), ...parts);
}

function start(): void {
  render();
  if (state.section === 'summary') summaryLoad();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
