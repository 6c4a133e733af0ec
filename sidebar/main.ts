// The sidebar's entry: reads the boot data the server appended, draws the tabs and the current section.
import type { Lang } from '../src/core/types';
import type { SidebarBoot } from '../src/gas/sidebar-boot';
import { byId, childrenReplace, el } from './dom';
import { rpc } from './rpc';
import { documentsForget, documentsLoad, documentsLoaded, documentsSectionRender } from './section-documents';
import { helpSectionRender } from './section-help';
import { reconcileSectionRender, reconciliationLoad } from './section-reconcile';
import { settingsLoad, settingsSectionRender } from './section-settings';
import { statementChoicesLoad, statementLoad, statementSectionRender } from './section-statement';
import { summaryLoad, summarySectionRender } from './section-summary';
import { customerSectionLoad, customerSectionRender } from './section-customer';
import { entrySectionLoad, entrySectionRender } from './section-entry';
import { setupLoad, setupSectionRender } from './section-setup';
import { errorText, renderSet, state, t } from './state';

const BOOT_ELEMENT_ID = 'ledger-boot';

/** Boot data from the server; a page opened without it (tests, previews) starts in English at the summary. */
function bootRead(): SidebarBoot {
  const node = document.getElementById(BOOT_ELEMENT_ID);
  const fallback: SidebarBoot = {
    lang: /^zh/i.test(navigator.language) ? 'zh-CN' : 'en',
    section: 'summary',
    notice: null,
    noticeKind: 'info',
  };
  if (!node || !node.textContent) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(node.textContent) as Partial<SidebarBoot>) };
  } catch (_) {
    return fallback;
  }
}

/**
 * The review list of the last Reconcile now, when this sidebar has none yet (the menu item reconciles on the
 * server, then opens this section): new allocations with their rules and explanations, holds.
 */
function reconcileReviewLoad(): void {
  if (state.reconcileRun) return;
  rpc('reconcileView')
    .then((view) => {
      if (state.reconcileRun) return;
      state.reconcileRun = view;
      render();
    })
    .catch(() => undefined); // The balances above report errors; the review list simply stays empty.
}

/** Loads what the current section shows (again, after a language change or a Refresh). */
function sectionLoad(): void {
  if (state.section === 'summary') summaryLoad();
  else if (state.section === 'reconcile') {
    reconciliationLoad();
    reconcileReviewLoad();
  }
  else if (state.section === 'settings') settingsLoad();
  else if (state.section === 'entry') entrySectionLoad();
  else if (state.section === 'customer') customerSectionLoad();
  else if (state.section === 'setup') setupLoad();
  else if (state.section === 'documents') documentsLoad();
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
      state.reconciliation = null;
      state.settings = null;
      state.statement = null;
      state.customers = null;
      state.card = null;
      state.cardNotice = null;
      state.reconcileRun = null;
      state.setup = null;
      documentsForget();
      sectionLoad();
    })
    .catch((error: unknown) => {
      state.error = errorText(error);
      render();
    });
}

function tabsRender(): HTMLElement {
  const nav = el('nav', 'tabs');
  for (const [section, code] of [
    ['summary', 'tab.summary'],
    ['entry', 'tab.entry'],
    ['customer', 'tab.customer'],
    ['reconcile', 'tab.reconcile'],
    ['statement', 'tab.statement'],
    ['documents', 'tab.documents'],
    ['setup', 'tab.setup'],
    ['settings', 'tab.settings'],
    ['help', 'tab.help'],
  ] as const) {
    const current = state.section;
    const button = el('button', section === current ? 'tab active' : 'tab', t(code));
    button.id = `tab-${section}`;
    button.addEventListener('click', () => {
      state.section = section;
      state.notice = null;
      render();
      const loaded = {
        summary: state.summary,
        statement: state.statementChoices,
        settings: state.settings,
        help: true,
        entry: state.customers,
        customer: state.customers,
        reconcile: state.reconciliation,
        setup: state.setup,
        documents: documentsLoaded() ? true : null,
      }[section];
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
    const notice = el('p', state.noticeKind === 'error' ? 'notice notice-error' : 'notice', state.notice[state.lang]);
    notice.id = 'notice';
    if (state.noticeKind === 'error') notice.setAttribute('role', 'alert');
    parts.push(notice);
  }
  const sections = {
    summary: summarySectionRender,
    reconcile: reconcileSectionRender,
    statement: statementSectionRender,
    settings: settingsSectionRender,
    help: helpSectionRender,
    entry: entrySectionRender,
    customer: customerSectionRender,
    setup: setupSectionRender,
    documents: documentsSectionRender,
  };
  parts.push(sections[state.section]());
  // Redrawing replaces every node: give the focus back to the field the user was typing in.
  const focused = document.activeElement instanceof HTMLElement && document.activeElement.id ? document.activeElement.id : null;
  childrenReplace(byId('app'), ...parts);
  const again = focused ? document.getElementById(focused) : null;
  if (again && again !== document.activeElement) again.focus();
}

function start(): void {
  Object.assign(state, bootRead());
  render();
  sectionLoad();
}

renderSet(render);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
