// Fills a Doc's placeholders in place (paragraphs and table cells) and repeats its line-item row once per line.
import { placeholderSpans, placeholderValue } from '../../core/documents/placeholders';
import { isLinePlaceholder } from '../../core/documents/invoice-template';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type Values = Readonly<Record<string, string>>;

/** Anything with text that can be edited as Text: a paragraph, a list item, a table cell. */
interface TextElement {
  getText(): string;
  editAsText(): GoogleAppsScript.Document.Text;
}

/**
 * Replaces the known placeholders of one element. Each one is deleted and its value inserted at the same
 * offset, last first, so offsets stay valid, formatting around it is kept, and a value is never read again
 * (a customer called "{{total}}" stays so; "$&" is not a replacement pattern here).
 */
export function elementFill(element: TextElement, values: Values, text: string = element.getText()): void {
  const spans = placeholderSpans(text).filter((span) => placeholderValue(values, span.name) !== undefined);
  if (spans.length === 0) return;
  const editable = element.editAsText();
  for (const span of spans.reverse()) {
    const value = placeholderValue(values, span.name) ?? '';
    editable.deleteText(span.start, span.end - 1);
    if (value !== '') editable.insertText(span.start, value);
  }
}

function tableFill(table: Table, values: Values, skip: RowsFilled | null): void {
  for (let r = 0; r < table.getNumRows(); r += 1) {
    if (skip && r >= skip.from && r < skip.to) continue;
    const row = table.getRow(r);
    for (let c = 0; c < row.getNumCells(); c += 1) elementFill(row.getCell(c), values);
  }
}

/** The body's tables (top level, where a template puts them), with their child index. */
function bodyTables(body: Body): { table: Table; child: number }[] {
  const tables: { table: Table; child: number }[] = [];
  for (let i = 0; i < body.getNumChildren(); i += 1) {
    const child = body.getChild(i);
    if (child.getType() === DocumentApp.ElementType.TABLE) tables.push({ table: child.asTable(), child: i });
  }
  return tables;
}

/** Rows of one body table already filled (the repeated line rows): [from, to) of the table at body child `child`. */
export interface RowsFilled {
  readonly child: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Fills every paragraph and table cell of the body with `values` (unknown placeholders stay as written),
 * except the rows in `filled`, so no inserted value is read again.
 */
export function bodyFill(body: Body, values: Values, filled: RowsFilled | null = null): void {
  for (let i = 0; i < body.getNumChildren(); i += 1) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) elementFill(child.asParagraph(), values);
    else if (type === DocumentApp.ElementType.LIST_ITEM) elementFill(child.asListItem(), values);
    else if (type === DocumentApp.ElementType.TABLE) tableFill(child.asTable(), values, filled?.child === i ? filled : null);
  }
}

/** The first table row holding a line placeholder ({{line_description}} …): the row to repeat. */
function lineRowFind(body: Body): { table: Table; child: number; index: number } | null {
  for (const { table, child } of bodyTables(body)) {
    for (let r = 0; r < table.getNumRows(); r += 1) {
      if (placeholderSpans(table.getRow(r).getText()).some((span) => isLinePlaceholder(span.name))) return { table, child, index: r };
    }
  }
  return null;
}

/**
 * Repeats the line row once per entry of `lines`, in order, each copy filled with its line's values (and the
 * document's); the marked row itself is removed. The rows stay in the one table, so it flows across pages.
 * Returns the rows written, or null when the document has no line row (the user removed it from the template).
 */
export function lineRowsRepeat(body: Body, lines: readonly Values[], values: Values): RowsFilled | null {
  const found = lineRowFind(body);
  if (!found) return null;
  const { table, child, index } = found;
  const marked = table.getRow(index);
  // Every copy starts as the marked row: its cell texts are read once, not once per line.
  const texts = Array.from({ length: marked.getNumCells() }, (_, c) => marked.getCell(c).getText());
  lines.forEach((line, i) => {
    const row = table.insertTableRow(index + 1 + i, marked.copy());
    const merged = { ...values, ...line };
    texts.forEach((text, c) => {
      if (text.includes('{{')) elementFill(row.getCell(c), merged, text);
    });
  });
  table.removeRow(index);
  return { child, from: index, to: index + lines.length };
}
