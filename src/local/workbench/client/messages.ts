// The workbench page's bilingual strings.
import type { Catalogue, MessageParams } from '../../../core/i18n';
import { messageFormat } from '../../../core/i18n';
import type { Lang } from '../../../core/types';

export type PageMessageCode = keyof typeof pageMessages;

export const pageMessages = {
  'page.title': { en: 'Customer Ledger — workbench', 'zh-CN': '客户账——本地工作台' },
  'page.intro': {
    en: 'The real add-on bundle (build/Code.js) running against an in-memory spreadsheet: a sample book, a blank one or a messy sheet of your own. Use the add-on menu as you would in Google Sheets.',
    'zh-CN': '真实的插件代码（build/Code.js）在内存表格中运行：示例账本、空白表格或杂乱的现有表格。像在 Google 表格中一样使用插件菜单。',
  },
  'menu.extensions': { en: 'Extensions', 'zh-CN': '扩展程序' },
  'menu.addonName': { en: 'Customer Ledger', 'zh-CN': '客户账' },
  'menu.none': { en: 'The add-on has not built a menu.', 'zh-CN': '插件尚未创建菜单。' },
  'sidebar.closed': { en: 'No sidebar is open. Choose “Open sidebar” in the add-on menu.', 'zh-CN': '侧边栏未打开。请在插件菜单中选择“打开侧边栏”。' },
  'sidebar.close': { en: 'Close', 'zh-CN': '关闭' },
  'formula.none': { en: 'Select a cell to see its formula or value.', 'zh-CN': '选择单元格以查看其公式或值。' },
  'panel.documents': { en: 'Documents created ({count})', 'zh-CN': '已创建的文档（{count}）' },
  'panel.mail': { en: 'Mail sent ({count})', 'zh-CN': '已发送的邮件（{count}）' },
  'panel.messages': { en: 'Alerts ({count})', 'zh-CN': '提示（{count}）' },
  'panel.calls': { en: 'Service calls ({count})', 'zh-CN': '服务调用（{count}）' },
  'panel.empty': { en: 'Nothing yet.', 'zh-CN': '暂无。' },
  'mail.to': { en: 'To: {to}', 'zh-CN': '收件人：{to}' },
  'mail.attachments': { en: 'Attachments:', 'zh-CN': '附件：' },
  'mail.from': { en: 'From: {name}', 'zh-CN': '发件人：{name}' },
  'mail.cc': { en: 'Cc: {cc}', 'zh-CN': '抄送：{cc}' },
  'mail.bcc': { en: 'Bcc: {bcc}', 'zh-CN': '密送：{bcc}' },
  'mail.replyTo': { en: 'Reply-To: {replyTo}', 'zh-CN': '回复至：{replyTo}' },
  'mail.sentAt': { en: 'Sent {at}', 'zh-CN': '发送时间：{at}' },
  'mail.html': { en: 'An HTML version of the body was sent too.', 'zh-CN': '同时发送了 HTML 格式的正文。' },
  'doc.open': { en: 'Open', 'zh-CN': '打开' },
  'doc.folders': { en: 'In {folders}', 'zh-CN': '位于：{folders}' },
  'panel.drive': { en: 'Drive files ({count})', 'zh-CN': '云端硬盘文件（{count}）' },
  'drive.doc': { en: 'Google Doc', 'zh-CN': 'Google 文档' },
  'drive.sheet': { en: 'Google Sheet', 'zh-CN': 'Google 表格' },
  'today.input': { en: 'Today (virtual)', 'zh-CN': '今天（模拟）' },
  'today.set': { en: 'Set date', 'zh-CN': '设定日期' },
  'today.failed': { en: 'Could not set the date: {error}', 'zh-CN': '无法设定日期：{error}' },
  'book.label': { en: 'Start again with', 'zh-CN': '重新开始：' },
  'book.blank': { en: 'New blank book', 'zh-CN': '新建空白表格' },
  'book.sample': { en: 'Sample book', 'zh-CN': '示例账本' },
  'book.messy': { en: 'Messy sheet', 'zh-CN': '杂乱的现有表格' },
  'book.export': { en: 'Download .xlsx', 'zh-CN': '下载 .xlsx' },
  'book.loading': { en: 'Starting a fresh spreadsheet…', 'zh-CN': '正在新建表格…' },
  'status.running': { en: 'Running {name}…', 'zh-CN': '正在运行 {name}…' },
  'status.done': { en: '{name} finished.', 'zh-CN': '{name} 已完成。' },
  'status.failed': { en: '{name} failed: {error}', 'zh-CN': '{name} 失败：{error}' },
  'status.loadFailed': { en: 'Could not reach the workbench server: {error}', 'zh-CN': '无法连接工作台服务器：{error}' },
  'today.label': { en: 'Today (virtual): {date}', 'zh-CN': '今天（模拟）：{date}' },
  'lang.label': { en: 'Language', 'zh-CN': '语言' },
} satisfies Catalogue<string>;

export function pageMessage(code: PageMessageCode, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(pageMessages[code], lang, params);
}
