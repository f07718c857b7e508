/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityStatus = 'CANCELLED' | 'COMPLETED' | 'DELAYED' | 'NOT_STARTED' | 'ONGOING';

export type ActivityUpdateInput = {
  activityId: string;
  /** At most 4 000 characters. */
  comment?: string | null | undefined;
  /** The version the form was loaded with; leave out when the period has no status yet. */
  expectedVersion?: number | null | undefined;
  month: number;
  status: ActivityStatus;
  year: number;
};

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

export type AuditAction = 'CREATE' | 'DELETE' | 'UPDATE';

export type AuditLogFilter = {
  authorId?: string | null | undefined;
  entityType?: string | null | undefined;
  /** ISO date or time, inclusive. */
  from?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  /** ISO date or time, exclusive. */
  to?: string | null | undefined;
};

export type ChangedRecord = 'INDICATOR' | 'PROJECT';

export type CloseForecastRoundInput = {
  expectedVersion: number;
  id: string;
};

export type CloseOrgUnitInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  /** The last day the unit exists (ISO date). The units below it must be closed or moved first. */
  validTo: string;
};

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

/** A new indicator of a unit. */
export type CreateIndicatorInput = {
  /** Unique within the unit; the same code in another unit is the same definition measured there. */
  code: string;
  definition: IndicatorDefinitionInput;
  /** The unit that measures it. */
  orgUnitId: string;
};

export type CreateOrgUnitInput = {
  /** Letters, digits, `-`, `_` and `.`; unique among all units, closed ones included. */
  code: string;
  kind: OrgUnitKind;
  name: string;
  /** The unit the new one lies under. */
  parentId: string;
  /** The first day the unit exists (ISO date); leave out when it has always existed. */
  validFrom?: string | null | undefined;
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

export type CreateUserInput = {
  email: string;
  name: string;
  /** At least 10 characters; leave out for accounts that use single sign-on only. */
  password?: string | null | undefined;
  roles: Array<RoleAssignmentInput>;
};

/** One dimension of a new status update: its colour, and for yellow or red its cause and action. */
export type DimensionStatusInput = {
  /** Required when the status is yellow or red; at most 4 000 characters. Ignored for green. */
  action?: string | null | undefined;
  /** Required when the status is yellow or red; at most 4 000 characters. Ignored for green. */
  cause?: string | null | undefined;
  status: RagStatus;
};

export type ForecastRoundStatus = 'CLOSED' | 'OPEN';

export type GoalAssessmentInput = {
  /** At most 4 000 characters. */
  comment?: string | null | undefined;
  /** The version the form was loaded with; leave out when the period has no assessment yet. */
  expectedVersion?: number | null | undefined;
  fulfilment: GoalFulfilment;
  goalId: string;
  month: number;
  year: number;
};

export type GoalFulfilment = 'FULFILLED' | 'NOT_ASSESSED' | 'NOT_FULFILLED' | 'PARTLY_FULFILLED';

export type GoalLevel = 'COMMITTEE' | 'COUNCIL';

/** An indicator's definition as the library's form edits it. */
export type IndicatorDefinitionInput = {
  /** True for volumes that add up over the year; false for levels. */
  cumulative: boolean;
  /** Where the figures come from. */
  dataSource?: string | null | undefined;
  /** What is measured and how. */
  description?: string | null | undefined;
  direction: IndicatorDirection;
  /** A Kolada KPI id: a capital letter and five digits (N00945). */
  externalCode?: string | null | undefined;
  /** Shown as a tile on its unit's overview. */
  isKey: boolean;
  /** How a level's months make up a tertial or year (ignored for cumulative indicators). */
  levelAggregation: LevelAggregation;
  name: string;
  /** The user who answers for it, or null. */
  ownerId?: string | null | undefined;
  periodicity: Periodicity;
  /** The miss of target beyond which the status is red; at least the yellow threshold. */
  redThreshold: number;
  /** Whether the thresholds are per cent of the target or in the unit. */
  thresholdKind: ThresholdKind;
  unit: IndicatorUnit;
  /** The miss of target beyond which the status is yellow; 0 or more. */
  yellowThreshold: number;
};

export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'ON_TARGET';

/** Which indicators the library lists. */
export type IndicatorLibraryFilter = {
  /** Only indicators linked to this goal. */
  goalId?: string | null | undefined;
  /** The unit whose indicators (and those of the units below it) are listed. */
  orgUnitCode: string;
  /** Only indicators linked to a goal of this perspective. */
  perspectiveId?: string | null | undefined;
  /** ACTIVE (the default), RETIRED or ALL. */
  retirement?: IndicatorRetirementFilter | null | undefined;
};

/** Whether the library lists indicators in use, retired ones or both. */
export type IndicatorRetirementFilter = 'ACTIVE' | 'ALL' | 'RETIRED';

export type IndicatorUnit = 'COUNT' | 'DAYS' | 'FTE' | 'INDEX' | 'MNKR' | 'PERCENT' | 'TERABYTE' | 'TKR';

export type IndicatorValueInput = {
  annualTarget?: number | null | undefined;
  /** At most 4 000 characters. */
  comment?: string | null | undefined;
  /** The version the form was loaded with; leave out when the period has no value yet. */
  expectedVersion?: number | null | undefined;
  fullYearForecast?: number | null | undefined;
  indicatorId: string;
  outcome?: number | null | undefined;
  /** `2023-05`, `2023-T2` or `2023`; must exist for the indicator's periodicity or be a year. */
  period: string;
  periodTarget?: number | null | undefined;
};

/** Several values saved together: all or nothing. */
export type IndicatorValuesInput = {
  /** At most 500 values, each indicator and period at most once. */
  values: Array<IndicatorValueInput>;
};

export type LevelAggregation =
  /** The average of the months' levels. */
  | 'AVERAGE'
  /** The latest month's level, for a rate already reported year-to-date. */
  | 'LATEST';

export type MitigationStatus = 'DONE' | 'ONGOING' | 'PLANNED';

/** A report period: a month of a year. */
export type MonthInput = {
  /** 1 to 12. */
  month: number;
  year: number;
};

export type MoveOrgUnitInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  /** The new parent: neither the unit itself nor a unit below it, and not closed. */
  parentId: string;
  /** The day the unit moves (ISO date, not in the future); today when left out. */
  validFrom?: string | null | undefined;
};

export type OpenForecastRoundInput = {
  /** ISO date (`2023-05-31`) within the year. */
  asOf: string;
  /** At most 100 characters, unique within the year. */
  name: string;
  year: number;
};

export type OrgUnitKind = 'BUSINESS_AREA' | 'CITY' | 'COMMITTEE' | 'DEPARTMENT';

export type Periodicity = 'MONTH' | 'TERTIAL' | 'YEAR';

export type PortfolioPeriodStatusInput = {
  /** At most 10 000 characters. */
  changes?: string | null | undefined;
  /** The version the form was loaded with; leave out when the month has no status yet. */
  expectedVersion?: number | null | undefined;
  month: number;
  /** Required, at most 10 000 characters. */
  narrative: string;
  portfolioId: string;
  year: number;
};

export type ProjectDetailsInput = {
  actualEnd?: string | null | undefined;
  actualStart?: string | null | undefined;
  /** Not negative. */
  budgetTkr?: number | null | undefined;
  costToDateTkr?: number | null | undefined;
  /** At most 4 000 characters. */
  description?: string | null | undefined;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  manager?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** At most 200 characters each. */
  owner?: string | null | undefined;
  phase?: string | null | undefined;
  plannedEnd?: string | null | undefined;
  /** ISO dates; an end may not be before its start. */
  plannedStart?: string | null | undefined;
  /** A portfolio the user may edit; moving the project there. */
  portfolioId: string;
};

/** Where a project is in its life: not started, started, paused, closed, or decided not to start. */
export type ProjectState = 'CLOSED' | 'NOT_STARTED' | 'PAUSED' | 'STARTED' | 'WILL_NOT_START';

/** A change of state the portfolio office can make; which ones a state allows is in @lagesbild/types. */
export type ProjectStateAction = 'CLOSE' | 'PAUSE' | 'RESUME' | 'START' | 'WILL_NOT_START';

export type ProjectStateChangeInput = {
  action: ProjectStateAction;
  /** ISO date of the change, not in the future. */
  changedOn: string;
  /** The version the form was loaded with. */
  expectedVersion: number;
  /** For PAUSE, required: the ISO date the project is to resume, after changedOn. Ignored otherwise. */
  pausedUntil?: string | null | undefined;
  projectId: string;
  /** Why; required, at most 4 000 characters. */
  reason: string;
};

export type ProjectStatusUpdateInput = {
  /** The latest status update the form was opened with; leave out when the project had none. A newer one means someone else filed first. */
  basedOnStatusUpdateId?: string | null | undefined;
  /** At most 4 000 characters. */
  comment?: string | null | undefined;
  cost: DimensionStatusInput;
  projectId: string;
  result: DimensionStatusInput;
  /** ISO date, not in the future. */
  statusDate: string;
  time: DimensionStatusInput;
};

/** How the year-end outcome is projected from the outcomes so far. */
export type ProjectionMethod =
  /** A level whose year is the months' average: the year ends at the average so far. */
  | 'AVERAGE_SO_FAR'
  /** A level reported as it stands, or year-to-date: the year ends at the latest level. */
  | 'LATEST_LEVEL'
  /** A cumulative indicator: the year-to-date divided by the share of last year's total that last year had reached by the same month. */
  | 'SEASONAL_PROFILE'
  /** A cumulative indicator without last year's profile (missing, or zero by then): the year-to-date × 12 ÷ the months so far. */
  | 'STRAIGHT_PACE';

export type RagStatus = 'GREEN' | 'RED' | 'YELLOW';

export type RenameOrgUnitInput = {
  /** The version the form was loaded with; a newer one in the database means someone else saved first. */
  expectedVersion: number;
  id: string;
  name: string;
  /** The day the new name takes effect (ISO date, not in the future); today when left out. */
  validFrom?: string | null | undefined;
};

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

export type Role =
  /** Users, roles and structure. */
  | 'ADMIN'
  /** Read all in scope; edit indicator values, assessments, comments and report text in scope. */
  | 'ANALYST'
  /** Build the operational plan in scope: goals, targets, activities, assignments. Administrators plan too. */
  | 'PLANNER'
  /** Edit portfolios, projects and status updates in scope. */
  | 'PORTFOLIO_OFFICE'
  /** Department heads: read their units and below. */
  | 'VIEWER';

export type RoleAssignmentInput = {
  orgUnitId: string;
  role: Role;
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

/** Retires an indicator (it takes no new values) or brings it back into use. */
export type SetIndicatorRetiredInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  retired: boolean;
};

/** The three dimensions a status update colours. */
export type StatusDimension = 'COST' | 'RESULT' | 'TIME';

/** How an indicator's yellow and red thresholds are measured. */
export type ThresholdKind =
  /** In the indicator's own unit. */
  | 'ABSOLUTE'
  /** Per cent of the target (5 = 5 %). */
  | 'RELATIVE';

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

/** A change to an indicator's definition. Its unit, periodicity, direction and cumulation cannot change once it has values. */
export type UpdateIndicatorInput = {
  definition: IndicatorDefinitionInput;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
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

export type UpdateUserInput = {
  /** The version the form was loaded with; a newer one in the database means someone else saved first. */
  expectedVersion: number;
  id: string;
  isActive: boolean;
  name: string;
  /** A new password; leave out to keep the current one. */
  password?: string | null | undefined;
  roles: Array<RoleAssignmentInput>;
};

export type ValueImportField =
  | 'ANNUAL_TARGET'
  | 'COMMENT'
  | 'FULL_YEAR_FORECAST'
  /** A new org unit's kind (CITY, COMMITTEE, BUSINESS_AREA, DEPARTMENT). */
  | 'KIND'
  /** An org unit's name. */
  | 'NAME'
  | 'OUTCOME'
  /** An org unit's parent, by its code. */
  | 'PARENT'
  | 'PERIOD_TARGET';

export type ValueImportKind =
  /** The organisation tree as an HR system exports it (Organisation's Importera). */
  | 'ORG_UNITS'
  /** Indicator values (Registrera's Importera). */
  | 'VALUES';

export type ValueImportRowStatus =
  /** A stored value differs in at least one field: the commit updates it. */
  | 'CHANGED'
  /** The row cannot be written; its errors say why. The commit skips it. */
  | 'INVALID'
  /** No value is stored for the indicator and period: the commit creates one. */
  | 'NEW'
  /** The stored value already holds what the row says: nothing is written. */
  | 'UNCHANGED';

export type ValueImportStatus =
  /** Cancelled; nothing was written. */
  | 'CANCELLED'
  /** The valid rows are written. */
  | 'COMMITTED'
  /** Read and checked; nothing written yet. */
  | 'PREVIEW';

/** Green, yellow or red from the status rule, or not assessed when outcome or target is missing. */
export type ValueStatus = 'GREEN' | 'NOT_ASSESSED' | 'RED' | 'YELLOW';

export type FirstRunTest_DueQueryVariables = Exact<{ [key: string]: never }>;

export type FirstRunTest_DueQuery = { signInOptions: { firstRun: boolean } };

export type FirstRunTest_ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type FirstRunTest_ViewerQuery = {
  viewer: { name: string; isAdministrator: boolean; roles: Array<{ role: Role; orgUnit: { name: string } }> } | null;
};

export type RolesTest_SetAssessmentMutationVariables = Exact<{
  input: GoalAssessmentInput;
}>;

export type RolesTest_SetAssessmentMutation = { setGoalAssessment: { fulfilment: GoalFulfilment; version: number } };

export type RolesTest_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type RolesTest_CreateUserMutation = {
  createUser: { email: string; roles: Array<{ role: Role; orgUnit: { code: string } }> };
};

export type RolesTest_OrgUnitsQueryVariables = Exact<{ [key: string]: never }>;

export type RolesTest_OrgUnitsQuery = { orgUnits: Array<{ code: string }> };

export type RolesTest_SignInOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type RolesTest_SignInOptionsQuery = { signInOptions: { singleSignOn: boolean }; viewer: { id: string } | null };

export type RolesTest_SiblingCommitteeQueryVariables = Exact<{ [key: string]: never }>;

export type RolesTest_SiblingCommitteeQuery = {
  direct: { name: string } | null;
  nested: { children: Array<{ code: string }> } | null;
  goals: Array<{ title: string }>;
  councilGoal: Array<{ children: Array<{ title: string }> }>;
};

export type RolesTest_GoalsQueryVariables = Exact<{ [key: string]: never }>;

export type RolesTest_GoalsQuery = { goals: Array<{ title: string }> };

export type RolesTest_UsersQueryVariables = Exact<{ [key: string]: never }>;

export type RolesTest_UsersQuery = { users: Array<{ email: string }> };

export type AuditTest_SaveValueMutationVariables = Exact<{
  input: IndicatorValueInput;
}>;

export type AuditTest_SaveValueMutation = {
  saveIndicatorValue: {
    id: string;
    period: string;
    outcome: number | null;
    comment: string | null;
    version: number;
    status: ValueStatus;
  };
};

export type AuditTest_HistoryQueryVariables = Exact<{
  id: string;
}>;

export type AuditTest_HistoryQuery = {
  history: Array<{
    operation: string;
    action: AuditAction;
    author: { name: string } | null;
    orgUnit: { code: string } | null;
    changes: Array<{ field: string; oldValue: string | null; newValue: string | null }>;
  }>;
};

export type BadInputTest_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type BadInputTest_CreateUserMutation = { createUser: { id: string; email: string; name: string } };

export type BadInputTest_UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type BadInputTest_UpdateUserMutation = { updateUser: { id: string; name: string; version: number } };

export type BadInputTest_SetAssessmentMutationVariables = Exact<{
  input: GoalAssessmentInput;
}>;

export type BadInputTest_SetAssessmentMutation = {
  setGoalAssessment: { id: string; comment: string | null; version: number };
};

export type BadInputTest_SaveValueMutationVariables = Exact<{
  input: IndicatorValueInput;
}>;

export type BadInputTest_SaveValueMutation = {
  saveIndicatorValue: { id: string; comment: string | null; version: number };
};

export type BadInputTest_AddReportMutationVariables = Exact<{
  input: ProjectStatusUpdateInput;
}>;

export type BadInputTest_AddReportMutation = { addProjectStatusUpdate: { id: string; comment: string | null } };

export type BadInputTest_UpdateProjectMutationVariables = Exact<{
  input: ProjectDetailsInput;
}>;

export type BadInputTest_UpdateProjectMutation = {
  updateProjectDetails: { id: string; name: string; version: number };
};

export type BadInputTest_ChangeStateMutationVariables = Exact<{
  input: ProjectStateChangeInput;
}>;

export type BadInputTest_ChangeStateMutation = {
  changeProjectState: { id: string; state: ProjectState; version: number };
};

export type BadInputTest_SavePortfolioStatusMutationVariables = Exact<{
  input: PortfolioPeriodStatusInput;
}>;

export type BadInputTest_SavePortfolioStatusMutation = {
  savePortfolioPeriodStatus: { id: string; narrative: string; version: number };
};

export type BadInputTest_CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;

export type BadInputTest_CreateOrgUnitMutation = { createOrgUnit: { id: string; name: string; version: number } };

export type BadInputTest_RenameOrgUnitMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;

export type BadInputTest_RenameOrgUnitMutation = { renameOrgUnit: { id: string; name: string; version: number } };

export type BadInputTest_MoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;

export type BadInputTest_MoveOrgUnitMutation = { moveOrgUnit: { id: string; version: number } };

export type BadInputTest_CloseOrgUnitMutationVariables = Exact<{
  input: CloseOrgUnitInput;
}>;

export type BadInputTest_CloseOrgUnitMutation = {
  closeOrgUnit: { id: string; validTo: string | null; version: number };
};

export type BadInputTest_CreateIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;

export type BadInputTest_CreateIndicatorMutation = { createIndicator: { id: string; code: string; version: number } };

export type BadInputTest_UpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;

export type BadInputTest_UpdateIndicatorMutation = { updateIndicator: { id: string; name: string; version: number } };

export type BadInputTest_SetIndicatorRetiredMutationVariables = Exact<{
  input: SetIndicatorRetiredInput;
}>;

export type BadInputTest_SetIndicatorRetiredMutation = {
  setIndicatorRetired: { id: string; retiredAt: string | null; version: number };
};

export type BadInputTest_AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;

export type BadInputTest_AuditLogQuery = { auditLog: { nextCursor: string | null; events: Array<{ id: string }> } };

export type ConcurrentCreationTest_SetAssessmentMutationVariables = Exact<{
  input: GoalAssessmentInput;
}>;

export type ConcurrentCreationTest_SetAssessmentMutation = { setGoalAssessment: { id: string; version: number } };

export type ConcurrentCreationTest_SaveActivityUpdateMutationVariables = Exact<{
  input: ActivityUpdateInput;
}>;

export type ConcurrentCreationTest_SaveActivityUpdateMutation = { saveActivityUpdate: { id: string; version: number } };

export type ConcurrentCreationTest_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type ConcurrentCreationTest_CreateUserMutation = { createUser: { id: string } };

export type ConcurrentCreationTest_RecordControlResultMutationVariables = Exact<{
  input: ControlResultInput;
}>;

export type ConcurrentCreationTest_RecordControlResultMutation = {
  recordControlResult: { id: string; version: number };
};

export type DataEntryTest_SheetQueryVariables = Exact<{
  orgUnitCode: string;
  period: MonthInput;
}>;

export type DataEntryTest_SheetQuery = {
  dataEntrySheet: {
    year: number;
    month: number;
    canEdit: boolean;
    orgUnit: { code: string };
    indicatorRows: Array<{
      period: string;
      indicator: { name: string; unit: IndicatorUnit };
      value: {
        outcome: number | null;
        periodTarget: number | null;
        fullYearForecast: number | null;
        status: ValueStatus;
        isSynthetic: boolean;
        version: number;
      } | null;
    }>;
    goalRows: Array<{ goal: { title: string }; assessment: { fulfilment: GoalFulfilment } | null }>;
    activityRows: Array<{
      activity: { title: string };
      update: { status: ActivityStatus; comment: string | null; version: number } | null;
    }>;
  } | null;
};

export type DataEntryTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type DataEntryTest_SaveValuesMutation = {
  saveIndicatorValues: Array<{
    id: string;
    period: string;
    outcome: number | null;
    fullYearForecast: number | null;
    comment: string | null;
    isSynthetic: boolean;
    version: number;
  }>;
};

export type DataEntryTest_SaveActivityMutationVariables = Exact<{
  input: ActivityUpdateInput;
}>;

export type DataEntryTest_SaveActivityMutation = {
  saveActivityUpdate: { month: number; status: ActivityStatus; comment: string | null; version: number };
};

export type EconomyTest_EconomyQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type EconomyTest_EconomyQuery = {
  economy: {
    orgUnit: { code: string };
    lines: Array<{
      outcomeToDate: number | null;
      budgetToDate: number | null;
      deviationToDate: number | null;
      fullYearForecast: number | null;
      fullYearBudget: number | null;
      previousYearToDate: number | null;
      status: ValueStatus;
      indicator: { name: string };
    }>;
    businessAreaResults: Array<{
      isTotal: boolean;
      operationsToDate: number | null;
      operationsForecast: number | null;
      developmentToDate: number | null;
      developmentForecast: number | null;
      orgUnit: { name: string };
    }>;
  } | null;
};

export type ForecastAccuracyTest_AccuracyQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ForecastAccuracyTest_AccuracyQuery = {
  forecastAccuracy: {
    meanAbsolutePercentageError: number | null;
    comparedForecasts: number;
    rounds: Array<{ name: string }>;
    indicators: Array<{
      outcome: number | null;
      outcomeIsSynthetic: boolean;
      meanAbsoluteError: number | null;
      meanAbsolutePercentageError: number | null;
      indicator: { name: string };
      forecasts: Array<{
        forecast: number | null;
        carriedOver: boolean;
        error: number | null;
        absoluteError: number | null;
        relativeError: number | null;
        round: { name: string };
      }>;
    }>;
    byRound: Array<{ meanAbsolutePercentageError: number | null; comparedForecasts: number; round: { name: string } }>;
    byUnit: Array<{ meanAbsolutePercentageError: number | null; comparedForecasts: number; orgUnit: { name: string } }>;
  } | null;
};

export type ForecastAccuracyTest_ProjectionQueryVariables = Exact<{
  id: string;
  upTo: MonthInput;
}>;

export type ForecastAccuracyTest_ProjectionQuery = {
  indicator: {
    yearEndProjection: {
      projectedOutcome: number;
      method: ProjectionMethod;
      basedOnMonth: number;
      lastYearShare: number | null;
      humanForecast: number | null;
      difference: number | null;
      relativeDifference: number | null;
      differsFromForecast: boolean;
      tolerance: number;
      usesGeneratedValues: boolean;
    } | null;
  } | null;
};

export type ForecastAccuracyTest_RoundYearsQueryVariables = Exact<{ [key: string]: never }>;

export type ForecastAccuracyTest_RoundYearsQuery = { forecastRoundYears: Array<number> };

export type ForecastRoundLockTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ForecastRoundLockTest_SaveValuesMutation = {
  saveIndicatorValues: Array<{ fullYearForecast: number | null }>;
};

export type ForecastRoundLockTest_CloseMutationVariables = Exact<{
  input: CloseForecastRoundInput;
}>;

export type ForecastRoundLockTest_CloseMutation = { closeForecastRound: { status: ForecastRoundStatus } };

export type ForecastsTest_OpenMutationVariables = Exact<{
  input: OpenForecastRoundInput;
}>;

export type ForecastsTest_OpenMutation = {
  openForecastRound: { id: string; name: string; asOf: string; status: ForecastRoundStatus; version: number };
};

export type ForecastsTest_CloseMutationVariables = Exact<{
  input: CloseForecastRoundInput;
}>;

export type ForecastsTest_CloseMutation = {
  closeForecastRound: { id: string; status: ForecastRoundStatus; version: number };
};

export type ForecastsTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ForecastsTest_SaveValuesMutation = {
  saveIndicatorValues: Array<{ fullYearForecast: number | null; version: number }>;
};

export type ForecastsTest_SaveValueMutationVariables = Exact<{
  input: IndicatorValueInput;
}>;

export type ForecastsTest_SaveValueMutation = {
  saveIndicatorValue: { fullYearForecast: number | null; version: number };
};

export type ForecastsTest_RoundForecastsQueryVariables = Exact<{
  id: string;
}>;

export type ForecastsTest_RoundForecastsQuery = {
  indicator: {
    roundForecasts: Array<{
      fullYearForecast: number | null;
      carriedOver: boolean;
      changeFromPrevious: number | null;
      comment: string | null;
      round: { name: string; status: ForecastRoundStatus };
    }>;
  } | null;
};

export type GoalsTest_GoalsQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type GoalsTest_GoalsQuery = {
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

export type GoalsTest_AssignmentsQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type GoalsTest_AssignmentsQuery = {
  assignments: Array<{
    title: string;
    source: AssignmentSource;
    caseNumber: string | null;
    deadline: string | null;
    orgUnit: { code: string };
    update: { status: AssignmentStatus; comment: string | null } | null;
  }>;
};

export type IndicatorLibraryTest_CreateMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;

export type IndicatorLibraryTest_CreateMutation = {
  createIndicator: {
    id: string;
    code: string;
    name: string;
    description: string | null;
    dataSource: string | null;
    externalCode: string | null;
    unit: IndicatorUnit;
    periodicity: Periodicity;
    direction: IndicatorDirection;
    cumulative: boolean;
    levelAggregation: LevelAggregation;
    thresholdKind: ThresholdKind;
    yellowThreshold: number;
    redThreshold: number;
    isKey: boolean;
    retiredAt: string | null;
    hasValues: boolean;
    version: number;
    owner: { id: string; name: string } | null;
    orgUnit: { code: string };
  };
};

export type IndicatorLibraryTest_UpdateMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;

export type IndicatorLibraryTest_UpdateMutation = {
  updateIndicator: {
    id: string;
    code: string;
    name: string;
    description: string | null;
    dataSource: string | null;
    externalCode: string | null;
    unit: IndicatorUnit;
    periodicity: Periodicity;
    direction: IndicatorDirection;
    cumulative: boolean;
    levelAggregation: LevelAggregation;
    thresholdKind: ThresholdKind;
    yellowThreshold: number;
    redThreshold: number;
    isKey: boolean;
    retiredAt: string | null;
    hasValues: boolean;
    version: number;
    owner: { id: string; name: string } | null;
    orgUnit: { code: string };
  };
};

export type IndicatorLibraryTest_FieldsFragment = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  dataSource: string | null;
  externalCode: string | null;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  direction: IndicatorDirection;
  cumulative: boolean;
  levelAggregation: LevelAggregation;
  thresholdKind: ThresholdKind;
  yellowThreshold: number;
  redThreshold: number;
  isKey: boolean;
  retiredAt: string | null;
  hasValues: boolean;
  version: number;
  owner: { id: string; name: string } | null;
  orgUnit: { code: string };
};

export type IndicatorLibraryTest_RetireMutationVariables = Exact<{
  input: SetIndicatorRetiredInput;
}>;

export type IndicatorLibraryTest_RetireMutation = {
  setIndicatorRetired: { id: string; retiredAt: string | null; version: number };
};

export type IndicatorLibraryTest_LibraryQueryVariables = Exact<{
  filter: IndicatorLibraryFilter;
}>;

export type IndicatorLibraryTest_LibraryQuery = {
  indicatorLibrary: Array<{ code: string; orgUnit: { code: string } }>;
};

export type IndicatorLibraryTest_ByCodeQueryVariables = Exact<{
  code: string;
}>;

export type IndicatorLibraryTest_ByCodeQuery = { indicatorsByCode: Array<{ orgUnit: { code: string } }> };

export type IndicatorLibraryTest_OwnerOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type IndicatorLibraryTest_OwnerOptionsQuery = { indicatorOwnerOptions: Array<{ name: string }> };

export type IndicatorLibraryTest_ValueStatusQueryVariables = Exact<{
  id: string;
}>;

export type IndicatorLibraryTest_ValueStatusQuery = {
  indicator: {
    retiredAt: string | null;
    thresholdKind: ThresholdKind;
    yellowThreshold: number;
    redThreshold: number;
    value: { outcome: number | null; status: ValueStatus } | null;
  } | null;
};

export type IndicatorLibraryTest_SheetQueryVariables = Exact<{ [key: string]: never }>;

export type IndicatorLibraryTest_SheetQuery = {
  dataEntrySheet: { indicatorRows: Array<{ indicator: { code: string } }> } | null;
};

export type IndicatorLibraryTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type IndicatorLibraryTest_SaveValuesMutation = { saveIndicatorValues: Array<{ id: string }> };

export type IndicatorPageTest_SeriesQueryVariables = Exact<{
  id: string;
  granularity: Periodicity;
  fromYear: number;
  toYear: number;
}>;

export type IndicatorPageTest_SeriesQuery = {
  indicator: {
    name: string;
    series: Array<{
      period: string;
      outcome: number | null;
      target: number | null;
      previousYearOutcome: number | null;
      isSynthetic: boolean;
      status: ValueStatus;
    }>;
    sameInOtherUnits: Array<{ orgUnit: { code: string } }>;
  } | null;
};

export type IndicatorPageTest_ComparisonQueryVariables = Exact<{
  id: string;
  units?: Array<string> | string | null | undefined;
}>;

export type IndicatorPageTest_ComparisonQuery = {
  indicator: {
    comparable: Array<{ orgUnit: { code: string } }>;
    compared: Array<{ orgUnit: { code: string }; series: Array<{ period: string; outcome: number | null }> }>;
  } | null;
};

export type OrgUnitAdminTest_CreateMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;

export type OrgUnitAdminTest_CreateMutation = {
  createOrgUnit: {
    id: string;
    code: string;
    name: string;
    kind: OrgUnitKind;
    validFrom: string | null;
    isClosed: boolean;
    version: number;
    parent: { code: string } | null;
  };
};

export type OrgUnitAdminTest_RenameMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;

export type OrgUnitAdminTest_RenameMutation = { renameOrgUnit: { id: string; name: string; version: number } };

export type OrgUnitAdminTest_MoveMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;

export type OrgUnitAdminTest_MoveMutation = {
  moveOrgUnit: { id: string; version: number; parent: { code: string } | null };
};

export type OrgUnitAdminTest_CloseMutationVariables = Exact<{
  input: CloseOrgUnitInput;
}>;

export type OrgUnitAdminTest_CloseMutation = {
  closeOrgUnit: { id: string; validTo: string | null; isClosed: boolean; version: number };
};

export type OrgUnitAdminTest_CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type OrgUnitAdminTest_CreateReportMutation = { createReport: { content: { orgUnitName: string } } };

export type OrgUnitAdminTest_TreeAsOfQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;

export type OrgUnitAdminTest_TreeAsOfQuery = {
  orgUnits: Array<{ code: string; name: string; parent: { code: string } | null }>;
};

export type OrganisationTest_UnitsQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationTest_UnitsQuery = {
  orgUnits: Array<{ code: string; kind: OrgUnitKind; parent: { code: string } | null }>;
};

export type OrganisationTest_UnitQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationTest_UnitQuery = {
  found: { name: string; children: Array<{ name: string }> } | null;
  missing: { name: string } | null;
};

export type OrganisationTest_PerspectivesQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationTest_PerspectivesQuery = { perspectives: Array<{ name: string }> };

export type OrganisationTest_LatestReportMonthQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationTest_LatestReportMonthQuery = { latestReportMonth: { year: number; month: number } | null };

export type OverviewTest_OverviewQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type OverviewTest_OverviewQuery = {
  overview: {
    perspectives: Array<{
      goalsFulfilled: number;
      goalsPartlyFulfilled: number;
      goalsNotFulfilled: number;
      goalsNotAssessed: number;
      indicatorsGreen: number;
      indicatorsYellow: number;
      indicatorsRed: number;
      indicatorsNotReported: number;
      perspective: { name: string };
    }>;
    redProjects: Array<{
      name: string;
      portfolioName: string;
      statusDate: string;
      time: RagStatus;
      cost: RagStatus;
      result: RagStatus;
      orgUnit: { code: string };
    }>;
    topRisks: Array<{ title: string; score: number; isDemoValue: boolean }>;
    changes: Array<{ kind: ChangedRecord; name: string; previous: ValueStatus; current: ValueStatus }>;
    keyIndicators: Array<{
      status: ValueStatus;
      isReported: boolean;
      changeFromPreviousYear: number | null;
      trend: Array<number | null>;
      indicator: { name: string };
      latest: { period: string; outcome: number | null } | null;
    }>;
  } | null;
};

export type OverviewTest_ChangesQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type OverviewTest_ChangesQuery = {
  overview: {
    changeCount: number;
    all: Array<{ kind: ChangedRecord; name: string; previous: ValueStatus; current: ValueStatus }>;
    first: Array<{ kind: ChangedRecord; name: string; previous: ValueStatus; current: ValueStatus }>;
  } | null;
};

export type OverviewTest_CountsQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type OverviewTest_CountsQuery = {
  overview: {
    changeCount: number;
    perspectives: Array<{ goalsFulfilled: number; indicatorsRed: number; perspective: { name: string } }>;
    changes: Array<{ name: string }>;
  } | null;
};

export type PortfolioMutationsTest_AddReportMutationVariables = Exact<{
  input: ProjectStatusUpdateInput;
}>;

export type PortfolioMutationsTest_AddReportMutation = {
  addProjectStatusUpdate: {
    id: string;
    statusDate: string;
    time: RagStatus;
    cost: RagStatus;
    result: RagStatus;
    comment: string | null;
    deviations: Array<{ dimension: StatusDimension; cause: string; action: string }>;
    author: { name: string } | null;
  };
};

export type PortfolioMutationsTest_UpdateDetailsMutationVariables = Exact<{
  input: ProjectDetailsInput;
}>;

export type PortfolioMutationsTest_UpdateDetailsMutation = {
  updateProjectDetails: {
    name: string;
    owner: string | null;
    plannedStart: string | null;
    plannedEnd: string | null;
    budgetTkr: number | null;
    version: number;
    portfolio: { name: string };
  };
};

export type PortfolioMutationsTest_ChangeStateMutationVariables = Exact<{
  input: ProjectStateChangeInput;
}>;

export type PortfolioMutationsTest_ChangeStateMutation = {
  changeProjectState: {
    state: ProjectState;
    pausedUntil: string | null;
    actualStart: string | null;
    version: number;
    stateChanges: Array<{
      fromState: ProjectState | null;
      toState: ProjectState;
      reason: string;
      changedOn: string;
      author: { name: string } | null;
    }>;
  };
};

export type PortfolioMutationsTest_SavePeriodStatusMutationVariables = Exact<{
  input: PortfolioPeriodStatusInput;
}>;

export type PortfolioMutationsTest_SavePeriodStatusMutation = {
  savePortfolioPeriodStatus: {
    year: number;
    month: number;
    narrative: string;
    changes: string | null;
    version: number;
  };
};

export type PortfolioMutationsTest_OverviewProjectsQueryVariables = Exact<{
  upTo: MonthInput;
}>;

export type PortfolioMutationsTest_OverviewProjectsQuery = {
  overview: {
    redProjects: Array<{ name: string }>;
    changes: Array<{ kind: ChangedRecord; name: string; previous: ValueStatus; current: ValueStatus }>;
  } | null;
};

export type PortfolioQueriesTest_BoardQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type PortfolioQueriesTest_BoardQuery = {
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
        statusUpdatesSinceColourChange: number | null;
        noRecentStatusUpdate: boolean;
        latestStatusUpdate: {
          statusDate: string;
          time: RagStatus;
          cost: RagStatus;
          result: RagStatus;
          deviations: Array<{ dimension: StatusDimension; cause: string; action: string }>;
        } | null;
      };
    }>;
  }>;
};

export type PortfolioQueriesTest_ProjectQueryVariables = Exact<{
  id: string;
}>;

export type PortfolioQueriesTest_ProjectQuery = {
  project: {
    name: string;
    canEdit: boolean;
    portfolio: { name: string };
    statusUpdates: Array<{
      statusDate: string;
      time: RagStatus;
      cost: RagStatus;
      result: RagStatus;
      deviations: Array<{ dimension: StatusDimension; cause: string }>;
    }>;
  } | null;
};

export type ReportExportHttpTest_CreateMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type ReportExportHttpTest_CreateMutation = { createReport: { id: string } };

export type ReportAccessTest_ReportQueryVariables = Exact<{
  id: string;
}>;

export type ReportAccessTest_ReportQuery = {
  report: {
    id: string;
    status: ReportStatus;
    comparison: { previous: { id: string } | null };
    content: {
      orgUnitName: string;
      sections: Array<{
        kind: ReportSectionKind;
        assignments: Array<{ title: string }>;
        businessAreaResults: Array<{ name: string }>;
        portfolios: Array<{ name: string }>;
        deviatingProjects: Array<{ name: string }>;
      }>;
    };
  } | null;
};

export type ReportAccessTest_ListQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ReportAccessTest_ListQuery = { reports: Array<{ id: string }> };

export type ReportAccessTest_CreateMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type ReportAccessTest_CreateMutation = { createReport: { id: string; version: number } };

export type ReportAccessTest_SubmitMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;

export type ReportAccessTest_SubmitMutation = { submitReport: { version: number } };

export type ReportAccessTest_ApproveMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;

export type ReportAccessTest_ApproveMutation = { approveReport: { status: ReportStatus } };

export type ReportExportContentTest_CreateMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type ReportExportContentTest_CreateMutation = { createReport: { id: string } };

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

export type RiskWritesTest_CreateRiskMutationVariables = Exact<{
  input: CreateRiskInput;
}>;

export type RiskWritesTest_CreateRiskMutation = {
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

export type RiskWritesTest_UpdateRiskMutationVariables = Exact<{
  input: UpdateRiskInput;
}>;

export type RiskWritesTest_UpdateRiskMutation = {
  updateRisk: { id: string; title: string; description: string | null; version: number };
};

export type RiskWritesTest_AddValuationMutationVariables = Exact<{
  input: RiskValuationInput;
}>;

export type RiskWritesTest_AddValuationMutation = { addRiskValuation: { valuedOn: string; score: number } };

export type RiskWritesTest_AddMitigationMutationVariables = Exact<{
  input: AddMitigationInput;
}>;

export type RiskWritesTest_AddMitigationMutation = {
  addMitigation: { id: string; title: string; dueDate: string | null; status: MitigationStatus; version: number };
};

export type RiskWritesTest_UpdateMitigationMutationVariables = Exact<{
  input: UpdateMitigationInput;
}>;

export type RiskWritesTest_UpdateMitigationMutation = {
  updateMitigation: { status: MitigationStatus; version: number };
};

export type RiskWritesTest_CreateControlMutationVariables = Exact<{
  input: CreateControlInput;
}>;

export type RiskWritesTest_CreateControlMutation = {
  createInternalControl: { id: string; title: string; version: number; risk: { title: string } | null };
};

export type RiskWritesTest_UpdateControlMutationVariables = Exact<{
  input: UpdateControlInput;
}>;

export type RiskWritesTest_UpdateControlMutation = {
  updateInternalControl: { title: string; frequency: string | null; version: number };
};

export type RiskWritesTest_RecordResultMutationVariables = Exact<{
  input: ControlResultInput;
}>;

export type RiskWritesTest_RecordResultMutation = {
  recordControlResult: {
    month: number;
    performed: boolean;
    outcome: ControlOutcome | null;
    description: string | null;
    followUpAction: string | null;
    version: number;
  };
};

export type RisksTest_RegisterQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type RisksTest_RegisterQuery = {
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

export type RisksTest_ControlPlanQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type RisksTest_ControlPlanQuery = {
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

export type OrgUnitImportTest_PreviewQueryVariables = Exact<{
  id: string;
}>;

export type OrgUnitImportTest_PreviewQuery = {
  valueImport: {
    kind: ValueImportKind;
    status: ValueImportStatus;
    writtenCount: number | null;
    counts: { new: number; changed: number; unchanged: number; invalid: number; total: number };
    rows: {
      rows: Array<{
        rowNumber: number;
        status: ValueImportRowStatus;
        orgUnitCode: string;
        indicator: string | null;
        period: string | null;
        orgUnit: { name: string; parentCode: string; kind: string; validFrom: string | null } | null;
        changes: Array<{ field: ValueImportField; old: string | null; new: string | null }>;
        errors: Array<{ column: string | null; message: string }>;
      }>;
    };
  } | null;
};

export type OrgUnitImportTest_CommitMutationVariables = Exact<{
  id: string;
}>;

export type OrgUnitImportTest_CommitMutation = {
  commitValueImport: { status: ValueImportStatus; writtenCount: number | null };
};

export type OrgUnitImportTest_RenameMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;

export type OrgUnitImportTest_RenameMutation = { renameOrgUnit: { version: number } };

export type ValueImportAuditTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ValueImportAuditTest_SaveValuesMutation = { saveIndicatorValues: Array<{ id: string }> };

export type ValueImportAuditTest_CommitMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportAuditTest_CommitMutation = { commitValueImport: { writtenCount: number | null } };

export type ValueImportCommitScaleTest_CommitMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportCommitScaleTest_CommitMutation = { commitValueImport: { writtenCount: number | null } };

export type ValueImportRetiredTest_RetireMutationVariables = Exact<{
  input: SetIndicatorRetiredInput;
}>;

export type ValueImportRetiredTest_RetireMutation = { setIndicatorRetired: { version: number } };

export type ValueImportRetiredTest_PreviewQueryVariables = Exact<{
  id: string;
}>;

export type ValueImportRetiredTest_PreviewQuery = {
  valueImport: {
    rows: { rows: Array<{ status: ValueImportRowStatus; errors: Array<{ column: string | null; message: string }> }> };
  } | null;
};

export type ValueImportRetiredTest_CommitMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportRetiredTest_CommitMutation = { commitValueImport: { status: ValueImportStatus } };

export type ValueImportRoutesTest_PreviewQueryVariables = Exact<{
  id: string;
}>;

export type ValueImportRoutesTest_PreviewQuery = {
  valueImport: { fileName: string; counts: { new: number; total: number } } | null;
};

export type ValueImportScaleTest_LastPageQueryVariables = Exact<{
  id: string;
}>;

export type ValueImportScaleTest_LastPageQuery = {
  valueImport: {
    counts: { new: number };
    rows: {
      rows: Array<{
        rowNumber: number;
        changes: Array<{ old: string | null; new: string | null }>;
        errors: Array<{ message: string }>;
      }>;
    };
  } | null;
};

export type ValueImportScaleTest_CommitMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportScaleTest_CommitMutation = { commitValueImport: { writtenCount: number | null } };

export type ValueImportScaleTest_ReimportQueryVariables = Exact<{
  id: string;
}>;

export type ValueImportScaleTest_ReimportQuery = { valueImport: { counts: { unchanged: number } } | null };

export type ValueImportTest_PreviewQueryVariables = Exact<{
  id: string;
  status?: ValueImportRowStatus | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type ValueImportTest_PreviewQuery = {
  valueImport: {
    status: ValueImportStatus;
    writtenCount: number | null;
    counts: { new: number; changed: number; unchanged: number; invalid: number; total: number };
    rows: {
      total: number;
      rows: Array<{
        rowNumber: number;
        status: ValueImportRowStatus;
        orgUnitCode: string;
        indicator: string | null;
        period: string | null;
        changes: Array<{ field: ValueImportField; old: string | null; new: string | null }>;
        errors: Array<{ column: string | null; message: string }>;
      }>;
    };
  } | null;
};

export type ValueImportTest_CommitMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportTest_CommitMutation = {
  commitValueImport: { status: ValueImportStatus; writtenCount: number | null };
};

export type ValueImportTest_CancelMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportTest_CancelMutation = { cancelValueImport: { status: ValueImportStatus } };

export type ValueImportTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ValueImportTest_SaveValuesMutation = { saveIndicatorValues: Array<{ version: number }> };

export const IndicatorLibraryTest_FieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_fields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dataSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelAggregation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasValues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_FieldsFragment, unknown>;
export const FirstRunTest_DueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FirstRunTest_Due' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signInOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'firstRun' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FirstRunTest_DueQuery, FirstRunTest_DueQueryVariables>;
export const FirstRunTest_ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FirstRunTest_Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isAdministrator' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
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
} as unknown as DocumentNode<FirstRunTest_ViewerQuery, FirstRunTest_ViewerQueryVariables>;
export const RolesTest_SetAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RolesTest_SetAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGoalAssessment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RolesTest_SetAssessmentMutation, RolesTest_SetAssessmentMutationVariables>;
export const RolesTest_CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RolesTest_CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
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
} as unknown as DocumentNode<RolesTest_CreateUserMutation, RolesTest_CreateUserMutationVariables>;
export const RolesTest_OrgUnitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RolesTest_OrgUnits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RolesTest_OrgUnitsQuery, RolesTest_OrgUnitsQueryVariables>;
export const RolesTest_SignInOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RolesTest_SignInOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signInOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'singleSignOn' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RolesTest_SignInOptionsQuery, RolesTest_SignInOptionsQueryVariables>;
export const RolesTest_SiblingCommitteeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RolesTest_SiblingCommittee' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'direct' },
            name: { kind: 'Name', value: 'orgUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: 'kommunstyrelsen', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'nested' },
            name: { kind: 'Name', value: 'orgUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: 'goteborg', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
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
                value: { kind: 'StringValue', value: 'kommunstyrelsen', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'councilGoal' },
            name: { kind: 'Name', value: 'goals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
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
} as unknown as DocumentNode<RolesTest_SiblingCommitteeQuery, RolesTest_SiblingCommitteeQueryVariables>;
export const RolesTest_GoalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RolesTest_Goals' },
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
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RolesTest_GoalsQuery, RolesTest_GoalsQueryVariables>;
export const RolesTest_UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RolesTest_Users' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RolesTest_UsersQuery, RolesTest_UsersQueryVariables>;
export const AuditTest_SaveValueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditTest_SaveValue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValueInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValue' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditTest_SaveValueMutation, AuditTest_SaveValueMutationVariables>;
export const AuditTest_HistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditTest_History' },
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
            name: { kind: 'Name', value: 'history' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityType' },
                value: { kind: 'StringValue', value: 'IndicatorValue', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
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
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oldValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newValue' } },
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
} as unknown as DocumentNode<AuditTest_HistoryQuery, AuditTest_HistoryQueryVariables>;
export const BadInputTest_CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_CreateUserMutation, BadInputTest_CreateUserMutationVariables>;
export const BadInputTest_UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_UpdateUserMutation, BadInputTest_UpdateUserMutationVariables>;
export const BadInputTest_SetAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_SetAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGoalAssessment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_SetAssessmentMutation, BadInputTest_SetAssessmentMutationVariables>;
export const BadInputTest_SaveValueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_SaveValue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValueInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValue' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_SaveValueMutation, BadInputTest_SaveValueMutationVariables>;
export const BadInputTest_AddReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_AddReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStatusUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addProjectStatusUpdate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_AddReportMutation, BadInputTest_AddReportMutationVariables>;
export const BadInputTest_UpdateProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_UpdateProject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectDetailsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProjectDetails' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_UpdateProjectMutation, BadInputTest_UpdateProjectMutationVariables>;
export const BadInputTest_ChangeStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_ChangeState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStateChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeProjectState' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_ChangeStateMutation, BadInputTest_ChangeStateMutationVariables>;
export const BadInputTest_SavePortfolioStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_SavePortfolioStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortfolioPeriodStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePortfolioPeriodStatus' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  BadInputTest_SavePortfolioStatusMutation,
  BadInputTest_SavePortfolioStatusMutationVariables
>;
export const BadInputTest_CreateOrgUnitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_CreateOrgUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrgUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_CreateOrgUnitMutation, BadInputTest_CreateOrgUnitMutationVariables>;
export const BadInputTest_RenameOrgUnitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_RenameOrgUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenameOrgUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameOrgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_RenameOrgUnitMutation, BadInputTest_RenameOrgUnitMutationVariables>;
export const BadInputTest_MoveOrgUnitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_MoveOrgUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveOrgUnitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveOrgUnit' },
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
} as unknown as DocumentNode<BadInputTest_MoveOrgUnitMutation, BadInputTest_MoveOrgUnitMutationVariables>;
export const BadInputTest_CloseOrgUnitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_CloseOrgUnit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseOrgUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeOrgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_CloseOrgUnitMutation, BadInputTest_CloseOrgUnitMutationVariables>;
export const BadInputTest_CreateIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_CreateIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateIndicatorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createIndicator' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_CreateIndicatorMutation, BadInputTest_CreateIndicatorMutationVariables>;
export const BadInputTest_UpdateIndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_UpdateIndicator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateIndicatorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateIndicator' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_UpdateIndicatorMutation, BadInputTest_UpdateIndicatorMutationVariables>;
export const BadInputTest_SetIndicatorRetiredDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_SetIndicatorRetired' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetIndicatorRetiredInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setIndicatorRetired' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  BadInputTest_SetIndicatorRetiredMutation,
  BadInputTest_SetIndicatorRetiredMutationVariables
>;
export const BadInputTest_AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BadInputTest_AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_AuditLogQuery, BadInputTest_AuditLogQueryVariables>;
export const ConcurrentCreationTest_SetAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConcurrentCreationTest_SetAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGoalAssessment' },
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
} as unknown as DocumentNode<
  ConcurrentCreationTest_SetAssessmentMutation,
  ConcurrentCreationTest_SetAssessmentMutationVariables
>;
export const ConcurrentCreationTest_SaveActivityUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConcurrentCreationTest_SaveActivityUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActivityUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveActivityUpdate' },
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
} as unknown as DocumentNode<
  ConcurrentCreationTest_SaveActivityUpdateMutation,
  ConcurrentCreationTest_SaveActivityUpdateMutationVariables
>;
export const ConcurrentCreationTest_CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConcurrentCreationTest_CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConcurrentCreationTest_CreateUserMutation,
  ConcurrentCreationTest_CreateUserMutationVariables
>;
export const ConcurrentCreationTest_RecordControlResultDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConcurrentCreationTest_RecordControlResult' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConcurrentCreationTest_RecordControlResultMutation,
  ConcurrentCreationTest_RecordControlResultMutationVariables
>;
export const DataEntryTest_SheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DataEntryTest_Sheet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MonthInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataEntrySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
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
                  name: { kind: 'Name', value: 'indicatorRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'value' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goalRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'goal' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assessment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activityRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activity' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'update' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
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
      },
    },
  ],
} as unknown as DocumentNode<DataEntryTest_SheetQuery, DataEntryTest_SheetQueryVariables>;
export const DataEntryTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DataEntryTest_SaveValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValuesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValues' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataEntryTest_SaveValuesMutation, DataEntryTest_SaveValuesMutationVariables>;
export const DataEntryTest_SaveActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DataEntryTest_SaveActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActivityUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveActivityUpdate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataEntryTest_SaveActivityMutation, DataEntryTest_SaveActivityMutationVariables>;
export const EconomyTest_EconomyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EconomyTest_Economy' },
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
            name: { kind: 'Name', value: 'economy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
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
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deviationToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullYearBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previousYearToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'businessAreaResults' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'isTotal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentForecast' } },
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
} as unknown as DocumentNode<EconomyTest_EconomyQuery, EconomyTest_EconomyQueryVariables>;
export const ForecastAccuracyTest_AccuracyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForecastAccuracyTest_Accuracy' },
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
            name: { kind: 'Name', value: 'forecastAccuracy' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcomeIsSynthetic' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'forecasts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'round' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'forecast' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'carriedOver' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'absoluteError' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'relativeError' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanAbsoluteError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanAbsolutePercentageError' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'meanAbsolutePercentageError' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparedForecasts' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byRound' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'round' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanAbsolutePercentageError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comparedForecasts' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanAbsolutePercentageError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comparedForecasts' } },
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
} as unknown as DocumentNode<ForecastAccuracyTest_AccuracyQuery, ForecastAccuracyTest_AccuracyQueryVariables>;
export const ForecastAccuracyTest_ProjectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForecastAccuracyTest_Projection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
            name: { kind: 'Name', value: 'indicator' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'yearEndProjection' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'projectedOutcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'basedOnMonth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastYearShare' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'humanForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relativeDifference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'differsFromForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tolerance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'usesGeneratedValues' } },
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
} as unknown as DocumentNode<ForecastAccuracyTest_ProjectionQuery, ForecastAccuracyTest_ProjectionQueryVariables>;
export const ForecastAccuracyTest_RoundYearsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForecastAccuracyTest_RoundYears' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'forecastRoundYears' } }],
      },
    },
  ],
} as unknown as DocumentNode<ForecastAccuracyTest_RoundYearsQuery, ForecastAccuracyTest_RoundYearsQueryVariables>;
export const ForecastRoundLockTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastRoundLockTest_SaveValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValuesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValues' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ForecastRoundLockTest_SaveValuesMutation,
  ForecastRoundLockTest_SaveValuesMutationVariables
>;
export const ForecastRoundLockTest_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastRoundLockTest_Close' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseForecastRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeForecastRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForecastRoundLockTest_CloseMutation, ForecastRoundLockTest_CloseMutationVariables>;
export const ForecastsTest_OpenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastsTest_Open' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenForecastRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openForecastRound' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForecastsTest_OpenMutation, ForecastsTest_OpenMutationVariables>;
export const ForecastsTest_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastsTest_Close' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseForecastRoundInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeForecastRound' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForecastsTest_CloseMutation, ForecastsTest_CloseMutationVariables>;
export const ForecastsTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastsTest_SaveValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValuesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValues' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForecastsTest_SaveValuesMutation, ForecastsTest_SaveValuesMutationVariables>;
export const ForecastsTest_SaveValueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastsTest_SaveValue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValueInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValue' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForecastsTest_SaveValueMutation, ForecastsTest_SaveValueMutationVariables>;
export const ForecastsTest_RoundForecastsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForecastsTest_RoundForecasts' },
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
            name: { kind: 'Name', value: 'indicator' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roundForecasts' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'IntValue', value: '2023' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'round' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'carriedOver' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changeFromPrevious' } },
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
} as unknown as DocumentNode<ForecastsTest_RoundForecastsQuery, ForecastsTest_RoundForecastsQueryVariables>;
export const GoalsTest_GoalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalsTest_Goals' },
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
} as unknown as DocumentNode<GoalsTest_GoalsQuery, GoalsTest_GoalsQueryVariables>;
export const GoalsTest_AssignmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalsTest_Assignments' },
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
} as unknown as DocumentNode<GoalsTest_AssignmentsQuery, GoalsTest_AssignmentsQueryVariables>;
export const IndicatorLibraryTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateIndicatorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createIndicator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorLibraryTest_fields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_fields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dataSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelAggregation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasValues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_CreateMutation, IndicatorLibraryTest_CreateMutationVariables>;
export const IndicatorLibraryTest_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateIndicatorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateIndicator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorLibraryTest_fields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_fields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dataSource' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'levelAggregation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
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
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasValues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_UpdateMutation, IndicatorLibraryTest_UpdateMutationVariables>;
export const IndicatorLibraryTest_RetireDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_Retire' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetIndicatorRetiredInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setIndicatorRetired' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_RetireMutation, IndicatorLibraryTest_RetireMutationVariables>;
export const IndicatorLibraryTest_LibraryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_Library' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorLibraryFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorLibrary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_LibraryQuery, IndicatorLibraryTest_LibraryQueryVariables>;
export const IndicatorLibraryTest_ByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_ByCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorsByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_ByCodeQuery, IndicatorLibraryTest_ByCodeQueryVariables>;
export const IndicatorLibraryTest_OwnerOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_OwnerOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorOwnerOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_OwnerOptionsQuery, IndicatorLibraryTest_OwnerOptionsQueryVariables>;
export const IndicatorLibraryTest_ValueStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_ValueStatus' },
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
            name: { kind: 'Name', value: 'indicator' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'value' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'period' },
                      value: { kind: 'StringValue', value: '2023-05', block: false },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<IndicatorLibraryTest_ValueStatusQuery, IndicatorLibraryTest_ValueStatusQueryVariables>;
export const IndicatorLibraryTest_SheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_Sheet' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataEntrySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'IntValue', value: '2023' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'month' },
                      value: { kind: 'IntValue', value: '7' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatorRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
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
} as unknown as DocumentNode<IndicatorLibraryTest_SheetQuery, IndicatorLibraryTest_SheetQueryVariables>;
export const IndicatorLibraryTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IndicatorLibraryTest_SaveValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValuesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValues' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTest_SaveValuesMutation, IndicatorLibraryTest_SaveValuesMutationVariables>;
export const IndicatorPageTest_SeriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorPageTest_Series' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Periodicity' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromYear' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toYear' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'series' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'granularity' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'granularity' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'fromYear' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'fromYear' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'toYear' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'toYear' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previousYearOutcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sameInOtherUnits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
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
} as unknown as DocumentNode<IndicatorPageTest_SeriesQuery, IndicatorPageTest_SeriesQueryVariables>;
export const IndicatorPageTest_ComparisonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorPageTest_Comparison' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'units' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
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
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'comparable' },
                  name: { kind: 'Name', value: 'sameInOtherUnits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'compared' },
                  name: { kind: 'Name', value: 'sameInOtherUnits' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orgUnitCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'units' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                        name: { kind: 'Name', value: 'series' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'granularity' },
                            value: { kind: 'EnumValue', value: 'YEAR' },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'fromYear' },
                            value: { kind: 'IntValue', value: '2022' },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'toYear' },
                            value: { kind: 'IntValue', value: '2023' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
} as unknown as DocumentNode<IndicatorPageTest_ComparisonQuery, IndicatorPageTest_ComparisonQueryVariables>;
export const OrgUnitAdminTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrgUnitAdminTest_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrgUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitAdminTest_CreateMutation, OrgUnitAdminTest_CreateMutationVariables>;
export const OrgUnitAdminTest_RenameDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrgUnitAdminTest_Rename' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenameOrgUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameOrgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitAdminTest_RenameMutation, OrgUnitAdminTest_RenameMutationVariables>;
export const OrgUnitAdminTest_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrgUnitAdminTest_Move' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveOrgUnitInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveOrgUnit' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitAdminTest_MoveMutation, OrgUnitAdminTest_MoveMutationVariables>;
export const OrgUnitAdminTest_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrgUnitAdminTest_Close' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseOrgUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeOrgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitAdminTest_CloseMutation, OrgUnitAdminTest_CloseMutationVariables>;
export const OrgUnitAdminTest_CreateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrgUnitAdminTest_CreateReport' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'content' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'orgUnitName' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitAdminTest_CreateReportMutation, OrgUnitAdminTest_CreateReportMutationVariables>;
export const OrgUnitAdminTest_TreeAsOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgUnitAdminTest_TreeAsOf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitAdminTest_TreeAsOfQuery, OrgUnitAdminTest_TreeAsOfQueryVariables>;
export const OrganisationTest_UnitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationTest_Units' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationTest_UnitsQuery, OrganisationTest_UnitsQueryVariables>;
export const OrganisationTest_UnitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationTest_Unit' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'found' },
            name: { kind: 'Name', value: 'orgUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
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
            alias: { kind: 'Name', value: 'missing' },
            name: { kind: 'Name', value: 'orgUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'StringValue', value: 'nope', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationTest_UnitQuery, OrganisationTest_UnitQueryVariables>;
export const OrganisationTest_PerspectivesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationTest_Perspectives' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspectives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationTest_PerspectivesQuery, OrganisationTest_PerspectivesQueryVariables>;
export const OrganisationTest_LatestReportMonthDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationTest_LatestReportMonth' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
} as unknown as DocumentNode<OrganisationTest_LatestReportMonthQuery, OrganisationTest_LatestReportMonthQueryVariables>;
export const OverviewTest_OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewTest_Overview' },
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
            name: { kind: 'Name', value: 'overview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
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
                  name: { kind: 'Name', value: 'perspectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perspective' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsFulfilled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsPartlyFulfilled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsNotFulfilled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsNotAssessed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsGreen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsYellow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsRed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsNotReported' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'redProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'portfolioName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'topRisks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
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
                  name: { kind: 'Name', value: 'keyIndicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latest' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isReported' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changeFromPreviousYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
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
} as unknown as DocumentNode<OverviewTest_OverviewQuery, OverviewTest_OverviewQueryVariables>;
export const OverviewTest_ChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewTest_Changes' },
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
            name: { kind: 'Name', value: 'overview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'all' },
                  name: { kind: 'Name', value: 'changes' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '1000' },
                    },
                  ],
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
                  alias: { kind: 'Name', value: 'first' },
                  name: { kind: 'Name', value: 'changes' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '1' },
                    },
                  ],
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewTest_ChangesQuery, OverviewTest_ChangesQueryVariables>;
export const OverviewTest_CountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewTest_Counts' },
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
            name: { kind: 'Name', value: 'overview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
              },
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
                  name: { kind: 'Name', value: 'perspectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perspective' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsFulfilled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsRed' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '1000' },
                    },
                  ],
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
} as unknown as DocumentNode<OverviewTest_CountsQuery, OverviewTest_CountsQueryVariables>;
export const PortfolioMutationsTest_AddReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioMutationsTest_AddReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStatusUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addProjectStatusUpdate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PortfolioMutationsTest_AddReportMutation,
  PortfolioMutationsTest_AddReportMutationVariables
>;
export const PortfolioMutationsTest_UpdateDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioMutationsTest_UpdateDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectDetailsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProjectDetails' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portfolio' },
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
} as unknown as DocumentNode<
  PortfolioMutationsTest_UpdateDetailsMutation,
  PortfolioMutationsTest_UpdateDetailsMutationVariables
>;
export const PortfolioMutationsTest_ChangeStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioMutationsTest_ChangeState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStateChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeProjectState' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stateChanges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PortfolioMutationsTest_ChangeStateMutation,
  PortfolioMutationsTest_ChangeStateMutationVariables
>;
export const PortfolioMutationsTest_SavePeriodStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioMutationsTest_SavePeriodStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PortfolioPeriodStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePortfolioPeriodStatus' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PortfolioMutationsTest_SavePeriodStatusMutation,
  PortfolioMutationsTest_SavePeriodStatusMutationVariables
>;
export const PortfolioMutationsTest_OverviewProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioMutationsTest_OverviewProjects' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'overview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
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
                  name: { kind: 'Name', value: 'redProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PortfolioMutationsTest_OverviewProjectsQuery,
  PortfolioMutationsTest_OverviewProjectsQueryVariables
>;
export const PortfolioQueriesTest_BoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioQueriesTest_Board' },
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
                              name: { kind: 'Name', value: 'latestStatusUpdate' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'statusUpdatesSinceColourChange' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'noRecentStatusUpdate' } },
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
} as unknown as DocumentNode<PortfolioQueriesTest_BoardQuery, PortfolioQueriesTest_BoardQueryVariables>;
export const PortfolioQueriesTest_ProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioQueriesTest_Project' },
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
                  name: { kind: 'Name', value: 'statusUpdates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
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
} as unknown as DocumentNode<PortfolioQueriesTest_ProjectQuery, PortfolioQueriesTest_ProjectQueryVariables>;
export const ReportExportHttpTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportExportHttpTest_Create' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportExportHttpTest_CreateMutation, ReportExportHttpTest_CreateMutationVariables>;
export const ReportAccessTest_ReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportAccessTest_Report' },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sections' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'assignments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'businessAreaResults' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'portfolios' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'deviatingProjects' },
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
      },
    },
  ],
} as unknown as DocumentNode<ReportAccessTest_ReportQuery, ReportAccessTest_ReportQueryVariables>;
export const ReportAccessTest_ListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportAccessTest_List' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportAccessTest_ListQuery, ReportAccessTest_ListQueryVariables>;
export const ReportAccessTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportAccessTest_Create' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportAccessTest_CreateMutation, ReportAccessTest_CreateMutationVariables>;
export const ReportAccessTest_SubmitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportAccessTest_Submit' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportAccessTest_SubmitMutation, ReportAccessTest_SubmitMutationVariables>;
export const ReportAccessTest_ApproveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportAccessTest_Approve' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportAccessTest_ApproveMutation, ReportAccessTest_ApproveMutationVariables>;
export const ReportExportContentTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportExportContentTest_Create' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportExportContentTest_CreateMutation, ReportExportContentTest_CreateMutationVariables>;
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
export const RiskWritesTest_CreateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_CreateRisk' },
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
} as unknown as DocumentNode<RiskWritesTest_CreateRiskMutation, RiskWritesTest_CreateRiskMutationVariables>;
export const RiskWritesTest_UpdateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_UpdateRisk' },
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
} as unknown as DocumentNode<RiskWritesTest_UpdateRiskMutation, RiskWritesTest_UpdateRiskMutationVariables>;
export const RiskWritesTest_AddValuationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_AddValuation' },
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
} as unknown as DocumentNode<RiskWritesTest_AddValuationMutation, RiskWritesTest_AddValuationMutationVariables>;
export const RiskWritesTest_AddMitigationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_AddMitigation' },
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
} as unknown as DocumentNode<RiskWritesTest_AddMitigationMutation, RiskWritesTest_AddMitigationMutationVariables>;
export const RiskWritesTest_UpdateMitigationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_UpdateMitigation' },
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
} as unknown as DocumentNode<RiskWritesTest_UpdateMitigationMutation, RiskWritesTest_UpdateMitigationMutationVariables>;
export const RiskWritesTest_CreateControlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_CreateControl' },
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
} as unknown as DocumentNode<RiskWritesTest_CreateControlMutation, RiskWritesTest_CreateControlMutationVariables>;
export const RiskWritesTest_UpdateControlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_UpdateControl' },
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
} as unknown as DocumentNode<RiskWritesTest_UpdateControlMutation, RiskWritesTest_UpdateControlMutationVariables>;
export const RiskWritesTest_RecordResultDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskWritesTest_RecordResult' },
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
} as unknown as DocumentNode<RiskWritesTest_RecordResultMutation, RiskWritesTest_RecordResultMutationVariables>;
export const RisksTest_RegisterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RisksTest_Register' },
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
} as unknown as DocumentNode<RisksTest_RegisterQuery, RisksTest_RegisterQueryVariables>;
export const RisksTest_ControlPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RisksTest_ControlPlan' },
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
} as unknown as DocumentNode<RisksTest_ControlPlanQuery, RisksTest_ControlPlanQueryVariables>;
export const OrgUnitImportTest_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrgUnitImportTest_Preview' },
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
            name: { kind: 'Name', value: 'valueImport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'new' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invalid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '200' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rowNumber' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'orgUnitCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'orgUnit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'parentCode' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'old' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'new' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'errors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'message' } },
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
} as unknown as DocumentNode<OrgUnitImportTest_PreviewQuery, OrgUnitImportTest_PreviewQueryVariables>;
export const OrgUnitImportTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrgUnitImportTest_Commit' },
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
            name: { kind: 'Name', value: 'commitValueImport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitImportTest_CommitMutation, OrgUnitImportTest_CommitMutationVariables>;
export const OrgUnitImportTest_RenameDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrgUnitImportTest_Rename' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenameOrgUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameOrgUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitImportTest_RenameMutation, OrgUnitImportTest_RenameMutationVariables>;
export const ValueImportAuditTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportAuditTest_SaveValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValuesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValues' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportAuditTest_SaveValuesMutation, ValueImportAuditTest_SaveValuesMutationVariables>;
export const ValueImportAuditTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportAuditTest_Commit' },
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
            name: { kind: 'Name', value: 'commitValueImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportAuditTest_CommitMutation, ValueImportAuditTest_CommitMutationVariables>;
export const ValueImportCommitScaleTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportCommitScaleTest_Commit' },
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
            name: { kind: 'Name', value: 'commitValueImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ValueImportCommitScaleTest_CommitMutation,
  ValueImportCommitScaleTest_CommitMutationVariables
>;
export const ValueImportRetiredTest_RetireDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportRetiredTest_Retire' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetIndicatorRetiredInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setIndicatorRetired' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportRetiredTest_RetireMutation, ValueImportRetiredTest_RetireMutationVariables>;
export const ValueImportRetiredTest_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueImportRetiredTest_Preview' },
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
            name: { kind: 'Name', value: 'valueImport' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '10' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'errors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'message' } },
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
} as unknown as DocumentNode<ValueImportRetiredTest_PreviewQuery, ValueImportRetiredTest_PreviewQueryVariables>;
export const ValueImportRetiredTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportRetiredTest_Commit' },
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
            name: { kind: 'Name', value: 'commitValueImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportRetiredTest_CommitMutation, ValueImportRetiredTest_CommitMutationVariables>;
export const ValueImportRoutesTest_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueImportRoutesTest_Preview' },
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
            name: { kind: 'Name', value: 'valueImport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'new' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
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
} as unknown as DocumentNode<ValueImportRoutesTest_PreviewQuery, ValueImportRoutesTest_PreviewQueryVariables>;
export const ValueImportScaleTest_LastPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueImportScaleTest_LastPage' },
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
            name: { kind: 'Name', value: 'valueImport' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'new' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'offset' },
                      value: { kind: 'IntValue', value: '49800' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '200' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rowNumber' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'old' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'new' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'errors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'message' } }],
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
} as unknown as DocumentNode<ValueImportScaleTest_LastPageQuery, ValueImportScaleTest_LastPageQueryVariables>;
export const ValueImportScaleTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportScaleTest_Commit' },
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
            name: { kind: 'Name', value: 'commitValueImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportScaleTest_CommitMutation, ValueImportScaleTest_CommitMutationVariables>;
export const ValueImportScaleTest_ReimportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueImportScaleTest_Reimport' },
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
            name: { kind: 'Name', value: 'valueImport' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unchanged' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportScaleTest_ReimportQuery, ValueImportScaleTest_ReimportQueryVariables>;
export const ValueImportTest_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueImportTest_Preview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ValueImportRowStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valueImport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'new' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'invalid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'offset' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rowNumber' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'orgUnitCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'old' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'new' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'errors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'message' } },
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
} as unknown as DocumentNode<ValueImportTest_PreviewQuery, ValueImportTest_PreviewQueryVariables>;
export const ValueImportTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportTest_Commit' },
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
            name: { kind: 'Name', value: 'commitValueImport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportTest_CommitMutation, ValueImportTest_CommitMutationVariables>;
export const ValueImportTest_CancelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportTest_Cancel' },
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
            name: { kind: 'Name', value: 'cancelValueImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportTest_CancelMutation, ValueImportTest_CancelMutationVariables>;
export const ValueImportTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportTest_SaveValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorValuesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveIndicatorValues' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportTest_SaveValuesMutation, ValueImportTest_SaveValuesMutationVariables>;
