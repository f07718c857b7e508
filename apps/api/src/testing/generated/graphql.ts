/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityStatus = 'CANCELLED' | 'COMPLETED' | 'DELAYED' | 'NOT_STARTED' | 'ONGOING';

export type AddMitigationInput = {
  /** An ISO date, or null when open-ended. */
  dueDate?: string | null | undefined;
  responsible?: string | null | undefined;
  riskId: string;
  status: MitigationStatus;
  title: string;
};

export type AssignmentSource =
  /** From the council's budget. */
  | 'COUNCIL_BUDGET'
  /** From the council outside the budget. */
  | 'COUNCIL_OTHER'
  /** From the executive board (kommunstyrelsen). */
  | 'EXECUTIVE_BOARD';

export type AssignmentStatus = 'COMPLETE' | 'NOT_STARTED' | 'ONGOING' | 'PROPOSED_COMPLETE';

export type ControlOutcome = 'DEVIATION' | 'OK';

export type ControlResultInput = {
  controlId: string;
  /** Required for a deviation. */
  description?: string | null | undefined;
  /** The version the form was loaded with; leave out when the month has no result yet. */
  expectedVersion?: number | null | undefined;
  /** Required for a deviation. */
  followUpAction?: string | null | undefined;
  month: number;
  /** Required when performed, null when not. */
  outcome?: ControlOutcome | null | undefined;
  performed: boolean;
  year: number;
};

export type CreateControlInput = {
  frequency?: string | null | undefined;
  method?: string | null | undefined;
  orgUnitId: string;
  performedBy?: string | null | undefined;
  /** A risk of the same unit, or null. */
  riskId?: string | null | undefined;
  title: string;
};

export type CreateReportInput = {
  orgUnitId: string;
  /** Must match the type: March for INTERIM_MARCH, August for INTERIM_AUGUST, December for ANNUAL. */
  period: MonthInput;
  type: ReportType;
};

export type CreateRiskInput = {
  categoryId: string;
  /** At most 4 000 characters. */
  description?: string | null | undefined;
  orgUnitId: string;
  owner?: string | null | undefined;
  /** At most 300 characters. */
  title: string;
  /** The first valuation. */
  valuation: RiskValuationFields;
};

export type GoalFulfilment = 'FULFILLED' | 'NOT_ASSESSED' | 'NOT_FULFILLED' | 'PARTLY_FULFILLED';

export type GoalLevel = 'COMMITTEE' | 'COUNCIL';

export type IndicatorUnit = 'COUNT' | 'FTE' | 'INDEX' | 'MNKR' | 'PERCENT' | 'TERABYTE' | 'TKR';

export type MitigationStatus = 'DONE' | 'ONGOING' | 'PLANNED';

/** A report period: a month of a year. */
export type MonthInput = {
  /** 1 to 12. */
  month: number;
  year: number;
};

export type Periodicity = 'MONTH' | 'TERTIAL' | 'YEAR';

/** Where a project is in its life: not started, started, paused, closed, or decided not to start. */
export type ProjectState = 'CLOSED' | 'NOT_STARTED' | 'PAUSED' | 'STARTED' | 'WILL_NOT_START';

export type RagStatus = 'GREEN' | 'RED' | 'YELLOW';

export type ReportChangeKind = 'INDICATOR' | 'PROJECT';

export type ReportChartKind = 'BAR' | 'LINE';

export type ReportSectionKind =
  'ACTIVITIES' | 'ASSIGNMENTS' | 'ECONOMY' | 'PERSPECTIVE' | 'PORTFOLIO' | 'RISKS' | 'SUMMARY';

/** Draft → submitted → approved; a submitted report can be sent back to draft with a comment. */
export type ReportStatus = 'APPROVED' | 'DRAFT' | 'SUBMITTED';

export type ReportTransitionInput = {
  /** The report's version the user saw. */
  expectedVersion: number;
  reportId: string;
};

export type ReportType = 'ANNUAL' | 'INTERIM_AUGUST' | 'INTERIM_MARCH' | 'MONTHLY';

export type RiskValuationFields = {
  /** 1 to the municipality's scale maximum (4, or 5). */
  consequence: number;
  /** 1 to the municipality's scale maximum (4, or 5). */
  probability: number;
  /** At most 4 000 characters. */
  reasoning?: string | null | undefined;
  /** An ISO date, e.g. 2023-01-01. */
  valuedOn: string;
};

export type RiskValuationInput = {
  consequence: number;
  probability: number;
  reasoning?: string | null | undefined;
  riskId: string;
  valuedOn: string;
};

export type SaveReportSectionTextInput = {
  /** The section's analysisVersion the text was edited from. */
  expectedVersion: number;
  sectionId: string;
  /** Markdown: headings, lists, bold. */
  text: string;
};

export type SendBackReportInput = {
  /** Why it is sent back; required. */
  comment: string;
  expectedVersion: number;
  reportId: string;
};

/** The three dimensions a status report colours. */
export type StatusDimension = 'COST' | 'RESULT' | 'TIME';

export type UpdateControlInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  frequency?: string | null | undefined;
  id: string;
  method?: string | null | undefined;
  performedBy?: string | null | undefined;
  riskId?: string | null | undefined;
  title: string;
};

export type UpdateMitigationInput = {
  dueDate?: string | null | undefined;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  responsible?: string | null | undefined;
  status: MitigationStatus;
  title: string;
};

export type UpdateRiskInput = {
  categoryId: string;
  description?: string | null | undefined;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  owner?: string | null | undefined;
  title: string;
};

/** Green, yellow or red from the status rule, or not assessed when outcome or target is missing. */
export type ValueStatus = 'GREEN' | 'NOT_ASSESSED' | 'RED' | 'YELLOW';

export type GoalsQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type GoalsQuery = {
  goals: Array<{
    title: string;
    level: GoalLevel;
    perspective: { name: string };
    orgUnit: { code: string };
    parents: Array<{ title: string }>;
    assessment: { year: number; month: number; fulfilment: GoalFulfilment; comment: string | null } | null;
    activities: Array<{
      title: string;
      endDate: string | null;
      update: { month: number; status: ActivityStatus; comment: string | null } | null;
    }>;
    indicators: Array<{
      name: string;
      latestValue: {
        period: string;
        outcome: number | null;
        periodTarget: number | null;
        fullYearForecast: number | null;
        status: ValueStatus;
        isSynthetic: boolean;
      } | null;
    }>;
  }>;
};

export type AssignmentsQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type AssignmentsQuery = {
  assignments: Array<{
    title: string;
    source: AssignmentSource;
    caseNumber: string | null;
    deadline: string | null;
    orgUnit: { code: string };
    update: { status: AssignmentStatus; comment: string | null } | null;
  }>;
};

export type BoardQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type BoardQuery = {
  portfolios: Array<{
    name: string;
    canEdit: boolean;
    orgUnit: { code: string };
    periodStatus: { year: number; month: number; narrative: string } | null;
    projects: Array<{
      name: string;
      state: ProjectState;
      plannedStart: string | null;
      plannedEnd: string | null;
      stateChanges: Array<{ toState: ProjectState; changedOn: string }>;
      status: {
        reportsSinceColourChange: number | null;
        noRecentReport: boolean;
        latestReport: {
          reportDate: string;
          time: RagStatus;
          cost: RagStatus;
          result: RagStatus;
          deviations: Array<{ dimension: StatusDimension; cause: string; action: string }>;
        } | null;
      };
    }>;
  }>;
};

export type ProjectQueryVariables = Exact<{
  id: string;
}>;

export type ProjectQuery = {
  project: {
    name: string;
    canEdit: boolean;
    portfolio: { name: string };
    reports: Array<{
      reportDate: string;
      time: RagStatus;
      cost: RagStatus;
      result: RagStatus;
      deviations: Array<{ dimension: StatusDimension; cause: string }>;
    }>;
  } | null;
};

export type ReportsTest_ReportQueryVariables = Exact<{
  id: string;
}>;

export type ReportsTest_ReportQuery = {
  report: {
    id: string;
    status: ReportStatus;
    version: number;
    frozenAt: string | null;
    viewerCanApprove: boolean;
    viewerCanEdit: boolean;
    approvedBy: { name: string } | null;
    comments: Array<{ text: string; author: { name: string } | null }>;
    comparison: {
      previous: { id: string; period: { year: number; month: number } } | null;
      colourChanges: Array<{ kind: ReportChangeKind; name: string; previous: ValueStatus; current: ValueStatus }>;
      forecastChanges: Array<{ name: string; previous: number | null; current: number | null }>;
      assignmentChanges: Array<{ title: string; previous: AssignmentStatus | null; current: AssignmentStatus }>;
    };
    content: {
      orgUnitName: string;
      type: ReportType;
      compiledAt: string;
      isFrozen: boolean;
      period: { year: number; month: number };
      sections: Array<{
        id: string;
        kind: ReportSectionKind;
        title: string;
        perspectiveName: string | null;
        analysisText: string;
        analysisVersion: number;
        analysisUpdatedAt: string | null;
        analysisUpdatedBy: { name: string } | null;
        goalSummary: Array<{
          perspectiveName: string;
          councilGoalTitle: string | null;
          title: string;
          fulfilment: GoalFulfilment;
        }>;
        goals: Array<{
          councilGoalTitle: string | null;
          title: string;
          fulfilment: GoalFulfilment;
          comment: string | null;
        }>;
        indicatorTables: Array<{
          periodicity: Periodicity;
          periodLabel: string;
          previousPeriodLabel: string;
          hasRolling12: boolean;
          rows: Array<{
            indicatorId: string;
            name: string;
            unit: IndicatorUnit;
            previousYearOutcome: number | null;
            outcome: number | null;
            periodTarget: number | null;
            fullYearForecast: number | null;
            annualTarget: number | null;
            rolling12: number | null;
            status: ValueStatus;
          }>;
        }>;
        activities: Array<{
          perspectiveName: string;
          title: string;
          endDate: string | null;
          status: ActivityStatus;
          comment: string | null;
        }>;
        assignments: Array<{
          title: string;
          source: AssignmentSource;
          caseNumber: string | null;
          dueDate: string | null;
          status: AssignmentStatus;
          isOverdue: boolean;
          comment: string | null;
        }>;
        financialLines: Array<{
          name: string;
          unit: IndicatorUnit;
          previousYearToDate: number | null;
          outcomeToDate: number | null;
          budgetToDate: number | null;
          fullYearForecast: number | null;
          fullYearBudget: number | null;
        }>;
        businessAreaResults: Array<{
          name: string;
          depth: number;
          isTotal: boolean;
          resultToDate: number | null;
          fullYearForecast: number | null;
        }>;
        portfolios: Array<{ name: string; narrative: string | null; changes: string | null }>;
        deviatingProjects: Array<{
          portfolioName: string;
          name: string;
          state: ProjectState;
          time: RagStatus;
          cost: RagStatus;
          result: RagStatus;
          reportDate: string;
          deviations: Array<{ dimension: StatusDimension; status: RagStatus; cause: string; action: string }>;
        }>;
        risks: Array<{
          title: string;
          categoryName: string;
          probability: number;
          consequence: number;
          score: number;
          mitigations: Array<string>;
        }>;
        charts: Array<{
          title: string;
          kind: ReportChartKind;
          unit: IndicatorUnit;
          categories: Array<string>;
          series: Array<{ name: string; values: Array<number | null> }>;
        }>;
      }>;
    };
  } | null;
};

export type ReportsTest_CreateMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type ReportsTest_CreateMutation = { createReport: { id: string; version: number; status: ReportStatus } };

export type ReportsTest_SaveTextMutationVariables = Exact<{
  input: SaveReportSectionTextInput;
}>;

export type ReportsTest_SaveTextMutation = { saveReportSectionText: { id: string; version: number } };

export type ReportsTest_SubmitMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;

export type ReportsTest_SubmitMutation = { submitReport: { id: string; version: number; status: ReportStatus } };

export type ReportsTest_SendBackMutationVariables = Exact<{
  input: SendBackReportInput;
}>;

export type ReportsTest_SendBackMutation = { sendBackReport: { id: string; version: number; status: ReportStatus } };

export type ReportsTest_ApproveMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;

export type ReportsTest_ApproveMutation = {
  approveReport: {
    id: string;
    version: number;
    status: ReportStatus;
    frozenAt: string | null;
    approvedBy: { name: string } | null;
  };
};

export type ReportsTest_ListQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ReportsTest_ListQuery = {
  reports: Array<{ id: string; type: ReportType; status: ReportStatus; period: { year: number; month: number } }>;
};

export type CreateRiskMutationVariables = Exact<{
  input: CreateRiskInput;
}>;

export type CreateRiskMutation = {
  createRisk: {
    id: string;
    title: string;
    owner: string | null;
    version: number;
    valuations: Array<{
      probability: number;
      consequence: number;
      isDemoValue: boolean;
      createdBy: { name: string } | null;
    }>;
  };
};

export type UpdateRiskMutationVariables = Exact<{
  input: UpdateRiskInput;
}>;

export type UpdateRiskMutation = {
  updateRisk: { id: string; title: string; description: string | null; version: number };
};

export type AddValuationMutationVariables = Exact<{
  input: RiskValuationInput;
}>;

export type AddValuationMutation = { addRiskValuation: { valuedOn: string; score: number } };

export type AddMitigationMutationVariables = Exact<{
  input: AddMitigationInput;
}>;

export type AddMitigationMutation = {
  addMitigation: { id: string; title: string; dueDate: string | null; status: MitigationStatus; version: number };
};

export type UpdateMitigationMutationVariables = Exact<{
  input: UpdateMitigationInput;
}>;

export type UpdateMitigationMutation = { updateMitigation: { status: MitigationStatus; version: number } };

export type CreateControlMutationVariables = Exact<{
  input: CreateControlInput;
}>;

export type CreateControlMutation = {
  createInternalControl: { id: string; title: string; version: number; risk: { title: string } | null };
};

export type UpdateControlMutationVariables = Exact<{
  input: UpdateControlInput;
}>;

export type UpdateControlMutation = {
  updateInternalControl: { title: string; frequency: string | null; version: number };
};

export type RecordResultMutationVariables = Exact<{
  input: ControlResultInput;
}>;

export type RecordResultMutation = {
  recordControlResult: {
    month: number;
    performed: boolean;
    outcome: ControlOutcome | null;
    description: string | null;
    followUpAction: string | null;
    version: number;
  };
};

export type RegisterQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type RegisterQuery = {
  riskScaleMax: number;
  risks: Array<{
    id: string;
    title: string;
    owner: string | null;
    version: number;
    hasOverdueMitigations: boolean;
    category: { code: string };
    orgUnit: { code: string };
    valuation: { valuedOn: string; probability: number; consequence: number; score: number } | null;
    valuations: Array<{ valuedOn: string; score: number; reasoning: string | null }>;
    mitigations: Array<{ title: string; dueDate: string | null; status: MitigationStatus; isOverdue: boolean }>;
    controls: Array<{ title: string }>;
  }>;
};

export type ControlPlanQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ControlPlanQuery = {
  internalControls: Array<{
    id: string;
    title: string;
    version: number;
    risk: { title: string } | null;
    results: Array<{
      month: number;
      performed: boolean;
      outcome: ControlOutcome | null;
      description: string | null;
      followUpAction: string | null;
      isDemoValue: boolean;
      version: number;
    }>;
  }>;
};

export const GoalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Goals' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perspective' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'update' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalsQuery, GoalsQueryVariables>;
export const AssignmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Assignments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
            name: { kind: 'Name', value: 'assignments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'update' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentsQuery, AssignmentsQueryVariables>;
export const BoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Board' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
            name: { kind: 'Name', value: 'portfolios' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodStatus' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stateChanges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'status' },
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
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'latestReport' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'deviations' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'reportsSinceColourChange' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'noRecentReport' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const ProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Project' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'project' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portfolio' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reports' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deviations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectQuery, ProjectQueryVariables>;
export const ReportsTest_ReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportsTest_Report' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanApprove' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comparison' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'previous' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'period' },
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
                        name: { kind: 'Name', value: 'colourChanges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'previous' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'forecastChanges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'previous' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assignmentChanges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'previous' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'content' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'orgUnitName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'compiledAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isFrozen' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sections' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'perspectiveName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'analysisText' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'analysisUpdatedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'analysisUpdatedBy' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goalSummary' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'perspectiveName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'councilGoalTitle' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'goals' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'councilGoalTitle' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'indicatorTables' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'periodLabel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'previousPeriodLabel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasRolling12' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'rows' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'previousYearOutcome' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'activities' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'perspectiveName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'assignments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'financialLines' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'previousYearToDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fullYearBudget' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'businessAreaResults' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'isTotal' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'resultToDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'portfolios' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'deviatingProjects' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'portfolioName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'deviations' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'risks' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'categoryName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mitigations' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'charts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'series' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_ReportQuery, ReportsTest_ReportQueryVariables>;
export const ReportsTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportsTest_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_CreateMutation, ReportsTest_CreateMutationVariables>;
export const ReportsTest_SaveTextDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportsTest_SaveText' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveReportSectionTextInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveReportSectionText' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_SaveTextMutation, ReportsTest_SaveTextMutationVariables>;
export const ReportsTest_SubmitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportsTest_Submit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportTransitionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_SubmitMutation, ReportsTest_SubmitMutationVariables>;
export const ReportsTest_SendBackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportsTest_SendBack' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SendBackReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendBackReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_SendBackMutation, ReportsTest_SendBackMutationVariables>;
export const ReportsTest_ApproveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportsTest_Approve' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportTransitionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_ApproveMutation, ReportsTest_ApproveMutationVariables>;
export const ReportsTest_ListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportsTest_List' },
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
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reports' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
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
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_ListQuery, ReportsTest_ListQueryVariables>;
export const CreateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRiskInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valuations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'createdBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateRiskMutation, CreateRiskMutationVariables>;
export const UpdateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRiskInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRiskMutation, UpdateRiskMutationVariables>;
export const AddValuationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddValuation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskValuationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addRiskValuation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddValuationMutation, AddValuationMutationVariables>;
export const AddMitigationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMitigation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddMitigationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMitigation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddMitigationMutation, AddMitigationMutationVariables>;
export const UpdateMitigationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMitigation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMitigationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMitigation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMitigationMutation, UpdateMitigationMutationVariables>;
export const CreateControlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateControl' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateControlInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createInternalControl' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'risk' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateControlMutation, CreateControlMutationVariables>;
export const UpdateControlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateControl' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateControlInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateInternalControl' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateControlMutation, UpdateControlMutationVariables>;
export const RecordResultDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordResult' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ControlResultInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordControlResult' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'performed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followUpAction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordResultMutation, RecordResultMutationVariables>;
export const RegisterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Register' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
            name: { kind: 'Name', value: 'riskScaleMax' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
            ],
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valuation' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'valuations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hasOverdueMitigations' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'upTo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
                    },
                  ],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mitigations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'isOverdue' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'upTo' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
                          },
                        ],
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'controls' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterQuery, RegisterQueryVariables>;
export const ControlPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ControlPlan' },
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
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'internalControls' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'risk' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'performed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'followUpAction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ControlPlanQuery, ControlPlanQueryVariables>;
