// Reads what the add-on produced outside the spreadsheet — documents, mail, Drive folders — for the page's panels.
import type { Emulator } from '../emulator';
import type { DriveItem } from '../emulator/drive-app';
import { attachmentViewHref, documentViewHref } from './document-view';
import type { WorkbenchDocument, WorkbenchDriveFolder, WorkbenchMail } from './workbench-state';

function folderNames(emulator: Emulator, item: DriveItem): string[] {
  return [...item.parents].map((id) => emulator.drive.items.get(id)?.name ?? id);
}

/** Documents in creation order (trashed ones left out), each with its rendered page. */
export function documentsRead(emulator: Emulator): WorkbenchDocument[] {
  return [...emulator.drive.documents.values()].flatMap((doc) => {
    const item = emulator.drive.items.get(doc.id);
    if (!item || item.trashed) return [];
    return [{ id: doc.id, name: item.name, url: doc.getUrl(), href: `/doc/${encodeURIComponent(doc.id)}`, folders: folderNames(emulator, item) }];
  });
}

/** The outbox, oldest first: headers, plain body, and attachments linked to the documents their PDFs came from. */
export function mailRead(emulator: Emulator): WorkbenchMail[] {
  return emulator.outbox.map((mail) => ({
    to: mail.to,
    cc: mail.cc,
    bcc: mail.bcc,
    replyTo: mail.replyTo ?? null,
    name: mail.name ?? null,
    subject: mail.subject,
    body: mail.body,
    hasHtmlBody: mail.htmlBody !== undefined && mail.htmlBody !== '',
    sentAt: mail.sentAt.toISOString(),
    attachments: mail.attachments.map((a, i) => ({
      name: a.name ?? `attachment-${i + 1}`,
      contentType: a.contentType,
      size: a.bytes.length,
      href: attachmentViewHref(emulator, a.bytes),
    })),
  }));
}

/** A folder's path from the Drive root through first parents ("My Drive / Customer Ledger"). */
function folderPath(emulator: Emulator, folder: DriveItem): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let at: DriveItem | undefined = folder; at && !seen.has(at.id); at = emulator.drive.items.get([...at.parents][0] ?? '')) {
    seen.add(at.id);
    names.unshift(at.name);
  }
  return names.join(' / ');
}

/** Every folder that is not trashed (My Drive first, then in creation order) with its files. */
export function driveRead(emulator: Emulator): WorkbenchDriveFolder[] {
  const items = [...emulator.drive.items.values()].filter((i) => !i.trashed);
  return items
    .filter((i) => i.kind === 'folder')
    .sort((a, b) => Number(b.id === emulator.drive.rootId) - Number(a.id === emulator.drive.rootId))
    .map((folder) => ({
      id: folder.id,
      path: folderPath(emulator, folder),
      files: items
        .filter((i) => i.kind === 'file' && i.parents.has(folder.id))
        .map((file) => ({ id: file.id, name: file.name, mimeType: file.mimeType, href: documentViewHref(emulator, file.id) })),
    }));
}
