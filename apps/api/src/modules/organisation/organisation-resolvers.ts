import {
  closeOrgUnitInputSchema,
  createOrgUnitInputSchema,
  inTreeOrder,
  isoDateSchema,
  moveOrgUnitInputSchema,
  renameOrgUnitInputSchema,
  toOptionalIsoDate,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { parseInput, requireId } from '../../errors';
import { closeOrgUnit, createOrgUnit, isClosed, moveOrgUnit, renameOrgUnit } from './org-unit-admin-service';
import { listOrgUnitsAsOf } from './org-unit-history-service';
import { findUnitByCode } from './organisation-service';

/** A field of a mutation's input as sent, before it is parsed. */
const inputField = (args: Record<string, unknown>, field: string): unknown =>
  (args.input as Record<string, unknown> | undefined)?.[field];

export const organisationResolvers: Resolvers = {
  Query: {
    // Signed-in only, so the request has read every unit with its tree (context.ts).
    orgUnits: (_parent, { asOf }, { prisma, orgTree }) =>
      asOf == null ? inTreeOrder(orgTree) : listOrgUnitsAsOf(prisma, parseInput(isoDateSchema, asOf, 'asOf')),
    orgUnit: (_parent, { code }, { orgTree }) => findUnitByCode(orgTree, code),
  },
  Mutation: {
    createOrgUnit: (_parent, { input }, { mutate }) =>
      mutate('createOrgUnit', (tx) => createOrgUnit(tx, parseInput(createOrgUnitInputSchema, input, 'input'))),
    renameOrgUnit: (_parent, { input }, { mutate }) =>
      mutate('renameOrgUnit', (tx) => renameOrgUnit(tx, parseInput(renameOrgUnitInputSchema, input, 'input'))),
    moveOrgUnit: (_parent, { input }, { mutate }) =>
      mutate('moveOrgUnit', (tx) => moveOrgUnit(tx, parseInput(moveOrgUnitInputSchema, input, 'input'))),
    closeOrgUnit: (_parent, { input }, { mutate }) =>
      mutate('closeOrgUnit', (tx) => closeOrgUnit(tx, parseInput(closeOrgUnitInputSchema, input, 'input'))),
  },
  OrgUnit: {
    parent: (unit, _args, { loaders }) => (unit.parentId === null ? null : loaders.orgUnitById.load(unit.parentId)),
    children: (unit, _args, { loaders }) => loaders.orgUnitChildren.load(unit.id),
    validFrom: (unit) => toOptionalIsoDate(unit.validFrom),
    validTo: (unit) => toOptionalIsoDate(unit.validTo),
    isClosed: (unit) => isClosed(unit),
    history: (unit, _args, { loaders }) => loaders.orgUnitVersions.load(unit.id),
    mayAdminister: (unit, _args, { access }) => access.holds('ADMIN', unit.id),
  },
  OrgUnitVersion: {
    validFrom: (version) => toOptionalIsoDate(version.validFrom)!,
    parent: (version, _args, { loaders }) =>
      version.parentId === null ? null : loaders.orgUnitById.load(version.parentId),
  },
};

/** The unit a change points at (a malformed id is a field error before anything is read). */
const unitOfInput = (args: Record<string, unknown>) => Promise.resolve(requireId(inputField(args, 'id'), 'input.id'));

export const organisationRules: AccessRules = {
  Query: {
    orgUnits: { kind: 'signedIn' },
    orgUnit: { kind: 'signedIn' },
  },
  Mutation: {
    createOrgUnit: {
      kind: 'role',
      role: 'ADMIN',
      orgUnitOf: (args) => Promise.resolve(requireId(inputField(args, 'parentId'), 'input.parentId')),
    },
    renameOrgUnit: { kind: 'role', role: 'ADMIN', orgUnitOf: unitOfInput },
    // Administrators of the unit and of where it goes: a unit cannot be handed into a subtree
    // its administrator does not administer.
    moveOrgUnit: {
      kind: 'role',
      role: 'ADMIN',
      orgUnitOf: (args) =>
        Promise.resolve([
          requireId(inputField(args, 'id'), 'input.id'),
          requireId(inputField(args, 'parentId'), 'input.parentId'),
        ]),
    },
    closeOrgUnit: { kind: 'role', role: 'ADMIN', orgUnitOf: unitOfInput },
  },
  types: {
    OrgUnit: {
      kind: 'orgUnit',
      // A unit created by this request is not yet in the scope's tree; it lies under its
      // parent, which the scope knows, so the parent answers for it.
      orgUnitOf: (unit: { id: number; parentId: number | null }, { access }) =>
        access.knows(unit.id) ? unit.id : unit.parentId,
    },
    OrgUnitVersion: { kind: 'orgUnit', orgUnitOf: (version: { orgUnitId: number }) => version.orgUnitId },
  },
};
