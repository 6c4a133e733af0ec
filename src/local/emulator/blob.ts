// Blob: bytes with a content type and a name; bytes are Java-style signed numbers as in Apps Script.
import { gas, type EmulatorContext } from './context';

type B = GoogleAppsScript.Base.Blob;

/** Apps Script byte arrays hold signed bytes (-128…127). */
export function signedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export function bufferOf(data: string | number[] | Uint8Array): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return Buffer.from(Array.from(data, (b) => b & 0xff));
}

export class EmuBlob implements Pick<B, 'getBytes' | 'getDataAsString' | 'getContentType' | 'getName' | 'setName' | 'setContentType' | 'getAs' | 'copyBlob' | 'isGoogleType' | 'setDataFromString' | 'setBytes'> {
  constructor(
    private readonly ctx: EmulatorContext,
    public data: Buffer,
    public contentType: string | null,
    public name: string | null,
  ) {
    return ctx.expose('Blob', this);
  }
  getBytes(): number[] {
    return signedBytes(this.data);
  }
  setBytes(data: number[]): B {
    this.data = bufferOf(data);
    return gas<B>(this);
  }
  getDataAsString(charset?: string): string {
    return this.data.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }
  setDataFromString(string: string): B {
    this.data = Buffer.from(string, 'utf8');
    return gas<B>(this);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): B {
    this.contentType = contentType;
    return gas<B>(this);
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): B {
    this.name = name;
    return gas<B>(this);
  }
  isGoogleType(): boolean {
    return false;
  }
  copyBlob(): B {
    return gas<B>(new EmuBlob(this.ctx, Buffer.from(this.data), this.contentType, this.name));
  }
  /** Conversion keeps the bytes (the emulator does not render PDFs); the name gets the new extension. */
  getAs(contentType: string): B {
    const ext = contentType === 'application/pdf' ? '.pdf' : '';
    const base = this.name ? this.name.replace(/\.[^.]+$/, '') : null;
    return gas<B>(new EmuBlob(this.ctx, Buffer.from(this.data), contentType, base === null ? null : `${base}${ext}`));
  }
}
