// The workbench's HTTP server: the page, its state, menu actions, the sidebar (with the RPC shim) and /rpc/<fn>.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLang } from '../../gas/user-lang';
import { workbenchExportXlsx } from './book-export';
import { documentViewHtml } from './document-view';
import { replyDocumentHtml, replyHtml, replyJson, replyText, requestJson } from './http-util';
import { workbenchPageBuild } from './page';
import { isWorkbenchBook, workbenchBundleFilesRead, workbenchSessionCreate, type WorkbenchSession, type WorkbenchSessionOptions } from './session';
import { sidebarWithShim } from './sidebar-shim';
import type { WorkbenchReply } from './workbench-state';

export interface WorkbenchOptions extends WorkbenchSessionOptions {
  /** 0 = any free port. */
  readonly port?: number;
  readonly host?: string;
}

export interface Workbench {
  readonly url: string;
  readonly port: number;
  /** The session now running (a new one after the page's "New blank book" / "Sample book" / "Messy sheet"). */
  readonly session: WorkbenchSession;
  close(): Promise<void>;
}

/** Error text for the page: the message of whatever the bundle threw. */
function errorText(error: unknown): string {
  if (error && typeof (error as Error).message === 'string') return (error as Error).message;
  return String(error);
}

async function callReply(session: WorkbenchSession, name: string, request: IncomingMessage, response: ServerResponse) {
  let reply: WorkbenchReply;
  try {
    const args = await requestJson(request);
    reply = { ok: true, value: session.run(name, Array.isArray(args) ? args : []) ?? null };
  } catch (error) {
    reply = { ok: false, error: errorText(error) };
  }
  replyJson(response, 200, reply);
}

/** The book as .xlsx (every tab the add-on creates, formulas included), as a download. */
async function exportReply(session: WorkbenchSession, response: ServerResponse): Promise<void> {
  try {
    const file = await workbenchExportXlsx(session.emulator);
    response.writeHead(200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': 'attachment; filename="customer-ledger.xlsx"',
      'cache-control': 'no-store',
    });
    response.end(file);
  } catch (error) {
    replyText(response, 500, errorText(error));
  }
}

/** A real calendar day written YYYY-MM-DD (the virtual clock's "today"). */
function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** Holds the running session; POST /api/book replaces it with a fresh spreadsheet. */
interface SessionHolder {
  current: WorkbenchSession;
  restart(options: WorkbenchSessionOptions): Promise<WorkbenchSession>;
}

async function route(holder: SessionHolder, page: string, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  if (method === 'POST' && url.pathname === '/api/book') {
    const body = (await requestJson(request)) as { book?: unknown } | null;
    if (!isWorkbenchBook(body?.book)) return replyJson(response, 400, { ok: false, error: 'book must be sample, blank or messy' });
    await holder.restart({ book: body.book, lang: holder.current.state().lang });
    return replyJson(response, 200, { ok: true, value: body.book });
  }
  const session = holder.current;
  if (method === 'GET' && url.pathname === '/') return replyHtml(response, page);
  if (method === 'GET' && url.pathname === '/api/state') return replyJson(response, 200, session.state());
  if (method === 'GET' && url.pathname === '/sidebar') {
    const html = session.sidebarHtml();
    return html === null ? replyText(response, 404, 'no sidebar is open') : replyHtml(response, sidebarWithShim(html));
  }
  const run = /^\/(?:api\/run|rpc)\/([^/]+)$/.exec(url.pathname);
  if (method === 'POST' && run) return callReply(session, decodeURIComponent(run[1]!), request, response);
  if (method === 'POST' && url.pathname === '/api/lang') {
    const body = (await requestJson(request)) as { lang?: unknown } | null;
    if (!isLang(body?.lang)) return replyJson(response, 400, { ok: false, error: 'unknown language' });
    session.langSet(body.lang);
    return replyJson(response, 200, { ok: true, value: body.lang });
  }
  if (method === 'POST' && url.pathname === '/api/select') {
    const body = (await requestJson(request)) as { sheet?: unknown; a1?: unknown } | null;
    if (typeof body?.sheet !== 'string' || typeof body.a1 !== 'string') {
      return replyJson(response, 400, { ok: false, error: 'sheet and a1 are required' });
    }
    session.select(body.sheet, body.a1);
    return replyJson(response, 200, { ok: true, value: null });
  }
  if (method === 'GET' && url.pathname === '/api/export.xlsx') return exportReply(session, response);
  const doc = /^\/doc\/([^/]+)$/.exec(url.pathname);
  if (method === 'GET' && doc) {
    const id = /^[\w-]+$/.test(doc[1]!) ? doc[1]! : '';
    const html = id ? documentViewHtml(session.emulator, id) : null;
    return html === null ? replyText(response, 404, 'no document with that id') : replyDocumentHtml(response, html);
  }
  if (method === 'POST' && url.pathname === '/api/today') {
    const body = (await requestJson(request)) as { today?: unknown } | null;
    if (!isIsoDay(body?.today)) return replyJson(response, 400, { ok: false, error: 'today must be a date YYYY-MM-DD' });
    session.emulator.setToday(body.today);
    return replyJson(response, 200, { ok: true, value: session.emulator.today() });
  }
  if (method === 'GET' && url.pathname === '/favicon.ico') return replyText(response, 204, '');
  replyText(response, 404, 'not found');
}

/** Starts the workbench: emulator seeded with the sample book, bundle loaded, onOpen run, server listening. */
export async function workbenchStart(options: WorkbenchOptions = {}): Promise<Workbench> {
  const root = options.root ?? process.cwd();
  // The bundle is read once: a new book started from the page runs the same build as the first one.
  const bundleFiles = options.bundleFiles ?? workbenchBundleFilesRead(root);
  const [page, first] = await Promise.all([workbenchPageBuild(root), workbenchSessionCreate({ ...options, root, bundleFiles })]);
  const holder: SessionHolder = {
    current: first,
    restart: async (next) => {
      holder.current = await workbenchSessionCreate({ ...options, ...next, root, bundleFiles });
      return holder.current;
    },
  };
  const server = createServer((request, response) => {
    route(holder, page, request, response).catch((error: unknown) => {
      if (!response.headersSent) replyText(response, 500, errorText(error));
      else response.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
    port,
    get session() {
      return holder.current;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
