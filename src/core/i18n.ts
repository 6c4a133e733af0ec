// The shape of a bilingual message catalogue and the one function that renders a message in a language.
import type { Lang } from './types';

/** One catalogue entry: the same message in English and Simplified Chinese, with {name} placeholders. */
export interface MessageText {
  readonly en: string;
  readonly 'zh-CN': string;
}

/** A catalogue maps stable codes to texts. Each layer (core, sheets, gas, sidebar) owns one. */
export type Catalogue<Code extends string> = { readonly [K in Code]: MessageText };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Renders `text` in `lang`, replacing each {name} with params[name] (left as is when missing). */
export function messageFormat(text: MessageText, lang: Lang, params: MessageParams = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Accepts the spellings users and browsers give ('zh', 'zh_CN', 'zh-Hans', 'en-US') and returns a Lang. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^zh/i.test(locale ?? '') ? 'zh-CN' : 'en';
}
