// The Mail section: invoices with status, PDF and Sent At (create documents, send, resend on confirmation), a
// customer's statement by mail, the overdue reminders the next run would send and the daily trigger.
import type { DocumentsView } from '../src/gas/mail/documents-view';
import type { InvoiceSendResult } from '../src/gas/mail/invoice-send';
import type { StatementSendResult } from '../src/gas/mail/statement-send';
import type { ReminderTriggerState } from '../src/gas/reminders/reminder-trigger';
import type { RemindersPreview } from '../src/gas/reminders/reminders-preview';
import type { RemindersRunResult } from '../src/gas/reminders/reminders-run';
import { el, fileLink } from './dom';
import { rpc } from './rpc';
import { formValue, formValueSet, load, render, save, t } from './state';
import { actionRender, fieldRender, refreshRender, selectRender, statusRender } from './widgets';

const STATEMENT_FORM = 'mail-statement';

/** This section's own state: the view, ticked invoices and the last results. */
const documents: {
  view: DocumentsView | null;
  ticked: Set<string>;
  sendResult: InvoiceSendResult | null;
  statementResult: StatementSendResult | null;
  preview: RemindersPreview | null;
  runResult: RemindersRunResult | null;
  notice: string | null;
} = { view: null, ticked: new Set(), sendResult: null, statementResult: null, preview: null, runResult: null, notice: null };

/** True once the section has its data (main.ts loads it on first visit only). */
export function documentsLoaded(): boolean {
  return documents.view !== null;
}

/** Loads the invoices list, quota and trigger state. */
export function documentsLoad(): void {
  load(
    () => rpc('documentsView'),
    (view) => {
      documents.view = view;
      const year = view.today.slice(0, 4);
      if (!formValue(STATEMENT_FORM, 'from')) formValueSet(STATEMENT_FORM, 'from', `${year}-01-01`);
      if (!formValue(STATEMENT_FORM, 'to')) formValueSet(STATEMENT_FORM, 'to', view.today);
    },
  );
}

/** Drops server texts in the old language (main.ts calls it on a language change). */
export function documentsForget(): void {
  documents.view = null;
  documents.sendResult = null;
  documents.statementResult = null;
  documents.preview = null;
  documents.runResult = null;
  documents.notice = null;
}

function tickedNos(): string[] {
  return [...documents.ticked];
}

function afterChange<T>(request: () => Promise<T>, done: (value: T) => void): void {
  save(request, (value) => {
    done(value);
    documentsLoad();
  });
}

function invoicesCreate(): void {
  const nos = tickedNos();
  if (nos.length === 0) {
    documents.notice = t('documents.chooseFirst');
    render();
    return;
  }
  afterChange(() => rpc('invoiceDocumentsCreate', nos), (result) => {
    const problems = result.outcomes.filter((o) => o.state === 'problem').map((o) => o.message);
    documents.notice = [result.summary, ...problems].join(' ');
    documents.sendResult = null;
  });
}

function invoicesSend(nos: string[], confirmResend: boolean): void {
  if (nos.length === 0) {
    documents.notice = t('documents.chooseFirst');
    render();
    return;
  }
  afterChange(() => rpc('invoiceSend', nos, { confirmResend }), (result) => {
    documents.sendResult = result;
    documents.notice = result.notice;
  });
}

function statementSendStart(confirmResend: boolean): void {
  const customerId = formValue(STATEMENT_FORM, 'customerId');
  const layout = formValue(STATEMENT_FORM, 'layout') === 'open-item' ? ('open-item' as const) : ('balance-forward' as const);
  const request = { customerId, from: formValue(STATEMENT_FORM, 'from'), to: formValue(STATEMENT_FORM, 'to'), layout, confirmResend };
  afterChange(() => rpc('statementSend', request), (result) => (documents.statementResult = result));
}

function previewLoad(): void {
  load(() => rpc('remindersPreview'), (preview) => (documents.preview = preview));
}

function triggerSet(on: boolean): void {
  save(() => (on ? rpc('remindersTriggerInstall') : rpc('remindersTriggerRemove')), (result: ReminderTriggerState) => {
    documents.notice = result.notice;
    if (documents.view) documents.view = { ...documents.view, triggerInstalled: result.installed };
    if (documents.preview) documents.preview = { ...documents.preview, triggerInstalled: result.installed };
  });
}

function remindersRunNow(): void {
  afterChange(() => rpc('remindersRunNow'), (result) => {
    documents.runResult = result;
    documents.notice = result.notice;
    documents.preview = null;
  });
}

function invoicesTableRender(view: DocumentsView): HTMLElement {
  const table = el('table', 'table documents-invoices');
  table.id = 'documents-invoices';
  const head = el('tr');
  for (const code of ['', 'documents.colInvoice', 'documents.colCustomer', 'documents.colStatus', 'documents.colBalance', 'documents.colSent', 'documents.colDocument'] as const) {
    head.appendChild(el('th', '', code === '' ? '' : t(code)));
  }
  table.appendChild(head);
  for (const invoice of view.invoices) {
    const row = el('tr');
    row.dataset.invoice = invoice.invoiceNo;
    const tick = el('input');
    tick.type = 'checkbox';
    tick.id = `documents-tick-${invoice.invoiceNo}`;
    tick.checked = documents.ticked.has(invoice.invoiceNo);
    tick.setAttribute('aria-label', t('documents.select', { invoiceNo: invoice.invoiceNo }));
    tick.addEventListener('change', () => (tick.checked ? documents.ticked.add(invoice.invoiceNo) : documents.ticked.delete(invoice.invoiceNo)));
    const cell = el('td');
    cell.appendChild(tick);
    row.appendChild(cell);
    for (const text of [invoice.invoiceNo, invoice.customerId, invoice.status, invoice.balance, invoice.sentAt]) {
      row.appendChild(el('td', '', text));
    }
    // The sidebar is narrow: the customer's name shows on hover.
    row.children[2]!.setAttribute('title', invoice.customerName);
    const link = el('td');
    link.appendChild(fileLink(invoice.document, t('documents.open')));
    row.appendChild(link);
    table.appendChild(row);
  }
  return table;
}

function sendResultRender(result: InvoiceSendResult): HTMLElement {
  const box = el('div', 'notice documents-send-result');
  box.id = 'documents-send-result';
  const list = el('ul');
  for (const sent of result.sent) list.appendChild(el('li', 'sent', t('documents.sentTo', { key: sent.key, to: sent.cc ? `${sent.to} (cc ${sent.cc})` : sent.to })));
  for (const notSent of result.notSent) list.appendChild(el('li', 'warning', notSent.message));
  for (const question of result.confirm) list.appendChild(el('li', 'question', question.message));
  box.appendChild(list);
  if (result.confirm.length > 0) {
    const nos = result.confirm.map((q) => q.invoiceNo);
    box.appendChild(actionRender('documents-send-again', t('documents.sendAgain'), () => invoicesSend(nos, true)));
  }
  return box;
}

function statementRender(view: DocumentsView): HTMLElement {
  const box = el('div', 'documents-statement');
  box.appendChild(el('h3', '', t('documents.statementTitle')));
  box.appendChild(selectRender(STATEMENT_FORM, 'customerId', t('statement.customer'), view.customers.map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` }))));
  const dates = el('div', 'field-row');
  for (const key of ['from', 'to'] as const) {
    const input = el('input');
    input.type = 'date';
    input.id = `${STATEMENT_FORM}-${key}`;
    input.value = formValue(STATEMENT_FORM, key);
    input.addEventListener('change', () => formValueSet(STATEMENT_FORM, key, input.value));
    dates.appendChild(fieldRender(t(key === 'from' ? 'statement.from' : 'statement.to'), input));
  }
  box.appendChild(dates);
  box.appendChild(
    selectRender(STATEMENT_FORM, 'layout', t('statement.layout'), [
      { value: 'balance-forward', label: t('statement.layoutBalanceForward') },
      { value: 'open-item', label: t('statement.layoutOpenItem') },
    ]),
  );
  box.appendChild(actionRender('documents-statement-send', t('documents.statementSend'), () => statementSendStart(false)));
  const result = documents.statementResult;
  if (result) {
    const line = el('p', result.sent.length > 0 ? 'notice' : 'warning', result.notice);
    line.id = 'documents-statement-result';
    box.appendChild(line);
    if (result.confirm.length > 0) box.appendChild(actionRender('documents-statement-send-again', t('documents.sendAgain'), () => statementSendStart(true)));
  }
  return box;
}

function previewRender(preview: RemindersPreview): HTMLElement {
  const box = el('div', 'documents-preview');
  box.id = 'documents-reminders-preview';
  if (preview.levels.length > 0) {
    const to = { customer: t('documents.toCustomer'), salesperson: t('documents.toSalesperson'), both: t('documents.toBoth') } as Record<string, string>;
    const levels = preview.levels.map((l) => t('documents.level', { level: l.level, days: l.days, minimum: l.minimum, recipients: to[l.recipients] ?? l.recipients }));
    box.appendChild(el('p', 'muted', t('documents.levels', { levels: levels.join('; ') })));
  }
  if (preview.note) box.appendChild(el('p', 'muted', preview.note));
  for (const problem of preview.problems) box.appendChild(el('p', 'warning', problem));
  if (preview.items.length === 0) box.appendChild(el('p', '', t('documents.previewNone')));
  const list = el('ul', 'reminders');
  for (const item of preview.items) {
    const text = t('documents.previewItem', { invoiceNo: item.invoiceNo, customer: item.customerName || item.customerId, level: item.level, days: item.daysOverdue, balance: item.balance, to: item.to || '—' });
    const li = el('li', item.problem ? 'warning' : '', text);
    if (item.skipped.length > 0) li.appendChild(el('span', 'muted', ` ${t('documents.previewSkipped', { levels: item.skipped.join(', ') })}`));
    if (item.problem) li.appendChild(el('div', 'warning', item.problem));
    else if (item.subject) li.appendChild(el('div', 'muted', item.subject));
    list.appendChild(li);
  }
  box.appendChild(list);
  return box;
}

function remindersRender(view: DocumentsView): HTMLElement {
  const box = el('div', 'documents-reminders');
  box.appendChild(el('h3', '', t('documents.remindersTitle')));
  const installed = documents.preview?.triggerInstalled ?? view.triggerInstalled;
  const trigger = el('p', 'muted', installed ? t('documents.triggerOn', { hour: documents.preview?.hour ?? 8 }) : t('documents.triggerOff'));
  trigger.id = 'documents-trigger-state';
  box.appendChild(trigger);
  const buttons = el('div', 'buttons');
  buttons.appendChild(actionRender('documents-reminders-preview-load', t('documents.remindersPreview'), previewLoad));
  buttons.appendChild(actionRender('documents-reminders-run', t('documents.remindersRun'), remindersRunNow));
  buttons.appendChild(
    installed
      ? actionRender('documents-trigger-remove', t('documents.triggerRemove'), () => triggerSet(false))
      : actionRender('documents-trigger-install', t('documents.triggerInstall'), () => triggerSet(true)),
  );
  box.appendChild(buttons);
  if (documents.preview) box.appendChild(previewRender(documents.preview));
  return box;
}

export function documentsSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-documents';
  section.appendChild(el('h2', '', t('documents.title')));
  const view = documents.view;
  if (view) {
    const quota = el('p', 'muted', t('documents.quota', { left: documents.sendResult?.quotaLeft ?? view.quotaLeft }));
    quota.id = 'documents-quota';
    section.appendChild(quota);
  }
  statusRender(section);
  if (documents.notice) {
    const notice = el('p', 'notice', documents.notice);
    notice.id = 'documents-notice';
    section.appendChild(notice);
  }
  if (documents.sendResult) section.appendChild(sendResultRender(documents.sendResult));
  if (view) {
    section.appendChild(el('h3', '', t('documents.invoices')));
    if (view.invoices.length === 0) section.appendChild(el('p', 'muted', t('documents.none')));
    else {
      if (view.invoiceCount > view.invoices.length) section.appendChild(el('p', 'muted', t('documents.shown', { shown: view.invoices.length, count: view.invoiceCount })));
      const buttons = el('div', 'buttons');
      buttons.appendChild(actionRender('documents-create', t('documents.create'), invoicesCreate));
      buttons.appendChild(actionRender('documents-send', t('documents.send'), () => invoicesSend(tickedNos(), false)));
      section.appendChild(buttons);
      section.appendChild(invoicesTableRender(view));
    }
    if (view.customers.length > 0) section.appendChild(statementRender(view));
    section.appendChild(remindersRender(view));
  }
  section.appendChild(refreshRender('documents-refresh', documentsLoad));
  return section;
}
