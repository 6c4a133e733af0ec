// Command-line arguments of customer-ledger: the command, its options, checked before any file is read.
import { dateParse } from '../../core/dates';
import type { IsoDate, Lang } from '../../core/types';
import { CliError } from './cli-messages';

export type CliCommand = 'report' | 'statement' | 'sample' | 'help';

export interface CliArgs {
  readonly command: CliCommand;
  readonly data: string | null;
  readonly asOf: IsoDate | null;
  readonly json: boolean;
  readonly lang: Lang;
  readonly customer: string | null;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly openItem: boolean;
  readonly out: string | null;
}

const valueOptions = ['--data', '--as-of', '--lang', '--customer', '--from', '--to', '--out'] as const;
const flagOptions = ['--json', '--open-item', '--help', '-h'] as const;
const examples: Record<string, string> = {
  '--data': '--data ./my-book', '--as-of': '--as-of 2026-11-20', '--lang': '--lang zh-CN', '--customer': '--customer C001',
  '--from': '--from 2026-01-01', '--to': '--to 2026-11-30', '--out': '--out ./sample-book',
};

/** The language asked for by --lang anywhere in argv (so even argument errors are in that language). */
export function argsLang(argv: readonly string[], fallback: Lang): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? null : argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
  return value === 'zh-CN' || value === 'zh' ? 'zh-CN' : value === 'en' ? 'en' : fallback;
}

function dateOption(option: string, value: string | undefined): IsoDate | null {
  if (value === undefined) return null;
  const date = dateParse(value);
  if (!date) throw new CliError('error.date', { option, value });
  return date;
}

/** Splits argv into the command and options; throws CliError naming the first thing that is wrong. */
export function argsParse(argv: readonly string[], fallbackLang: Lang): CliArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  let command: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((valueOptions as readonly string[]).includes(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new CliError('error.optionValue', { option: name, example: examples[name] ?? name });
      }
      values[name] = value;
      if (inline === undefined) i += 1;
    } else if ((flagOptions as readonly string[]).includes(name)) {
      flags.add(name === '-h' ? '--help' : name);
    } else if (arg.startsWith('-')) {
      throw new CliError('error.option', { value: arg });
    } else if (command === null) {
      command = arg;
    } else {
      throw new CliError('error.option', { value: arg });
    }
  }
  const lang = values['--lang'];
  if (lang !== undefined && !['en', 'zh-CN', 'zh'].includes(lang)) throw new CliError('error.lang', { value: lang });
  if (flags.has('--help') || command === null || command === 'help') return argsHelp(argsLang(argv, fallbackLang));
  if (!['report', 'statement', 'sample'].includes(command)) throw new CliError('error.command', { value: command });
  return argsCheck(command as CliCommand, values, flags, argsLang(argv, fallbackLang));
}

function argsHelp(lang: Lang): CliArgs {
  return { command: 'help', data: null, asOf: null, json: false, lang, customer: null, from: null, to: null, openItem: false, out: null };
}

/** The options each command needs, present and well-formed. */
function argsCheck(command: CliCommand, values: Record<string, string>, flags: Set<string>, lang: Lang): CliArgs {
  const need = (option: string): string => {
    const value = values[option];
    if (value === undefined) throw new CliError('error.required', { option, example: examples[option] ?? option });
    return value;
  };
  const args = { ...argsHelp(lang), command, json: flags.has('--json'), openItem: flags.has('--open-item') };
  if (command === 'sample') return { ...args, out: need('--out') };
  if (command === 'report') return { ...args, data: need('--data'), asOf: dateOption('--as-of', need('--as-of')) };
  const from = dateOption('--from', need('--from'));
  const to = dateOption('--to', need('--to'));
  if (from && to && from > to) throw new CliError('error.range', { from, to });
  return { ...args, data: need('--data'), customer: need('--customer'), from, to };
}
