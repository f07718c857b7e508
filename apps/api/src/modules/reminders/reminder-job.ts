import type { PrismaClient } from '@lagesbild/db';
import type { MailSettings, ReminderSchedule } from './mail-settings';
import type { Mailer } from './mailer';
import { createSmtpMailer } from './mailer';
import type { ObligationSource } from './reminder-planner';
import { planReminders } from './reminder-planner';
import type { SendResult } from './reminder-sender';
import { sendDueMails } from './reminder-sender';

export interface ReminderJobOptions {
  prisma: PrismaClient;
  mail: MailSettings;
  schedule: ReminderSchedule;
  obligations: ObligationSource;
  /** Sends the mails; SMTP with `mail`'s settings unless a test gives another. */
  mailer?: Mailer;
  /** How often the job looks for mails to send (and retry). */
  intervalMs?: number;
  /**
   * How often it plans: reading everyone's obligations is the heavy part, and a daily reminder
   * goes at most once a day, so planning every quarter of an hour is soon enough.
   */
  planningIntervalMs?: number;
  /** The time; a test sets it. */
  now?: () => Date;
  log?: Pick<Console, 'error'>;
}

export interface ReminderRun extends SendResult {
  planned: number;
}

/**
 * The scheduled job inside each API process: every interval, plan the reminders that have fallen
 * due and send what is waiting. Everything it knows is in the database (the planned and sent mails,
 * what each person was reminded of), so it picks up where it was after a restart, and any number
 * of API processes may run it at once (see planReminders and sendDueMails).
 */
export class ReminderJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReminderRun> | undefined;
  private readonly mailer: Mailer;
  private plannedAt: number | undefined;

  constructor(private readonly options: ReminderJobOptions) {
    this.mailer = options.mailer ?? createSmtpMailer(options.mail);
  }

  start(): void {
    const tick = () => {
      this.runOnce()
        .catch((error: unknown) => (this.options.log ?? console).error('Reminders: a run failed', error))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.options.intervalMs ?? 60_000);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** One run: plan, then send. A run still under way is joined rather than started twice. */
  runOnce(): Promise<ReminderRun> {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<ReminderRun> {
    const now = this.options.now?.() ?? new Date();
    let planned = 0;
    const planningInterval = this.options.planningIntervalMs ?? 15 * 60_000;
    if (this.plannedAt === undefined || now.getTime() - this.plannedAt >= planningInterval) {
      planned = await planReminders(
        this.options.prisma,
        {
          schedule: this.options.schedule,
          publicUrl: this.options.mail.publicUrl,
          obligations: this.options.obligations,
        },
        now,
      );
      this.plannedAt = now.getTime();
    }
    const sent = await sendDueMails(this.options.prisma, this.mailer, now);
    return { planned, ...sent };
  }

  /** Stops the timer and waits for a run under way (so the database is not closed beneath it). */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.mailer.close();
  }
}
