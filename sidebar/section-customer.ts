// The Customer section: pick a customer and see the card — balance, aging, open invoices, unbilled sales, payments.
import type { CustomerCardView } from '../src/gas/customer-card';
import { el } from './dom';
import { rpc } from './rpc';
import { formValue, load, render, state, t } from './state';
import { customerChoices, pairsRender, refreshRender, selectRender, statusRender } from './widgets';

/** Loads the customers for the dropdowns (once per language), then runs `then`. */
export function customersLoad(then: () => void = () => undefined): void {
  load(() => rpc('statementChoices'), (choices) => {
    state.customers = choices.customers;
    then();
  });
}

/** Loads the card of `customerId` into state.card. */
export function cardLoad(customerId: string): void {
  if (!customerId) {
    state.card = null;
    render();
    return;
  }
  load(() => rpc('customerCard', customerId), (card) => {
    state.card = card;
    state.cardNotice = null;
  });
}

/** What the section loads when it is opened. */
export function customerSectionLoad(): void {
  customersLoad(() => {
    const chosen = formValue('card', 'customerId');
    if (chosen) cardLoad(chosen);
  });
}

function listRender(title: string, rows: readonly HTMLElement[], empty: string, className: string): HTMLElement {
  const box = el('div', `card-part ${className}`);
  box.appendChild(el('h3', '', title));
  if (rows.length === 0) box.appendChild(el('p', 'muted', empty));
  const list = el('ul', 'card-list');
  for (const row of rows) list.appendChild(row);
  if (rows.length > 0) box.appendChild(list);
  return box;
}

function lineRender(left: string, right: string, detail: string): HTMLElement {
  const item = el('li');
  const line = el('div', 'statement-line');
  line.appendChild(el('span', 'line-label', left));
  line.appendChild(el('span', 'amount', right));
  item.appendChild(line);
  if (detail) item.appendChild(el('div', 'muted', detail));
  return item;
}

/** The card of one customer (also shown under the entry forms after a save). */
export function cardRender(card: CustomerCardView): HTMLElement {
  const box = el('div', 'card');
  box.id = 'customer-card';
  box.dataset.customer = card.customerId;
  const name = el('h3', 'card-name', card.name);
  name.id = 'card-name';
  box.appendChild(name);
  box.appendChild(el('div', 'muted', `${card.customerId} · ${card.currency} · ${t('card.asOf', { date: card.asOf })}`));
  const balance = el('div', 'figure', card.balance);
  balance.id = 'card-balance';
  box.appendChild(el('div', 'field-label', t('card.balance')));
  box.appendChild(balance);
  if (card.overLimit) box.appendChild(el('p', 'warning', t('reconcile.overLimit')));
  const pairs: [string, string][] = [];
  if (card.unapplied) pairs.push([t('card.unapplied'), card.unapplied]);
  if (card.creditLimit) pairs.push([t('card.creditLimit'), `${card.creditLimit} (${t('card.available', { amount: card.available })})`]);
  pairs.push([t('card.terms'), t('card.termsDays', { days: card.termsDays })]);
  box.appendChild(pairsRender(pairs));
  const aging = el('div', 'card-part');
  aging.appendChild(el('h3', '', t('card.aging')));
  const buckets = el('dl', 'aging');
  buckets.id = 'card-aging';
  for (const bucket of card.buckets) {
    buckets.appendChild(el('dt', '', bucket.label));
    buckets.appendChild(el('dd', 'amount', bucket.amount));
  }
  aging.appendChild(buckets);
  box.appendChild(aging);
  box.appendChild(
    listRender(
      t('card.openInvoices'),
      card.openInvoices.map((inv) =>
        lineRender(inv.invoiceNo, inv.balance, t('card.invoiceDetail', { total: inv.total, due: inv.dueDate, status: inv.status })),
      ),
      t('card.noOpenInvoices'),
      'card-invoices',
    ),
  );
  box.appendChild(
    listRender(
      t('card.unbilled'),
      card.uninvoicedSales.map((sale) => lineRender(sale.description || '—', sale.amount, sale.date)),
      t('card.noUnbilled'),
      'card-unbilled',
    ),
  );
  box.appendChild(
    listRender(
      t('card.payments'),
      card.lastPayments.map((p) => lineRender(`${p.paymentId} · ${p.date}`, p.amount, [p.method, p.reference].filter(Boolean).join(' · '))),
      t('card.noPayments'),
      'card-payments',
    ),
  );
  return box;
}

export function customerSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-customer';
  section.appendChild(el('h2', '', t('card.title')));
  if (state.customers) {
    section.appendChild(selectRender('card', 'customerId', t('statement.customer'), customerChoices(), () => cardLoad(formValue('card', 'customerId'))));
  }
  statusRender(section);
  if (state.customers && state.customers.length === 0) section.appendChild(el('p', 'muted', t('entry.noCustomers')));
  if (state.cardNotice) section.appendChild(el('p', 'notice', state.cardNotice));
  if (state.card && state.card.customerId === formValue('card', 'customerId')) section.appendChild(cardRender(state.card));
  section.appendChild(refreshRender('card-refresh', customerSectionLoad));
  return section;
}
