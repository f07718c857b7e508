import type { Resolvers } from '../../generated/resolver-types';
import type { RequestContext } from '../../context';
import type { AccessRules } from '../../authorization/access-rules';
import { requireId } from '../../errors';
import { listPersonOptions } from './project-people-service';

const idOrNull = (id: number | null) => (id === null ? null : String(id));

/** A person's name as shown: the account's name now, when linked to one; otherwise the name as written. */
async function shownName(userId: number | null, name: string | null, { loaders }: RequestContext) {
  if (userId === null) return name;
  return (await loaders.userById.load(userId))?.name ?? name;
}

/** The accounts of owners, managers and action owners, and whom the portfolio office may choose. */
export const projectPeopleResolvers: Resolvers = {
  Query: {
    portfolioPersonOptions: async (_parent, { orgUnitId }, { prisma, orgTree }) =>
      (await listPersonOptions(prisma, orgTree, requireId(orgUnitId, 'orgUnitId'))).map((user) => ({
        id: String(user.id),
        name: user.name,
      })),
  },
  Portfolio: {
    ownerUserId: (portfolio) => idOrNull(portfolio.ownerUserId),
    owner: (portfolio, _args, context) => shownName(portfolio.ownerUserId, portfolio.owner, context),
  },
  Project: {
    ownerUserId: (project) => idOrNull(project.ownerUserId),
    managerUserId: (project) => idOrNull(project.managerUserId),
    owner: (project, _args, context) => shownName(project.ownerUserId, project.owner, context),
    manager: (project, _args, context) => shownName(project.managerUserId, project.manager, context),
  },
  StatusDeviation: {
    actionOwnerUserId: (deviation) => idOrNull(deviation.actionOwnerUserId),
    actionOwner: (deviation, _args, context) => shownName(deviation.actionOwnerUserId, deviation.actionOwner, context),
  },
};

export const projectPeopleRules: AccessRules = {
  Query: {
    portfolioPersonOptions: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: async (args, { loaders }) =>
        (await loaders.orgUnitById.load(requireId(args.orgUnitId, 'orgUnitId')))?.id ?? null,
    },
  },
  types: {
    PortfolioPersonOption: {
      kind: 'public',
      reason: 'only a name, listed to the portfolio office of the unit choosing an owner or manager',
    },
  },
};
