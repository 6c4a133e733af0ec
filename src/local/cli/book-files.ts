// Loads a book from disk: a folder of CSV files named after the tabs, or an .xlsx workbook with those tabs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TabName } from '../../core/types';
import type { BookTables, Table } from '../../sheets/book-read';
import { tabFromName, tabSchemas } from '../../sheets/schemas';
import { CliError } from './cli-messages';
import { csvParse } from './csv-parse';
import { textDecode } from './text-decode';

/** Tabs a book cannot do without; the others (Adjustments, Allocations, Settings) are optional. */
export const requiredTabs: readonly TabName[] = ['Customers', 'Sales', 'Invoices', 'Payments'];

export interface BookFiles {
  readonly tables: BookTables;
  /** The file (or workbook sheet) each tab was read from, for messages. */
  readonly sources: Partial<Record<TabName, string>>;
}

/** Reads the folder or workbook at `dataPath`; throws CliError for unusable input. */
export async function bookFilesLoad(dataPath: string): Promise<BookFiles> {
  let isFolder: boolean;
  try {
    isFolder = statSync(dataPath).isDirectory();
  } catch {
    throw new CliError('error.dataMissing', { path: dataPath });
  }
  const files = isFolder ? await folderLoad(dataPath) : await workbookFileLoad(dataPath);
  for (const tab of requiredTabs) {
    if (!files.tables[tab]) {
      const title = tabSchemas[tab].title;
      throw new CliError('error.fileMissing', {
        path: dataPath, tab: title.en, tabZh: title['zh-CN'],
        file: isFolder ? `${title.en}.csv` : `a sheet "${title.en}"`, fileZh: isFolder ? `${title['zh-CN']}.csv` : `工作表“${title['zh-CN']}”`,
      });
    }
  }
  return files;
}

async function workbookFileLoad(file: string): Promise<BookFiles> {
  if (!/\.xlsx$/i.test(file)) throw new CliError('error.dataKind', { path: file });
  const { workbookLoad } = await import('./xlsx-read');
  return workbookLoad(file);
}

/** Every *.csv in the folder whose name (before .csv) is a tab name in English or Chinese. */
async function folderLoad(folder: string): Promise<BookFiles> {
  const tables: Partial<Record<TabName, Table>> = {};
  const sources: Partial<Record<TabName, string>> = {};
  const names = readdirSync(folder).filter((name) => /\.csv$/i.test(name)).sort();
  for (const name of names) {
    const tab = tabFromName(name.replace(/\.csv$/i, ''));
    if (!tab) continue;
    const first = sources[tab];
    if (first) {
      const title = tabSchemas[tab].title;
      throw new CliError('error.fileTwice', { path: folder, tab: title.en, tabZh: title['zh-CN'], first, second: name });
    }
    tables[tab] = await csvFileRead(path.join(folder, name));
    sources[tab] = name;
  }
  return { tables, sources };
}

/** One CSV file as rows of text cells, whatever its encoding. */
export async function csvFileRead(file: string): Promise<string[][]> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError('error.unreadable', { path: file, detail: (error as Error).message });
  }
  const { text } = await textDecode(bytes);
  return csvParse(text);
}
