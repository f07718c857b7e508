import { readFileSync } from 'node:fs';
import type { Resolvers } from './generated/resolver-types';
import { goalResolvers } from './modules/goals/goal-resolvers';
import { indicatorResolvers } from './modules/indicators/indicator-resolvers';
import { organisationResolvers } from './modules/organisation/organisation-resolvers';

/** The contract: the modules' SDL as merged by codegen into @lagesbild/types. */
export const typeDefs = readFileSync(require.resolve('@lagesbild/types/schema.graphql'), 'utf8');

/** Each domain module's resolvers; Apollo merges them into one map. */
export const resolvers: Resolvers[] = [organisationResolvers, goalResolvers, indicatorResolvers];
