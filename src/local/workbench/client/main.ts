// The workbench page's entry: draws header, grid, sidebar panel and outputs; listens to the sidebar frame.
import { byId, childrenReplace } from './dom';
import { gridRender, formulaBarRender, sheetTabsRender } from './grid';
import { headerRender } from './header';
import { outputsRender } from './outputs';
import { lang, page, renderSet, stateLoad, t } from './page-state';
import { sidebarPanelSync } from './sidebar-panel';

function render(): void {
  document.documentElement.lang = lang();
  document.title = t('page.title');
  const sheet = page.data?.sheets[page.sheetIndex];
  childrenReplace(byId('header'), headerRender());
  childrenReplace(byId('sheet'), formulaBarRender(sheet), gridRender(sheet), sheetTabsRender());
  childrenReplace(byId('bottom'), outputsRender());
  sidebarPanelSync();
}

// The sidebar frame tells the page when a server call finished, so the grid shows what it changed.
window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin) return;
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'workbench:rpc-done') void stateLoad();
  if (type === 'workbench:sidebar-close') {
    page.sidebarClosed = true;
    sidebarPanelSync();
  }
});

document.addEventListener('click', (event) => {
  if (page.menuOpen && !(event.target as Element).closest('.menu')) {
    page.menuOpen = false;
    render();
  }
});

renderSet(render);
void stateLoad();
