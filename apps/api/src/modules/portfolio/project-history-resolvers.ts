import { projectMoveInputSchema, toIsoDate } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { RequestContext } from '../../context';
import type { AccessRules } from '../../authorization/access-rules';
import { inputId, orgUnitOfProject } from './portfolio-access-units';
import { requireValidMonth } from '../../validation/month';
import { parseInput } from '../../errors';
import { moveProject } from './project-move-service';

/** A project as it stood at the end of a month; every project asked for in one month is one read. */
async function projectAsOf(projectId: number, month: YearMonth, { loaders }: RequestContext) {
  const row = await loaders.projectAsOf.load({ id: projectId, ...requireValidMonth(month, 'month') });
  // A project the request could load exists, so the read finds it.
  return row!;
}

/** A project's moves between portfolios and the projects as they stood at the end of a month. */
export const projectHistoryResolvers: Resolvers = {
  Mutation: {
    moveProject: (_parent, { input }, { mutate, access, viewer }) =>
      mutate('moveProject', (tx) =>
        moveProject(tx, parseInput(projectMoveInputSchema, input, 'input'), access, viewer!.id),
      ),
  },
  Project: {
    moves: (project, _args, { loaders }) => loaders.movesOfProject.load(project.id),
    stateAsOf: async (project, { month }, context) => (await projectAsOf(project.id, month, context)).state,
    portfolioAsOf: async (project, { month }, context) =>
      (await context.loaders.portfolioById.load((await projectAsOf(project.id, month, context)).portfolioId))!,
  },
  Portfolio: {
    projectsAsOf: (portfolio, { month }, { loaders }) =>
      loaders.projectsOfPortfolioAsOf.load({ id: portfolio.id, ...requireValidMonth(month, 'month') }),
  },
  ProjectMove: {
    projectId: (move) => String(move.projectId),
    fromPortfolio: async (move, _args, { loaders }) => (await loaders.portfolioById.load(move.fromPortfolioId))!,
    toPortfolio: async (move, _args, { loaders }) => (await loaders.portfolioById.load(move.toPortfolioId))!,
    movedOn: (move) => toIsoDate(move.movedOn),
    author: (move, _args, { loaders }) => (move.createdById === null ? null : loaders.userById.load(move.createdById)),
  },
};

export const projectHistoryRules: AccessRules = {
  Mutation: {
    moveProject: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfProject(inputId(args, 'projectId'), context),
    },
  },
  types: {
    ProjectMove: {
      kind: 'orgUnit',
      orgUnitOf: (move: { projectId: number }, context) => orgUnitOfProject(move.projectId, context),
    },
  },
};
