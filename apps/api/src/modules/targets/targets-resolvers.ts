import {
  confirmTargetProposalsInputSchema,
  MAX_TARGET_ROWS_PER_SAVE,
  targetPeriodsOf,
  targetsInputSchema,
  yearSchema,
} from '@lagesbild/types';
import { formatPeriodKey } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { fieldError, parseInput, requireId } from '../../errors';
import { planYearFigures } from '../indicators';
import { loadTargetSheet, periodTargetsOf, targetValuesOf } from './target-sheet-service';
import { confirmTargetProposals, saveTargets } from './target-write-service';
import type { RequestContext } from '../../context';

const targetYearSchema = yearSchema();

export const targetResolvers: Resolvers = {
  Query: {
    targetSheet: (_parent, { orgUnitCode, year, includeSubunits }, { prisma, orgTree }) =>
      loadTargetSheet(
        prisma,
        orgTree,
        orgUnitCode,
        parseInput(targetYearSchema, year, 'year'),
        includeSubunits ?? false,
      ),
  },
  Mutation: {
    saveTargets: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('saveTargets', async (tx) => {
        const parsed = parseInput(targetsInputSchema, input, 'input');
        return saveTargets(tx, await indicatorsOf(loaders, parsed.rows), parsed.year, parsed.rows, viewer!.id);
      }),
    confirmTargetProposals: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('confirmTargetProposals', async (tx) => {
        const parsed = parseInput(confirmTargetProposalsInputSchema, input, 'input');
        return confirmTargetProposals(tx, await indicatorsOf(loaders, parsed.rows), parsed, viewer!.id);
      }),
  },
  TargetSheet: {
    canEdit: (sheet, _args, { access }) => access.holds('PLANNER', sheet.orgUnit.id),
  },
  TargetRow: {
    canEdit: (row, _args, { access }) => access.holds('PLANNER', row.indicator.orgUnitId),
    periods: (row) => targetPeriodsOf(row.indicator.periodicity, row.year),
    periodTargets: (row) => periodTargetsOf(row),
    // The columns a plan shows beside its year, read as the plan document reads them.
    annualTarget: (row) => planYearFigures(row.indicator, row.values, row.year).annualTarget,
    isProposal: (row) => targetValuesOf(row).some((value) => value.isTargetProposal),
    versions: (row) => targetValuesOf(row).map((value) => ({ period: formatPeriodKey(value), version: value.version })),
    previousOutcomes: (row) => planYearFigures(row.indicator, row.values, row.year).outcomes,
    previousYearForecast: (row) => planYearFigures(row.indicator, row.values, row.year).forecast,
  },
};

/** The rows' indicators by id, read through the request's loader. */
async function indicatorsOf(loaders: RequestContext['loaders'], rows: readonly { indicatorId: number }[]) {
  const indicators = await loaders.indicatorById.loadMany([...new Set(rows.map((row) => row.indicatorId))]);
  return new Map(
    indicators.flatMap((indicator) => (indicator && !(indicator instanceof Error) ? [[indicator.id, indicator]] : [])),
  );
}

/** Every row's indicator's unit: the user must plan each. */
async function unitsOfRows(args: Record<string, unknown>, { loaders }: RequestContext) {
  const rows = (args.input as { rows?: unknown } | undefined)?.rows;
  if (!Array.isArray(rows) || rows.length > MAX_TARGET_ROWS_PER_SAVE) {
    throw fieldError('input.rows', Array.isArray(rows) ? 'tooMany' : 'required');
  }
  const ids = rows.map((row, index) =>
    requireId((row as { indicatorId?: unknown } | null)?.indicatorId, `input.rows.${index}.indicatorId`),
  );
  const indicators = await loaders.indicatorById.loadMany([...new Set(ids)]);
  return indicators.map((indicator) => (indicator && !(indicator instanceof Error) ? indicator.orgUnitId : null));
}

export const targetRules: AccessRules = {
  Query: {
    targetSheet: { kind: 'signedIn' },
  },
  Mutation: {
    saveTargets: { kind: 'role', role: 'PLANNER', orgUnitOf: unitsOfRows },
    confirmTargetProposals: { kind: 'role', role: 'PLANNER', orgUnitOf: unitsOfRows },
  },
  types: {
    TargetSheet: { kind: 'orgUnit', orgUnitOf: (sheet: { orgUnit: { id: number } }) => sheet.orgUnit.id },
    TargetVersion: { kind: 'public', reason: 'a period and a version number, read through its row' },
    YearFigure: { kind: 'public', reason: 'a year and a figure, read through its row' },
    TargetRow: { kind: 'orgUnit', orgUnitOf: (row: { indicator: { orgUnitId: number } }) => row.indicator.orgUnitId },
  },
};
