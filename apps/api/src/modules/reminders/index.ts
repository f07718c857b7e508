/**
 * Reminders by e-mail: what is due from whom (the reporting obligations) and indicators turned red
 * without an action, planned into one mail per person and occasion, sent over SMTP by a job in
 * every API process (never twice), with a send log for administrators and each person's choice of
 * daily, weekly or no reminders.
 */
export { reminderResolvers, reminderRules } from './reminders-resolvers';
export { ReminderJob } from './reminder-job';
export type { ReminderJobOptions, ReminderRun } from './reminder-job';
export { DEFAULT_REMINDER_SCHEDULE } from './mail-settings';
export type { MailSettings, ReminderSchedule } from './mail-settings';
export type { DueObligation, ObligationSource } from './reminder-planner';
export { reportingObligations } from './reporting-obligations';
