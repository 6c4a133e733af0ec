// The panels under the grid: documents and Drive files (opened rendered), mail sent, alerts, service calls.
import type { WorkbenchDocument, WorkbenchDriveFolder, WorkbenchMail } from '../workbench-state';
import { el } from './dom';
import { lang, page, t } from './page-state';

function panelRender(id: string, title: string, items: HTMLElement[]): HTMLDetailsElement {
  const details = el('details', 'panel');
  details.id = id;
  details.open = items.length > 0;
  details.appendChild(el('summary', '', title));
  if (items.length === 0) details.appendChild(el('p', 'muted', t('panel.empty')));
  for (const item of items) details.appendChild(item);
  return details;
}

/** A link that opens a rendered document in a new tab (the page itself stays). */
function openLink(href: string, text: string, className: string): HTMLAnchorElement {
  const link = el('a', className, text);
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  return link;
}

function documentRender(doc: WorkbenchDocument): HTMLElement {
  const item = el('article', 'output document');
  item.dataset.id = doc.id;
  const head = el('div', 'output-head');
  head.appendChild(el('h3', '', doc.name));
  head.appendChild(openLink(doc.href, t('doc.open'), 'doc-open'));
  item.appendChild(head);
  if (doc.folders.length) item.appendChild(el('div', 'muted', t('doc.folders', { folders: doc.folders.join(', ') })));
  return item;
}

function sentAtText(iso: string): string {
  const zone = page.data?.timeZone;
  return new Date(iso).toLocaleString(lang() === 'zh-CN' ? 'zh-CN' : 'en-GB', zone ? { timeZone: zone } : {});
}

function mailRender(message: WorkbenchMail): HTMLElement {
  const item = el('article', 'output mail');
  item.appendChild(el('h3', 'mail-subject', message.subject));
  const headers: [string, string][] = [
    ['mail-from', message.name ? t('mail.from', { name: message.name }) : ''],
    ['mail-to', t('mail.to', { to: message.to })],
    ['mail-cc', message.cc ? t('mail.cc', { cc: message.cc }) : ''],
    ['mail-bcc', message.bcc ? t('mail.bcc', { bcc: message.bcc }) : ''],
    ['mail-reply-to', message.replyTo ? t('mail.replyTo', { replyTo: message.replyTo }) : ''],
    ['mail-sent-at', t('mail.sentAt', { at: sentAtText(message.sentAt) })],
  ];
  for (const [className, text] of headers) if (text) item.appendChild(el('div', `muted ${className}`, text));
  if (message.attachments.length) {
    const list = el('div', 'mail-attachments muted', t('mail.attachments'));
    for (const attachment of message.attachments) {
      list.appendChild(document.createTextNode(' '));
      list.appendChild(attachment.href ? openLink(attachment.href, attachment.name, 'mail-attachment') : el('span', 'mail-attachment', attachment.name));
    }
    item.appendChild(list);
  }
  item.appendChild(el('pre', 'mail-body', message.body));
  if (message.hasHtmlBody) item.appendChild(el('div', 'muted', t('mail.html')));
  return item;
}

function folderRender(folder: WorkbenchDriveFolder): HTMLElement {
  const item = el('article', 'output drive-folder');
  item.dataset.path = folder.path;
  item.appendChild(el('h3', '', folder.path));
  const list = el('ul', 'drive-files');
  for (const file of folder.files) {
    const li = el('li', 'drive-file');
    li.appendChild(file.href ? openLink(file.href, file.name, 'drive-open') : el('span', '', file.name));
    li.appendChild(el('span', 'muted', ` ${mimeLabel(file.mimeType)}`));
    list.appendChild(li);
  }
  if (folder.files.length === 0) list.appendChild(el('li', 'muted', t('panel.empty')));
  item.appendChild(list);
  return item;
}

function mimeLabel(mimeType: string): string {
  if (mimeType === 'application/vnd.google-apps.document') return t('drive.doc');
  if (mimeType === 'application/vnd.google-apps.spreadsheet') return t('drive.sheet');
  if (mimeType === 'application/pdf') return 'PDF';
  return mimeType;
}

export function outputsRender(): HTMLElement {
  const data = page.data;
  const box = el('section', 'outputs');
  box.id = 'outputs';
  const documents = (data?.documents ?? []).map(documentRender);
  const mail = (data?.mail ?? []).map(mailRender);
  const folders = (data?.drive ?? []).map(folderRender);
  const fileCount = (data?.drive ?? []).reduce((sum, folder) => sum + folder.files.length, 0);
  const messages = (data?.messages ?? []).map((text) => el('p', 'output', text));
  const callEntries = Object.entries(data?.calls ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const callTotal = callEntries.reduce((sum, [, n]) => sum + n, 0);
  const calls = callEntries.length ? [el('pre', 'calls', callEntries.map(([name, n]) => `${name}: ${n}`).join('\n'))] : [];
  box.appendChild(panelRender('panel-documents', t('panel.documents', { count: documents.length }), documents));
  box.appendChild(panelRender('panel-mail', t('panel.mail', { count: mail.length }), mail));
  const drivePanel = panelRender('panel-drive', t('panel.drive', { count: fileCount }), folders);
  drivePanel.open = documents.length > 0;
  box.appendChild(drivePanel);
  box.appendChild(panelRender('panel-messages', t('panel.messages', { count: messages.length }), messages));
  const callsPanel = panelRender('panel-calls', t('panel.calls', { count: callTotal }), calls);
  callsPanel.open = false;
  box.appendChild(callsPanel);
  return box;
}
