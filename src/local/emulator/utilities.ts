// Utilities: formatDate, formatString, blobs, base64, digests, UUIDs, sleep (advances the virtual clock), parseCsv.
import { createHash, randomUUID } from 'node:crypto';
import { EmuBlob, bufferOf, signedBytes } from './blob';
import { gas, type EmulatorContext } from './context';
import { Charset, DigestAlgorithm } from './enums';
import { simpleDateFormat } from './simple-date-format';

type U = GoogleAppsScript.Utilities.Utilities;
type UtilitiesApi = Pick<
  U,
  | 'formatDate'
  | 'formatString'
  | 'newBlob'
  | 'sleep'
  | 'getUuid'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'base64DecodeWebSafe'
  | 'computeDigest'
  | 'parseCsv'
>;

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** printf-style formatting as Apps Script's formatString: %s %d %i %f %.Nf %x %o %%, with widths and 0-padding. */
export function formatStringApply(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(/%([-0]?)(\d*)(?:\.(\d+))?([sdifxo%])/g, (whole, flag: string, width: string, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const arg = args[i++];
    let text: string;
    switch (conv) {
      case 'd':
      case 'i':
        text = String(Math.trunc(Number(arg)));
        break;
      case 'f':
        text = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
        break;
      case 'x':
        text = Math.trunc(Number(arg)).toString(16);
        break;
      case 'o':
        text = Math.trunc(Number(arg)).toString(8);
        break;
      default:
        text = precision === undefined ? String(arg) : String(arg).slice(0, Number(precision));
    }
    const w = Number(width || 0);
    if (text.length >= w) return text;
    if (flag === '-') return text.padEnd(w);
    return flag === '0' && conv !== 's' ? text.padStart(w, '0') : text.padStart(w);
  });
}

function csvParse(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class EmuUtilities implements UtilitiesApi {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  constructor(private readonly ctx: EmulatorContext) {
    return ctx.expose('Utilities', this);
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]') {
      throw new Error(`The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`);
    }
    return simpleDateFormat(date, timeZone, format);
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatStringApply(template, args);
  }
  newBlob(data: string | number[] | Uint8Array, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return gas(new EmuBlob(this.ctx, bufferOf(data), contentType ?? null, name ?? null));
  }
  sleep(milliseconds: number): void {
    this.ctx.clock.advance(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  base64Encode(data: string | number[]): string {
    return bufferOf(data).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[]): string {
    return bufferOf(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return signedBytes(Buffer.from(encoded, 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return signedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[]): number[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw new Error(`Emulator: Utilities.computeDigest algorithm ${String(algorithm)} is not supported`);
    return signedBytes(createHash(name).update(bufferOf(value)).digest());
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return csvParse(csv, delimiter ?? ',');
  }
}
