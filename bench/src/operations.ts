import { Kind, print, visit } from 'graphql';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  GoalsPage_QueryDocument,
  IndicatorPage_QueryDocument,
  OverviewPage_QueryDocument,
} from '../../apps/web/src/generated/graphql';

/** One GraphQL request as the web app sends it: the page's own document and its variables. */
export interface BenchOperation {
  name: string;
  /** What it reads, for the report. */
  scope: string;
  body: string;
  /**
   * The same request with a variable the operation does not declare, different each sample: the
   * server ignores it, but it is part of the answer cache's key, so the answer is computed.
   */
  computedBody(sample: number): string;
}

export interface ScaleUnits {
  cityCode: string;
  committeeCode: string;
  indicatorId: string;
  /** For the report: what the city and the committee hold. */
  city: { units: number; indicators: number; values: number };
  committee: { units: number; indicators: number; values: number };
  /** The month the pages are viewed for: mid-year of the dataset's last year. */
  month: { year: number; month: number };
}

const describe = ({ units, indicators, values }: ScaleUnits['city']) =>
  `${units} units, ${indicators.toLocaleString('en')} indicators, ${values.toLocaleString('en')} values`;

/**
 * The document as Apollo Client sends it: `@unmask` only tells the client's data masking what a
 * page may read, and the client strips it before the request (the server does not know it).
 */
function withoutClientDirectives(document: DocumentNode): DocumentNode {
  return visit(document, { Directive: (directive) => (directive.name.value === 'unmask' ? null : undefined) });
}

/** Typed by the page's document, so a variable the page's query gains fails the typecheck here too. */
function request<Variables>(
  document: TypedDocumentNode<unknown, Variables>,
  variables: Variables,
): Pick<BenchOperation, 'body' | 'computedBody'> {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const bodyWith = (sent: unknown) =>
    JSON.stringify({
      operationName: operation?.name?.value,
      query: print(withoutClientDirectives(document)),
      variables: sent,
    });
  return { body: bodyWith(variables), computedBody: (sample) => bodyWith({ ...variables, benchSample: sample }) };
}

/** The overview, the goal tree and an indicator's series, with the documents of OverviewPage, GoalsPage and IndicatorPage. */
export function benchOperations(units: ScaleUnits): BenchOperation[] {
  const upTo = units.month;
  return [
    {
      name: 'overview, committee',
      scope: describe(units.committee),
      ...request(OverviewPage_QueryDocument, { orgUnitCode: units.committeeCode, upTo }),
    },
    {
      name: 'overview, city',
      scope: describe(units.city),
      ...request(OverviewPage_QueryDocument, { orgUnitCode: units.cityCode, upTo }),
    },
    {
      name: 'goal tree (goals)',
      scope: 'a committee’s own goals and their indicators’ latest values',
      ...request(GoalsPage_QueryDocument, { orgUnitCode: units.committeeCode, year: upTo.year, upTo }),
    },
    {
      name: 'indicator series',
      scope: 'one indicator, two years of months (as the page shows)',
      ...request(IndicatorPage_QueryDocument, {
        id: units.indicatorId,
        granularity: 'MONTH',
        fromYear: upTo.year - 1,
        toYear: upTo.year,
        compareWith: [],
      }),
    },
  ];
}
