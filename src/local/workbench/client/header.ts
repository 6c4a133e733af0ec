// The page header: title, language switch, the add-on menu (as onOpen built it), virtual date and status.
import type { Lang } from '../../../core/types';
import { el } from './dom';
import { lang, page, postJson, render, stateLoad, statusSet, t } from './page-state';

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

/** Replaces the spreadsheet with a blank one, the sample book or a messy user sheet (the add-on is reloaded). */
async function bookChoose(book: 'blank' | 'sample' | 'messy'): Promise<void> {
  statusSet(t('book.loading'));
  const reply = await postJson('/api/book', { book });
  page.sheetIndex = 0;
  page.selected = null;
  page.selectionEnd = null;
  page.sidebarClosed = false;
  if (reply.ok) statusSet(t(`book.${book}`));
  else statusSet(reply.error, true);
  await stateLoad();
}

function booksRender(): HTMLElement {
  const box = el('div', 'books');
  box.appendChild(el('span', 'muted', t('book.label')));
  for (const book of ['blank', 'sample', 'messy'] as const) {
    const button = el('button', 'book-button', t(`book.${book}`));
    button.id = `book-${book}`;
    button.addEventListener('click', () => void bookChoose(book));
    box.appendChild(button);
  }
  const download = el('a', 'book-button', t('book.export'));
  download.id = 'book-export';
  download.setAttribute('href', '/api/export.xlsx');
  download.setAttribute('download', 'customer-ledger.xlsx');
  box.appendChild(download);
  return box;
}

/** Moves the virtual clock to another day (e.g. to see which invoices are overdue then), then redraws. */
async function todaySet(day: string): Promise<void> {
  const reply = await postJson<string>('/api/today', { today: day });
  if (!reply.ok) statusSet(t('today.failed', { error: reply.error }), true);
  else statusSet(t('today.label', { date: reply.value }));
  await stateLoad();
}

function todayRender(): HTMLElement {
  const box = el('span', 'today');
  const label = el('label', 'muted', t('today.input'));
  label.htmlFor = 'today-input';
  box.appendChild(label);
  const input = el('input', 'today-input');
  input.id = 'today-input';
  input.type = 'date';
  input.value = page.data?.today ?? '';
  const button = el('button', 'book-button', t('today.set'));
  button.id = 'today-set';
  button.addEventListener('click', () => void todaySet(input.value));
  box.append(input, button);
  return box;
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

export function headerRender(): HTMLElement {
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
  header.appendChild(booksRender());
  header.appendChild(el('p', 'intro', t('page.intro')));
  const toolbar = el('div', 'toolbar');
  toolbar.appendChild(menuRender());
  toolbar.appendChild(todayRender());
  const status = el('span', page.statusError ? 'status error' : 'status', page.status);
  status.id = 'status';
  status.setAttribute('role', 'status');
  toolbar.appendChild(status);
  header.appendChild(toolbar);
  return header;
}
