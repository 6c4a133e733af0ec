// The Summary section: customers and open balance per currency, problems found (ledgerSummary RPC).
import type { LedgerSummary } from '../src/gas/ledger-summary';
import { el } from './dom';
import { rpc } from './rpc';
import { reconciliationLoad } from './section-reconcile';
import { load, state, t } from './state';
import { refreshRender, statusRender } from './widgets';

/** How many problems the sidebar lists before "…and N more". */
export const PROBLEMS_SHOWN = 5;

export function summaryLoad(): void {
  load(() => rpc('ledgerSummary'), (summary) => (state.summary = summary));
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

export function summarySectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-summary';
  section.appendChild(el('h2', '', t('summary.title')));
  statusRender(section);
  if (state.summary) section.appendChild(summaryRender(state.summary));
  const actions = el('div', 'actions');
  actions.appendChild(refreshRender('summary-refresh', summaryLoad));
  const perCustomer = el('button', 'secondary', t('summary.perCustomer'));
  perCustomer.id = 'summary-per-customer';
  perCustomer.addEventListener('click', () => {
    state.section = 'reconcile';
    state.notice = null;
    reconciliationLoad();
  });
  actions.appendChild(perCustomer);
  section.appendChild(actions);
  return section;
}
