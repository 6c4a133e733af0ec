// The ledger's domain records: plain readonly data shared by every layer (see DESIGN.md §3).

/** An ISO-4217 currency code such as "CNY", "USD", "JPY". */
export type CurrencyCode = string;

/**
 * An integer count of minor units (fen, cents; yen for JPY). Branded so that a bare number cannot be used
 * as money by accident; create one only through src/core/money.
 */
export type Minor = number & { readonly __brand: 'Minor' };

/** An amount of one currency. The type parameter lets CNY + USD fail at compile time where both are known. */
export interface Money<C extends CurrencyCode = CurrencyCode> {
  readonly amount: Minor;
  readonly currency: C;
}

/** A calendar date as `YYYY-MM-DD` text: never a timestamp, never a JS Date inside core. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/**
 * An exact decimal (quantity, unit price with more precision than the currency, tax rate):
 * value = units / 10^scale, units a safe integer. `0.13` is { units: 13, scale: 2 }.
 */
export interface Decimal {
  readonly units: number;
  readonly scale: number;
}

export type CustomerId = string;
export type InvoiceNo = string;
export type PaymentId = string;

/** Where a record came from, so every problem can name the tab and row (1-based sheet row). */
export interface SourceRef {
  readonly tab: TabName;
  readonly row: number;
}

export type TabName =
  | 'Customers'
  | 'Sales'
  | 'Invoices'
  | 'Payments'
  | 'Adjustments'
  | 'Allocations'
  | 'Settings';

export type CustomerStatus = 'Active' | 'Inactive';

export interface Customer {
  readonly id: CustomerId;
  readonly name: string;
  readonly contact: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
  readonly taxId: string;
  /** Payment terms in days; null = the Settings default. */
  readonly termsDays: number | null;
  /** Credit limit in the customer's currency; null = none. */
  readonly creditLimit: Minor | null;
  /** null = the Settings currency. */
  readonly currency: CurrencyCode | null;
  readonly status: CustomerStatus;
  readonly notes: string;
  readonly source: SourceRef;
}

export interface SaleLine {
  readonly date: IsoDate;
  readonly customerId: CustomerId;
  readonly description: string;
  readonly quantity: Decimal;
  /** Unit price, tax-exclusive, in minor units possibly with extra precision. null when only Amount was given. */
  readonly unitPrice: Decimal | null;
  /** Tax rate as a fraction (0.13 for 13%). */
  readonly taxRate: Decimal;
  /** Tax-inclusive line total in minor units of the customer's currency. */
  readonly amount: Minor;
  /** Blank = not yet billed. */
  readonly invoiceNo: InvoiceNo | null;
  readonly source: SourceRef;
}

export type InvoiceStatus = 'Draft' | 'Issued' | 'Void';

export interface Invoice {
  readonly invoiceNo: InvoiceNo;
  readonly customerId: CustomerId;
  readonly issueDate: IsoDate;
  /** null = Issue Date + the customer's payment terms. */
  readonly dueDate: IsoDate | null;
  readonly status: InvoiceStatus;
  readonly source: SourceRef;
}

export interface Payment {
  /** null = assigned when the book is built (P00001…). */
  readonly id: PaymentId | null;
  readonly date: IsoDate;
  readonly customerId: CustomerId;
  readonly amount: Minor;
  /** null = the customer's currency. */
  readonly currency: CurrencyCode | null;
  readonly method: string;
  readonly reference: string;
  /** Directs the payment to one invoice. */
  readonly invoiceNo: InvoiceNo | null;
  readonly notes: string;
  readonly source: SourceRef;
}

export type AdjustmentType = 'CreditNote' | 'WriteOff' | 'Debit';

export interface Adjustment {
  readonly date: IsoDate;
  readonly customerId: CustomerId;
  readonly type: AdjustmentType;
  /** Always positive; the type says which side it is on. */
  readonly amount: Minor;
  readonly invoiceNo: InvoiceNo | null;
  readonly reason: string;
  readonly source: SourceRef;
}

export type AllocationRule = 'reference' | 'amount' | 'fifo' | 'credit' | 'manual';

/**
 * One application of a payment or credit to an invoice (or debit). `source` is a payment id or an
 * adjustment key (`ADJ-<row>`); `target` is an invoice number or a debit key (`DEBIT-<row>`).
 */
export interface Allocation {
  readonly source: string;
  readonly invoiceNo: string;
  readonly amount: Minor;
  readonly date: IsoDate;
  readonly rule: AllocationRule;
  /** Timestamp text and user, for rows read from / written to the Allocations tab. */
  readonly at?: string;
  readonly by?: string;
  readonly sourceRef?: SourceRef;
}

export interface Settings {
  readonly currency: CurrencyCode;
  readonly termsDays: number;
  readonly taxRate: Decimal;
  readonly language: Lang;
  /** Upper bounds (inclusive, in days past due) of each aging bucket after Not Due; the last bucket is open. */
  readonly agingBuckets: readonly number[];
  readonly companyName: string;
  readonly invoiceNumberFormat: string;
  /** Company details printed on invoices and statements ('' when not given). */
  readonly companyAddress: string;
  readonly companyEmail: string;
  readonly companyPhone: string;
  readonly companyTaxId: string;
  /** Bank name and account (开户行及账号), as the user wrote it; may span lines. */
  readonly bankDetails: string;
  /** Days a customer has to report differences on a statement (default 7). */
  readonly statementReplyDays: number;
  /**
   * The "Reminder n" settings as typed (`days | minimum | customer/salesperson/both`), read into levels by
   * reminderLevelsParse (src/core/reminders). Absent or empty = no overdue reminders.
   */
  readonly reminders?: readonly { readonly level: number; readonly text: string; readonly row: number }[];
  /** Mail subject/body overrides by setting key (invoiceMailSubject, reminder1Body …; see src/core/mail). */
  readonly mailTemplates?: Readonly<Record<string, string>>;
}

export type Lang = 'en' | 'zh-CN';

/** The raw input of a book, as read from tabs or CSV files, before validation and allocation. */
export interface BookInput {
  readonly settings: Settings;
  readonly customers: readonly Customer[];
  readonly sales: readonly SaleLine[];
  readonly invoices: readonly Invoice[];
  readonly payments: readonly Payment[];
  readonly adjustments: readonly Adjustment[];
  /** Manual allocations only (rule 'manual'); automatic ones are always recomputed. */
  readonly manualAllocations: readonly Allocation[];
  /**
   * Payment ids / credit keys (`ADJ-<row>`) that automatic allocation must leave alone (反核销: a user undid
   * their matches); only manual allocations apply to them. Optional: absent = none.
   */
  readonly heldSources?: readonly string[];
}
