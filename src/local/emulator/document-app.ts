// DocumentApp stand-in: documents as trees of paragraphs and tables, with replaceText/findText and PDF-ish export.
import { EmuBlob } from './blob';
import { gas, type EmulatorContext } from './context';
import type { DriveStore } from './drive-app';
import { ElementType, HorizontalAlignment, ParagraphHeading } from './enums';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Para = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type Row = GoogleAppsScript.Document.TableRow;
type Cell = GoogleAppsScript.Document.TableCell;
type TextEl = GoogleAppsScript.Document.Text;

/** Anything in a document that holds text directly (paragraphs, table cells). */
interface TextHolder {
  text: string;
}

function regexOf(pattern: string): RegExp {
  return new RegExp(pattern, 'g');
}

/** A Text element: a view on the text of a paragraph or cell. */
class EmuText implements Pick<TextEl, 'getText' | 'setText' | 'appendText' | 'replaceText' | 'deleteText' | 'insertText' | 'setBold' | 'setFontSize' | 'setForegroundColor' | 'getType'> {
  constructor(
    ctx: EmulatorContext,
    readonly holder: TextHolder & { bold?: boolean; fontSize?: number; color?: string },
  ) {
    return ctx.expose('Text', this);
  }
  getText(): string {
    return this.holder.text;
  }
  setText(text: string): TextEl {
    this.holder.text = text;
    return gas<TextEl>(this);
  }
  appendText(text: string): TextEl {
    this.holder.text += text;
    return gas<TextEl>(this);
  }
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.holder.text = this.holder.text.replace(regexOf(searchPattern), () => replacement);
    return gas(this);
  }
  /** Deletes [start, endInclusive]; offsets outside the text throw as in Docs. */
  deleteText(startOffset: number, endOffsetInclusive: number): TextEl {
    const text = this.holder.text;
    if (!(startOffset >= 0 && endOffsetInclusive >= startOffset && endOffsetInclusive < text.length)) {
      throw new Error(`Invalid text offsets: ${startOffset}, ${endOffsetInclusive} (text length ${text.length}).`);
    }
    this.holder.text = text.slice(0, startOffset) + text.slice(endOffsetInclusive + 1);
    return gas<TextEl>(this);
  }
  /** Inserts `text` at `offset` (0 … length). */
  insertText(offset: number, text: string): TextEl {
    const current = this.holder.text;
    if (!(offset >= 0 && offset <= current.length)) throw new Error(`Invalid text offset: ${offset} (text length ${current.length}).`);
    this.holder.text = current.slice(0, offset) + text + current.slice(offset);
    return gas<TextEl>(this);
  }
  setBold(bold: unknown, _b?: unknown, _c?: unknown): TextEl {
    if (typeof bold === 'boolean') this.holder.bold = bold;
    return gas<TextEl>(this);
  }
  setFontSize(size: unknown, _b?: unknown, _c?: unknown): TextEl {
    if (typeof size === 'number') this.holder.fontSize = size;
    return gas<TextEl>(this);
  }
  setForegroundColor(color: unknown, _b?: unknown, _c?: unknown): TextEl {
    if (typeof color === 'string') this.holder.color = color;
    return gas<TextEl>(this);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType.TEXT as unknown as GoogleAppsScript.Document.ElementType;
  }
}

class EmuRangeElement implements Pick<GoogleAppsScript.Document.RangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'> {
  constructor(
    ctx: EmulatorContext,
    private readonly element: EmuText,
    private readonly start: number,
    private readonly end: number,
  ) {
    return ctx.expose('RangeElement', this);
  }
  getElement(): GoogleAppsScript.Document.Element {
    return gas(this.element);
  }
  getStartOffset(): number {
    return this.start;
  }
  getEndOffsetInclusive(): number {
    return this.end;
  }
  isPartial(): boolean {
    return true;
  }
}

/** Shared text behaviour of paragraphs and table cells. */
abstract class TextContainer {
  text = '';
  bold?: boolean;
  fontSize?: number;
  color?: string;
  constructor(protected readonly ctx: EmulatorContext) {}
  /** A copy keeps the text's formatting, as copying an element in Docs does. */
  protected textStyleCopyTo(target: TextContainer): void {
    if (this.bold !== undefined) target.bold = this.bold;
    if (this.fontSize !== undefined) target.fontSize = this.fontSize;
    if (this.color !== undefined) target.color = this.color;
  }
  getText(): string {
    return this.text;
  }
  editAsText(): TextEl {
    return gas<TextEl>(new EmuText(this.ctx, this));
  }
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.text = this.text.replace(regexOf(searchPattern), () => replacement);
    return gas(this);
  }
}

export class EmuParagraph
  extends TextContainer
  implements Pick<Para, 'getText' | 'setText' | 'appendText' | 'editAsText' | 'replaceText' | 'findText' | 'setHeading' | 'getHeading' | 'setAlignment' | 'getAlignment' | 'copy' | 'removeFromParent' | 'getType' | 'setAttributes' | 'getParent'>
{
  heading: string = ParagraphHeading.NORMAL;
  alignment: string = HorizontalAlignment.LEFT;
  attributes: Record<string, unknown> = {};
  parent: EmuBody | undefined;
  constructor(ctx: EmulatorContext, text: string) {
    super(ctx);
    this.text = text;
    return ctx.expose('Paragraph', this);
  }
  setText(text: string): void {
    this.text = text;
  }
  appendText(text: string | TextEl): TextEl {
    this.text += typeof text === 'string' ? text : text.getText();
    return this.editAsText();
  }
  /** Returns null when nothing matches, as Apps Script does (its typings omit the null). */
  findText(searchPattern: string): GoogleAppsScript.Document.RangeElement {
    const m = regexOf(searchPattern).exec(this.text);
    return (m ? gas(new EmuRangeElement(this.ctx, new EmuText(this.ctx, this), m.index, m.index + m[0].length - 1)) : null) as GoogleAppsScript.Document.RangeElement;
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Para {
    this.heading = String(heading);
    return gas<Para>(this);
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return this.heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Para {
    this.alignment = String(alignment);
    return gas<Para>(this);
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return this.alignment as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setAttributes(attributes: unknown): Para {
    this.attributes = { ...this.attributes, ...(attributes as object) };
    return gas<Para>(this);
  }
  copy(): Para {
    const p = new EmuParagraph(this.ctx, this.text);
    p.heading = this.heading;
    p.alignment = this.alignment;
    p.attributes = { ...this.attributes };
    this.textStyleCopyTo(p);
    return gas<Para>(p);
  }
  removeFromParent(): Para {
    this.parent?.childRemove(this);
    return gas<Para>(this);
  }
  getParent(): GoogleAppsScript.Document.ContainerElement {
    return gas(this.parent ?? {});
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType.PARAGRAPH as unknown as GoogleAppsScript.Document.ElementType;
  }
  asParagraph(): Para {
    return gas<Para>(this);
  }
}

export class EmuTableCell extends TextContainer implements Pick<Cell, 'getText' | 'setText' | 'editAsText' | 'replaceText' | 'getParentRow' | 'copy' | 'setBackgroundColor' | 'getType'> {
  parentRow: EmuTableRow | undefined;
  background: string | null = null;
  constructor(ctx: EmulatorContext, text: string) {
    super(ctx);
    this.text = text;
    return ctx.expose('TableCell', this);
  }
  setText(text: string): Cell {
    this.text = text;
    return gas<Cell>(this);
  }
  getParentRow(): Row {
    return gas<Row>(this.parentRow ?? {});
  }
  copy(): Cell {
    const c = new EmuTableCell(this.ctx, this.text);
    c.background = this.background;
    this.textStyleCopyTo(c);
    return gas<Cell>(c);
  }
  setBackgroundColor(color: string | null): Cell {
    this.background = color;
    return gas<Cell>(this);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType.TABLE_CELL as unknown as GoogleAppsScript.Document.ElementType;
  }
}

export class EmuTableRow implements Pick<Row, 'getNumCells' | 'getCell' | 'appendTableCell' | 'copy' | 'removeFromParent' | 'getText' | 'replaceText' | 'getParentTable' | 'getType'> {
  cells: EmuTableCell[] = [];
  parentTable: EmuTable | undefined;
  constructor(
    private readonly ctx: EmulatorContext,
    texts: string[],
  ) {
    for (const t of texts) this.cellAdd(new EmuTableCell(ctx, t));
    return ctx.expose('TableRow', this);
  }
  cellAdd(cell: EmuTableCell): EmuTableCell {
    cell.parentRow = this;
    this.cells.push(cell);
    return cell;
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(cellIndex: number): Cell {
    const c = this.cells[cellIndex];
    if (!c) throw new Error(`Child index (${cellIndex}) must be less than the number of child elements (${this.cells.length}).`);
    return gas<Cell>(c);
  }
  appendTableCell(a?: unknown): Cell {
    const cell = a instanceof EmuTableCell ? a : new EmuTableCell(this.ctx, typeof a === 'string' ? a : '');
    return gas<Cell>(this.cellAdd(cell));
  }
  copy(): Row {
    const r = new EmuTableRow(this.ctx, []);
    for (const c of this.cells) r.cellAdd(c.copy() as unknown as EmuTableCell);
    return gas<Row>(r);
  }
  removeFromParent(): Row {
    if (this.parentTable) this.parentTable.rows = this.parentTable.rows.filter((r) => r !== this);
    this.parentTable = undefined;
    return gas<Row>(this);
  }
  getText(): string {
    return this.cells.map((c) => c.text).join('\t');
  }
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    for (const c of this.cells) c.replaceText(searchPattern, replacement);
    return gas(this);
  }
  getParentTable(): Table {
    return gas<Table>(this.parentTable ?? {});
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType.TABLE_ROW as unknown as GoogleAppsScript.Document.ElementType;
  }
}

export class EmuTable
  implements Pick<Table, 'getNumRows' | 'getRow' | 'getCell' | 'appendTableRow' | 'insertTableRow' | 'removeRow' | 'copy' | 'getText' | 'replaceText' | 'removeFromParent' | 'setBorderWidth' | 'getType'>
{
  rows: EmuTableRow[] = [];
  parent: EmuBody | undefined;
  borderWidth = 1;
  constructor(
    private readonly ctx: EmulatorContext,
    cells: string[][],
  ) {
    for (const r of cells) this.rowAttach(new EmuTableRow(ctx, r), this.rows.length);
    return ctx.expose('Table', this);
  }
  private rowAttach(row: EmuTableRow, index: number): Row {
    row.parentTable = this;
    this.rows.splice(index, 0, row);
    return gas<Row>(row);
  }
  getNumRows(): number {
    return this.rows.length;
  }
  getRow(rowIndex: number): Row {
    const r = this.rows[rowIndex];
    if (!r) throw new Error(`Child index (${rowIndex}) must be less than the number of child elements (${this.rows.length}).`);
    return gas<Row>(r);
  }
  getCell(rowIndex: number, cellIndex: number): Cell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  appendTableRow(row?: Row): Row {
    return this.rowAttach(row ? (row as unknown as EmuTableRow) : new EmuTableRow(this.ctx, []), this.rows.length);
  }
  insertTableRow(childIndex: number, row?: Row): Row {
    return this.rowAttach(row ? (row as unknown as EmuTableRow) : new EmuTableRow(this.ctx, []), childIndex);
  }
  removeRow(rowIndex: number): Row {
    const r = this.getRow(rowIndex);
    return r.removeFromParent();
  }
  copy(): Table {
    const t = new EmuTable(this.ctx, []);
    t.borderWidth = this.borderWidth;
    for (const r of this.rows) t.appendTableRow(r.copy());
    return gas<Table>(t);
  }
  getText(): string {
    return this.rows.map((r) => r.getText()).join('\n');
  }
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    for (const r of this.rows) r.replaceText(searchPattern, replacement);
    return gas(this);
  }
  removeFromParent(): Table {
    this.parent?.childRemove(this);
    return gas<Table>(this);
  }
  setBorderWidth(width: number): Table {
    this.borderWidth = width;
    return gas<Table>(this);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return ElementType.TABLE as unknown as GoogleAppsScript.Document.ElementType;
  }
  asTable(): Table {
    return gas<Table>(this);
  }
  /** Cell texts as a 2-D array (for tests). */
  texts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.text));
  }
}

type BodyChild = EmuParagraph | EmuTable | { kind: 'pagebreak' | 'rule' };

export class EmuBody
  implements
    Pick<
      Body,
      | 'appendParagraph'
      | 'appendTable'
      | 'appendPageBreak'
      | 'appendHorizontalRule'
      | 'insertParagraph'
      | 'insertTable'
      | 'getParagraphs'
      | 'getTables'
      | 'getText'
      | 'setText'
      | 'replaceText'
      | 'findText'
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'removeChild'
      | 'clear'
      | 'editAsText'
    >
{
  children: BodyChild[] = [];
  constructor(private readonly ctx: EmulatorContext) {
    return ctx.expose('Body', this);
  }
  childRemove(child: BodyChild): void {
    this.children = this.children.filter((c) => c !== child);
  }
  private attach<T extends BodyChild>(child: T, index: number): T {
    if (child instanceof EmuParagraph || child instanceof EmuTable) child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }
  appendParagraph(text: string | Para): Para {
    const p = typeof text === 'string' ? new EmuParagraph(this.ctx, text) : (text as unknown as EmuParagraph);
    return gas<Para>(this.attach(p, this.children.length));
  }
  insertParagraph(childIndex: number, text: string | Para): Para {
    const p = typeof text === 'string' ? new EmuParagraph(this.ctx, text) : (text as unknown as EmuParagraph);
    return gas<Para>(this.attach(p, childIndex));
  }
  appendTable(cells?: string[][] | Table): Table {
    const t = cells === undefined || Array.isArray(cells) ? new EmuTable(this.ctx, cells ?? []) : (cells as unknown as EmuTable);
    return gas<Table>(this.attach(t, this.children.length));
  }
  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    const t = cells === undefined || Array.isArray(cells) ? new EmuTable(this.ctx, cells ?? []) : (cells as unknown as EmuTable);
    return gas<Table>(this.attach(t, childIndex));
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    return gas(this.attach({ kind: 'pagebreak' as const, getType: () => ElementType.PAGE_BREAK }, this.children.length));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return gas(this.attach({ kind: 'rule' as const, getType: () => ElementType.HORIZONTAL_RULE }, this.children.length));
  }
  getParagraphs(): Para[] {
    return this.children.filter((c): c is EmuParagraph => c instanceof EmuParagraph).map((p) => gas<Para>(p));
  }
  getTables(): Table[] {
    return this.children.filter((c): c is EmuTable => c instanceof EmuTable).map((t) => gas<Table>(t));
  }
  getText(): string {
    return this.children
      .map((c) => (c instanceof EmuParagraph || c instanceof EmuTable ? c.getText() : ''))
      .join('\n');
  }
  setText(text: string): Body {
    this.children = [];
    for (const line of text.split('\n')) this.appendParagraph(line);
    return gas<Body>(this);
  }
  editAsText(): TextEl {
    const body = this;
    return gas<TextEl>(new EmuText(this.ctx, { get text() { return body.getText(); }, set text(v: string) { body.setText(v); } }));
  }
  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    for (const c of this.children) if (c instanceof EmuParagraph || c instanceof EmuTable) c.replaceText(searchPattern, replacement);
    return gas(this);
  }
  findText(searchPattern: string): GoogleAppsScript.Document.RangeElement {
    return this.textFind(searchPattern) as GoogleAppsScript.Document.RangeElement;
  }
  private textFind(searchPattern: string): GoogleAppsScript.Document.RangeElement | null {
    for (const c of this.children) {
      if (c instanceof EmuParagraph) {
        const found = c.findText(searchPattern);
        if (found) return found;
      }
      if (c instanceof EmuTable) {
        for (const cell of c.rows.flatMap((r) => r.cells)) {
          const m = regexOf(searchPattern).exec(cell.text);
          if (m) return gas(new EmuRangeElement(this.ctx, new EmuText(this.ctx, cell), m.index, m.index + m[0].length - 1));
        }
      }
    }
    return null;
  }
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    const c = this.children[childIndex];
    if (!c) throw new Error(`Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`);
    return gas(c);
  }
  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    return this.children.indexOf(child as unknown as BodyChild);
  }
  removeChild(child: GoogleAppsScript.Document.Element): Body {
    this.childRemove(child as unknown as BodyChild);
    return gas<Body>(this);
  }
  clear(): Body {
    this.children = [];
    return gas<Body>(this);
  }
  /** Deep copy for Drive makeCopy of a document. */
  cloneInto(target: EmuBody): void {
    for (const c of this.children) {
      if (c instanceof EmuParagraph) target.appendParagraph(c.copy());
      else if (c instanceof EmuTable) target.appendTable(c.copy());
      else target.children.push({ ...c });
    }
  }
}

/** The comment line of an emulated PDF naming the document it was exported from (the workbench opens that). */
const PDF_SOURCE_MARK = '% Source document: ';

/** The id of the document an emulated PDF was exported from, or null (not such a PDF). */
export function pdfSourceDocumentId(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('utf8');
  if (!head.startsWith('%PDF-')) return null;
  const line = head.split('\n').find((l) => l.startsWith(PDF_SOURCE_MARK));
  return line ? line.slice(PDF_SOURCE_MARK.length).trim() || null : null;
}

export class EmuDocument implements Pick<Doc, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose' | 'getAs' | 'getBlob'> {
  readonly body: EmuBody;
  saved = 0;
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly drive: DriveStore,
    readonly id: string,
  ) {
    this.body = new EmuBody(ctx);
    return ctx.expose('Document', this);
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.drive.item(this.id).name;
  }
  setName(name: string): Doc {
    this.drive.item(this.id).name = name;
    return gas<Doc>(this);
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): Body {
    return gas<Body>(this.body);
  }
  saveAndClose(): void {
    this.saved++;
  }
  getText(): string {
    return this.body.getText();
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return gas(new EmuBlob(this.ctx, Buffer.from(this.body.getText(), 'utf8'), 'text/plain', this.getName()));
  }
  /** PDF export: a minimal "%PDF" payload whose text is the document's text (no layout). */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'application/pdf') return this.getBlob().getAs(contentType);
    const bytes = Buffer.from(`%PDF-1.4\n% Customer Ledger emulator export\n${PDF_SOURCE_MARK}${this.id}\n${this.body.getText()}\n%%EOF\n`, 'utf8');
    return gas(new EmuBlob(this.ctx, bytes, 'application/pdf', `${this.getName()}.pdf`));
  }
}

export class EmuDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById' | 'openByUrl' | 'getActiveDocument'> {
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = ElementType;
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly drive: DriveStore,
  ) {
    return ctx.expose('DocumentApp', this);
  }
  create(name: string): Doc {
    return gas<Doc>(this.drive.documentCreate(name));
  }
  openById(id: string): Doc {
    const doc = this.drive.documents.get(id);
    if (!doc) throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    return gas<Doc>(doc);
  }
  openByUrl(url: string): Doc {
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? url;
    return this.openById(id);
  }
  getActiveDocument(): Doc {
    throw new Error('Emulator: DocumentApp.getActiveDocument has no active document in a spreadsheet add-on');
  }
}

