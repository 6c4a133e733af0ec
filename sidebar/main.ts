// The sidebar's entry: reads the boot data the server appended, renders the sections, talks through rpc().
import type { Lang } from '../src/core/types';
import type { LedgerSettingsView } from '../src/gas/ledger-settings';
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
  settings: LedgerSettingsView | null;
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
const state: SidebarState = { ...boot, summary: null, settings: null, loading: false, error: null };

function t(code: SidebarMessageCode, params: Record<string, string | number> = {}): string {
  return sidebarMessage(code, state.lang, params);
}

function errorText(error: unknown): string {
  if (error instanceof RpcError && error.code !== RPC_TRANSPORT) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return t('status.transport', { message });
}

/** Runs one request with the progress bar shown and its error (if any) rendered in the section. */
function load<T>(request: () => Promise<T>, done: (value: T) => void): void {
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

function summaryLoad(): void {
  load(() => rpc('ledgerSummary'), (summary) => (state.summary = summary));
}

function settingsLoad(): void {
  load(() => rpc('ledgerSettings'), (settings) => (state.settings = settings));
}

/** Loads what the current section shows (again, after a language change or a Refresh). */
function sectionLoad(): void {
  if (state.section === 'summary') summaryLoad();
  else if (state.section === 'settings') settingsLoad();
}

function langChoose(lang: Lang): void {
  if (lang === state.lang) return;
  state.lang = lang;
  render();
  // Remember the choice on the server (menus, errors follow it); refresh the summary so its problems translate.
  rpc('userLangChoose', lang)
    .then(() => {
      // Server texts (problems, labels) are in the old language: drop them and load them again.
      state.summary = null;
      state.settings = null;
      sectionLoad();
    })
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

/** The progress bar and the error message of the request the section is waiting for. */
function statusRender(section: HTMLElement): void {
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
}

function refreshRender(id: string, onClick: () => void): HTMLElement {
  const refresh = el('button', 'action', t('summary.refresh'));
  refresh.id = id;
  refresh.disabled = state.loading;
  refresh.addEventListener('click', onClick);
  return refresh;
}

function summarySectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-summary';
  section.appendChild(el('h2', '', t('summary.title')));
  statusRender(section);
  if (state.summary) section.appendChild(summaryRender(state.summary));
  section.appendChild(refreshRender('summary-refresh', summaryLoad));
  return section;
}

function settingsSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-settings';
  section.appendChild(el('h2', '', t('settings.title')));
  statusRender(section);
  const view = state.settings;
  if (view) {
    section.appendChild(
      el('p', 'muted', view.tabFound ? t('settings.where', { tab: view.tabName }) : t('settings.noTab', { tab: view.tabName })),
    );
    const list = el('dl', 'stats settings');
    for (const row of view.rows) {
      list.appendChild(el('dt', '', row.label));
      list.appendChild(el('dd', '', row.value || '—'));
    }
    section.appendChild(list);
    if (view.problems.length > 0) {
      section.appendChild(el('p', 'warning', t('summary.problems', { count: view.problems.length })));
      const problems = el('ul', 'problems');
      for (const problem of view.problems.slice(0, PROBLEMS_SHOWN)) problems.appendChild(el('li', '', problem));
      section.appendChild(problems);
    }
  }
  section.appendChild(refreshRender('settings-refresh', settingsLoad));
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
    ['settings', 'tab.settings'],
    ['help', 'tab.help'],
  ] as const) {
    const button = el('button', section === state.section ? 'tab active' : 'tab', t(code));
    button.id = `tab-${section}`;
    button.addEventListener('click', () => {
      state.section = section;
      render();
      const loaded = section === 'summary' ? state.summary : section === 'settings' ? state.settings : true;
      if (!loaded && !state.loading) sectionLoad();
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
  const sections = { summary: summarySectionRender, settings: settingsSectionRender, help: helpSectionRender };
  parts.push(sections[state.section]());
  childrenReplace(byId('app'), ...parts);
}

function start(): void {
  render();
  sectionLoad();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
