import {
  copyPerspectivesInputSchema,
  createPerspectiveInputSchema,
  removePerspectiveInputSchema,
  reorderPerspectivesInputSchema,
  updatePerspectiveInputSchema,
  yearSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules, RootRule } from '../../authorization/access-rules';
import type { RequestContext } from '../../context';
import { parseInput } from '../../errors';
import {
  copyPerspectivesFromPreviousYear,
  createPerspective,
  listPerspectives,
  removePerspective,
  reorderPerspectives,
  updatePerspective,
} from './perspective-service';

export const perspectiveResolvers: Resolvers = {
  Query: {
    perspectives: (_parent, { year }, { prisma }) =>
      listPerspectives(prisma, year == null ? null : parseInput(yearSchema(), year, 'year')),
  },
  Perspective: {
    code: async (perspective, _args, { loaders }) => (await loaders.perspectiveById.load(perspective.id))!.code,
  },
  Mutation: {
    createPerspective: (_parent, { input }, { mutate }) =>
      mutate('createPerspective', (tx) =>
        createPerspective(tx, parseInput(createPerspectiveInputSchema, input, 'input')),
      ),
    updatePerspective: (_parent, { input }, { mutate }) =>
      mutate('updatePerspective', (tx) =>
        updatePerspective(tx, parseInput(updatePerspectiveInputSchema, input, 'input')),
      ),
    reorderPerspectives: (_parent, { input }, { mutate }) =>
      mutate('reorderPerspectives', (tx) =>
        reorderPerspectives(tx, parseInput(reorderPerspectivesInputSchema, input, 'input')),
      ),
    removePerspective: (_parent, { input }, { mutate }) =>
      mutate('removePerspective', (tx) =>
        removePerspective(tx, parseInput(removePerspectiveInputSchema, input, 'input')),
      ),
    copyPerspectivesFromPreviousYear: (_parent, { input }, { mutate }) =>
      mutate('copyPerspectivesFromPreviousYear', (tx) =>
        copyPerspectivesFromPreviousYear(tx, parseInput(copyPerspectivesInputSchema, input, 'input')),
      ),
  },
};

/**
 * The root unit of the tree the request sees: perspectives are the city's steering model, so
 * only its administrators change them. Null (answered as not found) before a city exists.
 */
const cityOf = (_args: Record<string, unknown>, { orgTree }: RequestContext) =>
  Promise.resolve(
    orgTree
      .filter((unit) => unit.parentId === null)
      .reduce<number | null>((first, unit) => (first === null || unit.id < first ? unit.id : first), null),
  );

const cityAdministrators: RootRule = { kind: 'role', role: 'ADMIN', orgUnitOf: cityOf };

export const perspectiveRules: AccessRules = {
  Query: {
    perspectives: { kind: 'signedIn' },
  },
  Mutation: {
    createPerspective: cityAdministrators,
    updatePerspective: cityAdministrators,
    reorderPerspectives: cityAdministrators,
    removePerspective: cityAdministrators,
    copyPerspectivesFromPreviousYear: cityAdministrators,
  },
  types: {
    Perspective: { kind: 'public', reason: 'the steering model is the same for every unit' },
  },
};
