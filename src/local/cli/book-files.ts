// Loads a book from disk: a folder of CSV files named after the tabs, or an .xlsx workbook with those tabs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TabName } from '../../core/types';
import type { BookSources, BookTables, Table, TableStream } from '../../sheets/book-read';
import { tabFromName, tabSchemas } from '../../sheets/schemas';
import { CliError } from './cli-messages';
import { csvParse, csvStream } from './csv-parse';
import { textDecode } from './text-decode';

/** Tabs a book cannot do without; the others (Adjustments, Allocations, Settings) are optional. */
export const requiredTabs: readonly TabName[] = ['Customers', 'Sales', 'Invoices', 'Payments'];

export interface BookFiles {
  readonly tables: BookTables;
  /** The file (or workbook sheet) each tab was read from, for messages. */
  readonly sources: Partial<Record<TabName, string>>;
}

/** Like BookFiles, but CSV tabs are streams of rows parsed as they are read (see csvStream). */
export interface BookStreams {
  readonly tables: BookSources;
  readonly sources: Partial<Record<TabName, string>>;
}

/** The tabs of a book read with CSV files as `S`, and where each came from. */
interface BookLoaded<S> {
  readonly tables: Partial<Record<TabName, S | Table>>;
  readonly sources: Partial<Record<TabName, string>>;
}

/** Reads the folder or workbook at `dataPath` into tables of cells; throws CliError for unusable input. */
export async function bookFilesLoad(dataPath: string): Promise<BookFiles> {
  return bookLoadAs(dataPath, csvFileRead);
}

/** Reads the folder or workbook at `dataPath`, CSV files as streams of rows; throws CliError for unusable input. */
export async function bookStreamsLoad(dataPath: string): Promise<BookStreams> {
  return bookLoadAs(dataPath, csvFileStream);
}

async function bookLoadAs<S>(dataPath: string, csvRead: (file: string) => Promise<S>): Promise<BookLoaded<S>> {
  let isFolder: boolean;
  try {
    isFolder = statSync(dataPath).isDirectory();
  } catch {
    throw new CliError('error.dataMissing', { path: dataPath });
  }
  const files = isFolder ? await folderLoad(dataPath, csvRead) : await workbookFileLoad(dataPath);
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
async function folderLoad<S>(folder: string, csvRead: (file: string) => Promise<S>): Promise<BookLoaded<S>> {
  const tables: Partial<Record<TabName, S>> = {};
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
    tables[tab] = await csvRead(path.join(folder, name));
    sources[tab] = name;
  }
  return { tables, sources };
}

/** One CSV file as rows of text cells, whatever its encoding. */
export async function csvFileRead(file: string): Promise<string[][]> {
  return csvParse(await csvFileText(file));
}

/** One CSV file as a stream of rows of text cells, whatever its encoding. */
export async function csvFileStream(file: string): Promise<TableStream> {
  return csvStream(await csvFileText(file));
}

async function csvFileText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError('error.unreadable', { path: file, detail: (error as Error).message });
  }
  return (await textDecode(bytes)).text;
}
