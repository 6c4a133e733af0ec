// Header-injection guard: a subject, sender name or address with a line break or control character is refused.
import { mailProblem, type MailField, type MailProblem } from './mail-problems';

/**
 * C0 controls (CR, LF, TAB, NUL…), DEL, C1 controls (NEL among them) and the Unicode line and paragraph
 * separators: any of them in a header could start a forged header line ("\r\nBcc: …").
 */
const HEADER_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True when `text` can go into a mail header as it is. */
export function isHeaderSafe(text: string): boolean {
  return !HEADER_BREAKERS.test(text);
}

/** null when `text` is safe for the header `field`, else the header-injection problem. */
export function mailHeaderCheck(field: MailField, text: string): MailProblem | null {
  return isHeaderSafe(text) ? null : mailProblem('header-injection', field);
}
