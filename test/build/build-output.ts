// Reads the files `npm run build` wrote, failing with a clear message when the build has not run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');

/** The text of build/<name> (or another path relative to the repository root). */
export function buildFileRead(relative: string): string {
  const file = path.join(root, relative);
  if (!existsSync(file)) throw new Error(`${relative} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}
