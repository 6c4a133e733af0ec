// customer-ledger export --data PATH --out book.xlsx [--as-of YYYY-MM-DD] [--lang en|zh-CN]: the book as the add-on lays it out.
import { writeFileSync } from 'node:fs';
import { dateParse } from '../../core/dates';
import type { IsoDate, Lang } from '../../core/types';
import { bookExportXlsx } from '../export/book-export';
import { bookStreamsLoad } from './book-files';
import { CliError } from './cli-messages';
import type { CliIo } from './main';

export interface ExportArgs {
  readonly data: string;
  readonly out: string;
  readonly asOf: IsoDate;
  readonly lang: Lang | null;
}

/** Today in the local zone, as a calendar date. */
function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

/** Parses the export options (argv after "export"). */
export function exportArgsParse(argv: readonly string[]): ExportArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!['--data', '--out', '--as-of', '--lang'].includes(name)) throw new CliError('error.option', { value: arg });
    const value = inline ?? argv[(i += 1)];
    if (value === undefined) throw new CliError('error.optionValue', { option: name, example: `${name} ${name === '--out' ? 'book.xlsx' : name === '--data' ? 'ledger/' : name === '--lang' ? 'zh-CN' : '2026-11-20'}` });
    values[name] = value;
  }
  if (!values['--data']) throw new CliError('error.optionValue', { option: '--data', example: '--data ledger/' });
  if (!values['--out']) throw new CliError('error.optionValue', { option: '--out', example: '--out book.xlsx' });
  const asOf = values['--as-of'] === undefined ? localToday() : dateParse(values['--as-of']);
  if (!asOf) throw new CliError('error.date', { option: '--as-of', value: values['--as-of'] ?? '' });
  const lang = values['--lang'];
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-CN' && lang !== 'zh') throw new CliError('error.lang', { value: lang });
  return { data: values['--data'], out: values['--out'], asOf, lang: lang === undefined ? null : lang === 'en' ? 'en' : 'zh-CN' };
}

/** Runs the export; says where the file went, in the user's language. */
export async function exportRun(argv: readonly string[], io: CliIo, fallback: Lang): Promise<number> {
  const args = exportArgsParse(argv);
  const files = await bookStreamsLoad(args.data);
  const buffer = await bookExportXlsx(files.tables, { today: args.asOf, ...(args.lang ? { lang: args.lang } : {}) });
  writeFileSync(args.out, buffer);
  const lang = args.lang ?? fallback;
  io.stdout(lang === 'zh-CN' ? `已导出 ${args.out}（截至 ${args.asOf}，公式在 Excel 或 LibreOffice 中重算）。\n` : `Exported ${args.out} (as of ${args.asOf}; the formulas recompute in Excel or LibreOffice).\n`);
  return 0;
}
