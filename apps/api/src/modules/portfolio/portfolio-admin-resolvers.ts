import {
  createPortfolioInputSchema,
  createProjectInputSchema,
  projectPhaseChangeInputSchema,
  toOptionalIsoDate,
  updatePortfolioInputSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { inputId, orgUnitOfPortfolio, orgUnitOfProject } from './portfolio-access-units';
import { requireValidMonth } from '../../validation/month';
import { parseInput } from '../../errors';
import { createPortfolio, listPortfolioOwningUnits, updatePortfolio } from './portfolio-admin-service';
import { changeProjectPhase, createProject } from './project-creation-service';
import { overdueActionsOfPortfolio, portfolioBudget } from './portfolio-summary';

/** Creating and editing portfolios and projects, a project's phase, and a portfolio's summary. */
export const portfolioAdminResolvers: Resolvers = {
  Query: {
    portfolioOwningUnits: (_parent, _args, { orgTree, access }) => listPortfolioOwningUnits(orgTree, access),
  },
  Mutation: {
    createPortfolio: (_parent, { input }, { mutate, orgTree }) =>
      mutate('createPortfolio', (tx) =>
        createPortfolio(tx, parseInput(createPortfolioInputSchema, input, 'input'), orgTree),
      ),
    updatePortfolio: (_parent, { input }, { mutate, orgTree }) =>
      mutate('updatePortfolio', (tx) =>
        updatePortfolio(tx, parseInput(updatePortfolioInputSchema, input, 'input'), orgTree),
      ),
    createProject: (_parent, { input }, { mutate, orgTree }) =>
      mutate('createProject', (tx) => createProject(tx, parseInput(createProjectInputSchema, input, 'input'), orgTree)),
    changeProjectPhase: (_parent, { input }, { mutate }) =>
      mutate('changeProjectPhase', (tx) =>
        changeProjectPhase(tx, parseInput(projectPhaseChangeInputSchema, input, 'input')),
      ),
  },
  Portfolio: {
    budget: async (portfolio, _args, { loaders }) => {
      const projects = await loaders.projectsOfPortfolio.load(portfolio.id);
      const successors = await loaders.successorsOfProject.loadMany(projects.map((project) => project.id));
      const carriedOn = projects.filter((_project, index) => {
        const links = successors[index];
        return Array.isArray(links) && links.length > 0;
      });
      return portfolioBudget(projects, new Set(carriedOn.map((project) => project.id)));
    },
    overdueActions: (portfolio, { upTo }, context) =>
      overdueActionsOfPortfolio(portfolio, requireValidMonth(upTo, 'upTo'), context),
  },
  StatusDeviation: {
    actionDueDate: (deviation) => toOptionalIsoDate(deviation.actionDueDate),
  },
};

export const portfolioAdminRules: AccessRules = {
  Query: {
    portfolioOwningUnits: { kind: 'signedIn' },
  },
  Mutation: {
    createPortfolio: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: async (args, { loaders }) => {
        const unit = await loaders.orgUnitById.load(inputId(args, 'orgUnitId'));
        return unit?.id ?? null;
      },
    },
    updatePortfolio: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfPortfolio(inputId(args, 'id'), context),
    },
    createProject: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfPortfolio(inputId(args, 'portfolioId'), context),
    },
    changeProjectPhase: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfProject(inputId(args, 'projectId'), context),
    },
  },
  types: {
    PortfolioBudget: { kind: 'public', reason: 'part of a portfolio already checked' },
    OverdueAction: { kind: 'public', reason: 'part of a portfolio already checked; its project is checked again' },
  },
};
