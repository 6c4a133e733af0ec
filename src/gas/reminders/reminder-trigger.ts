// The one daily time-driven trigger that runs the overdue reminders: installed once, removed cleanly.
import type { Lang } from '../../core/types';
import { mailText } from '../mail/mail-texts';

/** The top-level function (main.ts) the trigger calls. */
export const REMINDERS_HANDLER = 'remindersDaily';

/** The hour (in the script's time zone) the daily run starts. */
export const REMINDERS_HOUR = 8;

export interface ReminderTriggerState {
  readonly installed: boolean;
  readonly hour: number;
  readonly notice: string;
}

function remindersTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === REMINDERS_HANDLER);
}

/** True when this user has the daily reminders trigger. */
export function reminderTriggerInstalled(): boolean {
  return remindersTriggers().length > 0;
}

function state(installed: boolean, notice: string): ReminderTriggerState {
  return { installed, hour: REMINDERS_HOUR, notice };
}

/** Installs the daily trigger when missing; a second copy (left by an old bug or a race) is removed. */
export function reminderTriggerInstall(lang: Lang): ReminderTriggerState {
  const [first, ...extra] = remindersTriggers();
  for (const trigger of extra) ScriptApp.deleteTrigger(trigger);
  if (!first) ScriptApp.newTrigger(REMINDERS_HANDLER).timeBased().everyDays(1).atHour(REMINDERS_HOUR).create();
  return state(true, mailText(first ? 'trigger.already' : 'trigger.installed', lang, { hour: REMINDERS_HOUR }));
}

/** Removes every daily reminders trigger of this user; nothing else is touched. */
export function reminderTriggerRemove(lang: Lang): ReminderTriggerState {
  const triggers = remindersTriggers();
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return state(false, mailText(triggers.length > 0 ? 'trigger.removed' : 'trigger.none', lang));
}
