// The side panel: the real sidebar HTML the bundle showed, in a frame whose google.script.run is the shim.
import { byId, childrenReplace, el } from './dom';
import { page, t } from './page-state';

export function sidebarPanelSync(): void {
  const panel = byId('sidebar-panel');
  const sidebar = page.data?.sidebar;
  const frame = document.getElementById('sidebar-frame') as HTMLIFrameElement | null;
  if (!sidebar || page.sidebarClosed) {
    page.sidebarVersion = 0;
    childrenReplace(panel, el('p', 'muted sidebar-empty', t('sidebar.closed')));
    return;
  }
  // Keep the frame (and the sidebar's own state) unless the bundle showed a new sidebar.
  if (frame && page.sidebarVersion === sidebar.version) {
    const title = document.getElementById('sidebar-title');
    if (title) title.textContent = sidebar.title;
    return;
  }
  page.sidebarVersion = sidebar.version;
  const head = el('div', 'sidebar-head');
  const title = el('span', 'sidebar-title', sidebar.title);
  title.id = 'sidebar-title';
  head.appendChild(title);
  const close = el('button', 'sidebar-close', '✕');
  close.title = t('sidebar.close');
  close.addEventListener('click', () => {
    page.sidebarClosed = true;
    sidebarPanelSync();
  });
  head.appendChild(close);
  const iframe = el('iframe', 'sidebar-frame');
  iframe.id = 'sidebar-frame';
  iframe.title = sidebar.title;
  iframe.src = `/sidebar?v=${sidebar.version}`;
  childrenReplace(panel, head, iframe);
}
