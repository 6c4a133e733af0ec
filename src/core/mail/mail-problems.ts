// Why a mail cannot be sent as asked: stable codes with bilingual messages, returned as data, never thrown.
import { messageFormat, type Catalogue, type MessageParams } from '../i18n';
import type { Lang } from '../types';

export type MailProblemCode = 'address-missing' | 'address-invalid' | 'header-injection';

/** One problem with an address list, a subject or a sender name. */
export interface MailProblem {
  readonly code: MailProblemCode;
  readonly params: MessageParams;
}

/** The mail header a text goes into, as the messages name it. */
export type MailField = 'to' | 'cc' | 'subject' | 'name' | 'replyTo';

const FIELD_NAMES: Catalogue<MailField> = {
  to: { en: 'recipient address', 'zh-CN': '收件人地址' },
  cc: { en: 'copy (CC) address', 'zh-CN': '抄送地址' },
  subject: { en: 'subject', 'zh-CN': '主题' },
  name: { en: 'sender name', 'zh-CN': '发件人名称' },
  replyTo: { en: 'reply-to address', 'zh-CN': '回复地址' },
};

export const MAIL_PROBLEM_MESSAGES: Catalogue<MailProblemCode> = {
  'address-missing': { en: 'no e-mail address is given ({field}).', 'zh-CN': '没有填写邮箱地址（{field}）。' },
  'address-invalid': {
    en: '"{value}" is not a valid e-mail address ({field}).',
    'zh-CN': '“{value}”不是有效的邮箱地址（{field}）。',
  },
  'header-injection': {
    en: 'the {field} contains a line break or control character, which could forge mail headers.',
    'zh-CN': '{field}中含有换行符或控制字符，可能伪造邮件头。',
  },
};

/** Builds a problem about `field`. */
export function mailProblem(code: MailProblemCode, field: MailField, params: MessageParams = {}): MailProblem {
  return { code, params: { ...params, field } };
}

/** The problem as a sentence in `lang` (no prefix: the caller names the invoice or customer). */
export function mailProblemMessage(problem: MailProblem, lang: Lang): string {
  const field = String(problem.params.field ?? 'to') as MailField;
  const fieldName = FIELD_NAMES[field] ? messageFormat(FIELD_NAMES[field], lang) : field;
  return messageFormat(MAIL_PROBLEM_MESSAGES[problem.code], lang, { ...problem.params, field: fieldName });
}
