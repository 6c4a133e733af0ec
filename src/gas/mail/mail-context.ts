// What every send reads once: the ledger tabs, the built book, Settings, customers' mail details and today.
import type { Book } from '../../core/book-types';
import type { IsoDate, Lang, Settings, TabName } from '../../core/types';
import { ledgerBookRead } from '../ledger-book';
import { ledgerTabsRead, spreadsheetActive, type LedgerTabs } from '../ledger-tables';
import { spreadsheetToday } from '../spreadsheet-date';
import { customerContactsRead, type CustomerContact } from './customer-contacts';

const MAIL_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

export interface MailContext {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly tabs: LedgerTabs;
  readonly book: Book;
  readonly settings: Settings;
  readonly contacts: ReadonlyMap<string, CustomerContact>;
  readonly today: IsoDate;
  readonly timeZone: string;
}

/** Reads the ledger once (one getValues per tab) and builds the book. */
export function mailContextRead(lang: Lang): MailContext {
  const spreadsheet = spreadsheetActive();
  const tabs = ledgerTabsRead(spreadsheet, MAIL_TABS);
  const { book } = ledgerBookRead(tabs.tables, lang);
  return {
    spreadsheet,
    tabs,
    book,
    settings: book.settings,
    contacts: customerContactsRead(tabs.tables.Customers),
    today: spreadsheetToday(spreadsheet),
    timeZone: spreadsheet.getSpreadsheetTimeZone() || Session.getScriptTimeZone(),
  };
}

/** The language of mail to a customer: its Language column, else the Settings language. */
export function mailLangOf(context: MailContext, contact: CustomerContact | undefined): Lang {
  return contact?.language ?? context.settings.language;
}
