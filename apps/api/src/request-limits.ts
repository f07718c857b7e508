import type { NextFunction, Request, Response } from 'express';
import { Kind, parse } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * The bounds every GraphQL request meets, in the order it meets them (the README's
 * security section lists them with their answers).
 *
 * GraphQL's own validation (OverlappingFieldsCanBeMerged) compares every pair of fields
 * that share a response name, fragments expanded, so its work grows with the square of
 * their number: 8,000 repeats of `viewer { name }` held the server for a minute. The size
 * of the document is therefore bounded before validation starts, by the parser's token
 * count and by counts that take one pass over the parsed document.
 *
 * Headroom, measured on the web app's operations with the `__typename` fields Apollo
 * Client adds: the largest (the goals page, under data masking) has 418 tokens, 2,210 pairs
 * of same-named fields (40 `id`) and 8 fragment spreads.
 */
export const GRAPHQL_LIMITS = {
  /** Request body, JSON included. */
  maxBodyBytes: 1024 * 1024,
  /** Tokens the parser reads before it stops; a string literal is one token. */
  maxTokens: 2_000,
  /**
   * Pairs of fields with the same response name (alias or name) in each operation and
   * fragment, fragments expanded where they are spread, summed over the document: 10,000
   * pairs validate in about 100 ms.
   */
  maxSameNamePairs: 10_000,
  /** Fragment spreads (`...Name`) in the whole document. */
  maxFragmentSpreads: 50,
  /** Nesting of selections. */
  maxDepth: 12,
  /** graphql-armor's cost: 1 per scalar field, 2 per object field, multiplied by 1.5 per level. */
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 20,
} as const;

type FieldCounts = Map<string, number>;

function add(into: FieldCounts, responseName: string, count: number): void {
  into.set(responseName, (into.get(responseName) ?? 0) + count);
}

/**
 * Measures a document as validation will walk it: for each operation and each fragment
 * definition, its fields with fragments expanded where they are spread, and the pairs of
 * them that share a response name (alias or name). One pass; each fragment is expanded once.
 */
export function measureSelections(document: DocumentNode): {
  sameNamePairs: number;
  mostRepeated: { responseName: string; count: number };
  fragmentSpreads: number;
} {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const expanded = new Map<string, FieldCounts>();
  const expanding = new Set<string>();
  let fragmentSpreads = 0;

  function countFragment(name: string): FieldCounts {
    const known = expanded.get(name);
    if (known) return known;
    const counts: FieldCounts = new Map();
    const definition = fragments.get(name);
    // An unknown or cyclic fragment is left for validation to refuse.
    if (!definition || expanding.has(name)) return counts;
    expanding.add(name);
    countSet(definition.selectionSet, counts);
    expanding.delete(name);
    expanded.set(name, counts);
    return counts;
  }

  function countSet(selectionSet: SelectionSetNode, into: FieldCounts): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(into, selection.alias?.value ?? selection.name.value, 1);
        if (selection.selectionSet) countSet(selection.selectionSet, into);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        countSet(selection.selectionSet, into);
      } else {
        fragmentSpreads++;
        for (const [responseName, count] of countFragment(selection.name.value)) add(into, responseName, count);
      }
    }
  }

  let sameNamePairs = 0;
  let mostRepeated = { responseName: '', count: 0 };
  for (const definition of document.definitions) {
    let counts: FieldCounts;
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      counts = new Map();
      countSet(definition.selectionSet, counts);
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      counts = countFragment(definition.name.value);
    } else {
      continue;
    }
    for (const [responseName, count] of counts) {
      sameNamePairs += (count * (count - 1)) / 2;
      if (count > mostRepeated.count) mostRepeated = { responseName, count };
    }
  }
  return { sameNamePairs, mostRepeated, fragmentSpreads };
}

/** Which selection limit a document exceeds, as the message for the client, or null. */
export function exceededSelectionLimit(document: DocumentNode): string | null {
  const { sameNamePairs, mostRepeated, fragmentSpreads } = measureSelections(document);
  if (fragmentSpreads > GRAPHQL_LIMITS.maxFragmentSpreads) {
    return `The query spreads more than ${GRAPHQL_LIMITS.maxFragmentSpreads} fragments.`;
  }
  if (sameNamePairs > GRAPHQL_LIMITS.maxSameNamePairs) {
    return (
      `The query selects fields of the same name too often: more than ${GRAPHQL_LIMITS.maxSameNamePairs} pairs ` +
      `share a name ("${mostRepeated.responseName}" is selected ${mostRepeated.count} times).`
    );
  }
  return null;
}

/**
 * Refuses, with a 400 in GraphQL's error format, a query over the selection limits, before
 * Apollo Server validates it. (An error thrown from an Apollo plugin's hook is answered
 * with a 500, so the check sits in front of it.) A query that does not parse is left to
 * Apollo Server, which answers the syntax error or the token overrun itself.
 */
export function refuseOversizedSelections(request: Request, response: Response, next: NextFunction): void {
  const query: unknown =
    request.method === 'GET' ? request.query.query : (request.body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return next();
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch {
    return next();
  }
  const refusal = exceededSelectionLimit(document);
  if (!refusal) return next();
  response.status(400).json({ errors: [{ message: refusal, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
}
