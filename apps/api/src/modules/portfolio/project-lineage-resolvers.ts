import { mergeProjectsInputSchema, toIsoDate } from '@lagesbild/types';
import { splitProjectInputSchema } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { inputId, orgUnitOfProject } from './portfolio-access-units';
import { parseInput } from '../../errors';
import { mergeProjects, splitProject } from './project-lineage-service';

/** Splitting and merging projects, and each project's origins and successors. */
export const projectLineageResolvers: Resolvers = {
  Mutation: {
    // The projects the access rule loaded before the write have changed since: the answer reads them anew.
    splitProject: async (_parent, { input }, { mutate, access, viewer, loaders }) => {
      const origin = await mutate('splitProject', (tx) =>
        splitProject(tx, parseInput(splitProjectInputSchema, input, 'input'), access, viewer!.id),
      );
      loaders.projectById.clearAll();
      return origin;
    },
    mergeProjects: async (_parent, { input }, { mutate, access, viewer, loaders }) => {
      const merged = await mutate('mergeProjects', (tx) =>
        mergeProjects(tx, parseInput(mergeProjectsInputSchema, input, 'input'), access, viewer!.id),
      );
      loaders.projectById.clearAll();
      return merged;
    },
  },
  Project: {
    origins: (project, _args, { loaders }) => loaders.originsOfProject.load(project.id),
    successors: (project, _args, { loaders }) => loaders.successorsOfProject.load(project.id),
  },
  ProjectLineageLink: {
    occurredOn: (link) => toIsoDate(link.occurredOn),
    project: async (link, _args, { loaders }) => (await loaders.projectById.load(link.otherProjectId))!,
    author: (link, _args, { loaders }) => (link.createdById === null ? null : loaders.userById.load(link.createdById)),
  },
};

export const projectLineageRules: AccessRules = {
  Mutation: {
    splitProject: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => orgUnitOfProject(inputId(args, 'projectId'), context),
    },
    // The merger is opened from its first project, which the rule checks; the service checks
    // every source and answers one the user may not edit beside its field.
    mergeProjects: {
      kind: 'role',
      role: 'PORTFOLIO_OFFICE',
      orgUnitOf: (args, context) => {
        const { sources } = parseInput(mergeProjectsInputSchema, args.input, 'input');
        return orgUnitOfProject(sources[0]!.projectId, context);
      },
    },
  },
  types: {
    // A link to a project the user may not read is left out, as that project would be.
    ProjectLineageLink: {
      kind: 'orgUnit',
      orgUnitOf: (link: { otherProjectId: number }, context) => orgUnitOfProject(link.otherProjectId, context),
    },
  },
};
