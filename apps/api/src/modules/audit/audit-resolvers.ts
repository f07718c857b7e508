import { isoDateOrTimeSchema, plainText } from '@lagesbild/types';
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { AUDIT_PAGE_MAX, listAuditLog, listHistory } from './audit-service';
import { parseInput } from '../../errors';
import { recordKey, referencedType } from './audit-record-names';

const auditLogArgsSchema = z.object({
  filter: z
    .object({
      entityType: plainText(100).nullish(),
      authorId: z.coerce.number({ error: 'invalidId' }).int().positive({ error: 'invalidId' }).nullish(),
      orgUnitId: z.coerce.number({ error: 'invalidId' }).int().positive({ error: 'invalidId' }).nullish(),
      // An unreadable date is refused, never read as some other day or left out of the filter.
      from: isoDateOrTimeSchema.nullish(),
      to: isoDateOrTimeSchema.nullish(),
    })
    .nullish(),
  first: z.number().int().min(1, { error: 'outOfRange' }).max(AUDIT_PAGE_MAX, { error: 'outOfRange' }),
  after: z
    .string()
    .regex(/^\d{1,19}$/, { error: 'invalidCursor' })
    .transform((cursor) => BigInt(cursor))
    .nullish(),
});

export const auditResolvers: Resolvers = {
  Query: {
    history: (_parent, { entityType, entityId }, { prisma }) => listHistory(prisma, entityType, entityId),
    auditLog: (_parent, args, { prisma }) => {
      const { filter, first, after } = parseInput(auditLogArgsSchema, args, 'arguments');
      return listAuditLog(prisma, { ...filter, first, after });
    },
  },
  AuditEvent: {
    id: (event) => String(event.id),
    occurredAt: (event) => event.occurredAt.toISOString(),
    author: (event, _args, { loaders }) => (event.userId === null ? null : loaders.userById.load(event.userId)),
    orgUnit: (event, _args, { loaders }) =>
      event.orgUnitId === null ? null : loaders.orgUnitById.load(event.orgUnitId),
    entityName: (event, _args, { loaders }) => loaders.recordName.load(recordKey(event.entityType, event.entityId)),
    // Every field is shown, references too: a field pointing at another record carries that
    // record's name before and after (a project moved from one portfolio to another).
    changes: (event, _args, { loaders }) =>
      Promise.all(
        Object.entries(event.changes as Record<string, { old: unknown; new: unknown }>).map(async ([field, change]) => {
          const type = referencedType(event.entityType, field);
          const nameOf = (value: unknown) =>
            type && (typeof value === 'number' || typeof value === 'string')
              ? loaders.recordName.load(recordKey(type, String(value)))
              : null;
          const [oldName, newName] = await Promise.all([nameOf(change.old), nameOf(change.new)]);
          return {
            field,
            oldValue: change.old === null ? null : JSON.stringify(change.old),
            newValue: change.new === null ? null : JSON.stringify(change.new),
            referencedType: type,
            oldName,
            newName,
          };
        }),
      ),
  },
};

export const auditRules: AccessRules = {
  Query: {
    history: { kind: 'signedIn' },
    auditLog: { kind: 'roleEverywhere', role: 'ADMIN' },
  },
  types: {
    // An event is read within the scope of the unit its record belongs to; events of users
    // and structure (no unit) only by administrators of the whole organisation.
    AuditEvent: { kind: 'orgUnit', orgUnitOf: (event: { orgUnitId: number | null }) => event.orgUnitId },
    AuditLogPage: { kind: 'public', reason: 'its events are checked one by one' },
    Author: { kind: 'public', reason: 'the name of a colleague who made a change' },
    FieldChange: { kind: 'public', reason: 'part of an event already checked' },
  },
};
