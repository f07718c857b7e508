/** The plan's snapshot is built where the seed can use it too (prisma/src/plan-snapshot.ts). */
export { snapshotOfPlan, unitsCoveredByPlan } from '@lagesbild/db';
export type { PlanSnapshot } from '@lagesbild/db';
