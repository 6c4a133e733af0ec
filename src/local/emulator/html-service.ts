// HtmlService: HtmlOutput from strings or from files given at construction, and simple <?= ?> templates.
import { EmuBlob } from './blob';
import { gas, type EmulatorContext } from './context';
import { SandboxMode, XFrameOptionsMode } from './enums';

type HO = GoogleAppsScript.HTML.HtmlOutput;
type HT = GoogleAppsScript.HTML.HtmlTemplate;

export class EmuHtmlOutput
  implements Pick<HO, 'getContent' | 'setContent' | 'append' | 'appendUntrusted' | 'getTitle' | 'setTitle' | 'getWidth' | 'setWidth' | 'getHeight' | 'setHeight' | 'setSandboxMode' | 'setXFrameOptionsMode' | 'addMetaTag' | 'setFaviconUrl' | 'getBlob' | 'getAs'>
{
  title = '';
  width = 300;
  height = 400;
  readonly metaTags: Array<{ name: string; content: string }> = [];
  constructor(
    private readonly ctx: EmulatorContext,
    private content: string,
  ) {
    return ctx.expose('HtmlOutput', this);
  }
  private self(): HO {
    return gas<HO>(this);
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HO {
    this.content = content;
    return this.self();
  }
  append(addedContent: string): HO {
    this.content += addedContent;
    return this.self();
  }
  appendUntrusted(addedContent: string): HO {
    this.content += addedContent.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HO {
    this.title = title;
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HO {
    this.width = width;
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HO {
    this.height = height;
    return this.self();
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HO {
    return this.self();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HO {
    return this.self();
  }
  addMetaTag(name: string, content: string): HO {
    this.metaTags.push({ name, content });
    return this.self();
  }
  setFaviconUrl(_iconUrl: string): HO {
    return this.self();
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return gas(new EmuBlob(this.ctx, Buffer.from(this.content, 'utf8'), 'text/html', `${this.title || 'output'}.html`));
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return this.getBlob().getAs(contentType);
  }
}

/** Compiles an Apps Script template (<? code ?>, <?= escaped ?>, <?!= raw ?>) to a function of its variables. */
function templateCompile(source: string): (vars: Record<string, unknown>) => string {
  let body = 'var __out = "";\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    body += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    if (m[1] === '=') body += `__out += __esc(${m[2]});\n`;
    else if (m[1] === '!=') body += `__out += String(${m[2]});\n`;
    else body += `${m[2]}\n`;
    last = re.lastIndex;
  }
  body += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  const esc = (v: unknown) => String(v).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  // Sloppy-mode Function so `with` exposes the template's properties as variables, as Apps Script does.
  const fn = new Function('__vars', '__esc', `with (__vars) {\n${body}\n}`) as (v: Record<string, unknown>, e: typeof esc) => string;
  return (vars) => fn(vars, esc);
}

export class EmuHtmlTemplate implements Pick<HT, 'evaluate' | 'getCode' | 'getRawContent'> {
  [key: string]: unknown;
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly source: string,
  ) {
    return ctx.expose('HtmlTemplate', this);
  }
  evaluate(): HO {
    const vars: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) if (k !== 'ctx' && k !== 'source') vars[k] = v;
    return gas<HO>(new EmuHtmlOutput(this.ctx, templateCompile(this.source)(vars)));
  }
  getCode(): string {
    return this.source;
  }
  getRawContent(): string {
    return this.source;
  }
}

export class EmuHtmlService
  implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'>
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly files: Record<string, string>,
  ) {
    return ctx.expose('HtmlService', this);
  }
  private file(filename: string): string {
    const content = this.files[filename] ?? this.files[filename.replace(/\.html$/, '')];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return content;
  }
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource | GoogleAppsScript.HTML.HtmlTemplate): HO {
    const text = html === undefined ? '' : typeof html === 'string' ? html : 'evaluate' in html ? html.evaluate().getContent() : html.getBlob().getDataAsString();
    return gas<HO>(new EmuHtmlOutput(this.ctx, text));
  }
  createHtmlOutputFromFile(filename: string): HO {
    return gas<HO>(new EmuHtmlOutput(this.ctx, this.file(filename)));
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HT {
    return gas<HT>(new EmuHtmlTemplate(this.ctx, typeof html === 'string' ? html : html.getBlob().getDataAsString()));
  }
  createTemplateFromFile(filename: string): HT {
    return gas<HT>(new EmuHtmlTemplate(this.ctx, this.file(filename)));
  }
}
