// Tiny DOM helpers that only ever set text (never innerHTML), so data can never become markup.
// The workbench page (src/local/workbench/client) uses the same helpers.

/** Creates `<tag class=...>` with text content. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text: string | null = null,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== null) node.textContent = text;
  return node;
}

/**
 * A link that opens a Drive file in a new tab. Only https addresses become links (a cell may hold any text);
 * anything else is shown as `fallback`, muted.
 */
export function fileLink(url: string, label: string, fallback = ''): HTMLElement {
  if (!/^https:\/\//.test(url)) return el('span', 'muted', fallback);
  const link = el('a', 'file-link', label);
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

/** Replaces every child of `parent` with `children`. */
export function childrenReplace(parent: Element, ...children: Node[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) parent.appendChild(child);
}

/** The element with `id`, or an error naming it (the template and the code must agree). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page element #${id} is missing`);
  return node as T;
}

/** A, B, … Z, AA: the letters of a 0-based column index. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
