import type { Prisma, PrismaClient, ReminderMailKind, ReminderReason } from '@lagesbild/db';
import { toIsoDate } from '@lagesbild/types';
import { findRedIndicatorsWithoutAction } from './red-indicators';
import { addDays, isoWeek, stockholmClock } from './reminder-clock';
import type { ReminderItem, ReminderMailContent } from './reminder-text';
import { reminderSubject } from './reminder-text';
import type { ReminderSchedule } from './mail-settings';

/**
 * What is due from whom: the shared definition of reporting obligations (the to-do module's
 * findReportingObligations), in the shape the reminders read.
 */
export interface DueObligation {
  key: string;
  title: string;
  responsibleUserIds: number[];
  period: { kind: 'MONTH' | 'TERTIAL' | 'INTERIM' | 'ANNUAL'; year: number; number: number };
  deadline: Date;
  fulfilledAt: Date | null;
  /** Path in the web app where it is done. */
  link: string;
}

export type ObligationSource = (
  prisma: PrismaClient,
  filter: { userIds: number[]; deadlineFrom: Date; deadlineTo: Date },
) => Promise<DueObligation[]>;

/** An overdue obligation is reminded of once after its deadline, if the deadline is at most this far back. */
export const OVERDUE_LOOKBACK_DAYS = 60;
/** A weekly digest lists what falls due in the coming two weeks, besides what is overdue. */
export const DIGEST_HORIZON_DAYS = 14;

/** The advisory lock number of planning: one API process plans at a time. */
export const PLANNING_LOCK = 7121;

export interface PlanningOptions {
  schedule: ReminderSchedule;
  /** The app's public address: links in a mail are absolute. */
  publicUrl: string;
  obligations: ObligationSource;
}

interface PlannedMail {
  userId: number;
  kind: ReminderMailKind;
  occasion: string;
  recipient: string;
  content: ReminderMailContent;
  /** Recorded as reminded of, each once per person and reason; a digest's upcoming and overdue items are not (it lists them every week). */
  recorded: { reason: ReminderReason; key: string }[];
}

/**
 * Plans the reminder mails that are due now, at most one per person and occasion (the day of a
 * daily reminder, the week of a digest), and records them as PENDING for the sender. Safe to run
 * in any number of API processes at once: planning takes a transaction-scoped advisory lock (a
 * process that does not get it leaves the planning to the one that has), and whatever was
 * planned before is read inside the lock, so nothing is planned twice. Returns the number of mails planned.
 */
export async function planReminders(prisma: PrismaClient, options: PlanningOptions, now: Date): Promise<number> {
  const clock = stockholmClock(now);
  if (clock.hour < options.schedule.sendHour) return 0;
  const today = clock.date;
  const week = isoWeek(today);

  const users = await prisma.user.findMany({
    where: {
      isActive: true,
      OR: [{ reminderPreference: null }, { reminderPreference: { frequency: { not: 'NONE' } } }],
    },
    select: { id: true, name: true, email: true, reminderPreference: { select: { frequency: true } } },
  });
  if (users.length === 0) return 0;
  const userIds = users.map((user) => user.id);
  const horizon = Math.max(options.schedule.daysBeforeDeadline, DIGEST_HORIZON_DAYS);
  const [obligations, redIndicators] = await Promise.all([
    options.obligations(prisma, {
      userIds,
      deadlineFrom: new Date(`${addDays(today, -OVERDUE_LOOKBACK_DAYS)}T00:00:00Z`),
      deadlineTo: new Date(`${addDays(today, horizon)}T00:00:00Z`),
    }),
    findRedIndicatorsWithoutAction(prisma, now, userIds),
  ]);
  const absolute = (link: string) => `${options.publicUrl}${link.startsWith('/') ? '' : '/'}${link}`;
  const settingsLink = absolute('/min-sida');

  return prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${PLANNING_LOCK}::int, 0) AS locked`;
      if (!lock?.locked) return 0;
      const [planned, reminded] = await Promise.all([
        tx.reminderMail.findMany({
          where: { userId: { in: userIds }, occasion: { in: [today, week] } },
          select: { userId: true, kind: true },
        }),
        tx.reminderMailItem.findMany({
          where: {
            userId: { in: userIds },
            obligationKey: {
              in: [...obligations.map((obligation) => obligation.key), ...redIndicators.map((alert) => alert.key)],
            },
          },
          select: { userId: true, reason: true, obligationKey: true },
        }),
      ]);
      const hasMail = new Set(planned.map((mail) => `${mail.userId}:${mail.kind}`));
      const wasReminded = new Set(reminded.map((item) => `${item.userId}:${item.reason}:${item.obligationKey}`));

      const mails: PlannedMail[] = [];
      for (const user of users) {
        const weekly = user.reminderPreference?.frequency === 'WEEKLY';
        const kind: ReminderMailKind = weekly ? 'WEEKLY_DIGEST' : 'DAILY_REMINDER';
        if (hasMail.has(`${user.id}:${kind}`)) continue;
        const items: ReminderItem[] = [];
        const recorded: PlannedMail['recorded'] = [];
        const fresh = (reason: ReminderReason, key: string) => !wasReminded.has(`${user.id}:${reason}:${key}`);

        for (const obligation of obligations) {
          if (obligation.fulfilledAt || !obligation.responsibleUserIds.includes(user.id)) continue;
          const deadline = toIsoDate(obligation.deadline);
          const reason: ReminderReason = deadline < today ? 'AFTER_DEADLINE' : 'BEFORE_DEADLINE';
          const daysLeft = dayDifference(today, deadline);
          const due = weekly
            ? daysLeft <= DIGEST_HORIZON_DAYS
            : daysLeft <= options.schedule.daysBeforeDeadline && fresh(reason, obligation.key);
          if (!due) continue;
          items.push({
            reason,
            key: obligation.key,
            title: obligation.title,
            period: obligation.period,
            deadline,
            link: absolute(obligation.link),
          });
          if (!weekly) recorded.push({ reason, key: obligation.key });
        }
        for (const alert of redIndicators) {
          if (alert.ownerId !== user.id || !fresh('RED_INDICATOR', alert.key)) continue;
          items.push({
            reason: 'RED_INDICATOR',
            key: alert.key,
            title: alert.title,
            period: null,
            deadline: null,
            link: absolute(alert.link),
          });
          recorded.push({ reason: 'RED_INDICATOR', key: alert.key });
        }
        if (items.length === 0) continue;
        items.sort(
          (a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.title.localeCompare(b.title, 'sv'),
        );
        mails.push({
          userId: user.id,
          kind,
          occasion: weekly ? week : today,
          recipient: user.email,
          content: { recipientName: user.name, items, settingsLink },
          recorded,
        });
      }
      if (mails.length === 0) return 0;

      const created = await tx.reminderMail.createManyAndReturn({
        data: mails.map((mail) => ({
          userId: mail.userId,
          kind: mail.kind,
          occasion: mail.occasion,
          recipient: mail.recipient,
          subject: reminderSubject(mail.kind, mail.content.items.length),
          content: mail.content as unknown as Prisma.InputJsonValue,
          nextAttemptAt: now,
        })),
        select: { id: true, userId: true },
      });
      const mailIdOf = new Map(created.map((mail) => [mail.userId, mail.id]));
      await tx.reminderMailItem.createMany({
        data: mails.flatMap((mail) =>
          mail.recorded.map((item) => ({
            mailId: mailIdOf.get(mail.userId)!,
            userId: mail.userId,
            reason: item.reason,
            obligationKey: item.key,
          })),
        ),
      });
      return created.length;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** Whole days from one ISO date to another (negative when `to` is before `from`). */
function dayDifference(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
