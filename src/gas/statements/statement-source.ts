// Reads what statements are made from: the ledger book (one getValues per tab), today, and the documents folder.
import type { Lang, TabName } from '../../core/types';
import { documentsFolder } from '../documents/documents-folder';
import { ledgerBookRead } from '../ledger-book';
import { ledgerTablesRead, spreadsheetActive } from '../ledger-tables';
import { spreadsheetToday } from '../spreadsheet-date';
import type { StatementSource } from './statement-issue';

const BOOK_TABS: readonly TabName[] = ['Settings', 'Customers', 'Sales', 'Invoices', 'Payments', 'Adjustments', 'Allocations'];

/** The active spreadsheet's book, dated today in its zone; the folder is looked up only when a file is made. */
export function statementSourceRead(lang: Lang): StatementSource & { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet } {
  const spreadsheet = spreadsheetActive();
  const { book } = ledgerBookRead(ledgerTablesRead(spreadsheet, BOOK_TABS), lang);
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  return { spreadsheet, book, issueDate: spreadsheetToday(spreadsheet), folder: () => (folder ??= documentsFolder()) };
}
