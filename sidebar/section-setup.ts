// The setup wizard: the sheet found for each ledger tab and its column mapping, confirmed or corrected, then applied.
import { columnLetters, el } from './dom';
import type { SetupProposal } from '../src/gas/setup-proposal';
import { rpc } from './rpc';
import { sidebarMessages, type SidebarMessageCode } from './messages';
import { load, render, save, state, t } from './state';
import { actionRender, fieldRender, refreshRender, statusRender } from './widgets';

type SetupTab = SetupProposal['tabs'][number];
/** Asks the server what Set up would do here; the user's choices start at its proposal. */
export function setupLoad(): void {
  load(() => rpc('setupProposal'), setupShow);
}

function setupShow(proposal: SetupProposal): void {
  state.setup = proposal;
  state.setupChoice = {};
  for (const tab of proposal.tabs) {
    state.setupChoice[tab.tab] = Object.fromEntries(tab.columns.map((c) => [c.key, c.column]));
  }
}

function setupApply(): void {
  const proposal = state.setup;
  if (!proposal) return;
  const tabs = proposal.tabs.map((tab) => {
    const chosen = state.setupChoice[tab.tab] ?? {};
    const columns: Record<string, number> = {};
    for (const [key, column] of Object.entries(chosen)) if (column !== null) columns[key] = column;
    return { tab: tab.tab, sheetName: tab.sheetName, columns };
  });
  // setupApply answers with the proposal as it stands after applying: the wizard shows it at once.
  save(() => rpc('setupApply', { tabs }), (after) => {
    state.setupDone = t('setup.applied');
    state.customers = null;
    setupShow(after);
  });
}

/** Columns offered beyond the last one the proposal names (a user's column the detection did not know). */
const EXTRA_COLUMNS = 3;

/**
 * The choices of one column's dropdown: "add it" and each column of the sheet by letter (with its header
 * when the server sends them). Values are 1-based column numbers, as setupProposal and setupApply use.
 */
function columnOptions(tab: SetupTab): { value: string; label: string }[] {
  const used = tab.columns.map((c) => c.column ?? 0);
  const width = Math.max(tab.headers.length, ...used) + (tab.sheetName === null ? 0 : EXTRA_COLUMNS);
  const options = [{ value: '', label: t('setup.addColumn') }];
  for (let column = 1; column <= width; column += 1) {
    const header = tab.headers[column - 1] ?? '';
    const letter = columnLetters(column - 1);
    options.push({ value: String(column), label: header ? `${letter} · ${header}` : t('setup.column', { letter }) });
  }
  return options;
}

function tabRender(tab: SetupTab): HTMLElement {
  const box = el('fieldset', 'setup-tab');
  box.dataset.tab = tab.tab;
  const code = `setup.tab.${tab.tab.replace(/\s+/g, '')}`;
  box.appendChild(el('legend', '', code in sidebarMessages ? t(code as SidebarMessageCode) : tab.tab));
  const found = tab.sheetName === null ? t('setup.willCreate') : t('setup.found', { sheet: tab.sheetName, row: tab.headerRow });
  box.appendChild(el('p', 'muted setup-sheet', found));
  const options = columnOptions(tab);
  const chosen = state.setupChoice[tab.tab] ?? {};
  for (const column of tab.columns) {
    const select = el('select');
    select.id = `setup-${tab.tab}-${column.key}`;
    select.dataset.key = column.key;
    const current = chosen[column.key] ?? null;
    for (const option of options) {
      const node = el('option', '', option.label);
      node.value = option.value;
      node.selected = option.value === (current === null ? '' : String(current));
      select.appendChild(node);
    }
    select.addEventListener('change', () => {
      state.setupChoice[tab.tab] = { ...chosen, ...state.setupChoice[tab.tab], [column.key]: select.value === '' ? null : Number(select.value) };
    });
    const label = `${column.label}${column.required ? ' *' : ''}${column.derived ? ` (${t('setup.formula')})` : ''}`;
    box.appendChild(fieldRender(label, select));
  }
  if (tab.missing.length > 0) box.appendChild(el('p', 'muted', t('setup.missing', { columns: tab.missing.join(', ') })));
  return box;
}

export function setupSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-setup';
  section.appendChild(el('h2', '', t('setup.title')));
  section.appendChild(el('p', 'muted', t('setup.intro')));
  statusRender(section);
  if (state.setupDone) {
    const done = el('p', 'notice', state.setupDone);
    done.id = 'setup-done';
    section.appendChild(done);
  }
  const proposal = state.setup;
  if (proposal) {
    if (proposal.blank) section.appendChild(el('p', '', t('setup.blank')));
    for (const tab of proposal.tabs) section.appendChild(tabRender(tab));
    section.appendChild(actionRender('setup-apply', t('setup.apply'), setupApply));
  }
  section.appendChild(refreshRender('setup-refresh', () => {
    state.setupDone = null;
    render();
    setupLoad();
  }));
  return section;
}
