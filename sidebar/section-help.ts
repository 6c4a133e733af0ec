// The Help section: how the ledger works, in the user's language (no server call).
import { el } from './dom';
import { t } from './state';

export function helpSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-help';
  section.appendChild(el('h2', '', t('help.title')));
  for (const code of ['help.tabs', 'help.required', 'help.allocation', 'help.balance', 'help.privacy'] as const) {
    section.appendChild(el('p', '', t(code)));
  }
  return section;
}
