// The mail details of each customer from the Customers tab: name, Email, Salesperson Email and mail Language.
import type { Lang } from '../../core/types';
import { cellText } from '../../sheets/cell-text';
import { headerDetect } from '../../sheets/header-detect';
import { customersSchema } from '../../sheets/schemas';
import type { CellGrid } from '../ledger-tables';

export interface CustomerContact {
  readonly customerId: string;
  readonly name: string;
  /** The Email cell as typed (several addresses allowed); checked when a mail is built. */
  readonly email: string;
  readonly salespersonEmail: string;
  /** The Language cell (English/中文…); null = the Settings language. */
  readonly language: Lang | null;
}

/** "zh", "中文", "Chinese" → zh-CN; "en", "English", "英文" → en; anything else → null. */
export function contactLanguage(text: string): Lang | null {
  const folded = text.normalize('NFKC').trim().toLowerCase();
  if (/^(zh|中文|简体|汉语|chinese)/.test(folded)) return 'zh-CN';
  if (/^(en|english|英文|英语)/.test(folded)) return 'en';
  return null;
}

/** Every customer row with an ID, by ID (the first row wins, as in the book). */
export function customerContactsRead(table: CellGrid | undefined): Map<string, CustomerContact> {
  const contacts = new Map<string, CustomerContact>();
  if (!table) return contacts;
  const header = headerDetect(customersSchema, table);
  if (!header.ok) return contacts;
  const { columns, headerIndex } = header.map;
  const cell = (row: readonly unknown[], key: string) => (columns[key] === undefined ? '' : cellText(row[columns[key]!]).trim());
  for (const row of table.slice(headerIndex + 1)) {
    const customerId = cell(row, 'customerId');
    if (customerId === '' || contacts.has(customerId)) continue;
    contacts.set(customerId, {
      customerId,
      name: cell(row, 'name'),
      email: cell(row, 'email'),
      salespersonEmail: cell(row, 'salespersonEmail'),
      language: contactLanguage(cell(row, 'language')),
    });
  }
  return contacts;
}
