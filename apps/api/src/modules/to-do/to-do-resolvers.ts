import { toIsoDate } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { notSignedIn } from '../../errors';
import { findToDo } from './to-do-service';

export const toDoResolvers: Resolvers = {
  Query: {
    myToDo: (_parent, _args, { prisma, viewer, orgTree }) => {
      if (!viewer) throw notSignedIn();
      return findToDo(prisma, orgTree, viewer.id);
    },
  },
  ToDoItem: {
    id: (item) => item.key,
    periodKind: (item) => item.period.kind,
    year: (item) => item.period.year,
    periodNumber: (item) => item.period.number,
    deadline: (item) => toIsoDate(item.deadline),
  },
};

export const toDoRules: AccessRules = {
  Query: {
    // Each user's own list; the items' units are checked below.
    myToDo: { kind: 'signedIn' },
  },
  types: {
    // An owner without a role in the unit of what they own sees nothing of it here either.
    ToDoItem: { kind: 'orgUnit', orgUnitOf: (item: { orgUnitId: number }) => item.orgUnitId },
  },
};
