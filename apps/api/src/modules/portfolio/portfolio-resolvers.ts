import {
  portfolioPeriodStatusInputSchema,
  projectDetailsInputSchema,
  projectStateChangeInputSchema,
  projectStatusUpdateInputSchema,
  toIsoDate,
  toOptionalIsoDate,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../../authorization/access-rules';
import { inputId, orgUnitOfPortfolio, orgUnitOfProject } from './portfolio-access-units';
import { listAllPortfolios, listPortfoliosOfUnitTree } from './portfolio-service';
import { savePortfolioPeriodStatus } from './portfolio-period-status-service';
import { updateProjectDetails } from './project-details-service';
import { changeProjectState } from './project-state-service';
import { projectStatusAsOf } from './project-status';
import { addProjectStatusUpdate } from './project-status-update-service';
import { parseInput, requireId } from '../../errors';

export const portfolioResolvers: Resolvers = {
  Query: {
    portfolios: async (_parent, { orgUnitCode }, { prisma, orgTree, loaders }) => {
      const portfolios = await listPortfoliosOfUnitTree(prisma, orgTree, orgUnitCode);
      // Access checks below look portfolios up by id: answer them from the cache.
      for (const portfolio of portfolios) loaders.portfolioById.prime(portfolio.id, portfolio);
      return portfolios;
    },
    project: (_parent, { id }, { loaders }) => loaders.projectById.load(requireId(id, 'id')),
    editablePortfolios: async (_parent, _args, { prisma, access }) =>
      (await listAllPortfolios(prisma)).filter((portfolio) => access.holds('PORTFOLIO_OFFICE', portfolio.orgUnitId)),
  },
  Mutation: {
    addProjectStatusUpdate: (_parent, { input }, { mutate, viewer, orgTree }) =>
      mutate('addProjectStatusUpdate', (tx) =>
        addProjectStatusUpdate(tx, parseInput(projectStatusUpdateInputSchema, input, 'input'), viewer!.id, orgTree),
      ),
    updateProjectDetails: (_parent, { input }, { mutate, access, viewer, orgTree }) =>
      mutate('updateProjectDetails', (tx) =>
        updateProjectDetails(tx, parseInput(projectDetailsInputSchema, input, 'input'), access, viewer!.id, orgTree),
      ),
    changeProjectState: (_parent, { input }, { mutate, viewer }) =>
      mutate('changeProjectState', (tx) =>
        changeProjectState(tx, parseInput(projectStateChangeInputSchema, input, 'input'), viewer!.id),
      ),
    savePortfolioPeriodStatus: (_parent, { input }, { mutate, viewer }) =>
      mutate('savePortfolioPeriodStatus', (tx) =>
        savePortfolioPeriodStatus(tx, parseInput(portfolioPeriodStatusInputSchema, input, 'input'), viewer!.id),
      ),
  },
  Portfolio: {
    orgUnit: async (portfolio, _args, { loaders }) => (await loaders.orgUnitById.load(portfolio.orgUnitId))!,
    projects: (portfolio, _args, { loaders }) => loaders.projectsOfPortfolio.load(portfolio.id),
    periodStatus: (portfolio, { upTo }, { loaders }) =>
      loaders.portfolioPeriodStatusUpTo.load({ id: portfolio.id, ...requireValidMonth(upTo, 'upTo') }),
    canEdit: (portfolio, _args, { access }) => access.holds('PORTFOLIO_OFFICE', portfolio.orgUnitId),
  },
  PortfolioPeriodStatus: {
    portfolioId: (status) => String(status.portfolioId),
  },
  Project: {
    portfolio: async (project, _args, { loaders }) => (await loaders.portfolioById.load(project.portfolioId))!,
    plannedStart: (project) => toOptionalIsoDate(project.plannedStart),
    plannedEnd: (project) => toOptionalIsoDate(project.plannedEnd),
    actualStart: (project) => toOptionalIsoDate(project.actualStart),
    actualEnd: (project) => toOptionalIsoDate(project.actualEnd),
    pausedUntil: (project) => toOptionalIsoDate(project.pausedUntil),
    status: (project, { upTo }, { loaders }) => projectStatusAsOf(project, requireValidMonth(upTo, 'upTo'), loaders),
    statusUpdates: (project, _args, { loaders }) => loaders.statusUpdatesOfProject.load(project.id),
    stateChanges: (project, _args, { loaders }) => loaders.stateChangesOfProject.load(project.id),
    canEdit: async (project, _args, context) =>
      context.access.holds('PORTFOLIO_OFFICE', await orgUnitOfPortfolio(project.portfolioId, context)),
  },
  ProjectStatusUpdate: {
    projectId: (statusUpdate) => String(statusUpdate.projectId),
    statusDate: (statusUpdate) => toIsoDate(statusUpdate.statusDate),
    deviations: (statusUpdate, _args, { loaders }) => loaders.deviationsOfStatusUpdate.load(statusUpdate.id),
    author: (statusUpdate, _args, { loaders }) =>
      statusUpdate.createdById === null ? null : loaders.userById.load(statusUpdate.createdById),
    createdAt: (statusUpdate) => statusUpdate.createdAt.toISOString(),
  },
  ProjectStateChange: {
    changedOn: (change) => toIsoDate(change.changedOn),
    author: (change, _args, { loaders }) =>
      change.createdById === null ? null : loaders.userById.load(change.createdById),
  },
};

export const portfolioRules: AccessRules = {
  Query: {
    portfolios: { kind: 'signedIn' },
    project: { kind: 'signedIn' },
    editablePortfolios: { kind: 'signedIn' },
  },
  Mutation: {
    addProjectStatusUpdate: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfProject(inputId(args, 'projectId'), context),
    },
    updateProjectDetails: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfProject(inputId(args, 'id'), context),
    },
    changeProjectState: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfProject(inputId(args, 'projectId'), context),
    },
    savePortfolioPeriodStatus: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfPortfolio(inputId(args, 'portfolioId'), context),
    },
  },
  types: {
    Portfolio: { kind: 'orgUnit', orgUnitOf: (portfolio: { orgUnitId: number }) => portfolio.orgUnitId },
    PortfolioPeriodStatus: {
      kind: 'orgUnit',
      orgUnitOf: (status: { portfolioId: number }, context) => orgUnitOfPortfolio(status.portfolioId, context),
    },
    Project: {
      kind: 'orgUnit',
      orgUnitOf: (project: { portfolioId: number }, context) => orgUnitOfPortfolio(project.portfolioId, context),
    },
    ProjectStatus: { kind: 'public', reason: 'part of a project already checked' },
    ProjectStatusUpdate: {
      kind: 'orgUnit',
      orgUnitOf: (statusUpdate: { projectId: number }, context) => orgUnitOfProject(statusUpdate.projectId, context),
    },
    StatusDeviation: { kind: 'public', reason: 'part of a status update already checked' },
    ProjectStateChange: {
      kind: 'orgUnit',
      orgUnitOf: (change: { projectId: number }, context) => orgUnitOfProject(change.projectId, context),
    },
  },
};
