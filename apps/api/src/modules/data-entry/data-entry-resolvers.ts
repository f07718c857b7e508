import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules, RootRule } from '../../authorization/access-rules';
import {
  indicatorValueChangeSchema,
  indicatorValuesInputSchema,
  MAX_VALUES_PER_SAVE,
  setIndicatorValueStatusInputSchema,
} from '@lagesbild/types';
import { loadDataEntrySheet } from './data-entry-service';
import { saveIndicatorValue, saveIndicatorValues } from './indicator-value-service';
import { setIndicatorValueStatus } from './value-status-service';
import { fieldError, parseInput, requireId } from '../../errors';

export const dataEntryResolvers: Resolvers = {
  Query: {
    dataEntrySheet: (_parent, { orgUnitCode, period }, { prisma, loaders, orgTree }) =>
      loadDataEntrySheet(prisma, orgTree, loaders.perspectiveInYear, orgUnitCode, requireValidMonth(period, 'period')),
  },
  Mutation: {
    setIndicatorValueStatus: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('setIndicatorValueStatus', async (tx) => {
        const parsed = parseInput(setIndicatorValueStatusInputSchema, input, 'input');
        const indicator = (await loaders.indicatorById.load(parsed.indicatorId))!;
        return setIndicatorValueStatus(tx, indicator, parsed, viewer!.id);
      }),
    saveIndicatorValue: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('saveIndicatorValue', async (tx) => {
        const parsed = parseInput(indicatorValueChangeSchema, input, 'input');
        const indicator = (await loaders.indicatorById.load(parsed.indicatorId))!;
        return saveIndicatorValue(tx, indicator, parsed, viewer!.id);
      }),
    saveIndicatorValues: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('saveIndicatorValues', async (tx) => {
        const parsed = parseInput(indicatorValuesInputSchema, input, 'input');
        const ids = [...new Set(parsed.values.map((value) => value.indicatorId))];
        const indicators = await loaders.indicatorById.loadMany(ids);
        const byId = new Map(
          indicators.flatMap((indicator) =>
            indicator && !(indicator instanceof Error) ? [[indicator.id, indicator]] : [],
          ),
        );
        return saveIndicatorValues(tx, byId, parsed.values, viewer!.id);
      }),
  },
  DataEntrySheet: {
    canEdit: (sheet, _args, { access }) => access.holds('ANALYST', sheet.orgUnit.id),
  },
};

/** Analysts of the unit of the indicator the input names; an unknown indicator is not found. */
const analystOfIndicator: RootRule = {
  kind: 'role',
  role: 'ANALYST',
  orgUnitOf: async (args, { loaders }) => {
    const indicatorId = requireId(
      (args.input as { indicatorId?: unknown } | undefined)?.indicatorId,
      'input.indicatorId',
    );
    return (await loaders.indicatorById.load(indicatorId))?.orgUnitId ?? null;
  },
};

export const dataEntryRules: AccessRules = {
  Query: {
    dataEntrySheet: { kind: 'signedIn' },
  },
  Mutation: {
    saveIndicatorValue: analystOfIndicator,
    setIndicatorValueStatus: analystOfIndicator,
    saveIndicatorValues: {
      kind: 'role',
      role: 'ANALYST',
      // Every indicator's unit: the user must be an analyst of each.
      orgUnitOf: async (args, { loaders }) => {
        const values = (args.input as { values?: unknown } | undefined)?.values;
        if (!Array.isArray(values) || values.length > MAX_VALUES_PER_SAVE) {
          throw fieldError('input.values', Array.isArray(values) ? 'tooMany' : 'required');
        }
        const ids = values.map((value, index) =>
          requireId((value as { indicatorId?: unknown } | null)?.indicatorId, `input.values.${index}.indicatorId`),
        );
        const indicators = await loaders.indicatorById.loadMany([...new Set(ids)]);
        return indicators.map((indicator) => (indicator && !(indicator instanceof Error) ? indicator.orgUnitId : null));
      },
    },
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
