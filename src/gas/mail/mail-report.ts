// What a batch of mail did: what went to whom, and exactly what was not sent and why, in the user's language.
import { mailProblemMessage, type MailProblem } from '../../core/mail/mail-problems';
import type { Lang } from '../../core/types';
import { GasError } from '../gas-error';
import { mailText } from './mail-texts';

/** Why a mail was not sent. */
export type MailNotSentReason = 'quota' | 'address' | 'injection' | 'document' | 'invoice' | 'failed' | 'sender' | 'time';

export interface MailNotSent {
  /** The invoice number, or the customer of a statement. */
  readonly key: string;
  readonly reason: MailNotSentReason;
  readonly message: string;
}

export interface MailSent {
  readonly key: string;
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
}

/** A recipient or header problem as a not-sent line. */
export function mailProblemNotSent(key: string, problem: MailProblem | 'no-salesperson', customerId: string, lang: Lang): MailNotSent {
  if (problem === 'no-salesperson') {
    return { key, reason: 'address', message: mailText('send.address', lang, { key, problem: mailText('reminder.noSalesperson', lang, { customerId }) }) };
  }
  const reason = problem.code === 'header-injection' ? 'injection' : 'address';
  return { key, reason, message: mailText('send.address', lang, { key, problem: mailProblemMessage(problem, lang) }) };
}

/** The quota line: how many recipients were needed and how many are left. */
export function mailQuotaNotSent(key: string, needed: number, left: number, lang: Lang): MailNotSent {
  return { key, reason: 'quota', message: mailText('send.quota', lang, { key, needed, left }) };
}

/** An error's text in `lang` (translated when it is ours). */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof GasError) return error.messageIn(lang);
  return error instanceof Error ? error.message : String(error);
}
