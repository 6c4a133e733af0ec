// A statement document as an ordered list of blocks (title, fields, tables, texts) that the Doc and the tab both render.
import { minor, moneyFormat, moneyToDecimalString } from '../money';
import type { IsoDate, Minor } from '../types';
import type { StatementDocument } from './statement-document';
import { statementHeading, statementLabel } from './statement-labels';

/** One cell of a block: text, an amount (rendered as a number in Sheets) or a date. */
export type StatementCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'amount'; readonly amount: Minor; readonly text: string }
  | { readonly kind: 'date'; readonly date: IsoDate; readonly text: string };

export type StatementBlock =
  | { readonly kind: 'title'; readonly text: string }
  /** The company's name (first line, strong) and its contact lines. */
  | { readonly kind: 'lines'; readonly role: 'company'; readonly lines: readonly string[] }
  /** Label / value pairs. */
  | { readonly kind: 'fields'; readonly role: 'customer' | 'statement'; readonly fields: readonly (readonly [string, StatementCell])[] }
  | { readonly kind: 'heading'; readonly role: 'aging' | 'confirmation'; readonly text: string }
  /** A table: its header row, then its body; `strong` = body rows shown bold (the closing line). */
  | {
      readonly kind: 'table';
      readonly role: 'rows' | 'aging';
      readonly header: readonly string[];
      readonly body: readonly (readonly StatementCell[])[];
      readonly strong: readonly number[];
    }
  | { readonly kind: 'text'; readonly role: 'closing' | 'capitals' | 'words' | 'notice' | 'agree' | 'differ' | 'signature' | 'signatureDate' | 'bank' | 'empty'; readonly text: string; readonly strong?: boolean };

const text = (value: string): StatementCell => ({ kind: 'text', text: value });

/**
 * An amount in a table: grouped digits without the currency sign ("-1,234.50"), as on printed statements — the
 * currency is a field of the header, and narrow amount columns stay on one line.
 */
function money(doc: StatementDocument, amount: Minor): StatementCell {
  const [whole = '', fraction] = moneyToDecimalString(amount, doc.currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return { kind: 'amount', amount, text: fraction === undefined ? grouped : `${grouped}.${fraction}` };
}

/** Debit or credit: blank when zero, as on paper statements. */
function moneyOrBlank(doc: StatementDocument, amount: Minor): StatementCell {
  return amount === 0 ? text('') : money(doc, amount);
}

const date = (value: IsoDate): StatementCell => ({ kind: 'date', date: value, text: value });

function companyBlock(doc: StatementDocument): StatementBlock | null {
  const { company, lang } = doc;
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const lines = [
    company.address,
    [company.phone && `${statementLabel('phone', lang)}${colon}${company.phone}`, company.email && `${statementLabel('email', lang)}${colon}${company.email}`]
      .filter((part) => part !== '')
      .join(' · '),
    company.taxId && `${statementLabel('taxId', lang)}${colon}${company.taxId}`,
  ].filter((line) => line !== '');
  if (company.name === '' && lines.length === 0) return null;
  return { kind: 'lines', role: 'company', lines: [company.name, ...lines] };
}

function customerBlock(doc: StatementDocument): StatementBlock {
  const { customer, lang } = doc;
  const optional: [Parameters<typeof statementHeading>[0], string][] = [
    ['contact', customer.contact],
    ['address', customer.address],
    ['phone', customer.phone],
    ['email', customer.email],
    ['taxId', customer.taxId],
  ];
  return {
    kind: 'fields',
    role: 'customer',
    fields: [
      [statementHeading('customer', lang), text(customer.name)],
      [statementHeading('customerId', lang), text(customer.id)],
      ...optional.filter(([, value]) => value !== '').map(([label, value]) => [statementHeading(label, lang), text(value)] as const),
    ],
  };
}

function statementFieldsBlock(doc: StatementDocument): StatementBlock {
  const { lang } = doc;
  const layout = doc.layout === 'open-item' ? statementLabel('layoutOpenItem', lang, { to: doc.to }) : statementLabel('layoutBalanceForward', lang);
  return {
    kind: 'fields',
    role: 'statement',
    fields: [
      [statementHeading('statementNo', lang), text(doc.statementNo)],
      [statementHeading('statementDate', lang), date(doc.issueDate)],
      [statementHeading('period', lang), text(statementLabel('periodValue', lang, { from: doc.from, to: doc.to }))],
      [statementHeading('currency', lang), text(doc.currency)],
      [statementHeading('layout', lang), text(layout)],
    ],
  };
}

/** The rows table: opening line, the engine's rows with their running balance, totals, closing line. */
function rowsBlock(doc: StatementDocument): StatementBlock {
  const { lang, report } = doc;
  const blank = text('');
  const body: StatementCell[][] = [
    [blank, blank, text(statementLabel('opening', lang)), blank, blank, money(doc, report.openingBalance)],
    ...doc.rows.map((row) => [date(row.date), text(row.documentNo), text(row.text), moneyOrBlank(doc, row.debit), moneyOrBlank(doc, row.credit), money(doc, row.balance)]),
    [blank, blank, text(statementLabel(doc.layout === 'open-item' ? 'totalsOpen' : 'totals', lang)), money(doc, report.totalDebit), money(doc, report.totalCredit), blank],
    [blank, blank, text(statementLabel('closing', lang)), blank, blank, money(doc, report.closingBalance)],
  ];
  const header = (['date', 'documentNo', 'description', 'debit', 'credit', 'balance'] as const).map((label) => statementHeading(label, lang));
  return { kind: 'table', role: 'rows', header, body, strong: [body.length - 1] };
}

function closingBlocks(doc: StatementDocument): StatementBlock[] {
  const { lang } = doc;
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const blocks: StatementBlock[] = [
    { kind: 'text', role: 'closing', text: `${statementHeading('closing', lang)}${colon}${moneyFormat(doc.report.closingBalance, doc.currency, lang)}`, strong: true },
    { kind: 'text', role: 'capitals', text: `${statementHeading('inCapitals', lang)}${colon}${doc.closingInCapitals}` },
  ];
  if (doc.closingInWords !== null) blocks.push({ kind: 'text', role: 'words', text: `${statementLabel('inWords', lang)}${colon}${doc.closingInWords}` });
  return blocks;
}

/** The aging summary: one row of amounts per bucket and the total; unapplied credit and net when there is credit. */
function agingBlocks(doc: StatementDocument): StatementBlock[] {
  const { aging, lang } = doc;
  const header = [...aging.labels.map((label) => statementHeading(label, lang)), statementHeading('agingTotal', lang)];
  const body: StatementCell[][] = [[...aging.amounts.map((amount) => money(doc, amount)), money(doc, aging.total)]];
  if (aging.unapplied !== 0) {
    const pad = (cells: StatementCell[]) => [...new Array<StatementCell>(header.length - cells.length).fill(text('')), ...cells];
    body.push(pad([text(statementLabel('unapplied', lang)), money(doc, minor(-aging.unapplied))]));
    body.push(pad([text(statementLabel('net', lang)), money(doc, aging.net)]));
  }
  return [
    { kind: 'heading', role: 'aging', text: statementHeading('aging', lang, { date: aging.asOf }) },
    { kind: 'table', role: 'aging', header, body, strong: [] },
  ];
}

function confirmationBlocks(doc: StatementDocument): StatementBlock[] {
  const { lang } = doc;
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const blocks: StatementBlock[] = [
    { kind: 'heading', role: 'confirmation', text: statementHeading('confirmation', lang) },
    { kind: 'text', role: 'notice', text: statementLabel('notice', lang, { days: doc.replyDays }) },
    { kind: 'text', role: 'agree', text: statementLabel('agree', lang) },
    { kind: 'text', role: 'differ', text: statementLabel('differ', lang) },
    { kind: 'text', role: 'signature', text: `${statementHeading('signature', lang)}${colon}${statementLabel('blankLine', lang)}` },
    { kind: 'text', role: 'signatureDate', text: `${statementHeading('signatureDate', lang)}${colon}${statementLabel('blankLine', lang)}` },
  ];
  if (doc.company.bankDetails !== '') {
    blocks.push({ kind: 'text', role: 'bank', text: `${statementHeading('bankDetails', lang)}${colon}${doc.company.bankDetails}` });
  }
  return blocks;
}

/**
 * The document top to bottom: bilingual title, company, customer and statement fields, the rows table,
 * the closing balance in figures and words, the aging summary, the confirmation block.
 */
export function statementBlocks(doc: StatementDocument): StatementBlock[] {
  const company = companyBlock(doc);
  return [
    { kind: 'title', text: statementHeading('title', doc.lang) },
    ...(company ? [company] : []),
    customerBlock(doc),
    statementFieldsBlock(doc),
    rowsBlock(doc),
    ...(doc.rows.length === 0 ? [{ kind: 'text', role: 'empty', text: statementLabel('noRows', doc.lang) } as const] : []),
    ...closingBlocks(doc),
    ...agingBlocks(doc),
    ...confirmationBlocks(doc),
  ];
}

/** The blocks as plain text, one line per paragraph, table cells joined by " | " (tests, previews). */
export function statementBlocksText(blocks: readonly StatementBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'title' || block.kind === 'heading' || block.kind === 'text') lines.push(block.text);
    else if (block.kind === 'lines') lines.push(...block.lines);
    else if (block.kind === 'fields') for (const [label, value] of block.fields) lines.push(`${label}: ${value.text}`);
    else for (const row of [block.header, ...block.body.map((r) => r.map((c) => c.text))]) lines.push(row.join(' | '));
  }
  return `${lines.join('\n')}\n`;
}
