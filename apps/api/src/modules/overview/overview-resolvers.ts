import type { OrgUnitModel } from '@lagesbild/db';
import { formatPeriodKey, toIsoDate } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../../authorization/access-rules';
import { findAttention } from './attention-service';
import { findOverview } from './overview-service';

export const overviewResolvers: Resolvers = {
  Query: {
    overview: (_parent, { orgUnitCode, upTo }, { prisma, orgTree, access }) =>
      findOverview(prisma, orgTree, orgUnitCode, requireValidMonth(upTo, 'upTo'), (id) => access.canRead(id)),
  },
  Overview: {
    // A large unit can have hundreds of changes (a city); the page shows the most serious.
    changes: (overview, { first }) => overview.changes.slice(0, Math.max(0, first)),
    changeCount: (overview) => overview.changes.length,
    attention: (overview, _args, { prisma, orgTree, access }) =>
      findAttention(
        prisma,
        orgTree,
        overview.orgUnit.id,
        overview.unitIds,
        overview.month,
        (id) => access.canRead(id),
        overview,
      ),
  },
  AttentionIndicator: {
    orgUnit: async (item, _args, { loaders }) => (await loaders.orgUnitById.load(item.orgUnitId))!,
  },
  OverdueAssignment: {
    orgUnit: async (item, _args, { loaders }) => (await loaders.orgUnitById.load(item.orgUnitId))!,
  },
  OverdueAuditAction: {
    orgUnit: async (item, _args, { loaders }) => (await loaders.orgUnitById.load(item.orgUnitId))!,
  },
  PerspectiveSummary: {
    goalsFulfilled: (summary) => summary.goals.FULFILLED,
    goalsPartlyFulfilled: (summary) => summary.goals.PARTLY_FULFILLED,
    goalsNotFulfilled: (summary) => summary.goals.NOT_FULFILLED,
    goalsNotAssessed: (summary) => summary.goals.NOT_ASSESSED,
    indicatorsGreen: (summary) => summary.indicators.GREEN,
    indicatorsYellow: (summary) => summary.indicators.YELLOW,
    indicatorsRed: (summary) => summary.indicators.RED,
    indicatorsNotReported: (summary) => summary.indicators.NOT_REPORTED,
  },
  ProjectSummary: {
    orgUnit: async (project, _args, { loaders }) => (await loaders.orgUnitById.load(project.orgUnitId))!,
    statusDate: (project) => toIsoDate(project.statusDate),
  },
  StatusChange: {
    orgUnit: async (change, _args, { loaders }) => (await loaders.orgUnitById.load(change.orgUnitId))!,
  },
  KeyIndicator: {
    rolledUpFrom: async (tile, _args, { loaders }) =>
      (await loaders.orgUnitById.loadMany(tile.rolledUpFrom)).filter(
        (unit): unit is OrgUnitModel => unit != null && !(unit instanceof Error),
      ),
  },
  KeyIndicatorFigures: {
    period: (figures) => formatPeriodKey(figures.period),
  },
  KeyIndicatorUnitFigure: {
    orgUnit: async (figure, _args, { loaders }) => (await loaders.orgUnitById.load(figure.orgUnitId))!,
    period: (figure) => formatPeriodKey(figure.period),
  },
  RiskSummary: {
    orgUnit: async (risk, _args, { loaders }) => (await loaders.orgUnitById.load(risk.orgUnitId))!,
    score: (risk) => risk.probability * risk.consequence,
  },
};

export const overviewRules: AccessRules = {
  Query: {
    overview: { kind: 'signedIn' },
  },
  types: {
    Overview: { kind: 'orgUnit', orgUnitOf: (overview: { orgUnit: { id: number } }) => overview.orgUnit.id },
    PerspectiveSummary: { kind: 'public', reason: 'counts within an overview already checked' },
    Attention: {
      kind: 'public',
      reason: 'lists within an overview already checked, each item checked by its own type',
    },
    AttentionIndicator: { kind: 'orgUnit', orgUnitOf: (item: { orgUnitId: number }) => item.orgUnitId },
    OverdueAssignment: { kind: 'orgUnit', orgUnitOf: (item: { orgUnitId: number }) => item.orgUnitId },
    OverdueAuditAction: { kind: 'orgUnit', orgUnitOf: (item: { orgUnitId: number }) => item.orgUnitId },
    ProjectSummary: { kind: 'orgUnit', orgUnitOf: (project: { orgUnitId: number }) => project.orgUnitId },
    RiskSummary: { kind: 'orgUnit', orgUnitOf: (risk: { orgUnitId: number }) => risk.orgUnitId },
    StatusChange: { kind: 'orgUnit', orgUnitOf: (change: { orgUnitId: number }) => change.orgUnitId },
    KeyIndicator: {
      kind: 'orgUnit',
      orgUnitOf: (tile: { indicator: { orgUnitId: number } }) => tile.indicator.orgUnitId,
    },
    KeyIndicatorFigures: { kind: 'public', reason: 'figures of a tile already checked' },
    KeyIndicatorUnitFigure: { kind: 'orgUnit', orgUnitOf: (figure: { orgUnitId: number }) => figure.orgUnitId },
  },
};
