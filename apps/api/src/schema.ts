import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolver-types';
import { accessResolvers, accessRules } from './modules/access';
import { applyAccessRules, mergeAccessRules } from './authorization/access-rules';
import { auditResolvers, auditRules } from './modules/audit';
import { dataEntryResolvers, dataEntryRules } from './modules/data-entry';
import { economyResolvers, economyRules } from './modules/economy';
import { forecastResolvers, forecastRules } from './modules/forecasts';
import { overviewResolvers, overviewRules } from './modules/overview';
import { assignmentResolvers, assignmentRules } from './modules/assignments';
import { goalResolvers, goalRules } from './modules/goals';
import { indicatorResolvers, indicatorRules } from './modules/indicators';
import { organisationResolvers, organisationRules } from './modules/organisation';
import { perspectiveResolvers, perspectiveRules } from './modules/perspectives';
import { planningResolvers, planningRules } from './modules/planning';
import {
  portfolioAdminResolvers,
  portfolioAdminRules,
  portfolioResolvers,
  portfolioRules,
  projectHistoryResolvers,
  projectHistoryRules,
  projectLineageResolvers,
  projectLineageRules,
  projectPeopleResolvers,
  projectPeopleRules,
} from './modules/portfolio';
import { reportResolvers, reportRules } from './modules/reports';
import { reportingCalendarResolvers, reportingCalendarRules } from './modules/reporting-calendar';
import { reminderResolvers, reminderRules } from './modules/reminders';
import { reportingDisciplineResolvers, reportingDisciplineRules } from './modules/reporting-discipline';
import { riskResolvers, riskRules } from './modules/risks';
import { toDoResolvers, toDoRules } from './modules/to-do';
import { targetResolvers, targetRules } from './modules/targets';
import { valueImportResolvers, valueImportRules } from './modules/value-import';

/** The contract: the modules' SDL as merged by codegen into @lagesbild/types. */
export const typeDefs = readFileSync(require.resolve('@lagesbild/types/schema.graphql'), 'utf8');

/** Each domain module's resolvers and access rules. */
const modules: { resolvers: Resolvers; rules: Parameters<typeof mergeAccessRules>[0][number] }[] = [
  { resolvers: organisationResolvers, rules: organisationRules },
  { resolvers: perspectiveResolvers, rules: perspectiveRules },
  { resolvers: goalResolvers, rules: goalRules },
  { resolvers: assignmentResolvers, rules: assignmentRules },
  { resolvers: indicatorResolvers, rules: indicatorRules },
  { resolvers: economyResolvers, rules: economyRules },
  { resolvers: overviewResolvers, rules: overviewRules },
  { resolvers: portfolioResolvers, rules: portfolioRules },
  { resolvers: portfolioAdminResolvers, rules: portfolioAdminRules },
  { resolvers: projectHistoryResolvers, rules: projectHistoryRules },
  { resolvers: projectLineageResolvers, rules: projectLineageRules },
  { resolvers: projectPeopleResolvers, rules: projectPeopleRules },
  { resolvers: riskResolvers, rules: riskRules },
  { resolvers: dataEntryResolvers, rules: dataEntryRules },
  { resolvers: forecastResolvers, rules: forecastRules },
  { resolvers: reportResolvers, rules: reportRules },
  { resolvers: accessResolvers, rules: accessRules },
  { resolvers: auditResolvers, rules: auditRules },
  { resolvers: valueImportResolvers, rules: valueImportRules },
  { resolvers: targetResolvers, rules: targetRules },
  { resolvers: planningResolvers, rules: planningRules },
  { resolvers: reportingCalendarResolvers, rules: reportingCalendarRules },
  { resolvers: reminderResolvers, rules: reminderRules },
  { resolvers: toDoResolvers, rules: toDoRules },
  { resolvers: reportingDisciplineResolvers, rules: reportingDisciplineRules },
];

/**
 * The executable schema with every field behind its access rule (see access-rules.ts). Built
 * from the one merged SDL without checking it again (schema.test.ts does, as codegen did), and
 * with the resolvers set on the schema just built rather than on a copy: every API process
 * builds it as it starts.
 */
export function createSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: buildSchema(typeDefs, { assumeValidSDL: true }),
    resolvers: modules.map((module) => module.resolvers),
    updateResolversInPlace: true,
  });
  return applyAccessRules(schema, mergeAccessRules(modules.map((module) => module.rules)));
}
