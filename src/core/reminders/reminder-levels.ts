// Reminder levels (催款) from Settings: "Reminder n" = `days | minimum amount | recipients`, checked row by row.
import { decimalParse } from '../decimal';
import { messageFormat, type Catalogue, type MessageParams } from '../i18n';
import { TAB_NAMES } from '../problems';
import type { Decimal, Lang } from '../types';

/** Who a reminder goes to: the customer's Email, the Salesperson Email, or both (salesperson in CC). */
export type ReminderRecipients = 'customer' | 'salesperson' | 'both';

export interface ReminderLevel {
  /** n of the Settings key "Reminder n": the level's identity in the Reminder Log. */
  readonly level: number;
  /** Sent once an invoice is at least this many days past its due date. */
  readonly days: number;
  /** Only when the invoice's open amount is at least this (major units of the invoice's currency). */
  readonly minimum: Decimal;
  readonly recipients: ReminderRecipients;
}

/** The raw Value cell of a "Reminder n" setting and its Settings row (1-based; 0 when not from a sheet). */
export interface ReminderSetting {
  readonly level: number;
  readonly text: string;
  readonly row: number;
}

export type ReminderProblemCode = 'reminder-days' | 'reminder-minimum' | 'reminder-recipients' | 'reminder-parts' | 'reminder-order';

export interface ReminderProblem {
  readonly row: number;
  readonly level: number;
  readonly value: string;
  readonly code: ReminderProblemCode;
  readonly params: MessageParams;
}

export interface ReminderLevelsRead {
  /** The usable levels, by level number (days strictly increasing). */
  readonly levels: readonly ReminderLevel[];
  readonly problems: readonly ReminderProblem[];
}

export const REMINDER_PROBLEM_MESSAGES: Catalogue<ReminderProblemCode> = {
  'reminder-days': {
    en: 'the days overdue "{part}" must be a whole number from 1 to 3650, as in "7 | 0 | customer".',
    'zh-CN': '逾期天数“{part}”必须是 1 到 3650 的整数，例如“7 | 0 | 客户”。',
  },
  'reminder-minimum': {
    en: 'the minimum amount "{part}" is not an amount of 0 or more, as in "14 | 500 | both".',
    'zh-CN': '最低金额“{part}”不是大于等于 0 的金额，例如“14 | 500 | 两者”。',
  },
  'reminder-recipients': {
    en: 'send to "{part}" must be customer, salesperson or both.',
    'zh-CN': '发送对象“{part}”必须是 客户、业务员 或 两者。',
  },
  'reminder-parts': {
    en: 'write days | minimum amount | send to, as in "7 | 0 | customer" (at most three parts).',
    'zh-CN': '请写成 天数 | 最低金额 | 发送对象，例如“7 | 0 | 客户”（最多三部分）。',
  },
  'reminder-order': {
    en: 'its {days} days must be more than the {previousDays} days of Reminder {previous}; this level is not used.',
    'zh-CN': '其 {days} 天必须大于催款{previous}的 {previousDays} 天；本级不使用。',
  },
};

const RECIPIENT_WORDS: Readonly<Record<ReminderRecipients, readonly string[]>> = {
  customer: ['customer', 'client', '客户'],
  salesperson: ['salesperson', 'sales', 'salesman', '业务员', '销售', '业务'],
  both: ['both', 'all', 'customer+salesperson', 'customerandsalesperson', '两者', '都', '全部', '客户和业务员', '客户+业务员'],
};

function recipientsRead(part: string): ReminderRecipients | null {
  if (part === '') return 'customer';
  const folded = part.toLowerCase().replace(/[\s&]+/g, '');
  for (const [recipients, words] of Object.entries(RECIPIENT_WORDS)) {
    if (words.includes(folded)) return recipients as ReminderRecipients;
  }
  return null;
}

function daysRead(part: string): number | null {
  const match = /^(\d{1,4})\s*(?:天|日|days?|d)?$/i.exec(part);
  const days = match ? Number(match[1]) : NaN;
  return days >= 1 && days <= 3650 ? days : null;
}

/** "500", "1,000.50", "¥500", "500元" → a Decimal ≥ 0; blank = 0. */
function minimumRead(part: string): Decimal | null {
  const bare = part.replace(/^[¥$€£]|元$|[,\s]/g, '');
  if (bare === '') return { units: 0, scale: 0 };
  const value = decimalParse(bare);
  return value && value.units >= 0 ? value : null;
}

/** The parts of a value: split at "|" (or ";"); "7 0 customer" with spaces only also works. */
function valueParts(text: string): string[] {
  const folded = text.normalize('NFKC').trim();
  const parts = /[|;]/.test(folded) ? folded.split(/[|;]/) : folded.split(/\s+/);
  return parts.map((p) => p.trim());
}

/** One setting → a level or a problem; null for a blank value (the level is off). */
function levelRead(setting: ReminderSetting): ReminderLevel | ReminderProblem | null {
  const text = setting.text.trim();
  if (text === '') return null;
  const problem = (code: ReminderProblemCode, part: string): ReminderProblem => ({
    row: setting.row, level: setting.level, value: text, code, params: { part },
  });
  const parts = valueParts(text);
  if (parts.length > 3) return problem('reminder-parts', text);
  const [daysPart = '', minimumPart = '', recipientsPart = ''] = parts;
  const days = daysRead(daysPart);
  if (days === null) return problem('reminder-days', daysPart);
  const minimum = minimumRead(minimumPart);
  if (minimum === null) return problem('reminder-minimum', minimumPart);
  const recipients = recipientsRead(recipientsPart);
  if (recipients === null) return problem('reminder-recipients', recipientsPart);
  return { level: setting.level, days, minimum, recipients };
}

/**
 * The reminder levels of the "Reminder n" settings: blank values are off; a value that cannot be read, or
 * whose days are not more than the previous level's, is left out with a row-numbered problem. Later levels
 * must wait longer, so "the highest level reached" is always the most urgent one.
 */
export function reminderLevelsParse(settings: readonly ReminderSetting[]): ReminderLevelsRead {
  const levels: ReminderLevel[] = [];
  const problems: ReminderProblem[] = [];
  for (const setting of [...settings].sort((a, b) => a.level - b.level)) {
    const read = levelRead(setting);
    if (read === null) continue;
    if ('code' in read) {
      problems.push(read);
      continue;
    }
    const previous = levels[levels.length - 1];
    if (previous && read.days <= previous.days) {
      problems.push({
        row: setting.row, level: setting.level, value: setting.text.trim(), code: 'reminder-order',
        params: { days: read.days, previous: previous.level, previousDays: previous.days },
      });
      continue;
    }
    levels.push(read);
  }
  return { levels, problems };
}

/** "Settings row 5: Reminder 2 "abc": …" / "设置 第 5 行：催款2“abc”：…". */
export function reminderProblemMessage(problem: ReminderProblem, lang: Lang): string {
  const tab = TAB_NAMES.Settings[lang];
  const text = messageFormat(REMINDER_PROBLEM_MESSAGES[problem.code], lang, problem.params);
  if (lang === 'zh-CN') {
    const where = problem.row > 0 ? `${tab} 第 ${problem.row} 行：` : `${tab}：`;
    return `${where}催款${problem.level}“${problem.value}”：${text}`;
  }
  const where = problem.row > 0 ? `${tab} row ${problem.row}: ` : `${tab}: `;
  return `${where}Reminder ${problem.level} "${problem.value}": ${text}`;
}
