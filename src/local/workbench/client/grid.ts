// The spreadsheet view: formula bar, grid of the selected tab (formula on hover/selection), tab strip.
import type { WorkbenchCell, WorkbenchSheet } from '../workbench-state';
import { columnLetters, el } from './dom';
import { page, render, t } from './page-state';

function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function formulaBarRender(sheet: WorkbenchSheet | undefined): HTMLElement {
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

export function gridRender(sheet: WorkbenchSheet | undefined): HTMLElement {
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

export function sheetTabsRender(): HTMLElement {
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
