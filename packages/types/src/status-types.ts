import type { RagStatus, ValueStatus } from './generated/schema-types';

export type { RagStatus, ValueStatus };
