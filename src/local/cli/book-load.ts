// Loads and builds the book behind report and statement: files → tables → BookInput → Book, or one error line.
import { bookBuild } from '../../core/book';
import type { Book } from '../../core/book-types';
import { problemCompare, type Problem } from '../../core/problems';
import type { Lang } from '../../core/types';
import { bookRead, type BookRead } from '../../sheets/book-read';
import { tabFromName, tabSchemas } from '../../sheets/schemas';
import { bookStreamsLoad, type BookStreams } from './book-files';
import { CliError } from './cli-messages';

export interface LoadedBook {
  readonly book: Book;
  /** Problems of reading and of building, in sheet order. */
  readonly problems: Problem[];
}

async function bookFilesRead(dataPath: string, lang: Lang, timing: PhaseTimer): Promise<{ read: BookRead; sources: BookStreams['sources'] }> {
  // CSV files are streamed: their rows become records as they are parsed (no table of cells is held).
  const files = await bookStreamsLoad(dataPath);
  timing('files');
  const read = bookRead(files.tables, { lang });
  timing('read');
  return { read, sources: files.sources };
}

/** Throws for a file that could not be read as its tab at all (wrong table, required column missing). */
function unreadableCheck(sources: BookStreams['sources'], problems: readonly Problem[]): void {
  for (const p of problems) {
    if (p.tab === 'Book') continue;
    const file = sources[p.tab] ?? p.tab;
    const title = tabSchemas[p.tab].title;
    if (p.code === 'unknown-header-set') {
      const like = tabFromName(String(p.params.lookalike ?? ''));
      const params = { file, tab: title.en, tabZh: title['zh-CN'], columns: String(p.params.columns ?? '') };
      if (!like) throw new CliError('error.headers', params);
      throw new CliError('error.headersLike', { ...params, like: tabSchemas[like].title.en, likeZh: tabSchemas[like].title['zh-CN'] });
    }
    if (p.code === 'missing-column') throw new CliError('error.columns', { file, column: p.column ?? '', row: p.row });
  }
}

/** The book at `dataPath` with every problem; throws CliError when the input is unusable. */
export async function bookLoad(dataPath: string, lang: Lang, timing: PhaseTimer = phaseTimerNone): Promise<LoadedBook> {
  // Only the file names outlive reading: the raw tables become garbage before the book is built.
  const { read, sources } = await bookFilesRead(dataPath, lang, timing);
  unreadableCheck(sources, read.problems);
  const book = bookBuild(read.input);
  timing('build');
  return { book, problems: [...read.problems, ...book.problems].sort(problemCompare) };
}

/** Marks the end of a phase (for CUSTOMER_LEDGER_TIMING=1, which prints where the time goes). */
export type PhaseTimer = (phase: string) => void;

export const phaseTimerNone: PhaseTimer = () => undefined;

/** A timer that writes "phase: wall ms, cpu ms" lines through `write`, measured from its creation. */
export function phaseTimerMake(write: (line: string) => void): PhaseTimer {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (phase) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    write(`${phase}: ${(now - last).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms cpu\n`);
    last = now;
    lastCpu = process.cpuUsage();
  };
}
