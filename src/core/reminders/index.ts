// The reminders module (催款): levels from Settings and the schedule of what is due (pure).
export * from './reminder-levels';
export * from './reminder-schedule';
