// Formula builders of the derived tabs and columns (pure: text in, formula text out).
export * from './formula-dialect';
export * from './named-ranges';
export * from './row-formulas';
export * from './reconciliation-formulas';
