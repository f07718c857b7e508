import type { Role } from '@lagesbild/db';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, isListType, isNonNullType, isObjectType } from 'graphql';
import type { GraphQLFieldResolver, GraphQLOutputType, GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import { forbidden, notFound, notSignedIn } from '../errors';

/**
 * Access control, in one place: every root field (query or mutation) has a rule, checked
 * before it runs, and every object type has an owner, checked on every field that returns
 * it, so data of a unit outside the user's scope cannot be reached through a nested field
 * either. A field or type without a rule stops the server from starting.
 */

type Args = Record<string, unknown>;

export type RootRule =
  /** Open to everyone, signed in or not; say why. */
  | { kind: 'public'; reason: string }
  /** Any signed-in user; what comes back is filtered by the owners of its types. */
  | { kind: 'signedIn' }
  /**
   * A user holding `role` for the unit the arguments point at (null: the record does not
   * exist), or for each of the units when they point at several (a batch of values).
   */
  | {
      kind: 'role';
      role: Role;
      orgUnitOf: (args: Args, context: RequestContext) => Promise<number | null | (number | null)[]>;
    }
  /** A user holding `role` for the whole organisation (user administration). */
  | { kind: 'roleEverywhere'; role: Role };

export type Ownership =
  /** Readable by users whose scope includes the unit the row belongs to. */
  | { kind: 'orgUnit'; orgUnitOf: (row: never, context: RequestContext) => number | null | Promise<number | null> }
  /** Readable by users whose scope includes the unit and every unit below it: a row about the whole subtree. */
  | {
      kind: 'orgUnitSubtree';
      orgUnitOf: (row: never, context: RequestContext) => number | null | Promise<number | null>;
    }
  /** Readable by anyone who may reach it; say why. */
  | { kind: 'public'; reason: string };

export interface AccessRules {
  Query?: Record<string, RootRule>;
  Mutation?: Record<string, RootRule>;
  types?: Record<string, Ownership>;
}

export function mergeAccessRules(all: AccessRules[]): Required<AccessRules> {
  return {
    Query: Object.assign({}, ...all.map((rules) => rules.Query ?? {})) as Record<string, RootRule>,
    Mutation: Object.assign({}, ...all.map((rules) => rules.Mutation ?? {})) as Record<string, RootRule>,
    types: Object.assign({}, ...all.map((rules) => rules.types ?? {})) as Record<string, Ownership>,
  };
}

async function checkRootRule(rule: RootRule, args: Args, context: RequestContext): Promise<void> {
  if (rule.kind === 'public') return;
  if (!context.viewer) throw notSignedIn();
  switch (rule.kind) {
    case 'signedIn':
      return;
    case 'roleEverywhere':
      if (!context.access.holdsEverywhere(rule.role, context.orgTree)) throw forbidden();
      return;
    case 'role': {
      const pointedAt = await rule.orgUnitOf(args, context);
      const orgUnitIds = Array.isArray(pointedAt) ? pointedAt : [pointedAt];
      // A record outside what the user may read is answered as if it did not exist.
      if (orgUnitIds.some((orgUnitId) => orgUnitId === null || !context.access.canRead(orgUnitId))) throw notFound();
      if (!orgUnitIds.every((orgUnitId) => context.access.holds(rule.role, orgUnitId))) throw forbidden();
      return;
    }
  }
}

/** A row of no unit (a user, the structure) is for administrators of the whole organisation. */
async function mayRead(ownership: Ownership, row: unknown, context: RequestContext): Promise<boolean> {
  if (ownership.kind === 'public') return true;
  const orgUnitId = await ownership.orgUnitOf(row as never, context);
  if (orgUnitId === null) return context.access.holdsEverywhere('ADMIN', context.orgTree);
  return ownership.kind === 'orgUnitSubtree'
    ? context.access.canReadSubtree(orgUnitId)
    : context.access.canRead(orgUnitId);
}

/** Keeps what the user may read: unreadable list items are left out, an unreadable single value is null. */
async function filterReadable(
  value: unknown,
  type: GraphQLOutputType,
  ownership: Ownership,
  context: RequestContext,
): Promise<unknown> {
  if (value == null) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const itemType = inner.ofType as GraphQLOutputType;
    const items = await Promise.all(
      (value as unknown[]).map(async (item) => {
        if (isListType(isNonNullType(itemType) ? itemType.ofType : itemType)) {
          return filterReadable(item, itemType, ownership, context);
        }
        return item != null && (await mayRead(ownership, item, context)) ? item : null;
      }),
    );
    return items.filter((item) => item != null);
  }
  if (await mayRead(ownership, value, context)) return value;
  if (isNonNullType(type)) throw forbidden();
  return null;
}

/** Wraps every resolver of the schema in its access checks; throws if anything lacks a rule. */
export function applyAccessRules(schema: GraphQLSchema, rules: Required<AccessRules>): GraphQLSchema {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (type.name === 'Query' || type.name === 'Mutation') {
      for (const field of Object.keys(type.getFields())) {
        if (!rules[type.name][field]) missing.push(`${type.name}.${field}`);
      }
    } else if (!rules.types[type.name]) {
      missing.push(`type ${type.name}`);
    }
  }
  if (missing.length > 0) throw new Error(`No access rule for ${missing.join(', ')}`);

  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const resolve = (fieldConfig.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
      const rootRule = typeName === 'Query' || typeName === 'Mutation' ? rules[typeName][fieldName] : undefined;
      const returned = getNamedType(fieldConfig.type);
      const ownership = isObjectType(returned) ? rules.types[returned.name] : undefined;
      const guardsResult = ownership !== undefined && ownership.kind !== 'public';
      if (!rootRule && !guardsResult) return fieldConfig;
      return {
        ...fieldConfig,
        resolve: async (parent, args: Args, context: RequestContext, info) => {
          if (rootRule) await checkRootRule(rootRule, args, context);
          const result: unknown = await resolve(parent, args, context, info);
          return guardsResult ? filterReadable(result, fieldConfig.type, ownership, context) : result;
        },
      };
    },
  });
}
