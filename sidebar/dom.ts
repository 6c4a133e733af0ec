// Tiny DOM helpers that only ever set text (never innerHTML), so data can never become markup.

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

/** Replaces every child of `parent` with `children`. */
export function childrenReplace(parent: Element, ...children: Node[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) parent.appendChild(child);
}

/** The element with `id`, or an error naming it (the template and the code must agree). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`sidebar element #${id} is missing`);
  return node as T;
}
