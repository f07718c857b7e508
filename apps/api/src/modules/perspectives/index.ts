/** The city's perspectives per year: their names, order and descriptions, and who may change them. */
export { createPerspectiveLoaders } from './perspective-loaders';
export { perspectiveResolvers, perspectiveRules } from './perspective-resolvers';
export {
  ensurePerspectivesOfYear,
  findPerspectivesOfYear,
  listPerspectivesOfYear,
  sortByPerspectiveOrder,
} from './perspective-service';
export type { PerspectiveOfYear } from './perspective-service';
