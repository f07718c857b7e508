import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { findOrgUnitByCode, listOrgUnitsInTreeOrder, listPerspectives } from './organisation-service';

export const organisationResolvers: Resolvers = {
  Query: {
    orgUnits: (_parent, _args, { prisma }) => listOrgUnitsInTreeOrder(prisma),
    orgUnit: (_parent, { code }, { prisma }) => findOrgUnitByCode(prisma, code),
    perspectives: (_parent, _args, { prisma }) => listPerspectives(prisma),
  },
  OrgUnit: {
    parent: (unit, _args, { loaders }) => (unit.parentId === null ? null : loaders.orgUnitById.load(unit.parentId)),
    children: (unit, _args, { loaders }) => loaders.orgUnitChildren.load(unit.id),
  },
};

export const organisationRules: AccessRules = {
  Query: {
    orgUnits: { kind: 'signedIn' },
    orgUnit: { kind: 'signedIn' },
    perspectives: { kind: 'signedIn' },
  },
  types: {
    OrgUnit: { kind: 'orgUnit', orgUnitOf: (unit: { id: number }) => unit.id },
    Perspective: { kind: 'public', reason: 'the steering model is the same for every unit' },
  },
};
