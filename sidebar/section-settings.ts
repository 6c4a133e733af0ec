// The Settings section: the settings in force, read from the Settings tab (ledgerSettings RPC).
import { el } from './dom';
import { rpc } from './rpc';
import { PROBLEMS_SHOWN } from './section-summary';
import { load, state, t } from './state';
import { refreshRender, statusRender } from './widgets';

export function settingsLoad(): void {
  load(() => rpc('ledgerSettings'), (settings) => (state.settings = settings));
}

export function settingsSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-settings';
  section.appendChild(el('h2', '', t('settings.title')));
  statusRender(section);
  const view = state.settings;
  if (view) {
    section.appendChild(
      el('p', 'muted', view.tabFound ? t('settings.where', { tab: view.tabName }) : t('settings.noTab', { tab: view.tabName })),
    );
    const list = el('dl', 'stats settings');
    for (const row of view.rows) {
      list.appendChild(el('dt', '', row.label));
      list.appendChild(el('dd', '', row.value || '—'));
    }
    section.appendChild(list);
    if (view.problems.length > 0) {
      section.appendChild(el('p', 'warning', t('summary.problems', { count: view.problems.length })));
      const problems = el('ul', 'problems');
      for (const problem of view.problems.slice(0, PROBLEMS_SHOWN)) problems.appendChild(el('li', '', problem));
      section.appendChild(problems);
    }
  }
  section.appendChild(refreshRender('settings-refresh', settingsLoad));
  return section;
}
