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
  readonly id: string;
  readonly name: string;
  readonly url: string;
  /** The workbench page that renders it (GET /doc/:id). */
  readonly href: string;
  /** Names of the Drive folders holding it. */
  readonly folders: readonly string[];
}

export interface WorkbenchMailAttachment {
  readonly name: string;
  readonly contentType: string | null;
  readonly size: number;
  /** The rendered document the attachment (a PDF) was exported from, or null. */
  readonly href: string | null;
}

export interface WorkbenchMail {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly replyTo: string | null;
  /** The sender name given with the mail. */
  readonly name: string | null;
  readonly subject: string;
  readonly body: string;
  /** True when an HTML body was sent too (the panel shows the plain body). */
  readonly hasHtmlBody: boolean;
  /** ISO time on the virtual clock. */
  readonly sentAt: string;
  readonly attachments: readonly WorkbenchMailAttachment[];
}

export interface WorkbenchDriveFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  /** The rendered document (a Doc, or a PDF made from one), or null. */
  readonly href: string | null;
}

export interface WorkbenchDriveFolder {
  readonly id: string;
  /** The folder's path from My Drive, e.g. "My Drive / Customer Ledger". */
  readonly path: string;
  readonly files: readonly WorkbenchDriveFile[];
}

export interface WorkbenchState {
  readonly lang: Lang;
  readonly spreadsheetName: string;
  readonly today: string;
  /** The spreadsheet's time zone (times such as mail sent are shown in it). */
  readonly timeZone: string;
  readonly sheets: readonly WorkbenchSheet[];
  readonly menus: readonly WorkbenchMenu[];
  readonly sidebar: WorkbenchSidebar | null;
  /** Alerts and dialogs the bundle showed, newest last. */
  readonly messages: readonly string[];
  readonly documents: readonly WorkbenchDocument[];
  readonly mail: readonly WorkbenchMail[];
  /** Drive folders (My Drive first) and the files in them, trashed ones left out. */
  readonly drive: readonly WorkbenchDriveFolder[];
  /** Service calls made by the bundle so far, per "Class.method". */
  readonly calls: Readonly<Record<string, number>>;
}

/** The reply of POST /api/menu/<fn> and POST /rpc/<fn>. */
export type WorkbenchReply<T = unknown> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };
