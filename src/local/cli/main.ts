// The customer-ledger command line: parses arguments, runs one command, prints its output or one error line.
import { langFromLocale } from '../../core/i18n';
import type { Lang } from '../../core/types';
import { argsLang, argsParse } from './cli-args';
import { cliHelp } from './cli-help';
import { CliError, cliMessage } from './cli-messages';
import { reportRun, statementRun } from './report-run';
import { sampleWrite } from './sample-write';

/** Where a run writes; tests pass collectors, the binary passes the process streams. */
export interface CliIo {
  stdout(text: string): void;
  /** Writes UTF-8 bytes (big JSON documents); without it they are decoded and go through `stdout`. */
  stdoutBytes?(bytes: Uint8Array): void;
  stderr(text: string): void;
  /** Environment for the default language (LANG / LC_ALL). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Indent JSON (stdout is a terminal); compact otherwise. */
  readonly pretty?: boolean;
}

function envLang(env: CliIo['env']): Lang {
  return langFromLocale(env?.LC_ALL || env?.LC_MESSAGES || env?.LANG || 'en');
}

/** Runs customer-ledger with `argv` (without node and the script); resolves to the exit code. */
export async function cliRun(argv: readonly string[], io: CliIo): Promise<number> {
  const fallback = envLang(io.env);
  try {
    // Imported on use: export needs ExcelJS, whose ~300 ms of loading every other command would pay at start-up.
    if (argv[0] === 'export') return await (await import('./export-run')).exportRun(argv.slice(1), io, argsLang(argv, fallback));
    const args = argsParse(argv, fallback);
    switch (args.command) {
      case 'help':
        io.stdout(cliHelp(args.lang));
        return 0;
      case 'sample': {
        const out = args.out ?? '.';
        const files = sampleWrite(out, args.lang);
        io.stdout(`${cliMessage('sample.written', args.lang, { files: files.join(', '), path: out })}\n`);
        return 0;
      }
      case 'report':
        return await reportRun(args, io);
      case 'statement':
        return await statementRun(args, io);
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const lang = argsLang(argv, fallback);
    io.stderr(`${cliMessage('error.prefix', lang)}${cliMessage(error.code, lang, error.params)}\n`);
    return error.exitCode;
  }
}

/** The binary's entry: process streams and environment. */
export async function cliMain(argv: readonly string[]): Promise<number> {
  return cliRun(argv, {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    pretty: process.stdout.isTTY === true,
  });
}
