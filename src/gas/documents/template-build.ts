// Writes a document template's blocks (title, headings, paragraphs, tables) into a Google Doc's body.
import type { TemplateBlock } from '../../core/documents/invoice-template';

type Body = GoogleAppsScript.Document.Body;

const EMPHASIS_BACKGROUND = '#eeeeee';

function tableWrite(body: Body, block: Extract<TemplateBlock, { kind: 'table' }>): void {
  const table = body.appendTable(block.rows.map((row) => [...row]));
  if (block.plain) table.setBorderWidth(0);
  for (const index of block.emphasisRows ?? []) {
    const row = table.getRow(index);
    for (let cell = 0; cell < row.getNumCells(); cell += 1) {
      row.getCell(cell).setBackgroundColor(EMPHASIS_BACKGROUND).editAsText().setBold(true);
    }
  }
}

/**
 * Appends `blocks` to `body`. A new Doc starts with one empty paragraph; it is removed afterwards (Docs keeps
 * at least one paragraph, so only when others exist).
 */
export function templateBlocksWrite(body: Body, blocks: readonly TemplateBlock[]): void {
  const first = body.getNumChildren() > 0 ? body.getParagraphs()[0] : undefined;
  const blank = first !== undefined && first.getText() === '' ? first : undefined;
  for (const block of blocks) {
    if (block.kind === 'table') {
      tableWrite(body, block);
      continue;
    }
    const paragraph = body.appendParagraph(block.text);
    if (block.kind === 'title') {
      paragraph.setHeading(DocumentApp.ParagraphHeading.TITLE).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    } else if (block.kind === 'heading') {
      paragraph.setHeading(DocumentApp.ParagraphHeading.HEADING2);
    } else {
      if (block.bold) paragraph.editAsText().setBold(true);
      if (block.small) paragraph.editAsText().setFontSize(8);
    }
  }
  if (blank && body.getNumChildren() > 1) blank.removeFromParent();
}
