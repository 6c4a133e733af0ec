// The installable change trigger that keeps the live formulas in sync, and what it runs.
import { formulasRefresh, type RefreshResult } from './refresh-formulas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The top-level function (main.ts) the trigger calls. */
export const CHANGE_TRIGGER_HANDLER = 'onLedgerChange';

/** Installs the spreadsheet's onChange trigger once; false when it was already there. */
export function changeTriggerInstall(spreadsheet: Spreadsheet): boolean {
  const id = spreadsheet.getId();
  const exists = ScriptApp.getProjectTriggers().some(
    (trigger) => trigger.getHandlerFunction() === CHANGE_TRIGGER_HANDLER && trigger.getTriggerSourceId() === id,
  );
  if (exists) return false;
  ScriptApp.newTrigger(CHANGE_TRIGGER_HANDLER).forSpreadsheet(spreadsheet).onChange().create();
  return true;
}

/**
 * Refreshes the formulas after a change, under the document lock; when another run holds the lock, this
 * change is left to it (it reads the sheets after taking the lock, so it sees the change too).
 */
export function changeRefresh(spreadsheet: Spreadsheet): RefreshResult | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return null;
  try {
    return formulasRefresh(spreadsheet);
  } finally {
    lock.releaseLock();
  }
}

/** The notice after Refresh formulas, in both languages (the sidebar switches language in place). */
export function refreshNotice(result: RefreshResult | null): { en: string; 'zh-CN': string } {
  if (!result) {
    return { en: 'Another refresh is running; try again in a moment.', 'zh-CN': '另一次刷新正在进行，请稍后再试。' };
  }
  const { added, repaired, filled, customersAdded } = result;
  return {
    en: `Formulas refreshed: ${added} written, ${repaired} repaired (see the Audit Log), ${filled} due dates / payment IDs filled, ${customersAdded} customers added to Reconciliation.`,
    'zh-CN': `公式已刷新：新写入 ${added} 个，修复 ${repaired} 个（见操作日志），补填到期日/收款编号 ${filled} 个，对账表新增客户 ${customersAdded} 个。`,
  };
}
