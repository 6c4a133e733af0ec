// The sidebar's entry: reads the boot data the server appended, renders the sections, talks through rpc().
import type { Lang } from '../src/core/types';
import type { LedgerSettingsView } from '../src/gas/ledger-settings';
import type { LedgerSummary } from '../src/gas/ledger-summary';
import type { StatementChoices, StatementRequest, StatementView } from '../src/gas/statement-view';
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
  statementChoices: StatementChoices | null;
  statementForm: StatementRequest | null;
  statement: StatementView | null;
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

// The boot element comes after this script (HtmlOutput.append puts it at the end): read it in start().
const state: SidebarState = {
  lang: 'en',
  section: 'summary',
  notice: null,
  summary: null,
  settings: null,
  statementChoices: null,
  statementForm: null,
  statement: null,
  loading: false,
  error: null,
};

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

function statementChoicesLoad(): void {
  load(
    () => rpc('statementChoices'),
    (choices) => {
      state.statementChoices = choices;
      const first = choices.customers[0];
      state.statementForm ??= first
        ? { customerId: first.id, from: choices.from, to: choices.to, layout: 'balance-forward' }
        : null;
    },
  );
}

function statementLoad(): void {
  const form = state.statementForm;
  if (!form) return;
  load(() => rpc('customerStatement', form), (statement) => (state.statement = statement));
}

/** Loads what the current section shows (again, after a language change or a Refresh). */
function sectionLoad(): void {
  if (state.section === 'summary') summaryLoad();
  else if (state.section === 'settings') settingsLoad();
  else if (state.section === 'statement') {
    if (state.statementChoices && state.statementForm) statementLoad();
    else statementChoicesLoad();
  }
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
      state.statement = null;
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

function fieldRender(label: string, control: HTMLElement): HTMLElement {
  const wrap = el('label', 'field');
  wrap.appendChild(el('span', 'field-label', label));
  wrap.appendChild(control);
  return wrap;
}

function statementFormRender(choices: StatementChoices, form: StatementRequest): HTMLElement {
  const box = el('div', 'statement-form');
  const update = (patch: Partial<StatementRequest>) => {
    state.statementForm = { ...(state.statementForm ?? form), ...patch };
  };
  const customer = el('select');
  customer.id = 'statement-customer';
  for (const c of choices.customers) {
    const option = el('option', '', `${c.id} · ${c.name}`);
    option.value = c.id;
    option.selected = c.id === form.customerId;
    customer.appendChild(option);
  }
  customer.addEventListener('change', () => update({ customerId: customer.value }));
  box.appendChild(fieldRender(t('statement.customer'), customer));
  const dates = el('div', 'field-row');
  for (const key of ['from', 'to'] as const) {
    const input = el('input');
    input.type = 'date';
    input.id = `statement-${key}`;
    input.value = form[key];
    input.addEventListener('change', () => update({ [key]: input.value }));
    dates.appendChild(fieldRender(t(key === 'from' ? 'statement.from' : 'statement.to'), input));
  }
  box.appendChild(dates);
  const layout = el('select');
  layout.id = 'statement-layout';
  for (const [value, code] of [
    ['balance-forward', 'statement.layoutBalanceForward'],
    ['open-item', 'statement.layoutOpenItem'],
  ] as const) {
    const option = el('option', '', t(code));
    option.value = value;
    option.selected = value === form.layout;
    layout.appendChild(option);
  }
  layout.addEventListener('change', () => update({ layout: layout.value === 'open-item' ? 'open-item' : 'balance-forward' }));
  box.appendChild(fieldRender(t('statement.layout'), layout));
  const show = el('button', 'action', t('statement.show'));
  show.id = 'statement-show';
  show.disabled = state.loading;
  show.addEventListener('click', statementLoad);
  box.appendChild(show);
  return box;
}

function statementRender(view: StatementView): HTMLElement {
  const box = el('div', 'statement');
  box.id = 'statement-result';
  box.appendChild(el('h3', '', `${view.customerName} (${view.customerId})`));
  box.appendChild(el('div', 'muted', t('statement.period', { from: view.from, to: view.to, currency: view.currency })));
  const line = (label: string, amount: string, className = 'statement-line') => {
    const row = el('div', className);
    row.appendChild(el('span', '', label));
    row.appendChild(el('span', 'amount', amount));
    return row;
  };
  box.appendChild(line(t('statement.opening'), view.opening));
  const list = el('ol', 'statement-rows');
  for (const row of view.rows) {
    const item = el('li');
    item.appendChild(el('div', 'muted', `${row.date} · ${row.kind} ${row.documentNo}`));
    if (row.description) item.appendChild(el('div', 'description', row.description));
    const amounts = el('div', 'statement-line');
    amounts.appendChild(el('span', 'amount', row.debit ? `+${row.debit}` : `−${row.credit}`));
    amounts.appendChild(el('span', 'amount balance', row.balance));
    item.appendChild(amounts);
    list.appendChild(item);
  }
  box.appendChild(list);
  if (view.rows.length === 0) box.appendChild(el('p', 'muted', t('statement.noRows')));
  box.appendChild(line(t('statement.totals'), `+${view.totalDebit} / −${view.totalCredit}`));
  box.appendChild(line(t('statement.closing'), view.closing, 'statement-line closing'));
  box.appendChild(el('div', 'muted', `${t('statement.inWords')}: ${view.closingInWords}`));
  return box;
}

function statementSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-statement';
  section.appendChild(el('h2', '', t('statement.title')));
  statusRender(section);
  const choices = state.statementChoices;
  if (choices && choices.customers.length === 0) section.appendChild(el('p', '', t('statement.noCustomers')));
  if (choices && state.statementForm) section.appendChild(statementFormRender(choices, state.statementForm));
  if (state.statement) section.appendChild(statementRender(state.statement));
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
    ['statement', 'tab.statement'],
    ['settings', 'tab.settings'],
    ['help', 'tab.help'],
  ] as const) {
    const button = el('button', section === state.section ? 'tab active' : 'tab', t(code));
    button.id = `tab-${section}`;
    button.addEventListener('click', () => {
      state.section = section;
      render();
      const loaded = { summary: state.summary, statement: state.statementChoices, settings: state.settings, help: true }[section];
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
  header.appendChild(langRender());
  header.appendChild(tabsRender());
  const parts: HTMLElement[] = [header];
  if (state.notice) {
    const notice = el('p', 'notice', state.notice[state.lang]);
    notice.id = 'notice';
    parts.push(notice);
  }
  const sections = {
    summary: summarySectionRender,
    statement: statementSectionRender,
    settings: settingsSectionRender,
    help: helpSectionRender,
  };
  parts.push(sections[state.section]());
  childrenReplace(byId('app'), ...parts);
}

function start(): void {
  Object.assign(state, bootRead());
  render();
  sectionLoad();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
