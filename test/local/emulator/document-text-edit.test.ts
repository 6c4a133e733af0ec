// Emulated Docs text editing as Apps Script does it: deleteText/insertText with checked offsets, element casts.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/local/emulator';

function body() {
  const emu = createEmulator();
  return emu.globals.DocumentApp.create('Doc').getBody();
}

describe('Text.deleteText / insertText', () => {
  it('edit a paragraph and a table cell in place', () => {
    const b = body();
    const paragraph = b.appendParagraph('Total: {{total}}.');
    paragraph.editAsText().deleteText(7, 15).insertText(7, '¥1.00');
    expect(paragraph.getText()).toBe('Total: ¥1.00.');
    const cell = b.appendTable([['{{a}}{{b}}']]).getCell(0, 0);
    cell.editAsText().deleteText(5, 9).insertText(5, 'B').deleteText(0, 4).insertText(0, 'A');
    expect(cell.getText()).toBe('AB');
  });

  it('refuse offsets outside the text, as Docs does', () => {
    const text = body().appendParagraph('abc').editAsText();
    expect(() => text.deleteText(2, 3)).toThrow(/Invalid text offsets/);
    expect(() => text.deleteText(2, 1)).toThrow(/Invalid text offsets/);
    expect(() => text.insertText(4, 'x')).toThrow(/Invalid text offset/);
    expect(text.insertText(3, 'd').getText()).toBe('abcd');
  });
});

describe('Body children', () => {
  it('cast to their type, and page breaks say what they are', () => {
    const b = body();
    b.appendParagraph('p');
    b.appendTable([['c']]);
    b.appendPageBreak();
    const types = Array.from({ length: b.getNumChildren() }, (_, i) => String(b.getChild(i).getType()));
    expect(types).toEqual(['PARAGRAPH', 'TABLE', 'PAGE_BREAK']);
    expect(b.getChild(0).asParagraph().getText()).toBe('p');
    expect(b.getChild(1).asTable().getCell(0, 0).getText()).toBe('c');
  });
});
