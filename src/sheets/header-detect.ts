// Finds a tab's header row and maps each known column to its index, whatever the order, language or spelling.
import { cellText } from './cell-text';
import { headerNormalize, tabNames, tabSchemas, type TabSchema } from './schemas';
import type { TabName } from '../core/types';

/** Rows searched for the header: titles, notes or blank rows may sit above it. */
const headerScanRows = 20;

export interface HeaderMap {
  /** 0-based index of the header row in the table; data starts on the next row. */
  readonly headerIndex: number;
  /** Column key → 0-based column index (the first one when a column appears twice). */
  readonly columns: Readonly<Record<string, number>>;
  /** The header text as the user wrote it, per key (for problems that name the column). */
  readonly headers: Readonly<Record<string, string>>;
  /** Required column sets none of whose columns is present (e.g. [['amount', 'unitPrice']]). */
  readonly missing: readonly (readonly string[])[];
  /** Keys that appear in more than one column (the first is read). */
  readonly duplicates: readonly string[];
}

export type HeaderResult =
  | { readonly ok: true; readonly map: HeaderMap }
  /** 'empty': no cell at all; 'unknown': no row looks like this tab's header (lookalike: which tab it looks like). */
  | { readonly ok: false; readonly reason: 'empty' | 'unknown'; readonly lookalike: TabName | null };

const lookups = new Map<TabSchema, Map<string, string>>();
const alternateLookups = new Map<TabSchema, Map<string, string[]>>();

/**
 * Normalised header → column key, for every header, Chinese header and synonym of the schema. A column's own
 * header wins over another column's synonym (Invoices: "发票号码" is the Fapiao No header, though Invoice No
 * lists it as a synonym); among synonyms the earlier column wins.
 */
function schemaLookup(schema: TabSchema): Map<string, string> {
  let lookup = lookups.get(schema);
  if (!lookup) {
    const found = new Map<string, string>();
    const alternates = new Map<string, string[]>();
    const add = (name: string, key: string) => {
      const folded = headerNormalize(name);
      const taken = found.get(folded);
      if (taken === undefined) found.set(folded, key);
      else if (taken !== key) alternates.set(folded, [...(alternates.get(folded) ?? []), key]);
    };
    for (const column of schema.columns) for (const name of [column.header.en, column.header['zh-CN'], column.key]) add(name, column.key);
    for (const column of schema.columns) for (const name of column.synonyms) add(name, column.key);
    lookup = found;
    lookups.set(schema, lookup);
    alternateLookups.set(schema, alternates);
  }
  return lookup;
}

/** The other column keys a header cell could name (a synonym shadowed by another column's header). */
function headerAlternates(schema: TabSchema, header: unknown): readonly string[] {
  schemaLookup(schema);
  return alternateLookups.get(schema)?.get(headerNormalize(cellText(header))) ?? [];
}

/**
 * The column key a header cell names, or null. A trailing unit in brackets is ignored when the whole text
 * is not a known header: "金额(元)", "Amount (CNY)", "Tax Rate (%)" read as Amount and Tax Rate.
 */
export function headerKey(schema: TabSchema, header: unknown): string | null {
  const lookup = schemaLookup(schema);
  const folded = headerNormalize(cellText(header));
  if (folded === '') return null;
  const exact = lookup.get(folded);
  if (exact) return exact;
  const unitless = folded.replace(/\([^()]*\)$/, '');
  return unitless !== folded ? lookup.get(unitless) ?? null : null;
}

/** How many distinct columns of `schema` the row names. */
function headerScore(schema: TabSchema, row: readonly unknown[]): number {
  const keys = new Set<string>();
  for (const cell of row) {
    const key = headerKey(schema, cell);
    if (key) keys.add(key);
  }
  return keys.size;
}

/**
 * A required column that is missing takes a column whose header is also its synonym: an Invoices tab whose only
 * number column is "发票号码" reads it as Invoice No (as before Fapiao No existed); with both columns, each maps to its own.
 */
function requiredFromAlternates(
  schema: TabSchema,
  row: readonly unknown[],
  columns: Record<string, number>,
  headers: Record<string, string>,
  duplicates: string[],
): void {
  for (const set of schema.required) {
    if (set.some((key) => key in columns)) continue;
    for (const [key, index] of Object.entries(columns)) {
      const wanted = headerAlternates(schema, row[index]).find((alternate) => set.includes(alternate));
      if (wanted === undefined) continue;
      columns[wanted] = index;
      headers[wanted] = cellText(row[index]);
      // A second column of the same header (Set up added "发票号码" for the fapiao) keeps the first key.
      const next = row.findIndex((cell, i) => i > index && headerKey(schema, cell) === key);
      if (next >= 0) {
        columns[key] = next;
        headers[key] = cellText(row[next]);
        if (row.filter((cell) => headerKey(schema, cell) === key).length <= 2) duplicates.splice(duplicates.indexOf(key), 1);
      } else {
        delete columns[key];
        delete headers[key];
      }
      break;
    }
  }
}

/** Builds the map of one header row. */
function headerMapBuild(schema: TabSchema, row: readonly unknown[], headerIndex: number): HeaderMap {
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  const duplicates: string[] = [];
  row.forEach((cell, index) => {
    const key = headerKey(schema, cell);
    if (!key) return;
    if (key in columns) {
      if (!duplicates.includes(key)) duplicates.push(key);
      return;
    }
    columns[key] = index;
    headers[key] = cellText(cell);
  });
  requiredFromAlternates(schema, row, columns, headers, duplicates);
  const missing = schema.required.filter((set) => !set.some((key) => key in columns));
  return { headerIndex, columns, headers, missing, duplicates };
}

/** The tab whose schema names more columns of `row` than `schema` does, if any. */
function headerLookalike(schema: TabSchema, row: readonly unknown[], score: number): TabName | null {
  let best: TabName | null = null;
  let bestScore = score;
  for (const tab of tabNames) {
    const other = tabSchemas[tab];
    if (other === schema) continue;
    const otherScore = headerScore(other, row);
    if (otherScore > bestScore) {
      best = tab;
      bestScore = otherScore;
    }
  }
  return best;
}

/**
 * Finds the header row of `table` for `schema`: the row among the first 20 that names the most columns
 * (the earliest on a tie). Tolerates blank or title rows above, any column order, extra user columns,
 * English/Chinese/synonym headers, case, full-width characters and stray spaces. The table is not this
 * tab when no row names two of its columns, or when another tab's schema matches the row better.
 */
export function headerDetect(schema: TabSchema, table: readonly (readonly unknown[])[]): HeaderResult {
  let bestIndex = -1;
  let bestScore = 0;
  const scan = Math.min(table.length, headerScanRows);
  for (let index = 0; index < scan; index += 1) {
    const score = headerScore(schema, table[index] ?? []);
    if (score > bestScore) {
      bestIndex = index;
      bestScore = score;
    }
  }
  const anyCell = table.slice(0, scan).some((row) => row.some((cell) => cellText(cell) !== ''));
  if (!anyCell) return { ok: false, reason: 'empty', lookalike: null };
  const minimum = Math.min(2, schema.columns.length);
  const row = table[Math.max(bestIndex, 0)] ?? [];
  const lookalike = headerLookalike(schema, bestIndex >= 0 ? row : table[0] ?? [], bestScore);
  if (bestScore < minimum || lookalike) return { ok: false, reason: 'unknown', lookalike };
  return { ok: true, map: headerMapBuild(schema, row, bestIndex) };
}
