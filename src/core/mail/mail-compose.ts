// A mail's subject and body: its template in force, filled with the placeholder values, checked for injection.
import { placeholdersFill } from '../documents/placeholders';
import type { Lang } from '../types';
import { mailHeaderCheck } from './mail-header';
import type { MailProblem } from './mail-problems';
import { mailTemplate, type MailTemplateId, type MailTemplateOverrides } from './mail-templates';

export type MailComposed =
  | { readonly ok: true; readonly subject: string; readonly body: string }
  | { readonly ok: false; readonly problem: MailProblem };

/** Lines left blank by empty placeholders (no bank details…) fold into one blank line; no trailing spaces. */
function bodyTidy(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The subject and body of mail `id` in `lang`. The subject is refused when a value or an override put a
 * line break or control character into it (a customer named "X\r\nBcc: …" must not add a header).
 */
export function mailCompose(
  id: MailTemplateId,
  lang: Lang,
  values: Readonly<Record<string, string>>,
  overrides: MailTemplateOverrides = {},
): MailComposed {
  const template = mailTemplate(id, lang, overrides);
  const subject = placeholdersFill(template.subject, values).trim();
  const problem = mailHeaderCheck('subject', subject);
  if (problem) return { ok: false, problem };
  return { ok: true, subject, body: bodyTidy(placeholdersFill(template.body, values)) };
}
