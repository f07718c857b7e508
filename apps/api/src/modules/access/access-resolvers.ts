import { createUserInputSchema, updateUserInputSchema } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { findUnitByCode } from '../organisation';
import { listRoleAssignmentsOfUser } from './role-assignment-service';
import { describeDemoAccountRoles, listLoadedDemoAccounts } from './sign-in-options-service';
import { createUser, listUsers, updateUser } from './user-admin-service';
import { parseInput } from '../../errors';

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { viewer }) => viewer,
    signInOptions: async (_parent, _args, { prisma, singleSignOn }) => ({
      singleSignOn,
      demoAccounts: await listLoadedDemoAccounts(prisma),
      firstRun: (await prisma.user.findFirst({ select: { id: true } })) === null,
    }),
    users: (_parent, _args, { prisma }) => listUsers(prisma),
  },
  Mutation: {
    createUser: (_parent, { input }, { mutate }) =>
      mutate('createUser', (tx) => createUser(tx, parseInput(createUserInputSchema, input, 'input'))),
    updateUser: (_parent, { input }, { mutate, viewer }) =>
      mutate('updateUser', (tx) => updateUser(tx, parseInput(updateUserInputSchema, input, 'input'), viewer!)),
  },
  Viewer: {
    roles: (viewer, _args, { prisma }) => listRoleAssignmentsOfUser(prisma, viewer.id),
    holds: (_viewer, { role, orgUnitCode }, { access, orgTree }) =>
      access.holds(role, findUnitByCode(orgTree, orgUnitCode)?.id),
    isAdministrator: (_viewer, _args, { access, orgTree }) => access.holdsEverywhere('ADMIN', orgTree),
  },
  RoleAssignment: {
    orgUnit: async (assignment, _args, { loaders }) => (await loaders.orgUnitById.load(assignment.orgUnitId))!,
  },
  User: {
    singleSignOn: (user) => user.oidcSubject !== null,
  },
  DemoAccount: {
    roles: (account, _args, { prisma }) => describeDemoAccountRoles(prisma, account),
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
