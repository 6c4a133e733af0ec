// The Reconcile section: each customer with something open — balance, unapplied credit, aging (reconciliation RPC).
import type { ReconciliationRow } from '../src/gas/reconciliation-view';
import { el } from './dom';
import { rpc } from './rpc';
import { load, state, t } from './state';
import { refreshRender, statusRender } from './widgets';

export function reconciliationLoad(): void {
  load(() => rpc('reconciliation'), (view) => (state.reconciliation = view));
}

function reconciliationRowRender(row: ReconciliationRow): HTMLElement {
  const item = el('li', 'reconcile-row');
  item.dataset.customer = row.customerId;
  const head = el('div', 'statement-line');
  head.appendChild(el('span', 'reconcile-name', `${row.customerId} · ${row.name}`));
  head.appendChild(el('span', 'amount reconcile-balance', row.balance));
  item.appendChild(head);
  if (row.overLimit) item.appendChild(el('div', 'warning', t('reconcile.overLimit')));
  if (row.unapplied) item.appendChild(el('div', 'muted', t('reconcile.unapplied', { amount: row.unapplied })));
  if (row.buckets.length > 0) {
    item.appendChild(el('div', 'muted', row.buckets.map((b) => `${b.label}: ${b.amount}`).join(' · ')));
  }
  return item;
}

export function reconcileSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-reconcile';
  section.appendChild(el('h2', '', t('reconcile.title')));
  statusRender(section);
  const view = state.reconciliation;
  if (view) {
    section.appendChild(el('div', 'muted', t('summary.asOf', { date: view.asOf })));
    const list = el('ol', 'statement-rows');
    for (const row of view.rows) list.appendChild(reconciliationRowRender(row));
    section.appendChild(list);
    if (view.rows.length === 0) section.appendChild(el('p', '', t('summary.noBalances')));
    if (view.settled > 0) section.appendChild(el('p', 'muted', t('reconcile.settled', { count: view.settled })));
    if (view.problemCount > 0) section.appendChild(el('p', 'warning', t('summary.problems', { count: view.problemCount })));
  }
  section.appendChild(refreshRender('reconcile-refresh', reconciliationLoad));
  return section;
}
