// The spreadsheet view: formula bar, grid of the selected tab (formula on hover/selection), tab strip.
import type { WorkbenchCell, WorkbenchSheet } from '../workbench-state';
import { columnLetters, el } from './dom';
import { page, postJson, render, t } from './page-state';

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
  else if (inSelection(row, column)) classes.push('in-selection');
  td.className = classes.join(' ');
  td.addEventListener('click', (event: MouseEvent) => {
    // Shift-click extends the selection from the active cell, as in Sheets.
    if (event.shiftKey && page.selected) page.selectionEnd = { row, column };
    else {
      page.selected = { row, column };
      page.selectionEnd = null;
    }
    render();
    void selectionSend();
  });
  return td;
}

/** The selected block as 0-based inclusive bounds, or null. */
function selectionBox(): { top: number; left: number; bottom: number; right: number } | null {
  const start = page.selected;
  if (!start) return null;
  const end = page.selectionEnd ?? start;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

function inSelection(row: number, column: number): boolean {
  const box = selectionBox();
  return box !== null && row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}

/** Tells the emulator the active range, so the add-on sees the selection (New invoice from selected sales). */
async function selectionSend(): Promise<void> {
  const sheet = page.data?.sheets[page.sheetIndex];
  const box = selectionBox();
  if (!sheet || !box) return;
  const a1 = `${cellRef(box.top, box.left)}:${cellRef(box.bottom, box.right)}`;
  await postJson('/api/select', { sheet: sheet.name, a1 });
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
      page.selectionEnd = null;
      render();
    });
    tabs.appendChild(button);
  });
  return tabs;
}
