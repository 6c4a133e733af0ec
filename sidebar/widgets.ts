// Small pieces shared by the sections: progress and error line, buttons, labelled form fields bound to state.
import { el } from './dom';
import { formValue, formValueSet, state, t } from './state';

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

/** A labelled text input bound to `state.forms[form][field]`; `onInput` runs after each keystroke. */
export function inputRender(
  form: string,
  field: string,
  label: string,
  options: { type?: string; placeholder?: string; onInput?: () => void; hint?: string } = {},
): HTMLElement {
  const input = el('input');
  input.id = `${form}-${field}`;
  input.name = field;
  input.type = options.type ?? 'text';
  input.value = formValue(form, field);
  if (options.placeholder) input.placeholder = options.placeholder;
  input.addEventListener('input', () => {
    formValueSet(form, field, input.value);
    options.onInput?.();
  });
  const wrap = fieldRender(label, input);
  if (options.hint) wrap.appendChild(el('span', 'field-hint', options.hint));
  return wrap;
}

/** A labelled dropdown bound to `state.forms[form][field]`. */
export function selectRender(
  form: string,
  field: string,
  label: string,
  choices: readonly { value: string; label: string }[],
  onChange?: () => void,
): HTMLElement {
  const select = el('select');
  select.id = `${form}-${field}`;
  select.name = field;
  const current = formValue(form, field);
  for (const choice of choices) {
    const option = el('option', '', choice.label);
    option.value = choice.value;
    option.selected = choice.value === current;
    select.appendChild(option);
  }
  if (!choices.some((c) => c.value === current) && choices[0]) formValueSet(form, field, choices[0].value);
  select.addEventListener('change', () => {
    formValueSet(form, field, select.value);
    onChange?.();
  });
  return fieldRender(label, select);
}

/** The customers as dropdown choices ("C001 · Acme"), with a first "choose" entry. */
export function customerChoices(): { value: string; label: string }[] {
  return [{ value: '', label: t('entry.chooseCustomer') }, ...(state.customers ?? []).map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` }))];
}

/** A blue action button; disabled while a request runs. */
export function actionRender(id: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', 'action', label);
  button.id = id;
  button.type = 'button';
  button.disabled = state.loading;
  button.addEventListener('click', onClick);
  return button;
}

/** A definition list of label/value pairs (values as text). */
export function pairsRender(pairs: readonly (readonly [string, string])[], className = 'pairs'): HTMLElement {
  const list = el('dl', className);
  for (const [label, value] of pairs) {
    list.appendChild(el('dt', '', label));
    list.appendChild(el('dd', '', value));
  }
  return list;
}
