// The "New sale" form: one Sales line whose amount is given or computed (quantity × unit price × (1 + tax)).
import { bookBuild } from '../core/book';
import type { MessageText } from '../core/i18n';
import { DECIMAL_ONE, decimalMajorToMinor, decimalToString, saleLineAmount } from '../core/decimal';
import { moneyFormat, moneyToDecimalString } from '../core/money';
import type { Book } from '../core/book-types';
import type { IsoDate, Lang, Minor } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { cellKey } from '../sheets/cell-text';
import { cellDate, cellDecimal, cellMoney, cellRate } from '../sheets/cell-values';
import { salesSchema } from '../sheets/schemas';
import { customerCardBuild } from './customer-card';
import { formText, type FormDone } from './form-customer';
import { FormCheck, formMessage } from './form-messages';
import { dateCell, formRowAppend, formTableOf, formTablesRead } from './form-table';
import { spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

export interface SaleForm {
  /** YYYY-MM-DD (other date spellings the sheets accept are fine); blank = today. */
  readonly date?: string;
  readonly customerId?: string;
  readonly description?: string;
  readonly quantity?: string;
  readonly unitPrice?: string;
  /** "13%" or 0.13; blank = the Settings rate. */
  readonly taxRate?: string;
  /** The tax-inclusive total, when no unit price is given. */
  readonly amount?: string;
}

function salesField(key: string): MessageText {
  return salesSchema.columns.find((c) => c.key === key)?.header ?? { en: key, 'zh-CN': key };
}

/** A date field: blank = today; refused when it is not a date. */
export function formDate(check: FormCheck, field: string, label: MessageText, text: string, today: IsoDate): IsoDate {
  if (!text) return today;
  const read = cellDate(text, null);
  if (read.ok) return read.value;
  check.add(field, 'form.dateInvalid', { field: label, value: text });
  return today;
}

/** A customer field: required and known to the book. */
export function formCustomer(check: FormCheck, book: Book, text: string, label: MessageText) {
  const id = cellKey(text);
  if (!id) {
    check.add('customerId', 'form.required', { field: label });
    return null;
  }
  const customer = book.customerById.get(id);
  if (!customer) check.add('customerId', 'form.customerUnknown', { id });
  return customer ?? null;
}

/** Checks the form; returns the line's cells and its amount. */
export function saleFormCheck(form: SaleForm, book: Book, today: IsoDate, lang: Lang) {
  const check = new FormCheck();
  const text = (key: keyof SaleForm) => formText(form[key]);
  const date = formDate(check, 'date', salesField('date'), text('date'), today);
  const customer = formCustomer(check, book, text('customerId'), salesField('customerId'));
  const currency = customer?.currency ?? book.settings.currency;
  const quantityText = text('quantity');
  const priceText = text('unitPrice');
  const rateText = text('taxRate');
  const amountText = text('amount');
  const quantity = quantityText ? cellDecimal(quantityText) : { ok: true as const, value: DECIMAL_ONE };
  if (!quantity.ok || quantity.value.units <= 0) check.add('quantity', 'form.numberInvalid', { field: salesField('quantity'), value: quantityText });
  const rate = rateText ? cellRate(rateText) : { ok: true as const, value: book.settings.taxRate };
  if (!rate.ok) check.add('taxRate', 'form.rateInvalid', { field: salesField('taxRate'), value: rateText });
  let amount: Minor | null = null;
  let price = null;
  if (priceText) {
    const read = cellDecimal(priceText.replace(/,/g, ''));
    if (!read.ok || read.value.units < 0) check.add('unitPrice', 'form.amountInvalid', { field: salesField('unitPrice'), value: priceText });
    else price = read.value;
  } else if (amountText) {
    const read = cellMoney(amountText, currency);
    if (!read.ok) check.add('amount', 'form.amountInvalid', { field: salesField('amount'), value: amountText });
    else if (read.value <= 0) check.add('amount', 'form.amountPositive', { field: salesField('amount') });
    else amount = read.value;
  } else {
    check.add('amount', 'form.amountOrPrice');
  }
  check.done();
  if (price && quantity.ok && rate.ok) amount = saleLineAmount(quantity.value, decimalMajorToMinor(price, currency), rate.value);
  const id = customer!.id;
  return {
    customerId: id,
    currency,
    amount: amount!,
    cells: {
      date: dateCell(date),
      customerId: { text: id },
      description: { text: text('description') },
      quantity: quantityText && quantity.ok ? Number(decimalToString(quantity.value)) : null,
      unitPrice: price ? Number(decimalToString(price)) : null,
      taxRate: rateText && rate.ok ? Number(decimalToString(rate.value)) : null,
      amount: Number(moneyToDecimalString(amount!, currency)),
    },
  };
}

/** Records the sale: one getValues per tab, one setValues of the new Sales row; returns the customer's card. */
export function saleAdd(form: SaleForm, lang: Lang): FormDone {
  const spreadsheet = spreadsheetActive();
  const { tables, sheets } = formTablesRead(spreadsheet);
  const table = formTableOf(sheets.Sales ?? null, 'Sales', tables.Sales, lang);
  const today = spreadsheetToday(spreadsheet);
  const book = bookBuild(bookRead(tables, { lang }).input);
  const sale = saleFormCheck(form ?? {}, book, today, lang);
  const row = formRowAppend(table, sale.cells, lang);
  // The refreshed view comes from the tables as written: the new row joins the cells already read.
  const written = tablesWithRow(tables, 'Sales', row, table.map.columns, sale.cells);
  const after = bookBuild(bookRead(written, { lang }).input);
  return {
    notice: formMessage('form.saleAdded', lang, { id: sale.customerId, amount: moneyFormat(sale.amount, sale.currency, lang) }),
    card: customerCardBuild(after, sale.customerId, today, lang),
  };
}

/** `tables` with `cells` placed in row `row` of `tab` (by column index): what the sheet now holds. */
export function tablesWithRow(
  tables: Partial<Record<string, unknown[][]>>,
  tab: string,
  row: number,
  columns: Readonly<Record<string, number>>,
  cells: Readonly<Record<string, unknown>>,
): Partial<Record<string, unknown[][]>> {
  const grid = (tables[tab] ?? []).map((r) => r.slice());
  while (grid.length < row) grid.push(new Array(grid[0]?.length ?? 0).fill(''));
  const target = grid[row - 1]!;
  for (const [key, value] of Object.entries(cells)) {
    const column = columns[key];
    if (column === undefined || value === null) continue;
    target[column] = typeof value === 'object' && value !== null && 'text' in value ? (value as { text: string }).text : value;
  }
  return { ...tables, [tab]: grid };
}
