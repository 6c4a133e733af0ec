// The #-style texts custom functions show in a cell when an argument is wrong (Sheets shows them as the value).
import { messageFormat, type Catalogue, type MessageParams } from '../core/i18n';
import type { Lang } from '../core/types';

export const customMessages = {
  customerUnknown: { en: '#UNKNOWN CUSTOMER {id}', 'zh-CN': '#未知客户 {id}' },
  invoiceUnknown: { en: '#UNKNOWN INVOICE {invoiceNo}', 'zh-CN': '#未知账单 {invoiceNo}' },
  asOfInvalid: {
    en: '#BAD DATE {value}: as_of must be a date, YYYY-MM-DD text or a date serial',
    'zh-CN': '#日期无效 {value}：as_of 须为日期、YYYY-MM-DD 文本或日期序号',
  },
  tableMissing: {
    en: '#NO {tab} TABLE: pass it as an argument or add the tab',
    'zh-CN': '#缺少“{tab}”表：请作为参数传入或添加该工作表',
  },
  tableUnreadable: {
    en: '#NOT A {tab} TABLE: its header row lacks {columns}',
    'zh-CN': '#不是“{tab}”表：表头缺少 {columns}',
  },
  bucketUnknown: {
    en: '#UNKNOWN BUCKET {value}: use one of {labels}, Total, or a number of days past due',
    'zh-CN': '#未知账龄区间 {value}：请用 {labels}、合计，或逾期天数',
  },
  daysInvalid: {
    en: '#BAD DAYS {value}: days must be a whole number from 1 to 3660',
    'zh-CN': '#天数无效 {value}：天数须为 1 至 3660 的整数',
  },
  noSales: {
    en: '#NO SALES IN {days} DAYS: DSO is undefined while money is owed',
    'zh-CN': '#近 {days} 天无赊销：尚有欠款，无法计算 DSO',
  },
  internal: { en: '#ERROR {detail}', 'zh-CN': '#错误 {detail}' },
} satisfies Catalogue<string>;

export type CustomMessageCode = keyof typeof customMessages;

/** The cell text of `code` in `lang`. */
export function customMessage(code: CustomMessageCode, lang: Lang, params: MessageParams = {}): string {
  return messageFormat(customMessages[code], lang, params);
}

/** A wrong argument: the whole call answers with this one text. */
export class CustomArgError extends Error {
  constructor(
    readonly code: CustomMessageCode,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = 'CustomArgError';
  }
}
