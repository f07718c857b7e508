/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n': typeof types.AppShell_QueryDocument;
  '\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    parents {\n      id\n      title\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n    indicators {\n      ...IndicatorTable_indicator\n    }\n  }\n': typeof types.GoalCard_GoalFragmentDoc;
  '\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    perspective {\n      id\n      name\n    }\n    ...GoalCard_goal\n  }\n': typeof types.GoalsByPerspective_GoalFragmentDoc;
  '\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n    }\n  }\n': typeof types.IndicatorTable_IndicatorFragmentDoc;
  '\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      ...GoalsByPerspective_goal\n    }\n  }\n': typeof types.GoalsPage_QueryDocument;
};
const documents: Documents = {
  '\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n':
    types.AppShell_QueryDocument,
  '\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    parents {\n      id\n      title\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n    indicators {\n      ...IndicatorTable_indicator\n    }\n  }\n':
    types.GoalCard_GoalFragmentDoc,
  '\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    perspective {\n      id\n      name\n    }\n    ...GoalCard_goal\n  }\n':
    types.GoalsByPerspective_GoalFragmentDoc,
  '\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n    }\n  }\n':
    types.IndicatorTable_IndicatorFragmentDoc,
  '\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      ...GoalsByPerspective_goal\n    }\n  }\n':
    types.GoalsPage_QueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n',
): (typeof documents)['\n  query AppShell_Query {\n    orgUnits {\n      id\n      code\n      name\n      kind\n      parent {\n        id\n        code\n      }\n      latestReportMonth {\n        year\n        month\n      }\n    }\n    latestReportMonth {\n      year\n      month\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    parents {\n      id\n      title\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n    indicators {\n      ...IndicatorTable_indicator\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalCard_goal on Goal {\n    id\n    title\n    parents {\n      id\n      title\n    }\n    assessment(upTo: $upTo) {\n      id\n      fulfilment\n      comment\n    }\n    indicators {\n      ...IndicatorTable_indicator\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    perspective {\n      id\n      name\n    }\n    ...GoalCard_goal\n  }\n',
): (typeof documents)['\n  fragment GoalsByPerspective_goal on Goal {\n    id\n    level\n    perspective {\n      id\n      name\n    }\n    ...GoalCard_goal\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment IndicatorTable_indicator on Indicator {\n    id\n    name\n    unit\n    periodicity\n    latestValue(upTo: $upTo) {\n      id\n      period\n      outcome\n      periodTarget\n      annualTarget\n      fullYearForecast\n      isSynthetic\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      ...GoalsByPerspective_goal\n    }\n  }\n',
): (typeof documents)['\n  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {\n    orgUnit(code: $orgUnitCode) {\n      id\n      name\n    }\n    goals(orgUnitCode: $orgUnitCode, year: $year) {\n      id\n      level\n      ...GoalsByPerspective_goal\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
