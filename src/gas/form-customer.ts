// The "New customer" form: checks the fields, assigns the next C### when the ID is blank, appends one row.
import type { MessageText } from '../core/i18n';
import { moneyParse } from '../core/money';
import type { Lang } from '../core/types';
import { cellKey } from '../sheets/cell-text';
import { cellCurrency } from '../sheets/cell-values';
import { customersSchema } from '../sheets/schemas';
import { documentLocked } from './allocation-lock';
import { customerCardRead, type CustomerCardView } from './customer-card';
import { FormCheck, formMessage } from './form-messages';
import { formFormulasRefresh, formRowAppend, formTableOf, sheetOfTab } from './form-table';
import { spreadsheetActive } from './ledger-tables';

/** What the sidebar sends: every field as typed (blank = not given). */
export interface CustomerForm {
  readonly id?: string;
  readonly name?: string;
  readonly contact?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly address?: string;
  readonly taxId?: string;
  readonly termsDays?: string;
  readonly creditLimit?: string;
  readonly currency?: string;
  readonly notes?: string;
}

/** What every form returns: a note on what was done and the refreshed customer card. */
export interface FormDone {
  readonly notice: string;
  readonly card: CustomerCardView;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A form field as trimmed text (anything else sent becomes its text). */
export function formText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/** The header of `key` in both languages: field names in messages match the sheet. */
export function customerField(key: string): MessageText {
  return customersSchema.columns.find((c) => c.key === key)?.header ?? { en: key, 'zh-CN': key };
}

/** The next free ID of the form C001, C002…: one more than the highest C-number, at least three digits. */
export function customerIdNext(existing: readonly string[]): string {
  let highest = 0;
  let width = 3;
  for (const id of existing) {
    const match = /^C(\d+)$/.exec(id);
    if (!match) continue;
    highest = Math.max(highest, Number(match[1]));
    width = Math.max(width, match[1]!.length);
  }
  return `C${String(highest + 1).padStart(width, '0')}`;
}

/** Checks the form against the customers already there; returns the cells to write. */
export function customerFormCheck(form: CustomerForm, existingIds: readonly string[], lang: Lang) {
  const check = new FormCheck();
  const text = (key: keyof CustomerForm) => formText(form[key]);
  const given = cellKey(text('id'));
  if (given && existingIds.includes(given)) check.add('id', 'form.idTaken', { id: given });
  if (!text('name')) check.add('name', 'form.required', { field: customerField('name') });
  const email = text('email');
  if (email && !EMAIL.test(email)) check.add('email', 'form.emailInvalid', { value: email });
  const terms = text('termsDays');
  if (terms && !(/^\d{1,4}$/.test(terms) && Number(terms) <= 3650)) {
    check.add('termsDays', 'form.daysInvalid', { field: customerField('termsDays'), value: terms });
  }
  const currencyText = text('currency');
  const currency = currencyText ? cellCurrency(currencyText) : null;
  if (currency && !currency.ok) check.add('currency', 'form.currencyInvalid', { value: currencyText });
  const limitText = text('creditLimit');
  const limit = limitText ? moneyParse(limitText, currency?.ok ? currency.value : 'CNY') : null;
  if (limitText && limit === null) check.add('creditLimit', 'form.amountInvalid', { field: customerField('creditLimit'), value: limitText });
  else if (limit !== null && limit < 0) check.add('creditLimit', 'form.amountNegative', { field: customerField('creditLimit') });
  check.done();
  return {
    id: given || customerIdNext(existingIds),
    cells: {
      name: { text: text('name') },
      contact: { text: text('contact') },
      email: { text: email },
      phone: { text: text('phone') },
      address: { text: text('address') },
      taxId: { text: text('taxId') },
      termsDays: terms ? Number(terms) : null,
      creditLimit: limitText ? { text: limitText } : null,
      currency: currency?.ok ? { text: currency.value } : null,
      notes: { text: text('notes') },
    },
  };
}

/**
 * Adds the customer under the document lock (so two users never get the same C-number): one getValues of
 * Customers, one setValues of the new row. Returns the new customer's card.
 */
export function customerAdd(form: CustomerForm, lang: Lang): FormDone {
  const id = documentLocked(() => {
    const spreadsheet = spreadsheetActive();
    const sheet = sheetOfTab(spreadsheet, 'Customers');
    const cells = sheet ? sheet.getDataRange().getValues() : undefined;
    const table = formTableOf(sheet, 'Customers', cells, lang);
    const idColumn = table.map.columns.customerId!;
    const existing = table.cells.slice(table.map.headerIndex + 1).map((row) => cellKey(row[idColumn])).filter((k) => k !== '');
    const checked = customerFormCheck(form ?? {}, existing, lang);
    formRowAppend(table, { customerId: { text: checked.id }, ...checked.cells }, lang);
    return checked.id;
  });
  formFormulasRefresh(spreadsheetActive());
  return { notice: formMessage('form.customerAdded', lang, { id }), card: customerCardRead(id, lang) };
}
