// The Reconcile section: Reconcile now with its review list (rule, explanation, Undo, manual allocation), then
// each customer with something open — balance, unapplied credit, aging (reconciliation RPC).
import type { ReconciliationRow } from '../src/gas/reconciliation-view';
import { el } from './dom';
import { rpc } from './rpc';
import type { AllocationView } from '../src/gas/allocation-explain';
import type { ReconcileView } from '../src/gas/reconcile-view';
import { formValue, load, save, state, t } from './state';
import { actionRender, inputRender, refreshRender, statusRender } from './widgets';

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
  section.appendChild(actionRender('reconcile-run', t('review.run'), reconcileRunStart));
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
  section.appendChild(reviewRender());
  return section;
}

/** Runs Reconcile now (writes the Allocations tab) and shows what it did; the balances are loaded again. */
export function reconcileRunStart(): void {
  save(() => rpc('reconcileRun'), (view) => {
    state.reconcileRun = view;
    reconciliationLoad();
  });
}

/** After an undo or a manual allocation: the review list from its reply, then the balances again. */
function reviewUpdate(request: () => Promise<ReconcileView>): void {
  save(request, (view) => {
    state.reconcileRun = view;
    reconciliationLoad();
  });
}

function allocationRender(a: AllocationView, undo: boolean): HTMLElement {
  const item = el('li', 'allocation');
  item.dataset.source = a.source;
  item.dataset.rule = a.rule;
  const line = el('div', 'statement-line');
  line.appendChild(el('span', 'line-label', `${a.source} → ${a.invoiceNo}`));
  line.appendChild(el('span', 'amount', a.amount));
  item.appendChild(line);
  item.appendChild(el('div', 'rule', `${a.ruleLabel} · ${a.date}`));
  item.appendChild(el('div', 'muted', a.explanation));
  if (undo) {
    const button = el('button', 'secondary small', t('review.undo'));
    button.type = 'button';
    button.className = 'secondary small undo';
    button.disabled = state.loading;
    button.addEventListener('click', () => reviewUpdate(() => rpc('allocationUndo', a.source)));
    item.appendChild(button);
  }
  return item;
}

function manualFormRender(): HTMLElement {
  const f = 'manual';
  const box = el('details', 'manual');
  box.open = Boolean(formValue(f, 'source'));
  box.appendChild(el('summary', '', t('review.manualTitle')));
  box.appendChild(inputRender(f, 'source', t('review.source'), { placeholder: 'P00001' }));
  box.appendChild(inputRender(f, 'invoiceNo', t('entry.invoiceNo')));
  const row = el('div', 'field-row');
  row.appendChild(inputRender(f, 'amount', t('entry.amount')));
  row.appendChild(inputRender(f, 'date', t('entry.date'), { type: 'date' }));
  box.appendChild(row);
  box.appendChild(
    actionRender('manual-save', t('review.manualSave'), () => {
      const form = state.forms[f] ?? {};
      const request = { source: form.source ?? '', invoiceNo: form.invoiceNo ?? '', amount: form.amount ?? '', date: form.date || undefined };
      reviewUpdate(() => rpc('allocationAddManual', request));
    }),
  );
  return box;
}

/** The review list of the last Reconcile now: new allocations with Undo, holds, all allocations, manual form. */
function reviewRender(): HTMLElement {
  const box = el('div', 'review');
  box.id = 'reconcile-review';
  const run = state.reconcileRun;
  if (run) {
    box.appendChild(el('h3', '', t('review.title')));
    const summary = el('p', 'notice', run.summary.text);
    summary.id = 'review-summary';
    box.appendChild(summary);
    const fresh = el('ol', 'card-list');
    fresh.id = 'review-new';
    for (const a of run.newAllocations) fresh.appendChild(allocationRender(a, true));
    if (run.newAllocations.length === 0) box.appendChild(el('p', 'muted', t('review.noneNew')));
    else box.appendChild(fresh);
    if (run.held.length > 0) {
      box.appendChild(el('h3', '', t('review.held')));
      const held = el('ul', 'card-list');
      for (const h of run.held) held.appendChild(el('li', 'muted', h.explanation));
      box.appendChild(held);
    }
    const all = el('details', 'all-allocations');
    all.appendChild(el('summary', '', t('review.all', { count: run.allocations.length })));
    const list = el('ol', 'card-list');
    list.id = 'review-all';
    for (const a of run.allocations) list.appendChild(allocationRender(a, true));
    all.appendChild(list);
    box.appendChild(all);
    for (const problem of run.summary.problems) box.appendChild(el('p', 'warning', problem));
  }
  box.appendChild(manualFormRender());
  return box;
}
