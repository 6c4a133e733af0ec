// The Settings form: checks every value and writes the Settings tab's Value cells in one batch.
import { reminderLevelsParse, reminderProblemMessage } from '../core/reminders/reminder-levels';
import type { Lang } from '../core/types';
import { cellText, cellTextSafe } from '../sheets/cell-text';
import { cellCurrency, cellRate } from '../sheets/cell-values';
import { settingsHeaderDetect } from '../sheets/settings-read';
import { headerNormalize, settingKeys, settingsSchema } from '../sheets/schemas';
import { formText } from './form-customer';
import { FormCheck, formMessage } from './form-messages';
import { sheetOfTab } from './form-table';
import { ledgerSettingsRead, settingsDisplay, type LedgerSettingsView } from './ledger-settings';
import { bookRead } from '../sheets/book-read';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';
import { tabInitialRows } from './ledger-setup';

export interface SettingsForm {
  readonly companyName?: string;
  readonly currency?: string;
  readonly termsDays?: string;
  readonly taxRate?: string;
  readonly invoiceNumberFormat?: string;
  readonly agingBuckets?: string;
  /** 'en' or 'zh-CN'. */
  readonly language?: string;
  readonly companyAddress?: string;
  readonly companyEmail?: string;
  readonly companyPhone?: string;
  readonly companyTaxId?: string;
  readonly bankDetails?: string;
  readonly statementReplyDays?: string;
  /** Overdue reminder levels: "days | minimum | customer/salesperson/both"; blank = off. */
  readonly reminder1?: string;
  readonly reminder2?: string;
  readonly reminder3?: string;
}

const REMINDER_FIELDS = ['reminder1', 'reminder2', 'reminder3'] as const;

export interface SettingsSaved {
  readonly notice: string;
  readonly settings: LedgerSettingsView;
}

/** An address someone can mail (as the customer form checks it). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Bank details may span lines (bank name, account): trimmed, line breaks kept, other control characters dropped. */
function multilineText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f]/g, '').trim() : '';
}

/** True for a format with exactly one {0…0} sequence and only {YYYY}, {YY}, {MM} besides it. */
export function invoiceFormatIsValid(format: string): boolean {
  const tokens = format.match(/\{[^{}]*\}/g) ?? [];
  if (/[{}]/.test(format.replace(/\{[^{}]*\}/g, ''))) return false;
  if (!tokens.every((t) => /^\{(YYYY|YY|MM|0+)\}$/.test(t))) return false;
  return tokens.filter((t) => /^\{0+\}$/.test(t)).length === 1;
}

/** Checks the form; returns the text of each setting to write (keys of settingKeys). */
export function settingsFormCheck(form: SettingsForm, lang: Lang): Record<string, string | number> {
  const check = new FormCheck();
  const label = (key: string) => settingKeys.find((s) => s.key === key)?.label ?? { en: key, 'zh-CN': key };
  const text = (key: keyof SettingsForm) => formText(form[key]);
  const values: Record<string, string | number> = {};
  if ('companyName' in form) values.companyName = text('companyName');
  const currency = text('currency');
  if (currency) {
    const read = cellCurrency(currency);
    if (read.ok) values.currency = read.value;
    else check.add('currency', 'form.currencyInvalid', { value: currency });
  }
  const terms = text('termsDays');
  if (terms) {
    if (/^\d{1,4}$/.test(terms) && Number(terms) <= 3650) values.termsDays = Number(terms);
    else check.add('termsDays', 'form.daysInvalid', { field: label('termsDays'), value: terms });
  }
  const rate = text('taxRate');
  if (rate) {
    if (cellRate(rate).ok) values.taxRate = rate;
    else check.add('taxRate', 'form.rateInvalid', { field: label('taxRate'), value: rate });
  }
  const format = text('invoiceNumberFormat');
  if (format) {
    if (invoiceFormatIsValid(format)) values.invoiceNumberFormat = format;
    else check.add('invoiceNumberFormat', 'form.formatInvalid', { value: format });
  }
  const buckets = text('agingBuckets');
  if (buckets) {
    const days = buckets.normalize('NFKC').split(/[,/;、\s]+/).filter((p) => p !== '');
    const ok = days.length > 0 && days.every((d, i) => /^\d{1,4}$/.test(d) && Number(d) > 0 && (i === 0 || Number(d) > Number(days[i - 1])));
    if (ok) values.agingBuckets = days.join(', ');
    else check.add('agingBuckets', 'form.bucketsInvalid', { value: buckets });
  }
  for (const key of ['companyAddress', 'companyPhone', 'companyTaxId', 'bankDetails'] as const) {
    if (key in form) values[key] = key === 'bankDetails' ? multilineText(form[key]) : text(key);
  }
  if ('companyEmail' in form) {
    const email = text('companyEmail');
    if (email && !EMAIL.test(email)) check.add('companyEmail', 'form.emailInvalid', { value: email });
    else values.companyEmail = email;
  }
  const replyDays = text('statementReplyDays');
  if (replyDays) {
    if (/^\d{1,4}$/.test(replyDays) && Number(replyDays) <= 3650) values.statementReplyDays = Number(replyDays);
    else check.add('statementReplyDays', 'form.daysInvalid', { field: label('statementReplyDays'), value: replyDays });
  }
  // Reminder levels are checked together: each must wait longer than the one before.
  const reminderFields = REMINDER_FIELDS.filter((key) => key in form);
  const reminders = reminderLevelsParse(reminderFields.map((key) => ({ level: Number(key.slice(-1)), text: text(key), row: 0 })));
  for (const problem of reminders.problems) {
    const message = { en: reminderProblemMessage(problem, 'en'), 'zh-CN': reminderProblemMessage(problem, 'zh-CN') };
    check.problems.push({ field: `reminder${problem.level}`, code: 'form.invalid', text: message });
  }
  for (const key of reminderFields) values[key] = text(key);
  const language = text('language');
  if (language) {
    if (language === 'en' || language === 'zh-CN') values.language = language;
    else check.add('language', 'form.langInvalid');
  }
  check.done();
  return values;
}

/** The row index (0-based) of each setting in a Settings table, by its label in any language. */
function settingRows(cells: readonly (readonly unknown[])[], keyColumn: number, start: number): Map<string, number> {
  const rows = new Map<string, number>();
  for (let index = start; index < cells.length; index += 1) {
    const folded = headerNormalize(cellText(cells[index]?.[keyColumn]));
    const setting = settingKeys.find((s) => [s.label.en, s.label['zh-CN'], s.key, ...s.synonyms].some((n) => headerNormalize(n) === folded));
    if (setting && !rows.has(setting.key)) rows.set(setting.key, index);
  }
  return rows;
}

/**
 * Saves the settings: one getValues of the Settings tab and one setValues of its Value column (settings it
 * lacks are added below its last row); a missing Settings tab is created first. Returns the settings in force.
 */
export function settingsSave(form: SettingsForm, lang: Lang): SettingsSaved {
  const values = settingsFormCheck(form ?? {}, lang);
  const spreadsheet = spreadsheetActive();
  let sheet = sheetOfTab(spreadsheet, 'Settings');
  if (!sheet) {
    sheet = spreadsheet.insertSheet(settingsSchema.title[lang]);
    const rows = tabInitialRows('Settings', lang);
    sheet.getRange(1, 1, rows.length, 2).setValues(rows);
  }
  const cells = sheet.getDataRange().getValues();
  const header = settingsHeaderDetect(cells);
  const keyColumn = header.ok ? (header.map.columns.key ?? 0) : 0;
  const valueColumn = header.ok ? (header.map.columns.value ?? 1) : 1;
  const start = header.ok ? header.map.headerIndex + 1 : 1;
  const rows = settingRows(cells, keyColumn, start);
  const block = cells.map((row) => [row[valueColumn] ?? '']);
  const appended: unknown[][] = [];
  for (const [key, value] of Object.entries(values)) {
    // User text stays text: a company name starting with "=" must not become a formula.
    const cell = typeof value === 'string' ? cellTextSafe(value) : value;
    const index = rows.get(key);
    if (index !== undefined) block[index] = [cell];
    else appended.push(keyColumn < valueColumn ? [settingKeys.find((s) => s.key === key)!.label[lang], cell] : [cell, settingKeys.find((s) => s.key === key)!.label[lang]]);
  }
  if (block.length > 0) sheet.getRange(1, valueColumn + 1, block.length, 1).setValues(block);
  if (appended.length > 0) sheet.getRange(cells.length + 1, Math.min(keyColumn, valueColumn) + 1, appended.length, 2).setValues(appended);
  return { notice: formMessage('form.settingsSaved', lang), settings: ledgerSettingsRead(lang) };
}

/** The settings in force as the form's fields (Settings tab over the defaults); one getValues. */
export function settingsFormRead(lang: Lang): Required<SettingsForm> {
  const settings = bookRead(ledgerTablesRead(spreadsheetActive(), ['Settings']), { lang }).input.settings;
  return {
    ...settingsDisplay(settings),
    // The form's language field takes the code, not the name the Settings tab shows.
    language: settings.language,
    ...(Object.fromEntries(
      REMINDER_FIELDS.map((key) => [key, settings.reminders?.find((r) => `reminder${r.level}` === key)?.text ?? '']),
    ) as Record<(typeof REMINDER_FIELDS)[number], string>),
  };
}
