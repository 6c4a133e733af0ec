// Renders an emulated Google Doc as one standalone HTML page laid out like its printed A4 pages (all text escaped).
import { EmuDocument, EmuParagraph, EmuTable, EmuTableCell, type EmuBody } from './document-app';

export interface DocumentHtmlOptions {
  /** The page title (default: the document's name), e.g. the name of a PDF made from it. */
  readonly title?: string;
  /** The html lang attribute; default 'zh-CN' when the text holds Han characters (CJK font choice), else 'en'. */
  readonly lang?: string;
}

/** Text as HTML text or attribute value: the five characters that could start markup or end a quoted value. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The text styles an element can carry: fields the emulator's Text view sets, and DocumentApp.Attribute keys. */
interface Styled {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly fontSize?: number;
  readonly fontFamily?: string;
  readonly color?: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FONT_NAME = /^[A-Za-z0-9 \-\u3400-\u9fff]{1,64}$/;

/** Docs' default font (Arial), then metric twins and the CJK fonts Debian, macOS and Windows provide. */
const FONT_STACK =
  "Arial, 'Liberation Sans', Helvetica, 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function attribute<T>(styled: Styled, key: string, check: (v: unknown) => v is T): T | undefined {
  const value = styled.attributes?.[key];
  return check(value) ? value : undefined;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 400;
const isColor = (v: unknown): v is string => typeof v === 'string' && COLOR.test(v);
const isFont = (v: unknown): v is string => typeof v === 'string' && FONT_NAME.test(v);

/** CSS declarations for an element's text styles; only values of a known safe shape get through. */
function textStyle(styled: Styled): string[] {
  const bold = attribute(styled, 'BOLD', isBoolean) ?? styled.bold;
  const italic = attribute(styled, 'ITALIC', isBoolean) ?? styled.italic;
  const underline = attribute(styled, 'UNDERLINE', isBoolean) ?? styled.underline;
  const size = attribute(styled, 'FONT_SIZE', isSize) ?? (isSize(styled.fontSize) ? styled.fontSize : undefined);
  const font = attribute(styled, 'FONT_FAMILY', isFont) ?? (isFont(styled.fontFamily) ? styled.fontFamily : undefined);
  const color = attribute(styled, 'FOREGROUND_COLOR', isColor) ?? (isColor(styled.color) ? styled.color : undefined);
  const background = attribute(styled, 'BACKGROUND_COLOR', isColor);
  const css: string[] = [];
  if (bold !== undefined) css.push(`font-weight:${bold ? 700 : 400}`);
  if (italic !== undefined) css.push(`font-style:${italic ? 'italic' : 'normal'}`);
  if (underline) css.push('text-decoration:underline');
  if (size !== undefined) css.push(`font-size:${size}pt`);
  if (font !== undefined) css.push(`font-family:'${font}',${FONT_STACK}`);
  if (color !== undefined) css.push(`color:${color}`);
  if (background !== undefined) css.push(`background-color:${background}`);
  return css;
}

function styleAttribute(css: readonly string[]): string {
  return css.length ? ` style="${htmlEscape(css.join(';'))}"` : '';
}

/** Paragraph text: escaped; a soft line break (\r in Docs) becomes a line break; an empty paragraph keeps its line. */
function textHtml(text: string): string {
  return text === '' ? '<br>' : htmlEscape(text.replace(/\r\n?/g, '\n'));
}

const HEADING_TAGS: Readonly<Record<string, string>> = {
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};
const ALIGNMENTS: Readonly<Record<string, string>> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' };

function paragraphHtml(p: EmuParagraph): string {
  const heading = String(p.heading);
  const tag = HEADING_TAGS[heading] ?? 'p';
  const kind = heading === 'TITLE' ? 'title' : heading === 'SUBTITLE' ? 'subtitle' : '';
  const align = ALIGNMENTS[String(p.attributes.HORIZONTAL_ALIGNMENT ?? p.alignment)];
  const css = [...(align && align !== 'left' ? [`text-align:${align}`] : []), ...textStyle(p as Styled)];
  return `<${tag}${kind ? ` class="${kind}"` : ''}${styleAttribute(css)}>${textHtml(p.text)}</${tag}>`;
}

function cellHtml(cell: EmuTableCell, tag: 'td' | 'th'): string {
  const background = isColor(cell.background) ? [`background-color:${cell.background}`] : [];
  return `<${tag}${styleAttribute([...background, ...textStyle(cell as Styled)])}>${textHtml(cell.text)}</${tag}>`;
}

/** A cell styled as a column heading: bold text or a shaded background. */
function isHeadingCell(cell: EmuTableCell): boolean {
  return (cell as Styled).bold === true || (cell as Styled).attributes?.BOLD === true || isColor(cell.background);
}

/**
 * A table: when its first row is styled as headings (every cell bold or shaded) and rows follow, that row is the
 * header print repeats on every page (thead); a label/value table stays plain rows. Rows never split (CSS below).
 */
function tableHtml(table: EmuTable): string {
  const rows = table.rows.map((row) => row.cells);
  const border = Number.isFinite(table.borderWidth) && table.borderWidth >= 0 ? Math.min(table.borderWidth, 12) : 1;
  const open = `<table class="doc-table" style="--border:${border}pt">`;
  const body = (cells: EmuTableCell[][], tag: 'td' | 'th') => cells.map((r) => `<tr>${r.map((c) => cellHtml(c, tag)).join('')}</tr>`).join('');
  if (rows.length >= 2 && rows[0]!.length > 0 && rows[0]!.every(isHeadingCell)) return `${open}<thead>${body(rows.slice(0, 1), 'th')}</thead><tbody>${body(rows.slice(1), 'td')}</tbody></table>`;
  return `${open}<tbody>${body(rows, 'td')}</tbody></table>`;
}

/** The body's children split at page breaks: one list of HTML blocks per page. */
function pagesHtml(body: EmuBody): string[][] {
  const pages: string[][] = [[]];
  for (const child of body.children) {
    if (child instanceof EmuParagraph) pages[pages.length - 1]!.push(paragraphHtml(child));
    else if (child instanceof EmuTable) pages[pages.length - 1]!.push(tableHtml(child));
    else if (child.kind === 'rule') pages[pages.length - 1]!.push('<hr>');
    else pages.push([]);
  }
  return pages;
}

/** Docs' defaults: Letter/A4 page with 1-inch margins, Arial 11 pt, headings 20/16/14/12/11/11 pt, not bold. */
const DOCUMENT_CSS = `
@page { size: A4; margin: 25.4mm; }
* { box-sizing: border-box; }
html { background: #f1f3f4; }
body { margin: 0; padding: 16px 0; font: 11pt/1.15 ${FONT_STACK}; color: #000; }
.page { width: 210mm; min-height: 297mm; margin: 0 auto 16px; padding: 25.4mm; background: #fff; box-shadow: 0 1px 3px rgba(60,64,67,.3); }
p, h1, h2, h3, h4, h5, h6 { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; font-weight: 400; }
h1 { font-size: 20pt; margin: 20pt 0 6pt; }
h2 { font-size: 16pt; margin: 18pt 0 6pt; }
h3 { font-size: 14pt; margin: 16pt 0 4pt; color: #434343; }
h4 { font-size: 12pt; margin: 14pt 0 4pt; color: #666; }
h5 { font-size: 11pt; margin: 12pt 0 4pt; color: #666; }
h6 { font-size: 11pt; margin: 12pt 0 4pt; color: #666; font-style: italic; }
.title { font-size: 26pt; margin: 0 0 3pt; }
.subtitle { font-size: 15pt; margin: 0 0 16pt; color: #666; }
.page > :first-child { margin-top: 0; }
hr { border: 0; border-top: 1px solid #000; margin: 6pt 0; }
.doc-table { width: 100%; border-collapse: collapse; margin: 4pt 0; }
.doc-table th, .doc-table td { border: var(--border, 1pt) solid #000; padding: 5pt; text-align: left; vertical-align: top; font-weight: 400; white-space: pre-wrap; overflow-wrap: break-word; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print {
  html, body { background: #fff; padding: 0; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; page-break-after: always; }
  .page:last-child { break-after: auto; page-break-after: auto; }
}
`;

const HAN = /[\u3400-\u9fff]/;

/** The whole page: a strict Content-Security-Policy (no script, no outside fetch), the styles, one section per page. */
export function documentHtml(doc: EmuDocument, options: DocumentHtmlOptions = {}): string {
  const title = options.title ?? doc.getName();
  const pages = pagesHtml(doc.body);
  const lang = options.lang ?? (HAN.test(doc.getText()) || HAN.test(title) ? 'zh-CN' : 'en');
  const sections = pages.map((blocks) => `<section class="page">\n${blocks.join('\n')}\n</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${htmlEscape(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlEscape(title)}</title>
<style>${DOCUMENT_CSS}</style>
</head>
<body>
${sections}
</body>
</html>
`;
}
