import type { ValueStatus } from './generated/schema-types';

export type { ValueStatus };
/** A project's status on one dimension (time, cost, result). */
export type RagStatus = Exclude<ValueStatus, 'NOT_ASSESSED'>;
