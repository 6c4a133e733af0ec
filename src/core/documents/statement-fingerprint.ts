// A digest of what a statement says, to find a statement made earlier for the same data instead of numbering another.
import { statementBlocks, statementBlocksText } from './statement-blocks';
import type { StatementDocument } from './statement-document';

/** FNV-1a (32 bits) of a text, as 8 hex digits: short enough to remember per customer, not a security hash. */
export function textDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The digest of everything the statement shows except its number and date: the same customer, period,
 * layout, language, settings and figures give the same fingerprint; any changed figure or text another.
 */
export function statementFingerprint(doc: StatementDocument): string {
  const unnumbered: StatementDocument = { ...doc, statementNo: '', issueDate: doc.to };
  return `${textDigest(statementBlocksText(statementBlocks(unnumbered)))}-${doc.report.rows.length}`;
}
