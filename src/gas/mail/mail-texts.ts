// The bilingual texts of sending invoices, statements and reminders: reasons for not sending, notices, log results.
import { messageFormat, type Catalogue, type MessageParams } from '../../core/i18n';
import type { Lang } from '../../core/types';

export const mailTexts = {
  'send.noInvoices': { en: 'Choose at least one invoice to send.', 'zh-CN': '请至少选择一张要发送的账单。' },
  'send.unknownInvoice': { en: 'Invoice {invoiceNo} is not in the Invoices tab.', 'zh-CN': '账单 {invoiceNo} 不在账单表中。' },
  'send.voidInvoice': { en: 'Invoice {invoiceNo} is void.', 'zh-CN': '账单 {invoiceNo} 已作废。' },
  'send.unknownCustomer': { en: 'Customer {customerId} is not in Customers.', 'zh-CN': '客户 {customerId} 不在客户表中。' },
  'send.address': { en: '{key}: {problem}', 'zh-CN': '{key}：{problem}' },
  'send.quota': {
    en: '{key}: not sent, the daily mail quota is used up ({needed} recipients needed, {left} left); send it again tomorrow.',
    'zh-CN': '{key}：未发送，今日邮件配额已用完（需要 {needed} 个收件人，剩余 {left} 个）；请明天再发送。',
  },
  'send.time': {
    en: '{key}: not sent, this batch stopped to stay within the Apps Script time limit; send it again.',
    'zh-CN': '{key}：未发送，本批为避免超出 Apps Script 运行时限已停止；请再次发送。',
  },
  'send.document': { en: '{key}: the document could not be made: {detail}', 'zh-CN': '{key}：无法生成文件：{detail}' },
  'send.failed': { en: '{key}: sending failed: {detail}', 'zh-CN': '{key}：发送失败：{detail}' },
  'send.sender': { en: 'Settings: {problem}', 'zh-CN': '设置：{problem}' },
  'send.alreadySent': {
    en: 'Invoice {invoiceNo} was already sent on {sentAt}: confirm to send it again.',
    'zh-CN': '账单 {invoiceNo} 已于 {sentAt} 发送过：确认后可再次发送。',
  },
  'send.statementAlreadySent': {
    en: 'Statement {statementNo} was already sent to {customerId} on {sentAt}: confirm to send it again.',
    'zh-CN': '对账单 {statementNo} 已于 {sentAt} 发送给 {customerId}：确认后可再次发送。',
  },
  'send.summary': {
    en: '{sent} sent, {notSent} not sent, {confirm} waiting for confirmation; mail quota left today: {left}.',
    'zh-CN': '已发送 {sent} 封，未发送 {notSent} 封，{confirm} 封待确认；今日剩余邮件配额：{left}。',
  },
  'statement.sent': {
    en: 'Statement {statementNo} sent to {to}; mail quota left today: {left}.',
    'zh-CN': '对账单 {statementNo} 已发送至 {to}；今日剩余邮件配额：{left}。',
  },
  'reminder.noSalesperson': { en: 'no Salesperson Email for customer {customerId}', 'zh-CN': '客户 {customerId} 没有业务员邮箱' },
  'audit.to': { en: 'to {to}: {subject}', 'zh-CN': '发送至 {to}：{subject}' },
  'audit.toCc': { en: 'to {to}, cc {cc}: {subject}', 'zh-CN': '发送至 {to}，抄送 {cc}：{subject}' },
  'audit.reminderSent': { en: 'level {level} to {to}: {subject}', 'zh-CN': '第 {level} 级，发送至 {to}：{subject}' },
  'audit.reminderSkipped': { en: 'level {lower} skipped, level {level} sent', 'zh-CN': '跳过第 {lower} 级，已发第 {level} 级' },
  'log.sent': { en: 'Sent', 'zh-CN': '已发送' },
  'log.skipped': { en: 'Skipped (level {level} sent instead)', 'zh-CN': '已跳过（改发第 {level} 级）' },
  'log.failed': { en: 'Not sent: {reason}', 'zh-CN': '未发送：{reason}' },
  'run.summary': {
    en: 'Reminders: {sent} sent, {skipped} lower levels skipped, {failed} not sent, {waiting} left for the next run.',
    'zh-CN': '催款：已发送 {sent} 封，跳过较低级别 {skipped} 个，未发送 {failed} 封，留待下次 {waiting} 封。',
  },
  'run.busy': {
    en: 'Another reminder run or ledger write is in progress; this run sent nothing.',
    'zh-CN': '另一次催款或账本写入正在进行，本次未发送。',
  },
  'run.stoppedTime': {
    en: 'The run stopped at {done} of {total} reminders to stay within the time limit; the rest go on the next run.',
    'zh-CN': '为避免超时，本次在 {total} 封中发送 {done} 封后停止；其余将在下次运行时发送。',
  },
  'run.stoppedQuota': {
    en: 'The mail quota ran out after {done} of {total} reminders; the rest go on the next run.',
    'zh-CN': '邮件配额在 {total} 封中发送 {done} 封后用完；其余将在下次运行时发送。',
  },
  'trigger.installed': {
    en: 'Daily reminders are on: they run every day around {hour}:00.',
    'zh-CN': '已开启每日催款：每天约 {hour}:00 运行。',
  },
  'trigger.already': {
    en: 'Daily reminders were already on (every day around {hour}:00).',
    'zh-CN': '每日催款已经开启（每天约 {hour}:00）。',
  },
  'trigger.removed': { en: 'Daily reminders are off.', 'zh-CN': '已关闭每日催款。' },
  'trigger.none': { en: 'Daily reminders were not on.', 'zh-CN': '每日催款本来就未开启。' },
  'preview.noLevels': {
    en: 'No reminder levels are set: fill Reminder 1 (e.g. "7 | 0 | customer") in Settings.',
    'zh-CN': '尚未设置催款级别：请在设置中填写 催款1（例如“7 | 0 | 客户”）。',
  },
  'preview.pending': {
    en: 'The run of {day} stopped early ({reason}); it goes on from invoice {next}.',
    'zh-CN': '{day} 的运行提前停止（{reason}）；下次从账单 {next} 继续。',
  },
  'reason.time': { en: 'time limit', 'zh-CN': '时间限制' },
  'reason.quota': { en: 'mail quota', 'zh-CN': '邮件配额' },
} satisfies Catalogue<string>;

export type MailTextCode = keyof typeof mailTexts;

/** Renders text `code` in `lang`. */
export function mailText(code: MailTextCode, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(mailTexts[code], lang, params);
}

/** The Audit Log's "after" text of a mail: its recipients and subject, in `lang`. */
export function mailAuditText(to: string, cc: string, subject: string, lang: Lang): string {
  return cc === '' ? mailText('audit.to', lang, { to, subject }) : mailText('audit.toCc', lang, { to, cc, subject });
}
