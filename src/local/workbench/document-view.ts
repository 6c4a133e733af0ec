// The document behind a Drive id as the workbench shows it: a Google Doc, or the Doc an emulated PDF was made from.
import type { Emulator } from '../emulator';
import { pdfSourceDocumentId, type EmuDocument } from '../emulator/document-app';
import { documentHtml } from '../emulator/document-html';

/** What GET /doc/:id renders: the document and the title to show (a PDF keeps its own file name). */
export interface DocumentViewTarget {
  readonly document: EmuDocument;
  readonly title: string;
}

const PDF = 'application/pdf';

/** The document for a Drive id: a Doc itself, or a PDF file exported from a Doc that still exists; else null. */
export function documentViewTarget(emulator: Emulator, id: string): DocumentViewTarget | null {
  const { drive } = emulator;
  const item = drive.items.get(id);
  if (!item || item.kind !== 'file') return null;
  const doc = drive.documents.get(id);
  if (doc) return { document: doc, title: item.name };
  if (item.mimeType !== PDF) return null;
  const sourceId = pdfSourceDocumentId(item.data);
  const source = sourceId === null ? undefined : drive.documents.get(sourceId);
  return source ? { document: source, title: item.name } : null;
}

/** The rendered page for a Drive id, or null when it names no document (read without counting service calls). */
export function documentViewHtml(emulator: Emulator, id: string): string | null {
  return emulator.uncounted(() => {
    const target = documentViewTarget(emulator, id);
    return target ? documentHtml(target.document, { title: target.title }) : null;
  });
}

/** The workbench link of a document or a PDF made from one; null when there is nothing to open. */
export function documentViewHref(emulator: Emulator, id: string): string | null {
  return documentViewTarget(emulator, id) ? `/doc/${encodeURIComponent(id)}` : null;
}

/** The workbench link of a mail attachment: the document its PDF bytes were exported from, if that still exists. */
export function attachmentViewHref(emulator: Emulator, bytes: Uint8Array): string | null {
  const sourceId = pdfSourceDocumentId(bytes);
  return sourceId !== null && emulator.drive.documents.has(sourceId) ? `/doc/${encodeURIComponent(sourceId)}` : null;
}
