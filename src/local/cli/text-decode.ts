// Decodes the bytes of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else GBK as Chinese Excel saves.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The text of `bytes` and the encoding it was read as. Valid UTF-8 is UTF-8; anything else is GB18030 (⊇ GBK). */
export async function textDecode(bytes: Uint8Array): Promise<{ text: string; encoding: TextEncodingName }> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Loaded only when needed: most files are UTF-8, and startup time counts.
    const iconv = (await import('iconv-lite')).default;
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
}
