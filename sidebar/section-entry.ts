// Quick entry: new customer, new sale, record payment (with a live allocation preview), new invoice from sales.
import type { FormDone } from '../src/gas/form-customer';
import { childrenReplace, el } from './dom';
import { rpc } from './rpc';
import { cardLoad, cardRender, customersLoad } from './section-customer';
import { formValue, formValueSet, render, save, state, t, type EntryForm } from './state';
import { actionRender, customerChoices, inputRender, selectRender, statusRender } from './widgets';

/** Milliseconds of quiet typing before the payment preview asks the server. */
export const PREVIEW_DEBOUNCE_MS = 400;

const FORMS: readonly [EntryForm, Parameters<typeof t>[0]][] = [
  ['customer', 'entry.customer'],
  ['sale', 'entry.sale'],
  ['payment', 'entry.payment'],
  ['invoice', 'entry.invoice'],
];

export function entrySectionLoad(): void {
  if (!state.customers) customersLoad();
}

/** After a save: the note, the customer's refreshed card, and the form emptied for the next entry. */
function saved(form: EntryForm, done: FormDone, keep: readonly string[] = []): void {
  state.card = done.card;
  state.cardNotice = done.notice;
  const kept: Record<string, string> = {};
  for (const field of keep) kept[field] = formValue(form, field);
  state.forms[form] = kept;
  if (state.customers && !state.customers.some((c) => c.id === done.card.customerId)) {
    state.customers = [...state.customers, { id: done.card.customerId, name: done.card.name, currency: done.card.currency }];
  }
  // The other forms start at the customer just worked on.
  for (const other of ['sale', 'payment', 'invoice', 'card']) formValueSet(other, 'customerId', done.card.customerId);
  state.invoiceRows = [];
}

function customerFormRender(box: HTMLElement): void {
  const f = 'customer';
  box.appendChild(inputRender(f, 'name', t('entry.name')));
  box.appendChild(inputRender(f, 'id', t('entry.customerId'), { placeholder: t('entry.idAuto') }));
  box.appendChild(inputRender(f, 'contact', t('entry.contact')));
  box.appendChild(inputRender(f, 'email', t('entry.email'), { type: 'email' }));
  box.appendChild(inputRender(f, 'phone', t('entry.phone')));
  box.appendChild(inputRender(f, 'address', t('entry.address')));
  const row = el('div', 'field-row');
  row.appendChild(inputRender(f, 'termsDays', t('entry.terms'), { placeholder: '30' }));
  row.appendChild(inputRender(f, 'creditLimit', t('entry.creditLimit')));
  box.appendChild(row);
  const row2 = el('div', 'field-row');
  row2.appendChild(inputRender(f, 'currency', t('entry.currency'), { placeholder: 'CNY' }));
  row2.appendChild(inputRender(f, 'taxId', t('entry.taxId')));
  box.appendChild(row2);
  box.appendChild(inputRender(f, 'notes', t('entry.notes')));
  box.appendChild(
    actionRender('entry-customer-save', t('entry.customerSave'), () =>
      save(() => rpc('customerAdd', { ...(state.forms[f] ?? {}) }), (done) => saved(f, done)),
    ),
  );
}

function saleFormRender(box: HTMLElement): void {
  const f = 'sale';
  box.appendChild(selectRender(f, 'customerId', t('statement.customer'), customerChoices()));
  box.appendChild(inputRender(f, 'date', t('entry.date'), { type: 'date' }));
  box.appendChild(inputRender(f, 'description', t('entry.description')));
  const row = el('div', 'field-row');
  row.appendChild(inputRender(f, 'quantity', t('entry.quantity'), { placeholder: '1' }));
  row.appendChild(inputRender(f, 'unitPrice', t('entry.unitPrice')));
  row.appendChild(inputRender(f, 'taxRate', t('entry.taxRate'), { placeholder: '13%' }));
  box.appendChild(row);
  box.appendChild(inputRender(f, 'amount', t('entry.amount'), { hint: t('entry.amountHint') }));
  box.appendChild(
    actionRender('entry-sale-save', t('entry.saleSave'), () =>
      save(() => rpc('saleAdd', { ...(state.forms[f] ?? {}) }), (done) => saved(f, done, ['customerId', 'date'])),
    ),
  );
}

// The preview box lives across redraws; only its content changes, so typing never loses focus.
const previewBox = el('div', 'preview');
previewBox.id = 'payment-preview';
previewBox.setAttribute('aria-live', 'polite');
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewSeq = 0;

function previewShow(...children: HTMLElement[]): void {
  childrenReplace(previewBox, el('h3', '', t('entry.previewTitle')), ...children);
}

/** Asks how the payment as typed would be allocated, after PREVIEW_DEBOUNCE_MS of quiet. */
function previewSchedule(): void {
  clearTimeout(previewTimer);
  const f = 'payment';
  const request = {
    customerId: formValue(f, 'customerId'),
    amount: formValue(f, 'amount'),
    date: formValue(f, 'date') || undefined,
    reference: formValue(f, 'reference') || undefined,
    invoiceNo: formValue(f, 'invoiceNo') || undefined,
  };
  if (!request.customerId || !request.amount.trim()) {
    previewShow(el('p', 'muted', t('entry.previewHint')));
    return;
  }
  const seq = ++previewSeq;
  previewShow(el('p', 'muted progress-inline', t('entry.previewing')));
  previewTimer = setTimeout(() => {
    rpc('paymentPreview', request)
      .then((preview) => {
        if (seq !== previewSeq) return;
        const list = el('ul', 'card-list');
        for (const a of preview.allocations) {
          const item = el('li', 'allocation');
          item.dataset.rule = a.rule;
          const line = el('div', 'statement-line');
          line.appendChild(el('span', 'line-label', `${a.invoiceNo} · ${a.ruleLabel}`));
          line.appendChild(el('span', 'amount', a.amount));
          item.appendChild(line);
          item.appendChild(el('div', 'muted', a.explanation));
          list.appendChild(item);
        }
        const parts: HTMLElement[] = [el('div', 'muted', t('entry.previewId', { id: preview.paymentId }))];
        if (preview.allocations.length > 0) parts.push(list);
        else parts.push(el('p', 'muted', t('entry.previewNone')));
        if (preview.unapplied) parts.push(el('p', 'muted', t('entry.previewUnapplied', { amount: preview.unapplied })));
        for (const problem of preview.problems) parts.push(el('p', 'warning', problem));
        previewShow(...parts);
      })
      .catch((error: unknown) => {
        if (seq !== previewSeq) return;
        const message = error instanceof Error ? error.message : String(error);
        const line = el('p', 'error', message);
        line.setAttribute('role', 'alert');
        previewShow(line);
      });
  }, PREVIEW_DEBOUNCE_MS);
}

function paymentFormRender(box: HTMLElement): void {
  const f = 'payment';
  box.appendChild(selectRender(f, 'customerId', t('statement.customer'), customerChoices(), previewSchedule));
  box.appendChild(inputRender(f, 'date', t('entry.date'), { type: 'date', onInput: previewSchedule }));
  box.appendChild(inputRender(f, 'amount', t('entry.amount'), { onInput: previewSchedule }));
  const row = el('div', 'field-row');
  row.appendChild(inputRender(f, 'method', t('entry.method'), { placeholder: t('entry.methodHint') }));
  row.appendChild(inputRender(f, 'reference', t('entry.reference'), { onInput: previewSchedule }));
  box.appendChild(row);
  box.appendChild(inputRender(f, 'invoiceNo', t('entry.invoiceNo'), { placeholder: t('entry.invoiceNoHint'), onInput: previewSchedule }));
  if (!previewBox.firstChild) previewShow(el('p', 'muted', t('entry.previewHint')));
  box.appendChild(previewBox);
  box.appendChild(
    actionRender('entry-payment-save', t('entry.paymentSave'), () =>
      save(() => rpc('paymentAdd', { ...(state.forms[f] ?? {}) }), (done) => {
        saved(f, done, ['customerId']);
        previewShow(el('p', 'muted', t('entry.previewHint')));
      }),
    ),
  );
}

function invoiceFormRender(box: HTMLElement): void {
  const f = 'invoice';
  box.appendChild(
    selectRender(f, 'customerId', t('statement.customer'), customerChoices(), () => {
      state.invoiceRows = [];
      cardLoad(formValue(f, 'customerId'));
    }),
  );
  const customerId = formValue(f, 'customerId');
  const card = state.card && state.card.customerId === customerId ? state.card : null;
  if (!customerId) return;
  if (!card) {
    if (!state.loading) box.appendChild(actionRender('entry-invoice-lines', t('entry.invoiceLines'), () => cardLoad(customerId)));
    return;
  }
  box.appendChild(el('h3', '', t('entry.invoiceTick')));
  if (card.uninvoicedSales.length === 0) box.appendChild(el('p', 'muted', t('card.noUnbilled')));
  const list = el('ul', 'tick-list');
  list.id = 'invoice-lines';
  for (const sale of card.uninvoicedSales) {
    const item = el('li');
    const label = el('label', 'tick');
    const tick = el('input');
    tick.type = 'checkbox';
    tick.value = String(sale.row);
    tick.checked = state.invoiceRows.includes(sale.row);
    tick.addEventListener('change', () => {
      state.invoiceRows = tick.checked ? [...state.invoiceRows, sale.row] : state.invoiceRows.filter((r) => r !== sale.row);
    });
    label.appendChild(tick);
    label.appendChild(el('span', 'line-label', `${sale.date} · ${sale.description || '—'}`));
    label.appendChild(el('span', 'amount', sale.amount));
    item.appendChild(label);
    list.appendChild(item);
  }
  box.appendChild(list);
  if (card.uninvoicedSales.length > 0) {
    box.appendChild(
      actionRender('entry-invoice-save', t('entry.invoiceSave'), () =>
        save(() => rpc('invoiceFromSales', { customerId, saleRows: [...state.invoiceRows] }), (done) => saved(f, done, ['customerId'])),
      ),
    );
  }
}

export function entrySectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-entry';
  section.appendChild(el('h2', '', t('entry.title')));
  const chips = el('div', 'chips');
  for (const [form, code] of FORMS) {
    const chip = el('button', form === state.entryForm ? 'chip active' : 'chip', t(code));
    chip.id = `entry-${form}`;
    chip.type = 'button';
    chip.addEventListener('click', () => {
      state.entryForm = form;
      state.cardNotice = null;
      state.error = null;
      render();
      if (form === 'payment') previewSchedule();
    });
    chips.appendChild(chip);
  }
  section.appendChild(chips);
  const box = el('form', 'entry-form');
  box.id = `form-${state.entryForm}`;
  box.addEventListener('submit', (event) => event.preventDefault());
  if (state.entryForm !== 'customer' && state.customers && state.customers.length === 0) {
    box.appendChild(el('p', 'muted', t('entry.noCustomers')));
  } else if (state.entryForm === 'customer') customerFormRender(box);
  else if (state.entryForm === 'sale') saleFormRender(box);
  else if (state.entryForm === 'payment') paymentFormRender(box);
  else invoiceFormRender(box);
  section.appendChild(box);
  statusRender(section);
  if (state.cardNotice) {
    const notice = el('p', 'notice', state.cardNotice);
    notice.id = 'entry-notice';
    section.appendChild(notice);
  }
  if (state.card && state.cardNotice) section.appendChild(cardRender(state.card));
  return section;
}
