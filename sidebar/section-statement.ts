// The Statement section: pick a customer and period, show the engine's statement (customerStatement RPC).
import type { StatementChoices, StatementRequest, StatementView } from '../src/gas/statement-view';
import { el } from './dom';
import { rpc } from './rpc';
import { load, state, t } from './state';
import { fieldRender, statusRender } from './widgets';

export function statementChoicesLoad(): void {
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

export function statementLoad(): void {
  const form = state.statementForm;
  if (!form) return;
  load(() => rpc('customerStatement', form), (statement) => (state.statement = statement));
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

export function statementSectionRender(): HTMLElement {
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
