// The Drive folder "Customer Ledger" that holds the templates, invoices and statements of this spreadsheet.

/** The folder's name in Drive. */
export const DOCUMENTS_FOLDER_NAME = 'Customer Ledger';

/** Document property that remembers the folder's id (one folder per spreadsheet). */
const FOLDER_PROPERTY = 'customerLedger.documentsFolderId';

/** The remembered folder, or null when none is remembered, it is gone, or it is in the trash. */
function folderRemembered(id: string | null): GoogleAppsScript.Drive.Folder | null {
  if (!id) return null;
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch {
    // Deleted for good, or no longer shared with us (drive.file sees only what the add-on created).
    return null;
  }
}

/**
 * The documents folder: the one remembered in the document properties, else a new "Customer Ledger" folder in
 * My Drive (remembered). A trashed or deleted folder is replaced by a new one.
 */
export function documentsFolder(): GoogleAppsScript.Drive.Folder {
  const properties = PropertiesService.getDocumentProperties();
  const found = folderRemembered(properties.getProperty(FOLDER_PROPERTY));
  if (found) return found;
  const folder = DriveApp.createFolder(DOCUMENTS_FOLDER_NAME);
  properties.setProperty(FOLDER_PROPERTY, folder.getId());
  return folder;
}
