// The error the Apps Script layer throws on purpose: a stable code plus parameters, translated when shown.
import type { MessageParams } from '../core/i18n';
import type { Lang } from '../core/types';
import { gasMessage, type GasMessageCode } from './messages';

export class GasError extends Error {
  constructor(
    readonly code: GasMessageCode,
    readonly params: MessageParams = {},
  ) {
    super(gasMessage(code, 'en', params));
    this.name = 'GasError';
  }

  /** The message in the user's language. */
  messageIn(lang: Lang): string {
    return gasMessage(this.code, lang, this.params);
  }
}
