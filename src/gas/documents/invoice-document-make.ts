// Makes one invoice's Doc and PDF in the documents folder: copy the template, fill it, repeat the line row, export.
import type { InvoiceDocument } from '../../core/documents/invoice-document';
import { GasError } from '../gas-error';
import { bodyFill, lineRowsRepeat } from './document-fill';

export interface InvoiceFiles {
  readonly docId: string;
  readonly docUrl: string;
  readonly pdfId: string;
  readonly pdfUrl: string;
}

/** Drive names must not carry line breaks; long customer names are cut. */
function fileNamePart(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[/\\]/g, '-').trim().slice(0, 80);
}

/** The PDF's description names its Doc, so the Doc can be found from the PDF link in the Document column. */
export function pdfDescription(invoiceNo: string, docId: string): string {
  return `Customer Ledger invoice ${invoiceNo}; document ${docId}`;
}

/** The Doc id a PDF's description names, or null. */
export function pdfDescriptionDocId(description: string | null): string | null {
  return /; document ([\w-]+)$/.exec(description ?? '')?.[1] ?? null;
}

/**
 * Copies the template into `folder` as "INV-… Customer", fills it from `document` and saves a PDF beside it
 * ("INV-….pdf"). A template without a line row is refused (the copy is trashed).
 */
export function invoiceFilesMake(
  document: InvoiceDocument,
  template: GoogleAppsScript.Drive.File,
  folder: GoogleAppsScript.Drive.Folder,
): InvoiceFiles {
  const copy = template.makeCopy(`${fileNamePart(document.invoiceNo)} ${fileNamePart(document.customerName)}`, folder);
  try {
    const doc = DocumentApp.openById(copy.getId());
    const body = doc.getBody();
    // Lines first: their rows are filled with line and document values, and skipped by the body fill after.
    const lines = lineRowsRepeat(body, document.lines.map((line) => line.values), document.values);
    if (!lines) throw new GasError('document.noLineRow');
    bodyFill(body, document.values, lines);
    doc.saveAndClose();
    const blob = copy.getAs('application/pdf').setName(`${fileNamePart(document.invoiceNo)}.pdf`);
    const pdf = folder.createFile(blob);
    pdf.setDescription(pdfDescription(document.invoiceNo, copy.getId()));
    return { docId: copy.getId(), docUrl: copy.getUrl(), pdfId: pdf.getId(), pdfUrl: pdf.getUrl() };
  } catch (error) {
    copy.setTrashed(true);
    throw error;
  }
}
