// The panels under the grid: documents created, mail sent, alerts, service calls (from the emulator).
import { el } from './dom';
import { page, t } from './page-state';

function panelRender(title: string, items: HTMLElement[]): HTMLDetailsElement {
  const details = el('details', 'panel');
  details.open = items.length > 0;
  details.appendChild(el('summary', '', title));
  if (items.length === 0) details.appendChild(el('p', 'muted', t('panel.empty')));
  for (const item of items) details.appendChild(item);
  return details;
}

export function outputsRender(): HTMLElement {
  const data = page.data;
  const box = el('section', 'outputs');
  box.id = 'outputs';
  const documents = (data?.documents ?? []).map((doc) => {
    const item = el('article', 'output');
    item.appendChild(el('h3', '', doc.name));
    item.appendChild(el('pre', '', doc.text));
    return item;
  });
  const mail = (data?.mail ?? []).map((message) => {
    const item = el('article', 'output');
    item.appendChild(el('h3', '', message.subject));
    item.appendChild(el('div', 'muted', t('mail.to', { to: message.to })));
    if (message.attachments.length) {
      item.appendChild(el('div', 'muted', t('mail.attachments', { names: message.attachments.join(', ') })));
    }
    item.appendChild(el('pre', '', message.body));
    return item;
  });
  const messages = (data?.messages ?? []).map((text) => el('p', 'output', text));
  const callEntries = Object.entries(data?.calls ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const callTotal = callEntries.reduce((sum, [, n]) => sum + n, 0);
  const calls = callEntries.length ? [el('pre', 'calls', callEntries.map(([name, n]) => `${name}: ${n}`).join('\n'))] : [];
  box.appendChild(panelRender(t('panel.documents', { count: documents.length }), documents));
  box.appendChild(panelRender(t('panel.mail', { count: mail.length }), mail));
  box.appendChild(panelRender(t('panel.messages', { count: messages.length }), messages));
  const callsPanel = panelRender(t('panel.calls', { count: callTotal }), calls);
  callsPanel.open = false;
  box.appendChild(callsPanel);
  return box;
}
