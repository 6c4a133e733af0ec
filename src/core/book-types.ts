// The built book: validated records with defaults resolved, ledger items and sources, allocations, problems.
import type { KeyedLookup } from './keyed-lookup';
import type { Problem } from './problems';
import type {
  Adjustment,
  AdjustmentType,
  Allocation,
  BookInput,
  CurrencyCode,
  Customer,
  CustomerId,
  Invoice,
  IsoDate,
  Minor,
  Payment,
  PaymentId,
  SaleLine,
  Settings,
  SourceRef,
} from './types';

/** A customer with currency and payment terms resolved from Settings. */
export interface BookCustomer extends Omit<Customer, 'currency' | 'termsDays'> {
  readonly currency: CurrencyCode;
  readonly termsDays: number;
}

/**
 * An invoice with due date resolved and its total computed from its Sales lines. It is also its own
 * ledger item (key = Invoice No, amount = total): one object per row, which matters at 100k rows. Only
 * Issued invoices are in `book.items`.
 */
export interface BookInvoice extends Omit<Invoice, 'dueDate'>, LedgerItem {
  readonly kind: 'invoice';
  readonly dueDate: IsoDate;
  readonly currency: CurrencyCode;
  /** Σ of its Sales lines (0 when it has none); equals `amount`. */
  readonly total: Minor;
  readonly lineCount: number;
}

/** A payment with its id (assigned P00001… when blank) and currency resolved; also its own ledger source. */
export interface BookPayment extends Omit<Payment, 'id' | 'currency'>, LedgerSource {
  readonly kind: 'payment';
  readonly id: PaymentId;
  readonly currency: CurrencyCode;
  /** True when the id was assigned by bookBuild (the add-on writes it back to the sheet). */
  readonly idAssigned: boolean;
}

/** An adjustment with its ledger key: `ADJ-<row>` for credits, `DEBIT-<row>` for debits. */
export interface BookAdjustment extends Adjustment {
  readonly key: string;
  readonly currency: CurrencyCode;
}

/** What is owed: an Issued invoice or a Debit adjustment (an open item due on its date). */
export interface LedgerItem {
  /** Invoice No, or `DEBIT-<row>`: the `invoiceNo` of allocations to it. */
  readonly key: string;
  readonly kind: 'invoice' | 'debit';
  readonly customerId: CustomerId;
  readonly currency: CurrencyCode;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  /** issueDate and dueDate as day numbers (days since 1970-01-01), for fast ordering and aging. */
  readonly issueDay: number;
  readonly dueDay: number;
  readonly amount: Minor;
  /** A debit's reason; '' for invoices (their text is on their Sales lines: see invoiceDescription). */
  readonly description: string;
  readonly source: SourceRef;
  /** Sheet order across tabs (Invoices before Adjustments, then row). */
  readonly order: number;
}

/** What pays: a payment, or a Credit Note / Write-off adjustment. */
export interface LedgerSource {
  /** Payment ID, or `ADJ-<row>`: the `source` of allocations from it. */
  readonly key: string;
  readonly kind: 'payment' | 'credit';
  readonly adjustmentType: AdjustmentType | null;
  readonly customerId: CustomerId;
  readonly currency: CurrencyCode;
  readonly date: IsoDate;
  /** date as a day number (days since 1970-01-01). */
  readonly day: number;
  readonly amount: Minor;
  /** The invoice (or debit key) it is directed to, from its Invoice No cell. */
  readonly invoiceNo: string | null;
  /** Free text searched for one open invoice number (payments' Reference). */
  readonly reference: string;
  readonly description: string;
  readonly source: SourceRef;
  /** Sheet order across tabs (Payments before Adjustments, then row). */
  readonly order: number;
}

/** The ledger of one workbook: build with bookBuild, read with the reports. Plain data, never mutated. */
export interface Book {
  readonly input: BookInput;
  readonly settings: Settings;
  readonly customers: readonly BookCustomer[];
  /** Sales lines that passed validation (billed and unbilled). */
  readonly sales: readonly SaleLine[];
  /** Every valid invoice, Draft and Void included (they are not ledger items). */
  readonly invoices: readonly BookInvoice[];
  readonly payments: readonly BookPayment[];
  readonly adjustments: readonly BookAdjustment[];
  /** Debit adjustments as open items (also in `items`). */
  readonly debits: readonly LedgerItem[];
  /** Issued invoices and debits, in event order. */
  readonly items: readonly LedgerItem[];
  /** Payments and credit adjustments, in event order. */
  readonly sources: readonly LedgerSource[];
  /** Every allocation: valid manual ones first, then the automatic ones in the order they were made. */
  readonly allocations: readonly Allocation[];
  readonly problems: readonly Problem[];
  readonly customerById: ReadonlyMap<CustomerId, BookCustomer>;
  readonly invoiceByNo: ReadonlyMap<string, BookInvoice>;
  readonly paymentById: KeyedLookup<BookPayment>;
  readonly itemByKey: KeyedLookup<LedgerItem>;
  readonly sourceByKey: KeyedLookup<LedgerSource>;
  /** A source's allocations / a target's allocations, in the order of `allocations`. */
  readonly allocationsBySource: KeyedLookup<readonly Allocation[]>;
  readonly allocationsByTarget: KeyedLookup<readonly Allocation[]>;
  /** Position in `items` / `sources` of each key. */
  readonly itemIndexByKey: KeyedLookup<number>;
  readonly sourceIndexByKey: KeyedLookup<number>;
  /** Parallel to `items` / `sources`: the position of each one's customer in `customers`. */
  readonly itemCustomer: Int32Array;
  readonly sourceCustomer: Int32Array;
  /** Parallel to `allocations`: the position of each one's target in `items` and source in `sources`. */
  readonly allocationItemIndex: Int32Array;
  readonly allocationSourceIndex: Int32Array;
  /** Parallel to `allocations`: each one's date as a day number. */
  readonly allocationDay: Int32Array;
  /** Parallel to `invoices`: each one's position in `items`, or -1 (Draft and Void invoices are not items). */
  readonly invoiceItemIndex: Int32Array;
}
