// The Document column's link → Drive file id, and the PDF description that names its Doc.
import { describe, expect, it } from 'vitest';
import { driveFileId } from '../../src/gas/documents/invoice-documents';
import { pdfDescription, pdfDescriptionDocId } from '../../src/gas/documents/invoice-document-make';

describe('driveFileId', () => {
  it('reads the id of file, open and document links, and a bare id', () => {
    const id = '1AbC-dEf_ghIJKlmnoPQRstuVWxyz0123';
    expect(driveFileId(`https://drive.google.com/file/d/${id}/view?usp=drivesdk`)).toBe(id);
    expect(driveFileId(`https://drive.google.com/open?id=${id}`)).toBe(id);
    expect(driveFileId(`https://docs.google.com/document/d/${id}/edit`)).toBe(id);
    expect(driveFileId(` ${id} `)).toBe(id);
  });

  it('gives null for text that names no file', () => {
    expect(driveFileId('sent by mail')).toBeNull();
    expect(driveFileId('')).toBeNull();
    expect(driveFileId('https://example.com/invoice.pdf')).toBeNull();
  });
});

describe('pdfDescription', () => {
  it('round-trips the Doc id', () => {
    expect(pdfDescriptionDocId(pdfDescription('INV-2026-0001', 'doc-0042'))).toBe('doc-0042');
    expect(pdfDescriptionDocId('my own note')).toBeNull();
    expect(pdfDescriptionDocId(null)).toBeNull();
  });
});
