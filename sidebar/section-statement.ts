// The Statement section: pick a customer and period, show the engine's statement, make it a Doc/PDF, or all customers'.
import type { StatementChoices, StatementRequest, StatementView } from '../src/gas/statement-view';
import type { StatementDocumentCreated } from '../src/gas/statements/statement-documents';
import type { StatementsRunResult } from '../src/gas/statements/statements-all';
import { el, fileLink } from './dom';
import { rpc } from './rpc';
import { load, save, state, t } from './state';
import { actionRender, fieldRender, statusRender } from './widgets';

/** The statement document made last, and the all-customers run in progress (this section's own state). */
let made: StatementDocumentCreated | null = null;
let run: StatementsRunResult | null = null;

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

/** Make document (PDF): one numbered statement of the chosen customer and period. */
function statementDocumentMake(): void {
  const form = state.statementForm;
  if (!form) return;
  save(
    () => rpc('statementDocumentCreate', form),
    (created) => {
      made = created;
      run = null;
    },
  );
}

/**
 * All customers with a balance: starts a run, or continues the unfinished one of the same period. Each call is
 * one Apps Script execution that stops before the 6-minute limit; while it made progress the next part is asked
 * for at once, so a long run finishes by itself while the sidebar is open (Continue picks it up otherwise).
 */
function statementsAllMake(): void {
  const form = state.statementForm;
  if (!form) return;
  save(
    () => rpc('statementsForAll', { from: form.from, to: form.to, layout: form.layout }),
    (result) => {
      run = result.resumed && run ? { ...result, created: [...run.created, ...result.created] } : result;
      made = null;
      if (!result.finished && result.created.length > 0) setTimeout(statementsAllMake, 0);
    },
  );
}

function madeRender(created: StatementDocumentCreated): HTMLElement {
  const box = el('div', 'notice statement-made');
  box.id = 'statement-made';
  box.appendChild(el('p', '', t('statement.made', { no: created.statementNo, name: created.customerName, closing: created.closingBalance })));
  const links = el('p', 'links');
  links.appendChild(fileLink(created.pdfUrl, t('statement.openPdf'), t('statement.openPdf')));
  links.appendChild(document.createTextNode(' · '));
  links.appendChild(fileLink(created.docUrl, t('statement.openDoc'), t('statement.openDoc')));
  box.appendChild(links);
  box.appendChild(el('p', 'muted', t('statement.seeTab', { sheet: created.sheetName })));
  return box;
}

function runRender(result: StatementsRunResult): HTMLElement {
  const box = el('div', 'notice statement-run');
  box.id = 'statement-run';
  box.appendChild(
    el('p', '', result.finished ? t('statement.runDone', { total: result.total }) : t('statement.runPartial', { done: result.done, total: result.total, remaining: result.remaining })),
  );
  const list = el('ul', 'statement-made-list');
  for (const created of result.created) {
    const item = el('li');
    item.appendChild(el('span', '', `${created.statementNo} · ${created.customerName} · ${created.closingBalance} `));
    item.appendChild(fileLink(created.pdfUrl, t('statement.openPdf'), t('statement.openPdf')));
    list.appendChild(item);
  }
  box.appendChild(list);
  if (!result.finished) box.appendChild(actionRender('statement-continue', t('statement.continue'), statementsAllMake));
  box.appendChild(el('p', 'muted', t('statement.seeTab', { sheet: result.sheetName })));
  return box;
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
  box.appendChild(actionRender('statement-document', t('statement.makeDocument'), statementDocumentMake));
  const all = actionRender('statement-all', t('statement.allCustomers'), statementsAllMake);
  all.title = t('statement.allHint');
  box.appendChild(all);
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
  if (made) section.appendChild(madeRender(made));
  if (run) section.appendChild(runRender(run));
  if (state.statement) section.appendChild(statementRender(state.statement));
  return section;
}
