// `npm start`: runs the workbench on http://localhost:8080/ (or --port N) and prints its URL.
import { isLang } from '../../gas/user-lang';
import { workbenchStart } from './server';
import type { WorkbenchBook } from './session';

function argValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const args = process.argv.slice(2);
const portText = argValue(args, '--port') ?? process.env.PORT ?? '8080';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`workbench: --port must be a port number, not "${portText}"`);
  process.exit(2);
}
const langText = argValue(args, '--lang');
const lang = isLang(langText) ? langText : undefined;

// --blank starts from an empty spreadsheet, --messy from a user's own customer and sales sheets.
const book: WorkbenchBook = args.includes('--blank') ? 'blank' : args.includes('--messy') ? 'messy' : 'sample';
const workbench = await workbenchStart({ port, host: argValue(args, '--host') ?? '127.0.0.1', lang, book });
console.log(`Customer Ledger workbench: ${workbench.url}`);
console.log('客户账本地工作台已启动。Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void workbench.close().then(() => process.exit(0));
  });
}
