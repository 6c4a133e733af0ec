// The JSON the workbench server sends its page: the emulated spreadsheet, menu, sidebar, documents and mail.
import type { Lang } from '../../core/types';

/** One cell as shown: its display text, and its formula when it has one. */
export interface WorkbenchCell {
  readonly text: string;
  readonly formula: string | null;
  /** True for numbers (right-aligned in the grid). */
  readonly numeric: boolean;
}

export interface WorkbenchSheet {
  readonly name: string;
  readonly rows: readonly (readonly WorkbenchCell[])[];
}

export interface WorkbenchMenuItem {
  readonly label: string;
  /** The bundle function the item runs. */
  readonly functionName: string;
}

export interface WorkbenchMenu {
  readonly title: string;
  /** True for createAddonMenu menus: Sheets shows them under Extensions with the add-on's name. */
  readonly addon: boolean;
  /** null = a separator. */
  readonly items: readonly (WorkbenchMenuItem | null)[];
}

export interface WorkbenchSidebar {
  readonly title: string;
  /** Increases each time the bundle shows a sidebar, so the page reloads its frame. */
  readonly version: number;
}

export interface WorkbenchDocument {
  readonly name: string;
  readonly text: string;
  readonly url: string;
}

export interface WorkbenchMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly string[];
}

export interface WorkbenchState {
  readonly lang: Lang;
  readonly spreadsheetName: string;
  readonly today: string;
  readonly sheets: readonly WorkbenchSheet[];
  readonly menus: readonly WorkbenchMenu[];
  readonly sidebar: WorkbenchSidebar | null;
  /** Alerts and dialogs the bundle showed, newest last. */
  readonly messages: readonly string[];
  readonly documents: readonly WorkbenchDocument[];
  readonly mail: readonly WorkbenchMail[];
  /** Service calls made by the bundle so far, per "Class.method". */
  readonly calls: Readonly<Record<string, number>>;
}

/** The reply of POST /api/menu/<fn> and POST /rpc/<fn>. */
export type WorkbenchReply<T = unknown> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };
