// Reads the key/value Settings tab into Settings (defaults for every blank or absent key) and the date order.
import { DECIMAL_ZERO } from '../core/decimal';
import type { Problem } from '../core/problems';
import type { Lang, Settings } from '../core/types';
import type { DateOrder } from './cell-date';
import { cellText } from './cell-text';
import { cellCurrency, cellDays, cellRate, type CellResult } from './cell-values';
import { headerDetect, type HeaderMap, type HeaderResult } from './header-detect';
import type { RowReader } from './row-reader';
import { headerNormalize, settingKeys, settingsSchema } from './schemas';
import { tableHead, tableRowsRead, type TableSource } from './table-read';

/** The settings of a book without a Settings tab (DESIGN.md §3: 30 days, CNY). */
export function settingsDefault(language: Lang = 'en'): Settings {
  return {
    currency: 'CNY',
    termsDays: 30,
    taxRate: DECIMAL_ZERO,
    language,
    agingBuckets: [30, 60, 90],
    companyName: '',
    invoiceNumberFormat: 'INV-{YYYY}-{0000}',
    companyAddress: '',
    companyEmail: '',
    companyPhone: '',
    companyTaxId: '',
    bankDetails: '',
    statementReplyDays: 7,
  };
}

export interface SettingsRead {
  readonly settings: Settings;
  readonly dateOrder: DateOrder;
  readonly problems: Problem[];
}

type SettingValue = Partial<Settings> & { dateOrder?: DateOrder };

function ok<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

function languageDecode(cell: unknown): CellResult<Lang> {
  const text = headerNormalize(cellText(cell));
  if (/^(zh|中文|简体|chinese|汉语)/.test(text)) return ok('zh-CN');
  if (/^(en|english|英文|英语)/.test(text)) return ok('en');
  return { ok: false, code: 'invalid-choice', params: { choices: 'en, zh-CN' } };
}

/** "30, 60, 90" (also 30/60/90, 30，60，90): strictly increasing whole days. */
function bucketsDecode(cell: unknown): CellResult<readonly number[]> {
  const parts = cellText(cell).normalize('NFKC').split(/[,/;、\s]+/).filter((p) => p !== '');
  const days = parts.map((p) => (/^\d{1,4}$/.test(p) ? Number(p) : NaN));
  const increasing = days.every((d, i) => Number.isInteger(d) && d > 0 && (i === 0 || d > (days[i - 1] ?? 0)));
  return days.length > 0 && increasing ? ok(days) : { ok: false, code: 'invalid-number' };
}

function dateOrderDecode(cell: unknown): CellResult<DateOrder> {
  const text = headerNormalize(cellText(cell)).replace(/[/年月日-]/g, (c) => ({ 年: 'y', 月: 'm', 日: 'd' })[c] ?? '');
  const letters = text.replace(/(.)\1+/g, '$1');
  if (letters === 'mdy') return ok('MDY');
  if (letters === 'dmy') return ok('DMY');
  if (letters === 'ymd') return ok(null);
  return { ok: false, code: 'invalid-choice', params: { choices: 'YMD, MDY, DMY' } };
}

/** The setting a label names (English, Chinese or a synonym), or undefined. */
function settingFind(label: string) {
  const folded = headerNormalize(label);
  return settingKeys.find((s) => [s.label.en, s.label['zh-CN'], s.key, ...s.synonyms].some((n) => headerNormalize(n) === folded));
}

/**
 * The header of a Settings tab. Many people leave the header row out and just write "Currency | CNY":
 * when no header is found but a first-column cell names a setting, the whole tab is read as key/value rows.
 */
export function settingsHeaderDetect(source: TableSource): HeaderResult {
  const table = tableHead(source);
  const found = headerDetect(settingsSchema, table);
  if (found.ok || found.reason === 'empty') return found;
  if (!table.slice(0, 20).some((row) => settingFind(cellText(row[0])) !== undefined)) return found;
  return { ok: true, map: { headerIndex: -1, columns: { key: 0, value: 1 }, headers: {}, missing: [], duplicates: [] } };
}

/** Decodes the Value cell of one setting row into a partial Settings. */
function settingRowRead(r: RowReader): SettingValue | null {
  const setting = settingFind(r.text('key'));
  if (!setting || !r.has('value')) return {};
  const value = r.cell('value');
  switch (setting.key) {
    case 'currency': return { currency: r.required('value', cellCurrency) ?? undefined };
    case 'termsDays': return { termsDays: r.required('value', cellDays) ?? undefined };
    case 'taxRate': return { taxRate: r.required('value', cellRate) ?? undefined };
    case 'language': return { language: r.required('value', languageDecode) ?? undefined };
    case 'agingBuckets': return { agingBuckets: r.required('value', bucketsDecode) ?? undefined };
    case 'dateOrder': {
      const order = r.required('value', dateOrderDecode);
      return order === null && r.failed() ? {} : { dateOrder: order };
    }
    case 'companyName': return { companyName: cellText(value) };
    case 'invoiceNumberFormat': return { invoiceNumberFormat: cellText(value) };
    case 'companyAddress': return { companyAddress: cellText(value) };
    case 'companyEmail': return { companyEmail: cellText(value) };
    case 'companyPhone': return { companyPhone: cellText(value) };
    case 'companyTaxId': return { companyTaxId: cellText(value) };
    case 'bankDetails': return { bankDetails: cellText(value) };
    case 'statementReplyDays': return { statementReplyDays: r.required('value', cellDays) ?? undefined };
    default: return settingTextRead(setting.key, cellText(value), r.row);
  }
}

/** "Reminder n" and mail wording overrides: kept as typed, read by src/core/reminders and src/core/mail. */
function settingTextRead(key: string, text: string, row: number): SettingValue {
  const level = /^reminder(\d+)$/.exec(key);
  if (level) return { reminders: [{ level: Number(level[1]), text, row }] };
  if (/^(invoiceMail|statementMail|reminder\d+)(Subject|Body)$/.test(key)) return { mailTemplates: { [key]: text } };
  return {};
}

/** Adds one row's reminder level or mail text to `settings`; the first row of a key wins, as the form writes it. */
function settingTextsMerge(settings: Settings, value: Pick<Settings, 'reminders' | 'mailTemplates'>): Settings {
  const known = settings.reminders ?? [];
  const reminders = (value.reminders ?? []).filter((r) => !known.some((k) => k.level === r.level));
  const templates = Object.entries(value.mailTemplates ?? {}).filter(([key]) => !(key in (settings.mailTemplates ?? {})));
  if (reminders.length === 0 && templates.length === 0) return settings;
  return {
    ...settings,
    reminders: [...known, ...reminders],
    mailTemplates: { ...settings.mailTemplates, ...Object.fromEntries(templates) },
  };
}

/** Settings from the tab's rows over the defaults; a row that cannot be read keeps the default. */
export function settingsRead(map: HeaderMap | null, table: TableSource, language: Lang): SettingsRead {
  const defaults = settingsDefault(language);
  if (!map) return { settings: defaults, dateOrder: null, problems: [] };
  const { records, problems } = tableRowsRead(settingsSchema, map, table, settingRowRead);
  let settings: Settings = defaults;
  let dateOrder: DateOrder = null;
  for (const { dateOrder: order, reminders, mailTemplates, ...values } of records) {
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    settings = settingTextsMerge({ ...settings, ...defined }, { reminders, mailTemplates });
    if (order !== undefined) dateOrder = order;
  }
  return { settings, dateOrder, problems };
}
