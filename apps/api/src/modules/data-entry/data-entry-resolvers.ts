import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../access/access-rules';
import { loadDataEntrySheet } from './data-entry-service';

export const dataEntryResolvers: Resolvers = {
  Query: {
    dataEntrySheet: (_parent, { orgUnitCode, period }, { prisma }) =>
      loadDataEntrySheet(prisma, orgUnitCode, requireValidMonth(period, 'period')),
  },
  DataEntrySheet: {
    canEdit: (sheet, _args, { access }) => access.holds('ANALYST', sheet.orgUnit.id),
  },
};

export const dataEntryRules: AccessRules = {
  Query: {
    dataEntrySheet: { kind: 'signedIn' },
  },
  types: {
    DataEntrySheet: { kind: 'orgUnit', orgUnitOf: (sheet: { orgUnit: { id: number } }) => sheet.orgUnit.id },
    DataEntryIndicatorRow: {
      kind: 'orgUnit',
      orgUnitOf: (row: { indicator: { orgUnitId: number } }) => row.indicator.orgUnitId,
    },
    DataEntryGoalRow: { kind: 'orgUnit', orgUnitOf: (row: { goal: { orgUnitId: number } }) => row.goal.orgUnitId },
    DataEntryActivityRow: {
      kind: 'orgUnit',
      orgUnitOf: (row: { activity: { orgUnitId: number } }) => row.activity.orgUnitId,
    },
  },
};
