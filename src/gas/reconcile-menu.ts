// Menu "Reconcile now": reconciles, then opens the sidebar's reconcile section with what happened.
import { GasError } from './gas-error';
import { reconcileRun } from './reconcile-run';
import { reconcileNotice } from './reconcile-view';
import { sidebarShow } from './sidebar';
import { userLang } from './user-lang';

/** Runs Reconcile now from the menu; a refusal (no spreadsheet, lock busy) is shown in the sidebar, not thrown. */
export function reconcileMenuRun(): void {
  try {
    sidebarShow('reconcile', reconcileNotice(reconcileRun(userLang())));
  } catch (error) {
    if (error instanceof GasError) {
      sidebarShow('reconcile', { en: error.messageIn('en'), 'zh-CN': error.messageIn('zh-CN') }, 'error');
    } else {
      throw error;
    }
  }
}
