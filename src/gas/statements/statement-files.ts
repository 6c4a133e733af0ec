// Creates a statement's Google Doc in the documents folder, writes its blocks, and saves a PDF of it next to it.
import type { StatementBlock } from '../../core/documents/statement-blocks';
import { statementDocWrite } from './statement-doc-write';

/** The two files of a statement. */
export interface StatementFiles {
  readonly docId: string;
  readonly docUrl: string;
  readonly pdfFileId: string;
  readonly pdfUrl: string;
  readonly pdf: GoogleAppsScript.Base.Blob;
}

/**
 * Makes the Doc `name` from `blocks` inside `folder` and its PDF "`name`.pdf" beside it. The Doc is saved and
 * closed before the export, so the PDF shows everything written.
 */
export function statementFilesCreate(name: string, blocks: readonly StatementBlock[], folder: GoogleAppsScript.Drive.Folder): StatementFiles {
  const doc = DocumentApp.create(name);
  const docId = doc.getId();
  const docUrl = doc.getUrl();
  statementDocWrite(doc.getBody(), blocks);
  doc.saveAndClose();
  const docFile = DriveApp.getFileById(docId);
  docFile.moveTo(folder);
  const pdf = docFile.getAs('application/pdf').setName(`${name}.pdf`);
  const pdfFile = folder.createFile(pdf);
  return { docId, docUrl, pdfFileId: pdfFile.getId(), pdfUrl: pdfFile.getUrl(), pdf };
}
