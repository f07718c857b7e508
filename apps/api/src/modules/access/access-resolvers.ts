import { DEMO_USERS } from '@lagesbild/db';
import { createUserInputSchema, updateUserInputSchema } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from './access-rules';
import { createUser, listUsers, updateUser } from './user-admin-service';
import { parseInput } from '../../errors';

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { viewer }) => viewer,
    signInOptions: async (_parent, _args, { prisma, singleSignOn }) => {
      const loaded = await prisma.user.findMany({ where: { isDemo: true, isActive: true }, select: { email: true } });
      const loadedEmails = new Set(loaded.map((user) => user.email));
      return { singleSignOn, demoAccounts: DEMO_USERS.filter((user) => loadedEmails.has(user.email)) };
    },
    users: (_parent, _args, { prisma }) => listUsers(prisma),
  },
  Mutation: {
    createUser: (_parent, { input }, { mutate }) =>
      mutate('createUser', (tx) => createUser(tx, parseInput(createUserInputSchema, input, 'input'))),
    updateUser: (_parent, { input }, { mutate }) =>
      mutate('updateUser', (tx) => updateUser(tx, parseInput(updateUserInputSchema, input, 'input'))),
  },
  Viewer: {
    roles: (viewer, _args, { prisma }) =>
      prisma.roleAssignment.findMany({ where: { userId: viewer.id }, orderBy: { id: 'asc' } }),
    holds: async (_viewer, { role, orgUnitCode }, { access, prisma }) => {
      const unit = await prisma.orgUnit.findUnique({ where: { code: orgUnitCode }, select: { id: true } });
      return access.holds(role, unit?.id);
    },
    isAdministrator: (_viewer, _args, { access, orgTree }) => access.holdsEverywhere('ADMIN', orgTree),
  },
  RoleAssignment: {
    orgUnit: async (assignment, _args, { loaders }) => (await loaders.orgUnitById.load(assignment.orgUnitId))!,
  },
  User: {
    singleSignOn: (user) => user.oidcSubject !== null,
  },
  DemoAccount: {
    roles: async (account, _args, { prisma }) => {
      const units = await prisma.orgUnit.findMany({
        where: { code: { in: account.roles.map((role) => role.orgUnitKey) } },
        select: { code: true, name: true },
      });
      const nameOf = new Map(units.map((unit) => [unit.code, unit.name]));
      return account.roles.map((role) => ({
        role: role.role,
        orgUnitName: nameOf.get(role.orgUnitKey) ?? role.orgUnitKey,
      }));
    },
  },
};

export const accessRules: AccessRules = {
  Query: {
    viewer: { kind: 'public', reason: 'tells whether anyone is signed in' },
    signInOptions: { kind: 'public', reason: 'the sign-in page needs it before anyone is signed in' },
    users: { kind: 'roleEverywhere', role: 'ADMIN' },
  },
  Mutation: {
    createUser: { kind: 'roleEverywhere', role: 'ADMIN' },
    updateUser: { kind: 'roleEverywhere', role: 'ADMIN' },
  },
  types: {
    Viewer: { kind: 'public', reason: 'only ever the signed-in user themself' },
    RoleAssignment: { kind: 'orgUnit', orgUnitOf: (assignment: { orgUnitId: number }) => assignment.orgUnitId },
    User: { kind: 'public', reason: 'reachable only through the administrators-only users and user mutations' },
    DemoAccount: { kind: 'public', reason: 'published demo passwords' },
    DemoAccountRole: { kind: 'public', reason: 'part of a demo account' },
    SignInOptions: { kind: 'public', reason: 'the sign-in page' },
  },
};
