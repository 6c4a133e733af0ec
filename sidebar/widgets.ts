// Small pieces shared by the sections: progress and error line, Refresh button, labelled form field.
import { el } from './dom';
import { state, t } from './state';

/** The progress bar and the error message of the request the section is waiting for. */
export function statusRender(section: HTMLElement): void {
  if (state.loading) {
    const progress = el('div', 'progress', t('status.loading'));
    progress.setAttribute('role', 'progressbar');
    progress.appendChild(el('div', 'bar'));
    section.appendChild(progress);
  }
  if (state.error) {
    const error = el('p', 'error', state.error);
    error.setAttribute('role', 'alert');
    section.appendChild(error);
  }
}

export function refreshRender(id: string, onClick: () => void): HTMLElement {
  const refresh = el('button', 'action', t('summary.refresh'));
  refresh.id = id;
  refresh.disabled = state.loading;
  refresh.addEventListener('click', onClick);
  return refresh;
}

export function fieldRender(label: string, control: HTMLElement): HTMLElement {
  const wrap = el('label', 'field');
  wrap.appendChild(el('span', 'field-label', label));
  wrap.appendChild(control);
  return wrap;
}
