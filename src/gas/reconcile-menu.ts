// Menu "Reconcile now": reconciles, then opens the sidebar's reconcile section with what happened.
import type { MessageText } from '../core/i18n';
import { GasError } from './gas-error';
import { reconcileRun } from './reconcile-run';
import { reconcileNotice } from './reconcile-view';
import { sidebarShow } from './sidebar';
import { userLang } from './user-lang';

const lockBusy: MessageText = {
  en: 'Someone else is writing to the ledger right now; nothing was changed. Try again in a moment.',
  'zh-CN': '其他人正在写入账本，本次未做任何更改。请稍后再试。',
};

/** Runs Reconcile now from the menu; a refusal (no spreadsheet, lock busy) is shown in the sidebar, not thrown. */
export function reconcileMenuRun(): void {
  try {
    sidebarShow('reconcile', reconcileNotice(reconcileRun(userLang())));
  } catch (error) {
    if (error instanceof GasError) {
      sidebarShow('reconcile', { en: error.messageIn('en'), 'zh-CN': error.messageIn('zh-CN') }, 'error');
    } else if (error instanceof Error && /lock timeout/i.test(error.message)) {
      sidebarShow('reconcile', lockBusy, 'error');
    } else {
      throw error;
    }
  }
}
