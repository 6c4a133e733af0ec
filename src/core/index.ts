// The public API of the ledger engine: everything other layers may import from core.
export * from './types';
export * from './i18n';
export * from './rounding';
export * from './currency';
export * from './money';
export * from './money-split';
export * from './money-words';
export * from './decimal';
export * from './dates';
export * from './problems';
export * from './document-no';
export * from './book-types';
export * from './book';
export * from './book-payments';
export * from './allocation';
export * from './allocation-manual';
