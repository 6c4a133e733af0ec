// One customer's statement as a Google Doc and PDF (and on the Statement tab); the PDF for mail, made once per content.
import { statementHasContent } from '../../core/documents/statement-document';
import { statementFingerprint } from '../../core/documents/statement-fingerprint';
import { moneyFormat } from '../../core/money';
import type { Lang } from '../../core/types';
import { documentLocked } from '../allocation-lock';
import { auditLogAppend } from '../audit-log';
import { GasError } from '../gas-error';
import { statementDraft, statementIssue, type StatementDocumentResult, type StatementIssued } from './statement-issue';
import { statementLatestRead } from './statement-registry';
import { statementRequestParse, type StatementRequest } from './statement-request';
import { statementSourceRead } from './statement-source';
import { statementTabWrite } from './statement-tab';

/** What the sidebar shows after a statement was made: the files and where it is on the Statement tab. */
export interface StatementDocumentCreated extends StatementDocumentResult {
  readonly sheetName: string;
}

/** Writes a newly issued statement to the Statement tab, the Audit Log and the document properties. */
function statementRecord(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, issued: StatementIssued, lang: Lang): string {
  const { sheetName } = statementTabWrite(spreadsheet, [issued.section], 'replace', lang);
  documentLocked(() => {
    auditLogAppend([issued.audit], spreadsheet);
    PropertiesService.getDocumentProperties().setProperties(issued.remember);
  });
  return sheetName;
}

/**
 * Makes the statement of one customer for a period: a new number (ST-YYYY-0000, under the document lock), a
 * Google Doc in the documents folder, its PDF next to it, the Statement tab rewritten with it, an Audit Log line.
 * Refused with a translated message: no customer, an unknown one, a bad period or layout, nothing to state.
 */
export function statementDocumentCreate(request: StatementRequest, lang: Lang): StatementDocumentCreated {
  const spec = statementRequestParse(request);
  const source = statementSourceRead(lang);
  const draft = statementDraft(source, spec, lang);
  if (!statementHasContent(draft.report)) throw new GasError('statement.noData', { id: spec.customerId, from: spec.from, to: spec.to });
  const issued = statementIssue(source, draft);
  const sheetName = statementRecord(source.spreadsheet, issued, lang);
  return { ...issued.result, sheetName };
}

/** The PDF of a statement for the mail, with what a mail needs to say about it. */
export interface StatementPdf extends StatementDocumentResult {
  readonly blob: GoogleAppsScript.Base.Blob;
  readonly customerEmail: string;
  /** True when the statement made earlier for exactly this content was attached (no new number). */
  readonly reused: boolean;
}

/** The remembered PDF of a customer's latest statement when it says exactly what `fingerprint` says, else null. */
function statementPdfReuse(customerId: string, fingerprint: string): { blob: GoogleAppsScript.Base.Blob; statementNo: string; docId: string; docUrl: string; pdfFileId: string; pdfUrl: string } | null {
  const latest = statementLatestRead(PropertiesService.getDocumentProperties(), customerId);
  if (!latest || latest.f !== fingerprint) return null;
  try {
    const pdf = DriveApp.getFileById(latest.p);
    if (pdf.isTrashed()) return null;
    return { blob: pdf.getBlob(), statementNo: latest.n, docId: latest.d, docUrl: `https://docs.google.com/document/d/${latest.d}/edit`, pdfFileId: latest.p, pdfUrl: pdf.getUrl() };
  } catch {
    // Deleted for good: make a new statement.
    return null;
  }
}

/**
 * The statement PDF to attach to a mail: the latest statement of this customer when it shows exactly the same
 * (same period, layout, language, settings and figures — only its date may differ), else a new statement made as
 * statementDocumentCreate makes it. Same refusals as statementDocumentCreate.
 */
export function statementPdfBlob(request: StatementRequest, lang: Lang): StatementPdf {
  const spec = statementRequestParse(request);
  const source = statementSourceRead(lang);
  const draft = statementDraft(source, spec, lang);
  if (!statementHasContent(draft.report)) throw new GasError('statement.noData', { id: spec.customerId, from: spec.from, to: spec.to });
  const { report } = draft;
  const reuse = statementPdfReuse(spec.customerId, statementFingerprint(draft));
  if (reuse) {
    const { blob, ...files } = reuse;
    return {
      ...files,
      blob,
      customerId: draft.customer.id,
      customerName: draft.customer.name,
      customerEmail: draft.customer.email,
      from: draft.from,
      to: draft.to,
      layout: draft.layout,
      closingBalance: moneyFormat(report.closingBalance, report.currency, lang),
      currency: report.currency,
      reused: true,
    };
  }
  const issued = statementIssue(source, draft);
  statementRecord(source.spreadsheet, issued, lang);
  return { ...issued.result, blob: issued.pdf, customerEmail: draft.customer.email, reused: false };
}
