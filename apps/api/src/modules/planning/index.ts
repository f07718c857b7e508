/** The operational plan's lifecycle: adoption, revisions and their history, and the roll-over to next year. */
export { createPlanningLoaders } from './planning-loaders';
export { planningResolvers, planningRules } from './planning-resolvers';
export {
  assertPlanUnlocked,
  findPlanLocks,
  planLockedError,
  planLockOf,
  PLAN_LOCK_MESSAGES,
  readPlanLocks,
} from './plan-lock';
export type { PlanLock, UnitYear } from './plan-lock';
export { planDocumentLayout, planDocumentReader, readPlanDocumentData } from './plan-document';
export type { PlanDocumentData } from './plan-document';
