// The invoice template Doc: created in the documents folder on first use from INVOICE_TEMPLATE, then the user's to edit.
import { INVOICE_TEMPLATE, INVOICE_TEMPLATE_NAME } from '../../core/documents/invoice-template';
import { templateBlocksWrite } from './template-build';

/** Document property that remembers the template's id. */
const TEMPLATE_PROPERTY = 'customerLedger.invoiceTemplateId';

/** The remembered template file, or null when none is remembered or it was deleted or trashed. */
function templateRemembered(id: string | null): GoogleAppsScript.Drive.File | null {
  if (!id) return null;
  try {
    const file = DriveApp.getFileById(id);
    return file.isTrashed() ? null : file;
  } catch {
    return null;
  }
}

/** Creates the template Doc from INVOICE_TEMPLATE in `folder` and returns its file. */
function templateCreate(folder: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
  const doc = DocumentApp.create(INVOICE_TEMPLATE_NAME);
  templateBlocksWrite(doc.getBody(), INVOICE_TEMPLATE);
  doc.saveAndClose();
  // DocumentApp creates in My Drive; the template lives beside the invoices.
  return DriveApp.getFileById(doc.getId()).moveTo(folder);
}

/**
 * The invoice template's file: the remembered one (the user may have edited it freely), else a new one in
 * `folder` — on first use, or when the old one was deleted or trashed.
 */
export function invoiceTemplateFile(folder: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
  const properties = PropertiesService.getDocumentProperties();
  const found = templateRemembered(properties.getProperty(TEMPLATE_PROPERTY));
  if (found) return found;
  const file = templateCreate(folder);
  properties.setProperty(TEMPLATE_PROPERTY, file.getId());
  return file;
}
