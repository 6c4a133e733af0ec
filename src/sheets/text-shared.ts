// Texts that repeat down a tab (customer ids, descriptions, payment methods), kept as one string per value.

/** Distinct texts remembered; past this the pool starts over (ids are few, free text is bounded by this). */
const poolMax = 20000;

/** Longer texts are rarely repeated and are kept as they are. */
const textMax = 64;

const pool = new Map<string, string>();

/**
 * The text, or an equal string seen before. A 100,000-row tab otherwise keeps 100,000 copies of the same
 * customer id alive in the records, and the garbage collector copies every one of them; equal keys that are
 * the same string are also found faster in maps.
 */
export function textShared(text: string): string {
  if (text.length > textMax) return text;
  const seen = pool.get(text);
  if (seen !== undefined) return seen;
  if (pool.size >= poolMax) pool.clear();
  pool.set(text, text);
  return text;
}
