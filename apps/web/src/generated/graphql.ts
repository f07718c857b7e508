/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type GoalFulfilment = 'FULFILLED' | 'NOT_ASSESSED' | 'NOT_FULFILLED' | 'PARTLY_FULFILLED';

export type GoalLevel = 'COMMITTEE' | 'COUNCIL';

export type IndicatorUnit = 'COUNT' | 'FTE' | 'INDEX' | 'MNKR' | 'PERCENT' | 'TERABYTE' | 'TKR';

/** A report period: a month of a year. */
export type MonthInput = {
  /** 1 to 12. */
  month: number;
  year: number;
};

export type OrgUnitKind = 'BUSINESS_AREA' | 'CITY' | 'COMMITTEE' | 'DEPARTMENT';

export type Periodicity = 'MONTH' | 'TERTIAL' | 'YEAR';

/** Green, yellow or red from the status rule, or not assessed when outcome or target is missing. */
export type ValueStatus = 'GREEN' | 'NOT_ASSESSED' | 'RED' | 'YELLOW';

export type AppShell_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type AppShell_QueryQuery = {
  orgUnits: Array<{
    id: string;
    code: string;
    name: string;
    kind: OrgUnitKind;
    parent: { id: string; code: string } | null;
    latestReportMonth: { year: number; month: number } | null;
  }>;
  latestReportMonth: { year: number; month: number } | null;
};

export type GoalCard_GoalFragment = {
  id: string;
  title: string;
  parents: Array<{ id: string; title: string }>;
  assessment: { id: string; fulfilment: GoalFulfilment; comment: string | null } | null;
  indicators: Array<{
    id: string;
    name: string;
    unit: IndicatorUnit;
    periodicity: Periodicity;
    latestValue: {
      id: string;
      period: string;
      outcome: number | null;
      periodTarget: number | null;
      annualTarget: number | null;
      fullYearForecast: number | null;
      isSynthetic: boolean;
      status: ValueStatus;
    } | null;
  }>;
};

export type GoalsByPerspective_GoalFragment = {
  id: string;
  level: GoalLevel;
  title: string;
  perspective: { id: string; name: string };
  parents: Array<{ id: string; title: string }>;
  assessment: { id: string; fulfilment: GoalFulfilment; comment: string | null } | null;
  indicators: Array<{
    id: string;
    name: string;
    unit: IndicatorUnit;
    periodicity: Periodicity;
    latestValue: {
      id: string;
      period: string;
      outcome: number | null;
      periodTarget: number | null;
      annualTarget: number | null;
      fullYearForecast: number | null;
      isSynthetic: boolean;
      status: ValueStatus;
    } | null;
  }>;
};

export type IndicatorTable_IndicatorFragment = {
  id: string;
  name: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  latestValue: {
    id: string;
    period: string;
    outcome: number | null;
    periodTarget: number | null;
    annualTarget: number | null;
    fullYearForecast: number | null;
    isSynthetic: boolean;
    status: ValueStatus;
  } | null;
};

export type GoalsPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type GoalsPage_QueryQuery = {
  orgUnit: { id: string; name: string } | null;
  goals: Array<{
    id: string;
    level: GoalLevel;
    title: string;
    perspective: { id: string; name: string };
    parents: Array<{ id: string; title: string }>;
    assessment: { id: string; fulfilment: GoalFulfilment; comment: string | null } | null;
    indicators: Array<{
      id: string;
      name: string;
      unit: IndicatorUnit;
      periodicity: Periodicity;
      latestValue: {
        id: string;
        period: string;
        outcome: number | null;
        periodTarget: number | null;
        annualTarget: number | null;
        fullYearForecast: number | null;
        isSynthetic: boolean;
        status: ValueStatus;
      } | null;
    }>;
  }>;
};

export const IndicatorTable_IndicatorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorTable_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestValue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorTable_IndicatorFragment, unknown>;
export const GoalCard_GoalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCard_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorTable_indicator' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorTable_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestValue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalCard_GoalFragment, unknown>;
export const GoalsByPerspective_GoalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalsByPerspective_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalCard_goal' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorTable_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestValue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCard_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorTable_indicator' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalsByPerspective_GoalFragment, unknown>;
export const AppShell_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppShell_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestReportMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestReportMonth' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppShell_QueryQuery, AppShell_QueryQueryVariables>;
export const GoalsPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalsPage_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MonthInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalsByPerspective_goal' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorTable_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestValue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalCard_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorTable_indicator' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalsByPerspective_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalCard_goal' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalsPage_QueryQuery, GoalsPage_QueryQueryVariables>;
