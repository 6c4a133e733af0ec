// The outcome of each invoice of a documents request (created, existing, problem) and the summary the sidebar shows.
import type { MessageParams, MessageText } from '../../core/i18n';
import type { Lang } from '../../core/types';
import { gasMessage, type GasMessageCode } from '../messages';
import { pdfDescriptionDocId } from './invoice-document-make';

/** What happened to one invoice of the request. */
export interface InvoiceDocumentOutcome {
  readonly invoiceNo: string;
  readonly state: 'created' | 'existing' | 'problem';
  /** The PDF's URL (created, existing); '' for a problem. */
  readonly pdfUrl: string;
  /** The Doc's URL when known ('' for an existing document whose PDF names no Doc). */
  readonly docUrl: string;
  /** Drive ids of the Doc and the PDF ('' for a problem, or when a link names no Drive file). */
  readonly docId: string;
  readonly pdfId: string;
  readonly customerId: string;
  /** The invoice total for people (e.g. "¥388.50"), '' when unknown. */
  readonly total: string;
  /** The line in the user's language; both languages in `text`. */
  readonly message: string;
  readonly text: MessageText;
}

/** The rpc reply: one outcome per distinct invoice number asked for, in order, and a summary. */
export interface InvoiceDocumentsResult {
  readonly outcomes: readonly InvoiceDocumentOutcome[];
  readonly created: number;
  readonly existing: number;
  readonly problems: number;
  readonly summary: string;
  readonly summaryText: MessageText;
  /** The documents folder ('' when nothing needed it). */
  readonly folderId: string;
  readonly folderUrl: string;
}

export function both(code: GasMessageCode, params: MessageParams): MessageText {
  return { en: gasMessage(code, 'en', params), 'zh-CN': gasMessage(code, 'zh-CN', params) };
}

export const NO_FILES = { pdfUrl: '', docUrl: '', docId: '', pdfId: '' };

/** A problem outcome; its code and parameters are kept so invoicePdfBlob can throw the same refusal. */
export interface ProblemOutcome extends InvoiceDocumentOutcome {
  readonly code?: GasMessageCode;
  readonly params?: MessageParams;
}

/** A problem outcome; `zhParams` when a parameter differs by language (a problem text). */
export function problem(invoiceNo: string, code: GasMessageCode, params: MessageParams, lang: Lang, customerId = '', zhParams = params): ProblemOutcome {
  const text = { en: gasMessage(code, 'en', params), 'zh-CN': gasMessage(code, 'zh-CN', zhParams) };
  return { invoiceNo, state: 'problem', ...NO_FILES, customerId, total: '', message: text[lang], text, code, params: lang === 'en' ? params : zhParams };
}

/** The Document cell's link: a Drive file id from its URL (…/d/<id>/…, ?id=<id>) or a bare id. */
export function driveFileId(link: string): string | null {
  const text = link.trim();
  const found = /\/d\/([\w-]+)/.exec(text) ?? /[?&]id=([\w-]+)/.exec(text) ?? /^([\w-]{8,})$/.exec(text);
  return found?.[1] ?? null;
}

/** An outcome for an invoice that already has its document (Issued invoices are immutable). */
export function existing(invoiceNo: string, pdfUrl: string, lang: Lang, customerId = '', total = ''): InvoiceDocumentOutcome {
  const text = both('document.existing', { invoiceNo, url: pdfUrl });
  const docUrl = docUrlOfPdf(pdfUrl);
  return { invoiceNo, state: 'existing', ...NO_FILES, pdfUrl, docUrl, pdfId: driveFileId(pdfUrl) ?? '', docId: driveFileId(docUrl) ?? '', customerId, total, message: text[lang], text };
}

/** The Doc beside a PDF, from the PDF's description ('' when it cannot be told). */
function docUrlOfPdf(pdfUrl: string): string {
  const id = driveFileId(pdfUrl);
  if (!id) return '';
  try {
    const docId = pdfDescriptionDocId(DriveApp.getFileById(id).getDescription());
    return docId ? `https://docs.google.com/document/d/${docId}/edit` : '';
  } catch {
    return '';
  }
}

/** The reply to a request: one outcome per invoice number asked for, in order, counted and summarised. */
export function outcomesResult(invoiceNos: readonly string[], outcomes: Map<string, InvoiceDocumentOutcome>, folder: GoogleAppsScript.Drive.Folder | null, lang: Lang): InvoiceDocumentsResult {
  const list = invoiceNos.map((n) => {
    const { code: _code, params: _params, ...outcome } = outcomes.get(n)! as ProblemOutcome;
    return outcome;
  });
  const count = (state: InvoiceDocumentOutcome['state']) => list.filter((o) => o.state === state).length;
  const created = count('created');
  const existingCount = count('existing');
  const problems = count('problem');
  const summaryText = both('document.summary', { created, existing: existingCount, problems });
  return {
    outcomes: list, created, existing: existingCount, problems, summary: summaryText[lang], summaryText,
    folderId: folder ? folder.getId() : '', folderUrl: folder ? folder.getUrl() : '',
  };
}

/** The sidebar notice of a result: the summary, then one line per invoice. */
export function invoiceDocumentsNotice(result: InvoiceDocumentsResult): MessageText {
  const lines = (lang: Lang) => [result.summaryText[lang], ...result.outcomes.map((o) => o.text[lang])].join('\n');
  return { en: lines('en'), 'zh-CN': lines('zh-CN') };
}
