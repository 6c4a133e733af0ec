// The settings in force (Settings tab over the defaults), as label/value rows for the sidebar's Settings section.
import { decimalShift, decimalToString } from '../core/decimal';
import { problemMessage } from '../core/problems';
import type { Lang, Settings } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { settingKeys, tabSchemas } from '../sheets/schemas';
import { ledgerTablesRead, spreadsheetActive } from './ledger-tables';

export interface SettingRow {
  readonly label: string;
  readonly value: string;
}

export interface LedgerSettingsView {
  /** False when the spreadsheet has no Settings tab (every value is then a default). */
  readonly tabFound: boolean;
  /** The Settings tab's name in the user's language, to tell them where to edit. */
  readonly tabName: string;
  readonly rows: readonly SettingRow[];
  readonly problems: readonly string[];
}

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** The settings a user types as text, by key (the Settings tab's keys; reminders are listed apart). */
export interface SettingsText {
  readonly companyName: string;
  readonly currency: string;
  readonly termsDays: string;
  readonly taxRate: string;
  readonly language: string;
  readonly agingBuckets: string;
  readonly invoiceNumberFormat: string;
  readonly companyAddress: string;
  readonly companyEmail: string;
  readonly companyPhone: string;
  readonly companyTaxId: string;
  readonly bankDetails: string;
  readonly statementReplyDays: string;
}

/** Each setting as the text a user would type into the Settings tab (the language by its name). */
export function settingsDisplay(settings: Settings): SettingsText {
  return {
    companyName: settings.companyName,
    currency: settings.currency,
    termsDays: String(settings.termsDays),
    taxRate: `${decimalToString(decimalShift(settings.taxRate, 2))}%`,
    language: LANGUAGE_NAMES[settings.language],
    agingBuckets: settings.agingBuckets.join(', '),
    invoiceNumberFormat: settings.invoiceNumberFormat,
    companyAddress: settings.companyAddress,
    companyEmail: settings.companyEmail,
    companyPhone: settings.companyPhone,
    companyTaxId: settings.companyTaxId,
    bankDetails: settings.bankDetails,
    statementReplyDays: String(settings.statementReplyDays),
  };
}

/** Reads the Settings tab (one getValues) and lists the settings in force. */
export function ledgerSettingsRead(lang: Lang): LedgerSettingsView {
  const tables = ledgerTablesRead(spreadsheetActive(), ['Settings']);
  const read = bookRead(tables, { lang });
  const shown = settingsDisplay(read.input.settings);
  return {
    tabFound: Boolean(tables.Settings),
    tabName: tabSchemas.Settings.title[lang],
    rows: settingKeys
      .filter((setting) => setting.key in shown)
      .map((setting) => ({ label: setting.label[lang], value: shown[setting.key as keyof SettingsText] })),
    problems: read.problems.map((problem) => problemMessage(problem, lang)),
  };
}
