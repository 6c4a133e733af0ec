// The workbench page: renders the emulated spreadsheet, the add-on menu, the sidebar frame and the outputs.
import type { Lang } from '../../../core/types';
import type { WorkbenchCell, WorkbenchReply, WorkbenchSheet, WorkbenchState } from '../workbench-state';
import { byId, childrenReplace, columnLetters, el } from './dom';
import { pageMessage, type PageMessageCode } from './messages';

interface PageState {
  data: WorkbenchState | null;
  sheetIndex: number;
  selected: { row: number; column: number } | null;
  menuOpen: boolean;
  status: string;
  statusError: boolean;
  sidebarVersion: number;
  sidebarClosed: boolean;
}

const page: PageState = {
  data: null,
  sheetIndex: 0,
  selected: null,
  menuOpen: false,
  status: '',
  statusError: false,
  sidebarVersion: 0,
  sidebarClosed: false,
};

function lang(): Lang {
  return page.data?.lang ?? 'en';
}

function t(code: PageMessageCode, params: Record<string, string | number> = {}): string {
  return pageMessage(code, lang(), params);
}

async function postJson<T>(url: string, body: unknown): Promise<WorkbenchReply<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as WorkbenchReply<T>;
}

async function stateLoad(): Promise<void> {
  try {
    const response = await fetch('/api/state');
    page.data = (await response.json()) as WorkbenchState;
    if (page.sheetIndex >= page.data.sheets.length) page.sheetIndex = 0;
  } catch (error) {
    statusSet(t('status.loadFailed', { error: String(error) }), true);
  }
  render();
}

function statusSet(text: string, isError = false): void {
  page.status = text;
  page.statusError = isError;
  const node = document.getElementById('status');
  if (node) {
    node.textContent = text;
    node.className = isError ? 'status error' : 'status';
  }
}

async function menuRun(label: string, functionName: string): Promise<void> {
  page.menuOpen = false;
  statusSet(t('status.running', { name: label }));
  render();
  try {
    const reply = await postJson(`/api/run/${encodeURIComponent(functionName)}`, []);
    if (reply.ok) statusSet(t('status.done', { name: label }));
    else statusSet(t('status.failed', { name: label, error: reply.error }), true);
  } catch (error) {
    statusSet(t('status.failed', { name: label, error: String(error) }), true);
  }
  page.sidebarClosed = false;
  await stateLoad();
}

async function langChoose(next: Lang): Promise<void> {
  // The server stores the add-on user's choice, rebuilds the menu and reopens an open sidebar in that language.
  await postJson('/api/lang', { lang: next });
  await stateLoad();
}

function menuRender(): HTMLElement {
  const bar = el('nav', 'menubar');
  const data = page.data;
  for (const menu of data?.menus ?? []) {
    const wrap = el('div', 'menu');
    const title = menu.addon ? `${t('menu.extensions')} ▸ ${t('menu.addonName')}` : menu.title;
    const button = el('button', 'menu-title', `${title} ▾`);
    button.id = 'addon-menu';
    button.setAttribute('aria-haspopup', 'true');
    button.setAttribute('aria-expanded', String(page.menuOpen));
    button.addEventListener('click', () => {
      page.menuOpen = !page.menuOpen;
      render();
    });
    wrap.appendChild(button);
    if (page.menuOpen) {
      const list = el('ul', 'menu-items');
      list.setAttribute('role', 'menu');
      for (const item of menu.items) {
        if (!item) {
          list.appendChild(el('li', 'separator'));
          continue;
        }
        const li = el('li');
        const entry = el('button', 'menu-item', item.label);
        entry.setAttribute('role', 'menuitem');
        entry.dataset.function = item.functionName;
        entry.addEventListener('click', () => void menuRun(item.label, item.functionName));
        li.appendChild(entry);
        list.appendChild(li);
      }
      wrap.appendChild(list);
    }
    bar.appendChild(wrap);
  }
  if (!data?.menus.length) bar.appendChild(el('span', 'muted', t('menu.none')));
  return bar;
}

function headerRender(): HTMLElement {
  const header = el('header', 'top');
  const titleRow = el('div', 'title-row');
  titleRow.appendChild(el('h1', '', t('page.title')));
  const spreadsheet = el('span', 'spreadsheet-name', page.data?.spreadsheetName ?? '');
  titleRow.appendChild(spreadsheet);
  const langBox = el('div', 'lang');
  langBox.setAttribute('aria-label', t('lang.label'));
  for (const [code, label] of [
    ['en', 'EN'],
    ['zh-CN', '中文'],
  ] as const) {
    const button = el('button', code === lang() ? 'lang-button active' : 'lang-button', label);
    button.id = `page-lang-${code}`;
    button.addEventListener('click', () => void langChoose(code));
    langBox.appendChild(button);
  }
  titleRow.appendChild(langBox);
  header.appendChild(titleRow);
  header.appendChild(el('p', 'intro', t('page.intro')));
  const toolbar = el('div', 'toolbar');
  toolbar.appendChild(menuRender());
  toolbar.appendChild(el('span', 'muted', t('today.label', { date: page.data?.today ?? '' })));
  const status = el('span', page.statusError ? 'status error' : 'status', page.status);
  status.id = 'status';
  status.setAttribute('role', 'status');
  toolbar.appendChild(status);
  header.appendChild(toolbar);
  return header;
}

function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function formulaBarRender(sheet: WorkbenchSheet | undefined): HTMLElement {
  const bar = el('div', 'formula-bar');
  bar.id = 'formula-bar';
  const selected = page.selected;
  const cell = selected && sheet ? sheet.rows[selected.row]?.[selected.column] : undefined;
  if (!selected || !cell) {
    bar.appendChild(el('span', 'muted', t('formula.none')));
    return bar;
  }
  bar.appendChild(el('span', 'cell-ref', cellRef(selected.row, selected.column)));
  bar.appendChild(el('span', 'fx', 'fx'));
  bar.appendChild(el('span', 'cell-content', cell.formula ?? cell.text));
  return bar;
}

function cellRender(cell: WorkbenchCell, row: number, column: number): HTMLTableCellElement {
  const td = el('td', '', cell.text);
  const classes = [];
  if (cell.numeric) classes.push('num');
  if (cell.formula) {
    classes.push('formula');
    td.title = cell.formula;
  }
  if (row === 0) classes.push('header-cell');
  if (page.selected?.row === row && page.selected.column === column) classes.push('selected');
  td.className = classes.join(' ');
  td.addEventListener('click', () => {
    page.selected = { row, column };
    render();
  });
  return td;
}

function gridRender(sheet: WorkbenchSheet | undefined): HTMLElement {
  const wrap = el('div', 'grid-wrap');
  if (!sheet) return wrap;
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const table = el('table', 'grid');
  table.id = 'grid';
  const head = el('tr');
  head.appendChild(el('th', 'corner'));
  for (let c = 0; c < width; c++) head.appendChild(el('th', '', columnLetters(c)));
  table.appendChild(head);
  sheet.rows.forEach((row, r) => {
    const tr = el('tr');
    tr.appendChild(el('th', 'row-number', String(r + 1)));
    for (let c = 0; c < width; c++) {
      tr.appendChild(cellRender(row[c] ?? { text: '', formula: null, numeric: false }, r, c));
    }
    table.appendChild(tr);
  });
  wrap.appendChild(table);
  return wrap;
}

function sheetTabsRender(): HTMLElement {
  const tabs = el('div', 'sheet-tabs');
  tabs.setAttribute('role', 'tablist');
  (page.data?.sheets ?? []).forEach((sheet, index) => {
    const button = el('button', index === page.sheetIndex ? 'sheet-tab active' : 'sheet-tab', sheet.name);
    button.setAttribute('role', 'tab');
    button.addEventListener('click', () => {
      page.sheetIndex = index;
      page.selected = null;
      render();
    });
    tabs.appendChild(button);
  });
  return tabs;
}

function sidebarPanelSync(): void {
  const panel = byId('sidebar-panel');
  const sidebar = page.data?.sidebar;
  const frame = document.getElementById('sidebar-frame') as HTMLIFrameElement | null;
  if (!sidebar || page.sidebarClosed) {
    page.sidebarVersion = 0;
    childrenReplace(panel, el('p', 'muted sidebar-empty', t('sidebar.closed')));
    return;
  }
  // Keep the frame (and the sidebar's own state) unless the bundle showed a new sidebar.
  if (frame && page.sidebarVersion === sidebar.version) {
    const title = document.getElementById('sidebar-title');
    if (title) title.textContent = sidebar.title;
    return;
  }
  page.sidebarVersion = sidebar.version;
  const head = el('div', 'sidebar-head');
  const title = el('span', 'sidebar-title', sidebar.title);
  title.id = 'sidebar-title';
  head.appendChild(title);
  const close = el('button', 'sidebar-close', '✕');
  close.title = t('sidebar.close');
  close.addEventListener('click', () => {
    page.sidebarClosed = true;
    sidebarPanelSync();
  });
  head.appendChild(close);
  const iframe = el('iframe', 'sidebar-frame');
  iframe.id = 'sidebar-frame';
  iframe.title = sidebar.title;
  iframe.src = `/sidebar?v=${sidebar.version}`;
  childrenReplace(panel, head, iframe);
}

function panelRender(title: string, items: HTMLElement[]): HTMLDetailsElement {
  const details = el('details', 'panel');
  details.open = items.length > 0;
  details.appendChild(el('summary', '', title));
  if (items.length === 0) details.appendChild(el('p', 'muted', t('panel.empty')));
  for (const item of items) details.appendChild(item);
  return details;
}

function outputsRender(): HTMLElement {
  const data = page.data;
  const box = el('section', 'outputs');
  box.id = 'outputs';
  const documents = (data?.documents ?? []).map((doc) => {
    const item = el('article', 'output');
    item.appendChild(el('h3', '', doc.name));
    item.appendChild(el('pre', '', doc.text));
    return item;
  });
  const mail = (data?.mail ?? []).map((message) => {
    const item = el('article', 'output');
    item.appendChild(el('h3', '', message.subject));
    item.appendChild(el('div', 'muted', t('mail.to', { to: message.to })));
    if (message.attachments.length) {
      item.appendChild(el('div', 'muted', t('mail.attachments', { names: message.attachments.join(', ') })));
    }
    item.appendChild(el('pre', '', message.body));
    return item;
  });
  const messages = (data?.messages ?? []).map((text) => el('p', 'output', text));
  const callEntries = Object.entries(data?.calls ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const callTotal = callEntries.reduce((sum, [, n]) => sum + n, 0);
  const calls = callEntries.length ? [el('pre', 'calls', callEntries.map(([name, n]) => `${name}: ${n}`).join('\n'))] : [];
  box.appendChild(panelRender(t('panel.documents', { count: documents.length }), documents));
  box.appendChild(panelRender(t('panel.mail', { count: mail.length }), mail));
  box.appendChild(panelRender(t('panel.messages', { count: messages.length }), messages));
  const callsPanel = panelRender(t('panel.calls', { count: callTotal }), calls);
  callsPanel.open = false;
  box.appendChild(callsPanel);
  return box;
}

function render(): void {
  document.documentElement.lang = lang();
  document.title = t('page.title');
  const sheet = page.data?.sheets[page.sheetIndex];
  childrenReplace(byId('header'), headerRender());
  childrenReplace(byId('sheet'), formulaBarRender(sheet), gridRender(sheet), sheetTabsRender());
  childrenReplace(byId('bottom'), outputsRender());
  sidebarPanelSync();
}

// The sidebar frame tells the page when a server call finished, so the grid shows what it changed.
window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin) return;
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'workbench:rpc-done') void stateLoad();
  if (type === 'workbench:sidebar-close') {
    page.sidebarClosed = true;
    sidebarPanelSync();
  }
});

document.addEventListener('click', (event) => {
  if (page.menuOpen && !(event.target as Element).closest('.menu')) {
    page.menuOpen = false;
    render();
  }
});

void stateLoad();
