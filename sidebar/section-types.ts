// Reply shapes of endpoints other parts of the add-on provide (reconcile, allocation, setup): only what the sidebar reads.

/** One allocation, explained (reconcileRun / allocationUndo / allocationAddManual / paymentPreview). */
export interface AllocationLine {
  readonly source: string;
  readonly customerId: string;
  readonly invoiceNo: string;
  readonly amount: string;
  readonly date: string;
  readonly rule: string;
  readonly ruleLabel: string;
  readonly explanation: string;
}

/** What Reconcile now and the allocation actions return. */
export interface LedgerReconcileView {
  readonly newAllocations: readonly AllocationLine[];
  readonly allocations: readonly AllocationLine[];
  readonly held: readonly { readonly source: string; readonly customerId: string; readonly amount: string; readonly explanation: string }[];
  readonly summary: { readonly text: string; readonly problems: readonly string[]; readonly problemCount: number };
}

/** paymentPreview's reply: how a payment not yet saved would be allocated. */
export interface PaymentPreviewLines {
  readonly paymentId: string;
  readonly allocations: readonly AllocationLine[];
  readonly unapplied: string;
  readonly problems: readonly string[];
}

/** One managed column in the setup proposal. */
export interface SetupColumn {
  readonly key: string;
  readonly label: string;
  /** 1-based column of the sheet, or null when the sheet lacks it (it will be added). */
  readonly column: number | null;
  readonly required: boolean;
  readonly derived: boolean;
}

/** setupProposal's reply: the sheet detected per tab and its column mapping. */
export interface SetupProposalView {
  readonly tabs: readonly {
    readonly tab: string;
    /** The user's sheet found for this tab; null = it will be created. */
    readonly sheetName: string | null;
    readonly headerRow: number;
    readonly columns: readonly SetupColumn[];
    readonly missing: readonly string[];
    /** The sheet's header cells from column A, when the server sends them (the dropdowns show them). */
    readonly headers?: readonly string[];
  }[];
  readonly blank: boolean;
}
