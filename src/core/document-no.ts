// Ordering and matching of document numbers (invoice numbers): natural order and whole-token search.

/** Natural order: digit runs compare by value, so "INV-9" < "INV-10"; otherwise by code unit. */
export function documentNoCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      const startA = i;
      const startB = j;
      while (i < a.length && isDigit(a.charCodeAt(i))) i += 1;
      while (j < b.length && isDigit(b.charCodeAt(j))) j += 1;
      const runA = a.slice(startA, i).replace(/^0+/, '');
      const runB = b.slice(startB, j).replace(/^0+/, '');
      if (runA.length !== runB.length) return runA.length - runB.length;
      if (runA !== runB) return runA < runB ? -1 : 1;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i += 1;
    j += 1;
  }
  return a.length - i - (b.length - j) || (a < b ? -1 : a > b ? 1 : 0);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Normal form used to match document numbers typed by people: trimmed, upper case. */
export function documentNoKey(text: string): string {
  return isDocumentNoKey(text) ? text : text.trim().toUpperCase();
}

/** True for printable ASCII without lower-case letters: already trimmed and upper case (most numbers). */
function isDocumentNoKey(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || (c >= 0x61 && c <= 0x7a)) return false;
  }
  return true;
}

const TOKEN_SEPARATORS = /[\s,;:()[\]{}<>"'“”‘’，；：（）【】《》。、！!?？|]+/u;

/**
 * The whole tokens of a free-text reference that could be document numbers, in normal form: split at
 * spaces and punctuation, trailing dots dropped; a token with "/" also yields its parts ("INV-1/INV-2").
 */
export function referenceTokens(reference: string): string[] {
  const tokens = new Set<string>();
  for (const raw of referenceSplit(reference)) {
    const token = documentNoKey(tokenEdgesTrim(raw));
    if (token === '') continue;
    tokens.add(token);
    if (token.includes('/')) for (const part of token.split('/')) if (part !== '') tokens.add(part);
  }
  return [...tokens];
}

/**
 * reference.split(TOKEN_SEPARATORS), by single spaces when nothing else in the text could separate tokens
 * (most references: "货款 INV-0000001"); the empty parts this leaves between spaces are skipped by the caller.
 */
function referenceSplit(reference: string): string[] {
  return isSpaceSeparated(reference) ? reference.split(' ') : reference.split(TOKEN_SEPARATORS);
}

/** True when every character is a space or one that is never a separator (ASCII letters, digits, - _ / # ., CJK). */
function isSpaceSeparated(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fff);
    if (!word && c !== 0x20 && c !== 0x2d && c !== 0x5f && c !== 0x2f && c !== 0x23 && c !== 0x2e) return false;
  }
  return true;
}

/** The token without leading "#" or "." and trailing "." (most tokens have none: no regular expression then). */
function tokenEdgesTrim(raw: string): string {
  const first = raw.charCodeAt(0);
  if (first !== 0x23 && first !== 0x2e && raw.charCodeAt(raw.length - 1) !== 0x2e) return raw;
  return raw.replace(/^[#.]+|\.+$/g, '');
}
