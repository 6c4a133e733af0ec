// E-mail address lists as users type them in a cell: several addresses, optional display names, strict checks.
import { isHeaderSafe } from './mail-header';
import { mailProblem, type MailField, type MailProblem } from './mail-problems';

export interface EmailAddress {
  /** The bare address, as sent: "li@example.com". */
  readonly address: string;
  /** The display name typed before it ("Li Wei <li@example.com>"), '' when none. Shown only, never sent. */
  readonly name: string;
}

export type EmailAddressesResult =
  | { readonly ok: true; readonly addresses: readonly EmailAddress[] }
  | { readonly ok: false; readonly problem: MailProblem };

/** Separators between addresses: comma, semicolon, 、 and line breaks (full-width forms are folded by NFKC). */
const LIST_SEPARATORS = ',;、\n\r';

/** The parts between separators; a separator inside "double quotes" (a display name) does not split. */
function listSplit(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && LIST_SEPARATORS.includes(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** Local part of dot-atoms, domain of letter/digit/hyphen labels and an alphabetic top-level domain. */
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** True for one bare address that mail servers accept (at most 254 characters, local part at most 64). */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text) && text.indexOf('@') <= 64;
}

/** "Li Wei <li@x.cn>" or '"Li, Wei" <li@x.cn>' → name and address; null when the part is not of that form. */
function nameAddrSplit(part: string): { name: string; address: string } | null {
  const match = /^(.*?)<([^<>]*)>$/.exec(part);
  if (!match) return null;
  const name = (match[1] ?? '').trim().replace(/^"(.*)"$/, '$1').trim();
  return { name, address: (match[2] ?? '').trim() };
}

/**
 * Parses a cell of addresses: separated by , ; 、 line breaks or spaces, each a bare address or
 * `Name <address>`. Returns every address once (first spelling kept), or the first problem: a control
 * character other than a line break (header injection), an invalid address (named), or none at all.
 * Line breaks only separate: the header is rebuilt from the checked addresses, so they cannot inject.
 */
export function emailAddressesParse(text: string, field: MailField = 'to'): EmailAddressesResult {
  const folded = text.normalize('NFKC');
  if (!isHeaderSafe(folded.replace(/[\r\n\t]/g, ' '))) return { ok: false, problem: mailProblem('header-injection', field) };
  const addresses: EmailAddress[] = [];
  const seen = new Set<string>();
  const add = (address: string, name: string): MailProblem | null => {
    if (!isEmailAddress(address) || /[<>"]/.test(name)) {
      return mailProblem('address-invalid', field, { value: name ? `${name} <${address}>` : address });
    }
    const key = address.toLowerCase();
    if (!seen.has(key)) addresses.push({ address, name });
    seen.add(key);
    return null;
  };
  for (const rawPart of listSplit(folded)) {
    const part = rawPart.replace(/\t/g, ' ').trim();
    if (part === '') continue;
    const named = nameAddrSplit(part);
    const problem = named
      ? add(named.address, named.name)
      : part.split(/\s+/).reduce<MailProblem | null>((found, token) => found ?? add(token, ''), null);
    if (problem) return { ok: false, problem };
  }
  if (addresses.length === 0) return { ok: false, problem: mailProblem('address-missing', field) };
  return { ok: true, addresses };
}

/** The bare addresses as MailApp takes them: "a@x.cn,b@y.cn". */
export function emailAddressesJoin(addresses: readonly EmailAddress[]): string {
  return addresses.map((a) => a.address).join(',');
}
