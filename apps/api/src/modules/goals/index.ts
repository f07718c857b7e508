/** Goals with their assessments and activities. */
export { createActivityLoaders } from './activity-loaders';
export { createGoalLoaders } from './goal-loaders';
export { goalResolvers, goalRules } from './goal-resolvers';
export { listGoalsOfSubtree } from './goal-service';
