// Writes a statement's blocks into a Google Doc body: paragraphs, label tables and one table for all rows.
import type { StatementBlock } from '../../core/documents/statement-blocks';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;

/** Makes row `row` of a table bold, cell by cell (a fixed number of calls: the table's width). */
function tableRowBold(table: Table, row: number, width: number): void {
  for (let cell = 0; cell < width; cell += 1) table.getCell(row, cell).editAsText().setBold(true);
}

/** The body's first paragraph (a new Doc has one, empty) as the title; appended when there is none. */
function titleWrite(body: Body, text: string): void {
  const first = body.getParagraphs()[0];
  const title = first && first.getText() === '' ? first : body.appendParagraph('');
  title.setText(text);
  title.setHeading(DocumentApp.ParagraphHeading.TITLE);
  title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
}

function blockWrite(body: Body, block: StatementBlock): void {
  switch (block.kind) {
    case 'title':
      return titleWrite(body, block.text);
    case 'lines': {
      const [name = '', ...rest] = block.lines;
      if (name !== '') body.appendParagraph(name).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      for (const line of rest) body.appendParagraph(line);
      return;
    }
    case 'fields': {
      // Label / value pairs as a borderless two-column table: labels line up however long the values are.
      const table = body.appendTable(block.fields.map(([label, value]) => [label, value.text]));
      table.setBorderWidth(0);
      return;
    }
    case 'heading':
      body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading.HEADING3);
      return;
    case 'table': {
      // One table however many rows: Docs flows it over as many pages as it needs, with no page break inside.
      const table = body.appendTable([[...block.header], ...block.body.map((row) => row.map((cell) => cell.text))]);
      tableRowBold(table, 0, block.header.length);
      for (const row of block.strong) tableRowBold(table, row + 1, block.header.length);
      return;
    }
    case 'text': {
      const paragraph = body.appendParagraph(block.text);
      if (block.strong) paragraph.editAsText().setBold(true);
      return;
    }
  }
}

/**
 * Writes `blocks` into `body` top to bottom. The number of DocumentApp calls depends on the number of blocks
 * and columns only, never on the number of statement rows (each table is appended in one call).
 */
export function statementDocWrite(body: Body, blocks: readonly StatementBlock[]): void {
  for (const block of blocks) blockWrite(body, block);
}
