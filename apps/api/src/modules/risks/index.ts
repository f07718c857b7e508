/** The risk register: risks, valuations, mitigations and internal controls. */
export { createRiskLoaders } from './risk-loaders';
export { riskResolvers, riskRules } from './risk-resolvers';
export { ensureRiskCategories } from './risk-category-service';
export { findRiskScaleMax } from './risk-scale-service';
export { findLatestValuedRisks, listRisksOfSubtree, risksAboveTolerance, topRisks } from './risk-service';
export type { RiskSummaryRow } from './risk-service';
