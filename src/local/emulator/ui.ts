// Ui: menus recorded as a tree, alerts and prompts answered from a script of responses, sidebars and dialogs recorded.
import { gas, type EmulatorContext } from './context';
import { Button, ButtonSet } from './enums';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type ButtonT = GoogleAppsScript.Base.Button;

export type MenuEntry = { readonly kind: 'item'; readonly caption: string; readonly functionName: string } | { readonly kind: 'separator' } | { readonly kind: 'submenu'; readonly menu: MenuTree };

export interface MenuTree {
  readonly title: string;
  readonly addon: boolean;
  readonly entries: MenuEntry[];
}

export interface AlertRecord {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  readonly response: string;
}

export interface PromptRecord extends AlertRecord {
  readonly text: string;
}

export interface ShownHtml {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly html: string;
  readonly width?: number;
  readonly height?: number;
}

/** Scripted answers for alert()/prompt(): consumed in order; default OK (alert) and OK with '' (prompt). */
export interface UiAnswer {
  readonly button: keyof typeof Button;
  readonly text?: string;
}

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
  getWidth?(): number;
  getHeight?(): number;
}

/** Tells alert(title, prompt, …) from alert(prompt, buttons): enum values are strings here too. */
function isMessage(x: unknown): x is string {
  return typeof x === 'string' && !(x in ButtonSet);
}

export class EmuMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly tree: MenuTree;
  constructor(
    ctx: EmulatorContext,
    private readonly ui: EmuUi,
    title: string,
    addon: boolean,
  ) {
    this.tree = { title, addon, entries: [] };
    return ctx.expose('Menu', this);
  }
  addItem(caption: string, functionName: string): Menu {
    this.tree.entries.push({ kind: 'item', caption, functionName });
    return gas<Menu>(this);
  }
  addSeparator(): Menu {
    this.tree.entries.push({ kind: 'separator' });
    return gas<Menu>(this);
  }
  addSubMenu(menu: Menu): Menu {
    this.tree.entries.push({ kind: 'submenu', menu: (menu as unknown as EmuMenu).tree });
    return gas<Menu>(this);
  }
  addToUi(): void {
    this.ui.menus = [...this.ui.menus.filter((m) => m.title !== this.tree.title || m.addon !== this.tree.addon), this.tree];
  }
}

class EmuPromptResponse implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(
    ctx: EmulatorContext,
    private readonly text: string,
    private readonly button: string,
  ) {
    return ctx.expose('PromptResponse', this);
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): ButtonT {
    return this.button as unknown as ButtonT;
  }
}

export class EmuUi implements Pick<Ui, 'createMenu' | 'createAddonMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Menus added with addToUi, latest version of each. */
  menus: MenuTree[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly shown: ShownHtml[] = [];
  private readonly answers: UiAnswer[] = [];

  constructor(private readonly ctx: EmulatorContext) {
    return ctx.expose('Ui', this);
  }

  /** Queues the user's answer to the next alert or prompt. */
  answerNext(answer: UiAnswer): void {
    this.answers.push(answer);
  }
  /** The sidebar shown last, if any. */
  get sidebar(): ShownHtml | undefined {
    return [...this.shown].reverse().find((s) => s.kind === 'sidebar');
  }
  /** The dialog shown last, if any. */
  get dialog(): ShownHtml | undefined {
    return [...this.shown].reverse().find((s) => s.kind !== 'sidebar');
  }

  createMenu(caption: string): Menu {
    return gas<Menu>(new EmuMenu(this.ctx, this, caption, false));
  }
  createAddonMenu(): Menu {
    return gas<Menu>(new EmuMenu(this.ctx, this, 'Add-on', true));
  }
  alert(a: string, b?: unknown, c?: unknown): ButtonT {
    const [title, prompt, buttons] = isMessage(b) ? [a, b, c] : ['', a, b];
    const answer = this.answers.shift()?.button ?? (buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK');
    this.alerts.push({ title, prompt, buttons: String(buttons ?? 'OK'), response: answer });
    return answer as unknown as ButtonT;
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] = isMessage(b) ? [a, b, c] : ['', a, b];
    const answer = this.answers.shift() ?? { button: 'OK' as const, text: '' };
    const text = answer.text ?? '';
    this.prompts.push({ title, prompt, buttons: String(buttons ?? 'OK'), response: answer.button, text });
    return gas(new EmuPromptResponse(this.ctx, text, answer.button));
  }
  private show(kind: ShownHtml['kind'], html: HtmlLike, title?: string): void {
    this.shown.push({
      kind,
      title: title ?? html.getTitle(),
      html: html.getContent(),
      ...(html.getWidth ? { width: html.getWidth() } : {}),
      ...(html.getHeight ? { height: html.getHeight() } : {}),
    });
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.show('sidebar', userInterface as unknown as HtmlLike);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modal', userInterface as unknown as HtmlLike, title);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.show('modeless', userInterface as unknown as HtmlLike, title);
  }
}
