// Opens the add-on's sidebar (build/sidebar.html) at a section, with its boot data appended.
import type { MessageText } from '../core/i18n';
import { gasMessage } from './messages';
import { jsonForHtml, SIDEBAR_BOOT_ELEMENT_ID, type SidebarBoot, type SidebarSection } from './sidebar-boot';
import { userLang } from './user-lang';

/** The HtmlService file name of the sidebar (build/sidebar.html). */
export const SIDEBAR_FILE = 'sidebar';

/** Shows the sidebar at `section`, optionally with a notice above it. */
export function sidebarShow(section: SidebarSection, notice: MessageText | null = null, noticeKind: 'info' | 'error' = 'info'): void {
  const lang = userLang();
  const boot: SidebarBoot = { lang, section, notice, noticeKind };
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE)
    .setTitle(gasMessage('sidebar.title', lang))
    .append(`<script type="application/json" id="${SIDEBAR_BOOT_ELEMENT_ID}">${jsonForHtml(boot)}</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}
