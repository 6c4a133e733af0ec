// The "Record payment" form: one Payments row (with its P-number), checked against the book; returns the card.
import { bookBuild } from '../core/book';
import type { MessageText } from '../core/i18n';
import { paymentAllocationPreview } from '../core/allocation-tools';
import { documentNoKey } from '../core/document-no';
import { moneyFormat, moneyToDecimalString } from '../core/money';
import type { Book } from '../core/book-types';
import type { IsoDate, Lang } from '../core/types';
import { bookRead } from '../sheets/book-read';
import { cellKey } from '../sheets/cell-text';
import { cellMoney } from '../sheets/cell-values';
import { paymentsSchema } from '../sheets/schemas';
import { documentLocked } from './allocation-lock';
import { customerCardBuild } from './customer-card';
import { formText, type FormDone } from './form-customer';
import { FormCheck, formMessage } from './form-messages';
import { formCustomer, formDate, tablesWithRow } from './form-sale';
import { dateCell, formFormulasRefresh, formRowAppend, formTableOf, formTablesRead } from './form-table';
import { spreadsheetActive } from './ledger-tables';
import { spreadsheetToday } from './spreadsheet-date';

export interface PaymentForm {
  readonly date?: string;
  readonly customerId?: string;
  readonly amount?: string;
  readonly method?: string;
  readonly reference?: string;
  /** Directs the payment to one of the customer's invoices; blank = allocated by the rules. */
  readonly invoiceNo?: string;
  readonly notes?: string;
}

function paymentsField(key: string): MessageText {
  return paymentsSchema.columns.find((c) => c.key === key)?.header ?? { en: key, 'zh-CN': key };
}

/** Checks the form against the book; returns the draft payment and its cells (Payment ID filled later). */
export function paymentFormCheck(form: PaymentForm, book: Book, today: IsoDate, lang: Lang) {
  const check = new FormCheck();
  const text = (key: keyof PaymentForm) => formText(form[key]);
  const date = formDate(check, 'date', paymentsField('date'), text('date'), today);
  const customer = formCustomer(check, book, text('customerId'), paymentsField('customerId'));
  const currency = customer?.currency ?? book.settings.currency;
  const amountText = text('amount');
  const amount = amountText ? cellMoney(amountText, currency) : null;
  if (!amount) check.add('amount', 'form.required', { field: paymentsField('amount') });
  else if (!amount.ok) check.add('amount', 'form.amountInvalid', { field: paymentsField('amount'), value: amountText });
  else if (amount.value <= 0) check.add('amount', 'form.amountPositive', { field: paymentsField('amount') });
  const invoiceNo = cellKey(text('invoiceNo'));
  if (invoiceNo && customer) {
    const invoice = book.invoices.find((i) => documentNoKey(i.invoiceNo) === documentNoKey(invoiceNo));
    if (!invoice || invoice.customerId !== customer.id) check.add('invoiceNo', 'form.invoiceUnknown', { invoiceNo, id: customer.id });
  }
  check.done();
  const value = amount!.ok ? amount!.value : (0 as never);
  return {
    draft: {
      id: null,
      date,
      customerId: customer!.id,
      amount: value,
      currency: null,
      method: text('method'),
      reference: text('reference'),
      invoiceNo: invoiceNo || null,
      notes: text('notes'),
    },
    currency,
  };
}

/**
 * Records the payment under the document lock (its P-number must not be handed out twice): one getValues
 * per tab, one setValues of the new Payments row. Returns the customer's card.
 */
export function paymentAdd(form: PaymentForm, lang: Lang): FormDone {
  const done = paymentAddLocked(form, lang);
  // Its Applied/Unapplied formula cells, as the change trigger would add them.
  formFormulasRefresh(spreadsheetActive());
  return done;
}

function paymentAddLocked(form: PaymentForm, lang: Lang): FormDone {
  return documentLocked(() => {
    const spreadsheet = spreadsheetActive();
    const { tables, sheets } = formTablesRead(spreadsheet);
    const table = formTableOf(sheets.Payments ?? null, 'Payments', tables.Payments, lang);
    const today = spreadsheetToday(spreadsheet);
    const book = bookBuild(bookRead(tables, { lang }).input);
    const { draft, currency } = paymentFormCheck(form ?? {}, book, today, lang);
    const paymentId = paymentAllocationPreview(book, draft).paymentId;
    const cells = {
      paymentId: table.map.columns.paymentId === undefined ? null : { text: paymentId },
      date: dateCell(draft.date),
      customerId: { text: draft.customerId },
      amount: Number(moneyToDecimalString(draft.amount, currency)),
      method: { text: draft.method },
      reference: { text: draft.reference },
      invoiceNo: draft.invoiceNo ? { text: draft.invoiceNo } : null,
      notes: { text: draft.notes },
    };
    const row = formRowAppend(table, cells, lang);
    const after = bookBuild(bookRead(tablesWithRow(tables, 'Payments', row, table.map.columns, cells), { lang }).input);
    return {
      notice: formMessage('form.paymentAdded', lang, { id: draft.customerId, paymentId, amount: moneyFormat(draft.amount, currency, lang) }),
      card: customerCardBuild(after, draft.customerId, today, lang),
    };
  });
}
