// Lists the top-level function declarations of a built Code.js with the JSDoc in front of each.

export interface BundleEntry {
  readonly name: string;
  /** The `/** ... *\/` comment directly before the declaration, or null. */
  readonly jsdoc: string | null;
  readonly customFunction: boolean;
}

/**
 * The top-level `function NAME(...) {}` stubs gas-webpack-plugin puts before the webpack bootstrap, in order.
 * Only the prelude before the first non-stub statement is scanned: webpack's own functions are nested.
 */
export function bundleEntries(code: string): BundleEntry[] {
  const entries: BundleEntry[] = [];
  const stub = /\s*(\/\*\*[\s\S]*?\*\/)?\s*function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)\s*\{\s*\}/y;
  let match: RegExpExecArray | null;
  while ((match = stub.exec(code)) !== null) {
    const jsdoc = match[1] ?? null;
    entries.push({ name: match[2]!, jsdoc, customFunction: /@customfunction\b/.test(jsdoc ?? '') });
  }
  return entries;
}
