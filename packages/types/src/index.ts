export type * from './generated/schema-types';
export * from './period';
export * from './status-rule';
export * from './status-vocabulary';
export type { RagStatus } from './status-types';
export * from './validation/year-month-schema';
