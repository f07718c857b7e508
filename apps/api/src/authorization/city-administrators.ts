import type { RequestContext } from '../context';
import type { RootRule } from './access-rules';

/**
 * The root unit of the tree the request sees: the municipality. Null (answered as not found)
 * before a city exists.
 */
const cityOf = (_args: Record<string, unknown>, { orgTree }: RequestContext) =>
  Promise.resolve(
    orgTree
      .filter((unit) => unit.parentId === null)
      .reduce<number | null>((first, unit) => (first === null || unit.id < first ? unit.id : first), null),
  );

/**
 * Writes to what the whole municipality shares (its steering model's perspectives, its risk
 * categories and scale): only its administrators make them.
 */
export const cityAdministrators: RootRule = { kind: 'role', role: 'ADMIN', orgUnitOf: cityOf };
