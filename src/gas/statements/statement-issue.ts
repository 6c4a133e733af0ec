// Issues one statement: takes its number, makes its Doc and PDF, and says what to log, remember and show in the tab.
import type { Book } from '../../core/book-types';
import { statementBlocks } from '../../core/documents/statement-blocks';
import { statementDocumentBuild, type StatementAgingSource, type StatementDocument } from '../../core/documents/statement-document';
import { statementFingerprint } from '../../core/documents/statement-fingerprint';
import { moneyFormat, moneyToDecimalString } from '../../core/money';
import type { StatementSpec } from '../../core/reports/statement';
import type { IsoDate, Lang } from '../../core/types';
import type { AuditEntry } from '../audit-log';
import { GasError } from '../gas-error';
import { gasMessage } from '../messages';
import { statementFilesCreate } from './statement-files';
import { statementNumberTake } from './statement-numbering';
import { statementLatestEntry } from './statement-registry';
import type { StatementTabSection } from './statement-tab';

/** What a made statement is, as callers (sidebar, mail) see it. */
export interface StatementDocumentResult {
  readonly statementNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly from: string;
  readonly to: string;
  readonly layout: StatementSpec['layout'];
  readonly docId: string;
  readonly docUrl: string;
  readonly pdfFileId: string;
  readonly pdfUrl: string;
  /** The closing balance formatted in the request's language ("¥1,180.00"). */
  readonly closingBalance: string;
  readonly currency: string;
}

/** One issued statement with what the caller writes afterwards (all at once, for many statements). */
export interface StatementIssued {
  readonly result: StatementDocumentResult;
  readonly section: StatementTabSection;
  readonly audit: AuditEntry;
  /** Document properties to save: the customer's latest statement. */
  readonly remember: Record<string, string>;
  readonly pdf: GoogleAppsScript.Base.Blob;
}

/** The book a statement is made from, and the day it is dated. */
export interface StatementSource {
  readonly book: Book;
  readonly issueDate: IsoDate;
  readonly folder: () => GoogleAppsScript.Drive.Folder;
}

/** The statement's document before it has a number (to test for content and fingerprint it). */
export function statementDraft(source: StatementSource, spec: StatementSpec, lang: Lang, aging?: StatementAgingSource): StatementDocument {
  const doc = statementDocumentBuild(source.book, spec, source.book.settings, { lang, statementNo: '', issueDate: source.issueDate }, aging);
  if (!doc) throw new GasError('statement.customerUnknown', { id: spec.customerId });
  return doc;
}

/** The name of the Doc (and, with ".pdf", of its PDF). */
function statementDocumentName(doc: StatementDocument): string {
  return gasMessage('statement.documentName', doc.lang, { no: doc.statementNo, name: doc.customer.name, id: doc.customer.id, from: doc.from, to: doc.to });
}

/** Numbers the draft (under the document lock) and makes its Doc and PDF in the documents folder. */
export function statementIssue(source: StatementSource, draft: StatementDocument): StatementIssued {
  const doc: StatementDocument = { ...draft, statementNo: statementNumberTake(source.issueDate) };
  const blocks = statementBlocks(doc);
  const files = statementFilesCreate(statementDocumentName(doc), blocks, source.folder());
  const { report } = doc;
  const closing = `${moneyToDecimalString(report.closingBalance, report.currency)} ${report.currency}`;
  return {
    result: {
      statementNo: doc.statementNo,
      customerId: doc.customer.id,
      customerName: doc.customer.name,
      from: doc.from,
      to: doc.to,
      layout: doc.layout,
      docId: files.docId,
      docUrl: files.docUrl,
      pdfFileId: files.pdfFileId,
      pdfUrl: files.pdfUrl,
      closingBalance: moneyFormat(report.closingBalance, report.currency, doc.lang),
      currency: report.currency,
    },
    section: { blocks, currency: report.currency },
    audit: {
      action: 'statement.create',
      what: doc.statementNo,
      before: '',
      after: `${doc.customer.id}, ${doc.from} to ${doc.to}, ${doc.layout}, ${report.rows.length} rows, closing ${closing}, ${files.pdfUrl}`,
    },
    remember: statementLatestEntry(doc.customer.id, { f: statementFingerprint(doc), n: doc.statementNo, d: files.docId, p: files.pdfFileId, l: doc.lang }),
    pdf: files.pdf,
  };
}
