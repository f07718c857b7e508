/** Goals with their assessments, activities and assignments. */
export { createActivityLoaders } from './activity-loaders';
export { createGoalLoaders } from './goal-loaders';
export { goalResolvers, goalRules } from './goal-resolvers';
export { listAssignmentsOfSubtree, listGoalsOfSubtree } from './goal-service';
