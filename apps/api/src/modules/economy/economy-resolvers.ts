import { valueStatus } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../../authorization/access-rules';
import { findEconomy } from './economy-service';

const difference = (outcome: number | null | undefined, budget: number | null | undefined) =>
  outcome == null || budget == null ? null : outcome - budget;

export const economyResolvers: Resolvers = {
  Query: {
    economy: (_parent, { orgUnitCode, upTo }, { prisma, orgTree, access }) =>
      findEconomy(prisma, orgTree, orgUnitCode, requireValidMonth(upTo, 'upTo'), (id) => access.canRead(id)),
  },
  FinancialLine: {
    outcomeToDate: (line) => line.current?.outcome ?? null,
    budgetToDate: (line) => line.current?.periodTarget ?? null,
    deviationToDate: (line) => difference(line.current?.outcome, line.current?.periodTarget),
    fullYearForecast: (line) => line.current?.fullYearForecast ?? null,
    fullYearBudget: (line) => line.current?.annualTarget ?? line.plan?.annualTarget ?? null,
    previousYearToDate: (line) => line.previousYear?.outcome ?? null,
    status: ({ indicator, current, month }) =>
      current
        ? valueStatus(indicator, { ...current, granularity: 'MONTH', year: month.year, periodNumber: month.month })
        : 'NOT_ASSESSED',
  },
  BusinessAreaResult: {
    operationsToDate: (row) => row.operations?.outcome ?? null,
    operationsBudgetToDate: (row) => row.operations?.periodTarget ?? null,
    operationsForecast: (row) => row.operations?.fullYearForecast ?? null,
    operationsBudget: (row) => row.operations?.annualTarget ?? row.operationsPlan?.annualTarget ?? null,
    developmentToDate: (row) => row.development?.outcome ?? null,
    developmentBudgetToDate: (row) => row.development?.periodTarget ?? null,
    developmentForecast: (row) => row.development?.fullYearForecast ?? null,
    developmentBudget: (row) => row.development?.annualTarget ?? row.developmentPlan?.annualTarget ?? null,
  },
};

export const economyRules: AccessRules = {
  Query: {
    economy: { kind: 'signedIn' },
  },
  types: {
    Economy: { kind: 'orgUnit', orgUnitOf: (economy: { orgUnit: { id: number } }) => economy.orgUnit.id },
    FinancialLine: {
      kind: 'orgUnit',
      // A rolled-up line is the economy's unit's figure: its readers read every unit below it.
      orgUnitOf: (line: { orgUnitId: number }) => line.orgUnitId,
    },
    BusinessAreaResult: { kind: 'orgUnit', orgUnitOf: (row: { orgUnit: { id: number } }) => row.orgUnit.id },
  },
};
