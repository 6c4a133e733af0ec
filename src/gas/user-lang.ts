// The user's interface language: their explicit choice (user properties), else their Google account locale.
import { langFromLocale } from '../core/i18n';
import type { Lang } from '../core/types';

export const LANG_PROPERTY = 'customerLedger.lang';

/** True when `value` is one of the languages the add-on speaks. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh-CN';
}

/**
 * The language to talk to the current user in. In AuthMode.NONE (onOpen before the add-on is authorised)
 * properties are off limits, so each source is tried in turn and English is the last resort.
 */
export function userLang(): Lang {
  try {
    const chosen = PropertiesService.getUserProperties().getProperty(LANG_PROPERTY);
    if (isLang(chosen)) return chosen;
  } catch (_) {
    // Not authorised yet: fall through to the account locale.
  }
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch (_) {
    return 'en';
  }
}

/** Remembers the user's choice of language (per user, across spreadsheets). */
export function userLangSet(lang: Lang): void {
  PropertiesService.getUserProperties().setProperty(LANG_PROPERTY, lang);
}
