import {
  copyPerspectivesInputSchema,
  createPerspectiveInputSchema,
  removePerspectiveInputSchema,
  reorderPerspectivesInputSchema,
  updatePerspectiveInputSchema,
  yearSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { cityAdministrators } from '../../authorization/city-administrators';
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
