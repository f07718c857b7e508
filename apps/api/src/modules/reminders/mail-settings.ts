/** The mail server the reminders go out through, and the app's public address for their links. */
export interface MailSettings {
  host: string;
  port: number;
  /** True: TLS from the first byte (port 465); false: plain, upgraded with STARTTLS when the server offers it. */
  secure: boolean;
  /** Signing in to the mail server; null when it takes mail without. */
  auth: { user: string; password: string } | null;
  /** The sender, e.g. "Lägesbild <noreply@example.se>". */
  from: string;
  /** The app's address as people reach it, without a trailing slash (links are made absolute with it). */
  publicUrl: string;
}

/** When reminders fall due. */
export interface ReminderSchedule {
  /** The first reminder of a deadline goes this many days before it. */
  daysBeforeDeadline: number;
  /** The day's reminders are planned from this hour on (Swedish time), so they arrive in the morning, not at midnight. */
  sendHour: number;
}

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = { daysBeforeDeadline: 5, sendHour: 7 };
