import {
  reminderMailLogArgsSchema,
  retryReminderMailInputSchema,
  setReminderFrequencyInputSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { notSignedIn, parseInput } from '../../errors';
import type { ReminderMailContent } from './reminder-text';
import { findReminderSettings, listReminderMails, retryReminderMail, setReminderFrequency } from './reminders-service';

export const reminderResolvers: Resolvers = {
  Query: {
    myReminderSettings: (_parent, _args, { prisma, viewer }) => {
      if (!viewer) throw notSignedIn();
      return findReminderSettings(prisma, viewer.id);
    },
    reminderMails: (_parent, { first, status }, { prisma }) =>
      listReminderMails(prisma, {
        ...parseInput(reminderMailLogArgsSchema, { first }, 'arguments'),
        status: status ?? null,
      }),
  },
  Mutation: {
    setReminderFrequency: (_parent, { input }, { mutate, viewer }) => {
      if (!viewer) throw notSignedIn();
      return mutate('setReminderFrequency', (tx) =>
        setReminderFrequency(tx, viewer.id, parseInput(setReminderFrequencyInputSchema, input, 'input')),
      );
    },
    retryReminderMail: (_parent, { input }, { mutate }) =>
      mutate('retryReminderMail', (tx) =>
        retryReminderMail(tx, parseInput(retryReminderMailInputSchema, input, 'input').id, new Date()),
      ),
  },
  ReminderMail: {
    recipientName: (mail) => mail.user.name,
    itemCount: (mail) => (mail.content as unknown as ReminderMailContent).items.length,
    nextAttemptAt: (mail) => (mail.status === 'PENDING' ? mail.nextAttemptAt.toISOString() : null),
    sentAt: (mail) => mail.sentAt?.toISOString() ?? null,
    createdAt: (mail) => mail.createdAt.toISOString(),
  },
};

export const reminderRules: AccessRules = {
  Query: {
    myReminderSettings: { kind: 'signedIn' },
    reminderMails: { kind: 'roleEverywhere', role: 'ADMIN' },
  },
  Mutation: {
    setReminderFrequency: { kind: 'signedIn' },
    retryReminderMail: { kind: 'roleEverywhere', role: 'ADMIN' },
  },
  types: {
    ReminderSettings: { kind: 'public', reason: "only ever the signed-in person's own choice" },
    ReminderMail: { kind: 'public', reason: 'reachable only through the administrators-only send log' },
  },
};
