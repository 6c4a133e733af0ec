// The `sample` command: writes the sample book as CSV files (UTF-8 with BOM so Excel opens them as UTF-8).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../core/types';
import { tabSchemas } from '../../sheets/schemas';
import { sampleBookTables, type SampleTab } from '../sample/sample-book';
import { CliError } from './cli-messages';
import { csvWrite } from './csv-write';

/** Writes one CSV per sample tab into `folder` (created if needed), named in `lang`; returns the file names. */
export function sampleWrite(folder: string, lang: Lang): string[] {
  try {
    if (!statSync(folder).isDirectory()) throw new CliError('error.outExists', { path: folder });
  } catch (error) {
    if (error instanceof CliError) throw error;
    mkdirSync(folder, { recursive: true });
  }
  const tables = sampleBookTables(lang);
  const names: string[] = [];
  for (const tab of Object.keys(tables) as SampleTab[]) {
    const name = `${tabSchemas[tab].title[lang]}.csv`;
    writeFileSync(path.join(folder, name), csvWrite(tables[tab], { bom: true }));
    names.push(name);
  }
  return names;
}
