// The Settings section: the settings form (company and its details, currency, terms, tax, numbering, aging, language), saved to
// the Settings tab in one batch (settingsFormValues / settingsSave RPCs), and any problems the tab has.
import { el } from './dom';
import { rpc } from './rpc';
import { PROBLEMS_SHOWN } from './section-summary';
import { load, save, state, t } from './state';
import { actionRender, inputRender, refreshRender, selectRender, statusRender } from './widgets';

const FORM = 'settings';

/** Loads the settings in force, and the form's values from them. */
export function settingsLoad(): void {
  load(
    () => Promise.all([rpc('ledgerSettings'), rpc('settingsFormValues')]),
    ([settings, values]) => {
      state.settings = settings;
      state.forms[FORM] = { ...values };
      state.settingsNotice = null;
    },
  );
}

function settingsSaveStart(): void {
  save(() => rpc('settingsSave', { ...(state.forms[FORM] ?? {}) }), (saved) => {
    state.settings = saved.settings;
    state.settingsNotice = saved.notice;
  });
}

export function settingsSectionRender(): HTMLElement {
  const section = el('section', 'section');
  section.id = 'section-settings';
  section.appendChild(el('h2', '', t('settings.title')));
  const view = state.settings;
  if (view) {
    section.appendChild(
      el('p', 'muted', view.tabFound ? t('settings.where', { tab: view.tabName }) : t('settings.noTab', { tab: view.tabName })),
    );
  }
  if (state.forms[FORM]) {
    const form = el('form', 'entry-form');
    form.id = 'form-settings';
    form.addEventListener('submit', (event) => event.preventDefault());
    form.appendChild(inputRender(FORM, 'companyName', t('settings.company')));
    form.appendChild(inputRender(FORM, 'companyAddress', t('settings.companyAddress')));
    const contact = el('div', 'field-row');
    contact.appendChild(inputRender(FORM, 'companyEmail', t('settings.companyEmail'), { type: 'email' }));
    contact.appendChild(inputRender(FORM, 'companyPhone', t('settings.companyPhone')));
    form.appendChild(contact);
    form.appendChild(inputRender(FORM, 'companyTaxId', t('settings.companyTaxId')));
    form.appendChild(inputRender(FORM, 'bankDetails', t('settings.bankDetails'), { hint: t('settings.bankDetailsHint') }));
    const row = el('div', 'field-row');
    row.appendChild(inputRender(FORM, 'currency', t('entry.currency'), { placeholder: 'CNY' }));
    row.appendChild(inputRender(FORM, 'termsDays', t('entry.terms')));
    row.appendChild(inputRender(FORM, 'taxRate', t('entry.taxRate')));
    form.appendChild(row);
    form.appendChild(inputRender(FORM, 'invoiceNumberFormat', t('settings.numbering'), { hint: t('settings.numberingHint') }));
    form.appendChild(inputRender(FORM, 'agingBuckets', t('settings.buckets'), { hint: t('settings.bucketsHint') }));
    form.appendChild(inputRender(FORM, 'statementReplyDays', t('settings.statementReplyDays'), { hint: t('settings.statementReplyDaysHint') }));
    for (const n of [1, 2, 3]) {
      const hint = n === 1 ? { hint: t('settings.reminderHint') } : {};
      form.appendChild(inputRender(FORM, `reminder${n}`, t('settings.reminder', { n }), { placeholder: `${[7, 14, 30][n - 1]} | 0 | customer`, ...hint }));
    }
    form.appendChild(
      selectRender(FORM, 'language', t('lang.label'), [
        { value: 'en', label: 'English' },
        { value: 'zh-CN', label: '简体中文' },
      ]),
    );
    form.appendChild(actionRender('settings-save', t('settings.save'), settingsSaveStart));
    section.appendChild(form);
  }
  statusRender(section);
  if (state.settingsNotice) {
    const notice = el('p', 'notice', state.settingsNotice);
    notice.id = 'settings-notice';
    section.appendChild(notice);
  }
  if (view && view.problems.length > 0) {
    section.appendChild(el('p', 'warning', t('summary.problems', { count: view.problems.length })));
    const problems = el('ul', 'problems');
    for (const problem of view.problems.slice(0, PROBLEMS_SHOWN)) problems.appendChild(el('li', '', problem));
    section.appendChild(problems);
  }
  section.appendChild(refreshRender('settings-refresh', settingsLoad));
  return section;
}
