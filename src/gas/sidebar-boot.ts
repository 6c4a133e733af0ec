// What the sidebar needs to know before its first request: language, which section to show, a notice.
import type { MessageText } from '../core/i18n';
import type { Lang } from '../core/types';

/** The sections the sidebar can open at. */
export type SidebarSection = 'summary' | 'reconcile' | 'statement' | 'settings' | 'help' | 'setup' | 'documents';

export interface SidebarBoot {
  readonly lang: Lang;
  readonly section: SidebarSection;
  /** A note shown above the section, in both languages so the sidebar's language toggle can switch it. */
  readonly notice: MessageText | null;
  /** 'error' when the notice says why an action did nothing. */
  readonly noticeKind: 'info' | 'error';
}

/** The id of the JSON <script> element the server appends to the sidebar HTML. */
export const SIDEBAR_BOOT_ELEMENT_ID = 'ledger-boot';

/** JSON that is safe inside an HTML <script> element: `<`, `>` and `&` cannot end it or open a comment. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
