import type { GraphQLResolveInfo } from 'graphql';
import type {
  OrgUnitModel as OrgUnitModelRow,
  OrgUnitVersionModel as OrgUnitVersionModelRow,
  GoalModel as GoalModelRow,
  GoalAssessmentModel as GoalAssessmentModelRow,
  ActivityModel as ActivityModelRow,
  ActivityUpdateModel as ActivityUpdateModelRow,
  AssignmentModel as AssignmentModelRow,
  AssignmentUpdateModel as AssignmentUpdateModelRow,
  AuditReportModel as AuditReportModelRow,
  AuditRecommendationModel as AuditRecommendationModelRow,
  AuditActionUpdateModel as AuditActionUpdateModelRow,
  IndicatorModel as IndicatorModelRow,
  IndicatorThresholdSetModel as IndicatorThresholdSetModelRow,
  IndicatorValueModel as IndicatorValueModelRow,
  RoleAssignmentModel as RoleAssignmentModelRow,
  RiskModel as RiskModelRow,
  RiskCategoryModel as RiskCategoryModelRow,
  RiskValuationModel as RiskValuationModelRow,
  MitigationModel as MitigationModelRow,
  InternalControlModel as InternalControlModelRow,
  ControlResultModel as ControlResultModelRow,
  UserModel as UserModelRow,
  AuditEventModel as AuditEventModelRow,
  DemoUser as DemoUserRow,
  PortfolioModel as PortfolioModelRow,
  PortfolioPeriodStatusModel as PortfolioPeriodStatusModelRow,
  ProjectModel as ProjectModelRow,
  ProjectStatusUpdateModel as ProjectStatusUpdateModelRow,
  StatusDeviationModel as StatusDeviationModelRow,
  ProjectStateChangeModel as ProjectStateChangeModelRow,
  ProjectMoveModel as ProjectMoveModelRow,
  ForecastRoundModel as ForecastRoundModelRow,
  ReportingLevelDeadlineModel as ReportingLevelDeadlineModelRow,
  ValueImportModel as ValueImportModelRow,
  ValueImportRowModel as ValueImportRowModelRow,
  PlanModel as PlanModelRow,
  ReportModel as ReportModelRow,
  ReportCommentModel as ReportCommentModelRow,
} from '@lagesbild/db';
import type { PerspectiveOfYear as PerspectiveOfYearRow } from '../modules/perspectives/perspective-service';
import type { SignedInUser as SignedInUserRow } from '../modules/access/session-service';
import type { UserWithRoles as UserWithRolesRow } from '../modules/access/user-admin-service';
import type { SeriesPointRow as SeriesPointRowRow } from '../modules/indicators/series';
import type {
  EconomyRow as EconomyRowRow,
  FinancialLineRow as FinancialLineRowRow,
  BusinessAreaResultRow as BusinessAreaResultRowRow,
} from '../modules/economy/economy-service';
import type {
  OverviewRow as OverviewRowRow,
  PerspectiveSummaryRow as PerspectiveSummaryRowRow,
  ProjectSummaryRow as ProjectSummaryRowRow,
  StatusChangeRow as StatusChangeRowRow,
  KeyIndicatorRow as KeyIndicatorRowRow,
} from '../modules/overview/overview-service';
import type {
  AttentionRow as AttentionRowRow,
  AttentionIndicatorRow as AttentionIndicatorRowRow,
} from '../modules/overview/attention-service';
import type {
  OverdueAssignmentRow as OverdueAssignmentRowRow,
  OverdueAuditActionRow as OverdueAuditActionRowRow,
} from '../modules/assignments/overdue-service';
import type { RiskSummaryRow as RiskSummaryRowRow } from '../modules/risks/risk-service';
import type {
  KeyFiguresRow as KeyFiguresRowRow,
  KeyUnitFigureRow as KeyUnitFigureRowRow,
} from '../modules/overview/key-indicator-rollup';
import type { ProjectStatusRow as ProjectStatusRowRow } from '../modules/portfolio/project-status';
import type { OverdueActionRow as OverdueActionRowRow } from '../modules/portfolio/portfolio-summary';
import type {
  ReportingCalendarRow as ReportingCalendarRowRow,
  ReportingPeriodRow as ReportingPeriodRowRow,
} from '../modules/reporting-calendar/reporting-calendar-service';
import type {
  ReminderSettingsRow as ReminderSettingsRowRow,
  ReminderMailRow as ReminderMailRowRow,
} from '../modules/reminders/reminders-service';
import type { ToDoItemRow as ToDoItemRowRow } from '../modules/to-do/to-do-service';
import type { RoundForecastRow as RoundForecastRowRow } from '../modules/forecasts/forecast-round-service';
import type { YearEndProjectionRow as YearEndProjectionRowRow } from '../modules/forecasts/projection-service';
import type {
  ForecastAccuracyRow as ForecastAccuracyRowRow,
  RoundAccuracyRow as RoundAccuracyRowRow,
  UnitAccuracyRow as UnitAccuracyRowRow,
} from '../modules/forecasts/forecast-accuracy-service';
import type {
  IndicatorAccuracyRow as IndicatorAccuracyRowRow,
  ForecastErrorRow as ForecastErrorRowRow,
} from '../modules/forecasts/forecast-accuracy';
import type {
  ReportingDisciplineRow as ReportingDisciplineRowRow,
  DisciplinePeriodRow as DisciplinePeriodRowRow,
  DisciplineCellRow as DisciplineCellRowRow,
  UnitDisciplineRow as UnitDisciplineRowRow,
  OwnerDisciplineRow as OwnerDisciplineRowRow,
  MissingObligationRow as MissingObligationRowRow,
} from '../modules/reporting-discipline/reporting-discipline-service';
import type { DisciplineCountsRow as DisciplineCountsRowRow } from '../modules/reporting-discipline/discipline';
import type {
  DataEntrySheetRow as DataEntrySheetRowRow,
  DataEntryIndicatorRowRow as DataEntryIndicatorRowRowRow,
  DataEntryGoalRowRow as DataEntryGoalRowRowRow,
  DataEntryActivityRowRow as DataEntryActivityRowRowRow,
} from '../modules/data-entry/data-entry-service';
import type {
  TargetSheetRow as TargetSheetRowRow,
  TargetRowRow as TargetRowRowRow,
} from '../modules/targets/target-sheet-service';
import type {
  PlanRevisionRow as PlanRevisionRowRow,
  PlanOfYearRow as PlanOfYearRowRow,
} from '../modules/planning/plan-service';
import type {
  RollOverPreviewRow as RollOverPreviewRowRow,
  RollOverGoalRow as RollOverGoalRowRow,
} from '../modules/planning/roll-over-service';
import type { ReportContent as ReportContentRow } from '@lagesbild/types';
import type { ReportComparisonRow as ReportComparisonRowRow } from '../modules/reports/report-comparison';
import type { ProjectLineageLinkRow as ProjectLineageLinkRowRow } from '../modules/portfolio/project-lineage-service';
import type { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/** An activity (aktivitet) that carries out a goal, with its status per report period. */
export type Activity = {
  __typename?: 'Activity';
  description?: Maybe<Scalars['String']['output']>;
  /** ISO date (`2023-12-31`), or null when open-ended. */
  endDate?: Maybe<Scalars['String']['output']>;
  /** The goal it carries out. */
  goal?: Maybe<Goal>;
  id: Scalars['ID']['output'];
  orgUnit: OrgUnit;
  /** Who answers for it: the user's name, or the name typed for someone without an account. */
  owner?: Maybe<Scalars['String']['output']>;
  /** The owner's user id, when the owner has an account. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** When the activity was cancelled from the plan (ISO date and time); null while it is part of it. */
  retiredAt?: Maybe<Scalars['String']['output']>;
  /** ISO date (`2023-01-01`), or null when not set. */
  startDate?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The status and comment of the report period (a month), or the latest before it; null when never reported. */
  update?: Maybe<ActivityUpdate>;
  /** Pass back as expectedVersion when changing the activity, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
};

/** An activity (aktivitet) that carries out a goal, with its status per report period. */
export type ActivityUpdateArgs = {
  upTo: MonthInput;
};

/** A person who can answer for an activity. */
export type ActivityOwnerOption = {
  __typename?: 'ActivityOwnerOption';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ActivityStatus = 'CANCELLED' | 'COMPLETED' | 'DELAYED' | 'NOT_STARTED' | 'ONGOING';

/** An activity's status and comment in one report period. */
export type ActivityUpdate = {
  __typename?: 'ActivityUpdate';
  comment?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  status: ActivityStatus;
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ActivityUpdateInput = {
  activityId: Scalars['ID']['input'];
  /** At most 4 000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; leave out when the period has no status yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Int']['input'];
  status: ActivityStatus;
  year: Scalars['Int']['input'];
};

export type AddMitigationInput = {
  /** An ISO date, or null when open-ended. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  responsible?: InputMaybe<Scalars['String']['input']>;
  riskId: Scalars['ID']['input'];
  status: MitigationStatus;
  title: Scalars['String']['input'];
};

export type AdoptPlanInput = {
  /** The case number of the decision, e.g. `N170-0123/22`. */
  caseNumber: Scalars['String']['input'];
  /** The day the committee decided (ISO date, not in the future). */
  decisionDate: Scalars['String']['input'];
  /** The plan's version as loaded; null when the unit had no plan of the year then. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** An assignment (uppdrag) given to an org unit by the council or the executive board. */
export type Assignment = {
  __typename?: 'Assignment';
  /** The case number, e.g. `SLK-2022-01441`. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** ISO date, or null when the assignment names none. */
  deadline?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /**
   * True when the assignment is past its deadline at the end of the month and not declared complete
   * by then (the one rule, `isAssignmentOverdue`, that every page and report uses).
   */
  isOverdue: Scalars['Boolean']['output'];
  /** True when the signed-in user may edit the assignment (a planner of its unit). For showing actions; the API checks again. */
  mayEdit: Scalars['Boolean']['output'];
  /** True when the signed-in user may report its status (an analyst of its unit). */
  mayReport: Scalars['Boolean']['output'];
  /** The responsible unit. */
  orgUnit: OrgUnit;
  source: AssignmentSource;
  /** The assignment's text. */
  title: Scalars['String']['output'];
  /** The status and comment of the report period (a month), or the latest before it; null when never reported. */
  update?: Maybe<AssignmentUpdate>;
  /** Every status reported, newest first. */
  updates: Array<AssignmentUpdate>;
  /** Changes with every write; a form sends the version it was loaded with. */
  version: Scalars['Int']['output'];
  /** The plan year the assignment was given in. */
  year: Scalars['Int']['output'];
};

/** An assignment (uppdrag) given to an org unit by the council or the executive board. */
export type AssignmentIsOverdueArgs = {
  upTo: MonthInput;
};

/** An assignment (uppdrag) given to an org unit by the council or the executive board. */
export type AssignmentUpdateArgs = {
  upTo: MonthInput;
};

export type AssignmentSource =
  /** From the council's budget. */
  | 'COUNCIL_BUDGET'
  /** From the council outside the budget. */
  | 'COUNCIL_OTHER'
  /** From the executive board (kommunstyrelsen). */
  | 'EXECUTIVE_BOARD';

/**
 * Where an assignment stands. Only DECLARED_COMPLETE (the giver's decision, with its date and case
 * number) ends it; PROPOSED_COMPLETE is the unit's proposal and is still overdue past the deadline.
 */
export type AssignmentStatus = 'DECLARED_COMPLETE' | 'NOT_STARTED' | 'ONGOING' | 'PROPOSED_COMPLETE';

/** An assignment's status and comment in one report period. */
export type AssignmentUpdate = {
  __typename?: 'AssignmentUpdate';
  comment?: Maybe<Scalars['String']['output']>;
  /** The case number of that decision; DECLARED_COMPLETE only. */
  decisionCaseNumber?: Maybe<Scalars['String']['output']>;
  /** The date of the decision declaring the assignment complete (ISO date); DECLARED_COMPLETE only. */
  decisionDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  status: AssignmentStatus;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type AssignmentUpdateInput = {
  assignmentId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** Required for DECLARED_COMPLETE, refused otherwise: the decision's case number. */
  decisionCaseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Required for DECLARED_COMPLETE, refused otherwise: the decision's date (ISO, not in the future). */
  decisionDate?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; leave out when the month has no status yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Int']['input'];
  status: AssignmentStatus;
  year: Scalars['Int']['input'];
};

/**
 * What needs attention in a month, from the units the reader may read. Every list may be empty;
 * all empty means nothing needs attention.
 */
export type Attention = {
  __typename?: 'Attention';
  /** Indicators of the year's goals without a recent enough outcome for the month (see isReportedBy). */
  notReportedIndicators: Array<AttentionIndicator>;
  /** Assignments past their deadline and not declared complete, the earliest deadline first. */
  overdueAssignments: Array<OverdueAssignment>;
  /** Actions on the year's audit recommendations past their due date and not done, the earliest first. */
  overdueAuditActions: Array<OverdueAuditAction>;
  /** Indicators of the year's goals that are red in the month, the newly red first. */
  redIndicators: Array<AttentionIndicator>;
  /** Projects whose latest status update is red on time, cost or result (as redProjects). */
  redProjects: Array<ProjectSummary>;
  /**
   * Risks whose latest valuation lies above the tolerance: the high and very high bands of the
   * municipality's risk scale, highest score first.
   */
  risksAboveTolerance: Array<RiskSummary>;
};

/** An indicator that needs attention: red, or not reported. */
export type AttentionIndicator = {
  __typename?: 'AttentionIndicator';
  /** The indicator's id (its page is /indikatorer/:id). */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Red now and not red the month before. */
  newlyRed: Scalars['Boolean']['output'];
  orgUnit: OrgUnit;
  /**
   * Red: the period key (2023-04, 2023-T1, 2023) of the first value of its current run of red
   * values. Not reported: its latest period with an outcome; null when it never had one.
   */
  since?: Maybe<Scalars['String']['output']>;
  /** RED, or NOT_ASSESSED when not reported. */
  status: ValueStatus;
  /** True when an analyst set the status by hand in place of the status rule's (IndicatorValue.statusOverride). */
  statusSetByHand: Scalars['Boolean']['output'];
};

export type AuditAction = 'CREATE' | 'DELETE' | 'UPDATE';

/** A user who owns, or may own, an audit action: only the name is shown. */
export type AuditActionOwner = {
  __typename?: 'AuditActionOwner';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AuditActionStatus = 'DONE' | 'NOT_STARTED' | 'ONGOING';

/** An audit action's status and comment in one report period. */
export type AuditActionUpdate = {
  __typename?: 'AuditActionUpdate';
  comment?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  status: AuditActionStatus;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type AuditActionUpdateInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; leave out when the month has no status yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Int']['input'];
  recommendationId: Scalars['ID']['input'];
  status: AuditActionStatus;
  year: Scalars['Int']['input'];
};

/** A change to a record: who, when, through which operation, from which values to which. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: AuditAction;
  /** Null when the change was made by the system (e.g. the seed). */
  author?: Maybe<Author>;
  changes: Array<FieldChange>;
  entityId: Scalars['ID']['output'];
  /**
   * What a person knows the record by: a project's or an indicator's name, a goal's title
   * shortened, a value's indicator and period. Null when the record no longer exists.
   */
  entityName?: Maybe<Scalars['String']['output']>;
  /** The kind of record: IndicatorValue, GoalAssessment, User … */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO 8601 time of the change. */
  occurredAt: Scalars['String']['output'];
  /** The GraphQL mutation that made the change. */
  operation: Scalars['String']['output'];
  /** The org unit the record belongs to; null for users and structure. */
  orgUnit?: Maybe<OrgUnit>;
};

export type AuditLogFilter = {
  authorId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** ISO date or time, inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO date or time, exclusive. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  events: Array<AuditEvent>;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** One recommendation of an audit report and the committee's action for it. */
export type AuditRecommendation = {
  __typename?: 'AuditRecommendation';
  /** The committee's action; null until decided. */
  action?: Maybe<Scalars['String']['output']>;
  auditReportId: Scalars['ID']['output'];
  /** ISO date the action is due. */
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True when the action is past its due date at the end of the month and not done by then. */
  isOverdue: Scalars['Boolean']['output'];
  /** The action's owner when named instead (a role, or a person without an account). */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** The action's owner when a user of the app. */
  ownerUser?: Maybe<AuditActionOwner>;
  recommendation: Scalars['String']['output'];
  /** The action's status of the report period, or the latest before it; null when never reported. */
  update?: Maybe<AuditActionUpdate>;
  /** Every status reported, newest first. */
  updates: Array<AuditActionUpdate>;
  version: Scalars['Int']['output'];
};

/** One recommendation of an audit report and the committee's action for it. */
export type AuditRecommendationIsOverdueArgs = {
  upTo: MonthInput;
};

/** One recommendation of an audit report and the committee's action for it. */
export type AuditRecommendationUpdateArgs = {
  upTo: MonthInput;
};

/** An auditor's report (revisionsrapport) to a unit, with its recommendations and the committee's actions. */
export type AuditReport = {
  __typename?: 'AuditReport';
  /** The auditor, e.g. Stadsrevisionen. */
  auditor: Scalars['String']['output'];
  caseNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True when the signed-in user may edit the report and its recommendations (a planner of its unit). */
  mayEdit: Scalars['Boolean']['output'];
  /** True when the signed-in user may report the actions' status (an analyst of its unit). */
  mayReport: Scalars['Boolean']['output'];
  orgUnit: OrgUnit;
  /** In the order the report gives them. */
  recommendations: Array<AuditRecommendation>;
  /** ISO date. */
  reportDate: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** The plan year whose follow-up the report belongs to. */
  year: Scalars['Int']['output'];
};

/** The person behind a change. */
export type Author = {
  __typename?: 'Author';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/**
 * The result of one unit to date and for the full year, for operations (förvaltning) and
 * development (utveckling): outcome and forecast as reported, budget as planned on Målvärden och
 * budget (the targets of the unit's result indicators RESULT_OPERATIONS and RESULT_DEVELOPMENT).
 */
export type BusinessAreaResult = {
  __typename?: 'BusinessAreaResult';
  /** The development budget for the full year. */
  developmentBudget?: Maybe<Scalars['Float']['output']>;
  /** The development budget accumulated from January to the month. */
  developmentBudgetToDate?: Maybe<Scalars['Float']['output']>;
  developmentForecast?: Maybe<Scalars['Float']['output']>;
  developmentToDate?: Maybe<Scalars['Float']['output']>;
  /** True for the unit the economy is asked for: the total of the rows below it. */
  isTotal: Scalars['Boolean']['output'];
  /** The operations budget for the full year (the annual target). */
  operationsBudget?: Maybe<Scalars['Float']['output']>;
  /** The operations budget accumulated from January to the month (the month's period target). */
  operationsBudgetToDate?: Maybe<Scalars['Float']['output']>;
  operationsForecast?: Maybe<Scalars['Float']['output']>;
  operationsToDate?: Maybe<Scalars['Float']['output']>;
  orgUnit: OrgUnit;
  /** The units directly below whose results are summed into this total (a unit without a result of its own). Empty for a unit's own result. */
  rolledUpFrom: Array<OrgUnit>;
};

export type ChangedRecord = 'INDICATOR' | 'PROJECT';

export type CloseForecastRoundInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type CloseOrgUnitInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The last day the unit exists (ISO date). The units below it must be closed or moved first. */
  validTo: Scalars['String']['input'];
};

export type CloseReportingPeriodInput = {
  expectedVersion: Scalars['Int']['input'];
  periodId: Scalars['ID']['input'];
  /** Optional, at most 1 000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The planner's decision on each node of the preview; a node left out is not carried. */
export type CommitRollOverInput = {
  activities: Array<RollOverActivityDecision>;
  fromYear: Scalars['Int']['input'];
  goals: Array<RollOverGoalDecision>;
  indicatorLinks: Array<RollOverIndicatorLinkDecision>;
  orgUnitId: Scalars['ID']['input'];
  targets: Array<RollOverTargetDecision>;
};

/** The rows whose proposals (förslag) a planner confirms as the year's targets: all or nothing. */
export type ConfirmTargetProposalsInput = {
  /** At most 500 rows, each indicator at most once. */
  rows: Array<TargetProposalRowInput>;
  year: Scalars['Int']['input'];
};

export type ControlOutcome = 'DEVIATION' | 'OK';

/** A control's result for one month. */
export type ControlResult = {
  __typename?: 'ControlResult';
  controlId: Scalars['ID']['output'];
  /** What deviated. */
  description?: Maybe<Scalars['String']['output']>;
  /** The action that follows the deviation up. */
  followUpAction?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The documents give no control result: the figures are made up for the demo. */
  isDemoValue: Scalars['Boolean']['output'];
  month: Scalars['Int']['output'];
  /** OK or a deviation; null when the control was not performed. */
  outcome?: Maybe<ControlOutcome>;
  performed: Scalars['Boolean']['output'];
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ControlResultInput = {
  controlId: Scalars['ID']['input'];
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** Required for a deviation. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; leave out when the month has no result yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Required for a deviation. */
  followUpAction?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['Int']['input'];
  /** Required when performed, null when not. */
  outcome?: InputMaybe<ControlOutcome>;
  performed: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};

export type CopyPerspectivesInput = {
  /** A year without perspectives: it gets the latest earlier year's (or, when there is none, the default five). */
  year: Scalars['Int']['input'];
};

/** A new activity carrying out a goal; it belongs to the goal's unit and perspective. */
export type CreateActivityInput = {
  /** At most 4 000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  goalId: Scalars['ID']['input'];
  /** The owner, when they have an account; otherwise leave out and give ownerName. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The owner's name, for someone without an account (at most 200 characters). */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** ISO dates; the end may not be before the start. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** Required, at most 500 characters. */
  title: Scalars['String']['input'];
};

export type CreateAssignmentInput = {
  /** Like `SLK-2022-01441`: letters, the year and a serial. */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** ISO date. */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** The responsible unit. */
  orgUnitId: Scalars['ID']['input'];
  source: AssignmentSource;
  /** The assignment's text; at most 4 000 characters. */
  title: Scalars['String']['input'];
  /** The plan year it was given in. */
  year: Scalars['Int']['input'];
};

export type CreateAuditRecommendationInput = {
  action?: InputMaybe<Scalars['String']['input']>;
  auditReportId: Scalars['ID']['input'];
  /** ISO date. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** The owner as a user of the app; or give ownerName, not both. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  recommendation: Scalars['String']['input'];
};

export type CreateAuditReportInput = {
  auditor: Scalars['String']['input'];
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  orgUnitId: Scalars['ID']['input'];
  /** ISO date. */
  reportDate: Scalars['String']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateControlInput = {
  frequency?: InputMaybe<Scalars['String']['input']>;
  method?: InputMaybe<Scalars['String']['input']>;
  orgUnitId: Scalars['ID']['input'];
  performedBy?: InputMaybe<Scalars['String']['input']>;
  /** A risk of the same unit, or null. */
  riskId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/**
 * A new goal. A council goal (COUNCIL) belongs to a city (a root unit) and serves no other goal;
 * a committee goal (COMMITTEE) serves one or more council goals of its year, or, as a sub-goal
 * of a business area, one committee goal of a unit above it.
 */
export type CreateGoalInput = {
  /** At most 4 000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  level: GoalLevel;
  orgUnitId: Scalars['ID']['input'];
  /** The goals it serves (at most 20), of the same year and of units above it. */
  parentIds: Array<Scalars['ID']['input']>;
  perspectiveId: Scalars['ID']['input'];
  /** Required, at most 500 characters. */
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** A new indicator of a unit. */
export type CreateIndicatorInput = {
  /** Unique within the unit; the same code in another unit is the same definition measured there. */
  code: Scalars['String']['input'];
  definition: IndicatorDefinitionInput;
  /** The unit that measures it. */
  orgUnitId: Scalars['ID']['input'];
};

export type CreateOrgUnitInput = {
  /** Letters, digits, `-`, `_` and `.`; unique among all units, closed ones included. */
  code: Scalars['String']['input'];
  kind: OrgUnitKind;
  name: Scalars['String']['input'];
  /** The unit the new one lies under. */
  parentId: Scalars['ID']['input'];
  /** The first day the unit exists (ISO date); leave out when it has always existed. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePerspectiveInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique among the year's perspectives. */
  name: Scalars['String']['input'];
  /** The year the perspective is added to; it comes last in that year's order. */
  year: Scalars['Int']['input'];
};

export type CreatePortfolioInput = {
  /** At most 200 characters, unique within the unit. */
  name: Scalars['String']['input'];
  /** The owning unit; the portfolio office of that unit (or one above it) may create portfolios there. */
  orgUnitId: Scalars['ID']['input'];
  /** At most 200 characters. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The owner's account, one of portfolioPersonOptions of the unit; the owner's name is then the account's. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Weeks between status updates, 1–52. */
  statusUpdateIntervalWeeks: Scalars['Int']['input'];
};

export type CreateProjectInput = {
  /** Not negative. */
  budgetTkr?: InputMaybe<Scalars['Float']['input']>;
  /** At most 4 000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Not negative. */
  forecastTkr?: InputMaybe<Scalars['Float']['input']>;
  manager?: InputMaybe<Scalars['String']['input']>;
  /** The manager's account, one of portfolioPersonOptions of the portfolio's unit; the manager's name is then the account's. */
  managerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 200 characters. */
  name: Scalars['String']['input'];
  /** At most 200 characters each: the person's name (users are picked by their name). */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The owner's account, one of portfolioPersonOptions of the portfolio's unit; the owner's name is then the account's. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  phase?: InputMaybe<ProjectPhase>;
  plannedEnd?: InputMaybe<Scalars['String']['input']>;
  /** ISO dates; the end may not be before the start. */
  plannedStart?: InputMaybe<Scalars['String']['input']>;
  /** A portfolio the user may edit. */
  portfolioId: Scalars['ID']['input'];
};

export type CreateReportInput = {
  orgUnitId: Scalars['ID']['input'];
  /** Must match the type: March for INTERIM_MARCH, August for INTERIM_AUGUST, December for ANNUAL. */
  period: MonthInput;
  type: ReportType;
};

export type CreateRiskCategoryInput = {
  /** Unique among the categories, at most 100 characters; the new category comes last. */
  name: Scalars['String']['input'];
};

export type CreateRiskInput = {
  categoryId: Scalars['ID']['input'];
  /** A reason for a first valuation dated in a closed period: saved as a correction (Rättelse); without it such a risk is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** At most 4 000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  orgUnitId: Scalars['ID']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  /** At most 300 characters. */
  title: Scalars['String']['input'];
  /** The first valuation. */
  valuation: RiskValuationFields;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters; leave out for accounts that use single sign-on only. */
  password?: InputMaybe<Scalars['String']['input']>;
  roles: Array<RoleAssignmentInput>;
};

/** An activity and its status of the report month. */
export type DataEntryActivityRow = {
  __typename?: 'DataEntryActivityRow';
  activity: Activity;
  /** Null when the activity has no status for this month. */
  update?: Maybe<ActivityUpdate>;
};

/** A goal and its assessment of the report month. */
export type DataEntryGoalRow = {
  __typename?: 'DataEntryGoalRow';
  /** Null when the goal is not assessed in this month. */
  assessment?: Maybe<GoalAssessment>;
  goal: Goal;
};

/** An indicator and its value for the period a report month falls in. */
export type DataEntryIndicatorRow = {
  __typename?: 'DataEntryIndicatorRow';
  indicator: Indicator;
  /** `2023-05` for a monthly indicator in May, `2023-T2` for a tertial one, `2023` for a yearly one. */
  period: Scalars['String']['output'];
  /** The saved value, or null when the period has none yet. */
  value?: Maybe<IndicatorValue>;
};

/**
 * What an analyst keeps for one org unit and report month, in one place: the unit's indicators
 * with their figures for the period the month falls in, its goals with their assessment and its
 * activities with their status, each as saved in that very month (not carried forward).
 */
export type DataEntrySheet = {
  __typename?: 'DataEntrySheet';
  /** The unit's activities, with their status of this month. */
  activityRows: Array<DataEntryActivityRow>;
  /** True when the user may save here: an analyst of the unit. */
  canEdit: Scalars['Boolean']['output'];
  /** The unit's committee goals of the year, with their assessment of this month. */
  goalRows: Array<DataEntryGoalRow>;
  /** The unit's own indicators in display order, each with the period the month falls in for its periodicity. */
  indicatorRows: Array<DataEntryIndicatorRow>;
  month: Scalars['Int']['output'];
  orgUnit: OrgUnit;
  year: Scalars['Int']['output'];
};

/** A demo account, listed on the sign-in page when the demo dataset is loaded. */
export type DemoAccount = {
  __typename?: 'DemoAccount';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  password: Scalars['String']['output'];
  roles: Array<DemoAccountRole>;
};

export type DemoAccountRole = {
  __typename?: 'DemoAccountRole';
  orgUnitName: Scalars['String']['output'];
  role: Role;
};

/** One dimension of a new status update: its colour, and for yellow or red its cause and action. */
export type DimensionStatusInput = {
  /** Required when the status is yellow or red; at most 4 000 characters. Ignored for green. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** ISO date the action is to be done. Ignored for green. */
  actionDueDate?: InputMaybe<Scalars['String']['input']>;
  /** Who is to carry out the action; at most 200 characters. Ignored for green. */
  actionOwner?: InputMaybe<Scalars['String']['input']>;
  /** The action owner's account, one of portfolioPersonOptions of the project's unit; the action owner's name is then the account's. Ignored for green. */
  actionOwnerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Required when the status is yellow or red; at most 4 000 characters. Ignored for green. */
  cause?: InputMaybe<Scalars['String']['input']>;
  status: RagStatus;
};

/** One unit's obligations of one period. */
export type DisciplineCell = {
  __typename?: 'DisciplineCell';
  counts: DisciplineCounts;
  /** The unit's deadline of the period (ISO date), at the unit's level. */
  deadline: Scalars['String']['output'];
  /** True while that deadline has not passed. */
  inProgress: Scalars['Boolean']['output'];
  /** The key of the period (DisciplinePeriod.key). */
  periodKey: Scalars['String']['output'];
};

/** How many obligations were done on time, late or not at all. */
export type DisciplineCounts = {
  __typename?: 'DisciplineCounts';
  /** Done after the deadline day. */
  late: Scalars['Int']['output'];
  /** Not done, and the deadline has passed. */
  missing: Scalars['Int']['output'];
  /** Done by the end of the deadline day. */
  onTime: Scalars['Int']['output'];
  /** Not done yet, and the deadline has not passed: the period is in progress (pågår). */
  pending: Scalars['Int']['output'];
  /** All of them. */
  total: Scalars['Int']['output'];
};

/** A reporting period of the year that has ended: its deadline has passed, or it is in its reporting window. */
export type DisciplinePeriod = {
  __typename?: 'DisciplinePeriod';
  /** True while the deadline of some unit shown has not passed: the period is in progress (pågår). */
  inProgress: Scalars['Boolean']['output'];
  /** Stable key of the period, e.g. 2023-MONTH-5. */
  key: Scalars['String']['output'];
  kind: ReportingPeriodKind;
  /** The month (1–12), the tertial (1–3), the interim report (1: March, 2: August), or 1 for the year. */
  number: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** The financial picture of an org unit up to a month: its cost, revenue and result lines and the result of each business area. */
export type Economy = {
  __typename?: 'Economy';
  /** The result of the unit and of each business area below it, for operations (förvaltning) and development (utveckling). */
  businessAreaResults: Array<BusinessAreaResult>;
  /** The unit's financial lines, in the order of the monthly report. */
  lines: Array<FinancialLine>;
  /** The month the figures run up to. */
  month: YearMonth;
  orgUnit: OrgUnit;
};

/** One field of a record changed by an audited write; values are JSON text. */
export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  /** The name of the record newValue points at; null when there is none, or it no longer exists. */
  newName?: Maybe<Scalars['String']['output']>;
  newValue?: Maybe<Scalars['String']['output']>;
  /** The name of the record oldValue points at; null when there is none, or it no longer exists. */
  oldName?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  /** For a field that points at another record (orgUnitId, portfolioId …): the kind of record; null otherwise. */
  referencedType?: Maybe<Scalars['String']['output']>;
};

/** One financial line (an indicator of the financial kind), to date and for the full year. */
export type FinancialLine = {
  __typename?: 'FinancialLine';
  /** Budget accumulated from January to the month. */
  budgetToDate?: Maybe<Scalars['Float']['output']>;
  /** Outcome minus budget to date. */
  deviationToDate?: Maybe<Scalars['Float']['output']>;
  /** The budget for the full year: the month's annual target, or the plan's for the year (Målvärden och budget). */
  fullYearBudget?: Maybe<Scalars['Float']['output']>;
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  indicator: Indicator;
  /** Outcome accumulated from January to the month. */
  outcomeToDate?: Maybe<Scalars['Float']['output']>;
  /** Outcome accumulated to the same month of the previous year. */
  previousYearToDate?: Maybe<Scalars['Float']['output']>;
  /**
   * The units directly below whose lines are summed into this one, for a unit that keeps no
   * financial lines of its own (the city): computed when asked, never stored. Empty for the
   * unit's own line.
   */
  rolledUpFrom: Array<OrgUnit>;
  status: ValueStatus;
};

/**
 * How good a unit's forecasts of a year were: each indicator's forecast in each round against its
 * outcome at year end. Means are taken over reported outcomes only; generated outcomes are shown
 * but not counted.
 */
export type ForecastAccuracy = {
  __typename?: 'ForecastAccuracy';
  /** The same mean per round: are later rounds better? */
  byRound: Array<RoundAccuracy>;
  /** The same mean per unit, over each unit's own indicators. */
  byUnit: Array<UnitAccuracy>;
  /** How many forecasts the mean is taken over. */
  comparedForecasts: Scalars['Int']['output'];
  /** The indicators of the unit and the units below it that were forecast in a round of the year. */
  indicators: Array<IndicatorForecastAccuracy>;
  /**
   * Mean absolute percentage error (0.05 = 5 %) over every round's forecast of every indicator with
   * a relative error: unit-free, so indicators in %, counts and kronor can be taken together.
   */
  meanAbsolutePercentageError?: Maybe<Scalars['Float']['output']>;
  orgUnit: OrgUnit;
  /** The year's rounds, oldest first. */
  rounds: Array<ForecastRound>;
  year: Scalars['Int']['output'];
};

/** One round's forecast of an indicator against the outcome at year end. */
export type ForecastError = {
  __typename?: 'ForecastError';
  absoluteError?: Maybe<Scalars['Float']['output']>;
  /** True when the round kept the previous round's figure. */
  carriedOver: Scalars['Boolean']['output'];
  /** Forecast − outcome in the indicator's unit: above zero when the forecast was too high. */
  error?: Maybe<Scalars['Float']['output']>;
  forecast?: Maybe<Scalars['Float']['output']>;
  /** The absolute error relative to the outcome (0.05 = 5 %), given only when forecast and outcome are both above zero. */
  relativeError?: Maybe<Scalars['Float']['output']>;
  round: ForecastRound;
};

/**
 * A round of forecasting in a year (the March, May and August forecasts). While it is open, the
 * full-year forecasts entered for the year are kept as the round's; a closed round never changes.
 */
export type ForecastRound = {
  __typename?: 'ForecastRound';
  /** ISO date the round's forecasts speak for (`2023-05-31`). */
  asOf: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True when the round's date is the demo data's own, not from a source document. */
  isDemoValue: Scalars['Boolean']['output'];
  /** E.g. `Prognos maj 2023`. */
  name: Scalars['String']['output'];
  status: ForecastRoundStatus;
  /** Pass back as expectedVersion when closing, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ForecastRoundStatus = 'CLOSED' | 'OPEN';

export type GenerateReportingCalendarInput = {
  /** The calendar's version when it exists; leave out for a new calendar. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The city (a root unit). */
  orgUnitId: Scalars['ID']['input'];
  /** 1–60 working days after a period's end. */
  workingDaysAfterPeriodEnd: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

/**
 * A goal: a council goal (KF-mål, "centralt mål") or a committee goal (nämndmål, "mål/delmål")
 * that contributes to one or more council goals.
 */
export type Goal = {
  __typename?: 'Goal';
  /** The activities that carry out this goal, in display order; cancelled ones only when asked for. */
  activities: Array<Activity>;
  /** The assessed fulfilment in the report period (a month), or the latest one before it; null when never assessed. */
  assessment?: Maybe<GoalAssessment>;
  /**
   * True when the user may change this goal now: a planner or administrator of its unit or a unit
   * above it, while the plan of the goal's year is open (not adopted, the year not closed).
   */
  canPlan: Scalars['Boolean']['output'];
  /** The committee goals contributing to this goal. */
  children: Array<Goal>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The indicators that measure this goal, in display order. */
  indicators: Array<Indicator>;
  level: GoalLevel;
  orgUnit: OrgUnit;
  /** The council goals this goal contributes to. */
  parents: Array<Goal>;
  perspective: Perspective;
  /** When the goal was retired from the plan (ISO date and time); null while it is part of it. */
  retiredAt?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Pass back as expectedVersion when changing the goal, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/**
 * A goal: a council goal (KF-mål, "centralt mål") or a committee goal (nämndmål, "mål/delmål")
 * that contributes to one or more council goals.
 */
export type GoalActivitiesArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A goal: a council goal (KF-mål, "centralt mål") or a committee goal (nämndmål, "mål/delmål")
 * that contributes to one or more council goals.
 */
export type GoalAssessmentArgs = {
  upTo: MonthInput;
};

/** The assessed fulfilment of a goal in one report period. */
export type GoalAssessment = {
  __typename?: 'GoalAssessment';
  comment?: Maybe<Scalars['String']['output']>;
  fulfilment: GoalFulfilment;
  goalId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type GoalAssessmentInput = {
  /** At most 4 000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; leave out when the period has no assessment yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fulfilment: GoalFulfilment;
  goalId: Scalars['ID']['input'];
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type GoalFulfilment = 'FULFILLED' | 'NOT_ASSESSED' | 'NOT_FULFILLED' | 'PARTLY_FULFILLED';

export type GoalLevel = 'COMMITTEE' | 'COUNCIL';

/** How a goal served last year was found among next year's goals. */
export type GoalMatch =
  /** A goal of the same plan, served by its carried copy if it is carried too. */
  | 'CARRIED_IN_PLAN'
  /** Next year's goal carries it forward (its lineage). */
  | 'LINEAGE'
  /** None: the link is dropped. */
  | 'NONE'
  /** Next year's goal of the same unit with the same title. */
  | 'TITLE';

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type Indicator = {
  __typename?: 'Indicator';
  /** True when the user may set its values' status by hand (setIndicatorValueStatus): an analyst of its unit. */
  canSetStatus: Scalars['Boolean']['output'];
  /** Shared by the same indicator in several org units, so they can be compared. */
  code: Scalars['String']['output'];
  /** True for volumes that add up over the year; their values are year-to-date (May holds January–May). False for levels (rates). */
  cumulative: Scalars['Boolean']['output'];
  /** Where the figures come from (a system, a survey, a register). */
  dataSource?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  direction: IndicatorDirection;
  /** The Kolada KPI id (N00945), for comparison with other municipalities. */
  externalCode?: Maybe<Scalars['String']['output']>;
  /** True when any value is saved: its unit, periodicity, direction and cumulation can then no longer change. */
  hasValues: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** A key indicator: shown as a tile on its unit's overview. */
  isKey: Scalars['Boolean']['output'];
  kind: IndicatorKind;
  /**
   * The latest value with an outcome, at the indicator's own periodicity, in a period that has
   * begun by the given month: in May, tertial 2 (May–August) so far counts, as in the monthly report.
   */
  latestValue?: Maybe<IndicatorValue>;
  /** How a level's months make up a tertial or year without a value of its own (cumulative indicators add up). */
  levelAggregation: LevelAggregation;
  name: Scalars['String']['output'];
  orgUnit: OrgUnit;
  /** The person who answers for the indicator, if one is named. */
  owner?: Maybe<IndicatorOwner>;
  periodicity: Periodicity;
  /** The miss of target beyond which the status is red. */
  redThreshold: Scalars['Float']['output'];
  /** When the indicator was retired (ISO date and time); a retired indicator takes no new values. Null while in use. */
  retiredAt?: Maybe<Scalars['String']['output']>;
  /** The full-year forecast in each forecast round of the year, oldest round first; empty when the year has no rounds. */
  roundForecasts: Array<RoundForecast>;
  /** The same indicator (by code) in other org units the user may read, for comparison; only the units named (at most 8), when given. */
  sameInOtherUnits: Array<Indicator>;
  /**
   * The series at a granularity for the years asked for (at most 20). A tertial or year without
   * a value of its own is made from its months: for cumulative indicators the year-to-date at
   * its end (their sum), for levels the latest level or the months' average (levelAggregation).
   */
  series: Array<SeriesPoint>;
  /**
   * Every set of thresholds the indicator has judged its values by, oldest first, once they changed
   * after values were saved (empty until then). A value is judged by the set in force in its
   * period's last month; the last set is the thresholds above.
   */
  thresholdHistory: Array<IndicatorThresholdSet>;
  /** Whether the thresholds are per cent of the target or in the indicator's unit. */
  thresholdKind: ThresholdKind;
  unit: IndicatorUnit;
  /** How a parent unit without the indicator of its own shows its units' figures of it (the city's tile). */
  unitRollup: UnitRollup;
  /** The value of one period (`2023-05`, `2023-T2`, `2023`), or null. */
  value?: Maybe<IndicatorValue>;
  /** Pass back as expectedVersion when changing the indicator, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  /**
   * A statistical projection of the year-end outcome from the outcomes up to the month, beside the
   * full-year forecast people last entered; null before the year's first outcome.
   */
  yearEndProjection?: Maybe<YearEndProjection>;
  /** The miss of target beyond which the status is yellow (for ON_TARGET: the distance either way). */
  yellowThreshold: Scalars['Float']['output'];
};

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type IndicatorLatestValueArgs = {
  upTo: MonthInput;
};

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type IndicatorRoundForecastsArgs = {
  year: Scalars['Int']['input'];
};

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type IndicatorSameInOtherUnitsArgs = {
  orgUnitCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type IndicatorSeriesArgs = {
  fromYear: Scalars['Int']['input'];
  granularity: Periodicity;
  toYear: Scalars['Int']['input'];
};

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type IndicatorValueArgs = {
  period: Scalars['String']['input'];
};

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type IndicatorYearEndProjectionArgs = {
  upTo: MonthInput;
};

/** An indicator's definition as the library's form edits it. */
export type IndicatorDefinitionInput = {
  /** True for volumes that add up over the year; false for levels. */
  cumulative: Scalars['Boolean']['input'];
  /** Where the figures come from. */
  dataSource?: InputMaybe<Scalars['String']['input']>;
  /** What is measured and how. */
  description?: InputMaybe<Scalars['String']['input']>;
  direction: IndicatorDirection;
  /** A Kolada KPI id: a capital letter and five digits (N00945). */
  externalCode?: InputMaybe<Scalars['String']['input']>;
  /** Shown as a tile on its unit's overview. */
  isKey: Scalars['Boolean']['input'];
  /** How a level's months make up a tertial or year (ignored for cumulative indicators). */
  levelAggregation: LevelAggregation;
  name: Scalars['String']['input'];
  /** The user who answers for it, or null. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  periodicity: Periodicity;
  /** The miss of target beyond which the status is red; at least the yellow threshold. */
  redThreshold: Scalars['Float']['input'];
  /** Whether the thresholds are per cent of the target or in the unit. */
  thresholdKind: ThresholdKind;
  unit: IndicatorUnit;
  /** How a parent unit shows the units' figures; SUM is refused for a rate or an index that is not cumulative. */
  unitRollup: UnitRollup;
  /** The miss of target beyond which the status is yellow; 0 or more. */
  yellowThreshold: Scalars['Float']['input'];
};

export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'ON_TARGET';

/** One indicator's forecasts of a year against the outcome at year end. */
export type IndicatorForecastAccuracy = {
  __typename?: 'IndicatorForecastAccuracy';
  /** The forecast of each round of the year, oldest first. */
  forecasts: Array<ForecastError>;
  indicator: Indicator;
  /** Mean of the rounds' absolute errors in the indicator's own unit; null without a reported outcome. */
  meanAbsoluteError?: Maybe<Scalars['Float']['output']>;
  /** Mean of the rounds' relative errors (0.05 = 5 %); null without a reported outcome or relative errors. */
  meanAbsolutePercentageError?: Maybe<Scalars['Float']['output']>;
  /** The outcome the year ended at; null while the values do not reach the end of the year. */
  outcome?: Maybe<Scalars['Float']['output']>;
  /** True when that outcome was generated to fill the series, not reported: it is not counted in any mean. */
  outcomeIsSynthetic: Scalars['Boolean']['output'];
};

export type IndicatorKind = 'FINANCIAL' | 'PERFORMANCE';

/** Which indicators the library lists. */
export type IndicatorLibraryFilter = {
  /** Only indicators linked to this goal. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit whose indicators (and those of the units below it) are listed. */
  orgUnitCode: Scalars['String']['input'];
  /** Only indicators linked to a goal of this perspective. */
  perspectiveId?: InputMaybe<Scalars['ID']['input']>;
  /** ACTIVE (the default), RETIRED or ALL. */
  retirement?: InputMaybe<IndicatorRetirementFilter>;
};

/** A person who can answer for an indicator. */
export type IndicatorOwner = {
  __typename?: 'IndicatorOwner';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Whether the library lists indicators in use, retired ones or both. */
export type IndicatorRetirementFilter = 'ACTIVE' | 'ALL' | 'RETIRED';

/** A set of thresholds an indicator judged its values by from a month on. */
export type IndicatorThresholdSet = {
  __typename?: 'IndicatorThresholdSet';
  /** When the change was saved (ISO date and time); null for the set in force from the first value. */
  changedAt?: Maybe<Scalars['String']['output']>;
  /** Who saved it; null for the first set or a removed user. */
  changedBy?: Maybe<Scalars['String']['output']>;
  /** The first month it judged (`2024-01`); null for the set in force from the first value. */
  fromMonth?: Maybe<Scalars['String']['output']>;
  /** The miss of target beyond which the status is red. */
  redThreshold: Scalars['Float']['output'];
  thresholdKind: ThresholdKind;
  /** The miss of target beyond which the status is yellow (the tolerance rule's, for a set from before thresholds). */
  yellowThreshold: Scalars['Float']['output'];
};

export type IndicatorUnit = 'COUNT' | 'DAYS' | 'FTE' | 'INDEX' | 'MNKR' | 'PERCENT' | 'TERABYTE' | 'TKR';

/** The figures of one indicator for one period. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  annualTarget?: Maybe<Scalars['Float']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  granularity: Periodicity;
  id: Scalars['ID']['output'];
  /** Generated to fill a series between the known points, not a real figure. */
  isSynthetic: Scalars['Boolean']['output'];
  /** True when the targets were copied from the year before by a roll-over and are a proposal (förslag) until a planner confirms or changes them. */
  isTargetProposal: Scalars['Boolean']['output'];
  outcome?: Maybe<Scalars['Float']['output']>;
  /** The period as a key: `2023` (year), `2023-T2` (tertial) or `2023-05` (month). */
  period: Scalars['String']['output'];
  /** Month 1–12, tertial 1–3, or 1 for a year. */
  periodNumber: Scalars['Int']['output'];
  periodTarget?: Maybe<Scalars['Float']['output']>;
  /** The twelve months up to this month as the source reported it (entered on Registrera, imported or loaded), a monthly value's only; the series makes it from the months where it can (SeriesPoint.rolling12). */
  rolling12?: Maybe<Scalars['Float']['output']>;
  /** What the status rule says of the figures, whatever was set by hand. */
  ruleStatus: ValueStatus;
  /** The status from the status rule, or the one set by hand in its place (statusOverride). */
  status: ValueStatus;
  /** The status an analyst set by hand in place of the rule's (GREEN, YELLOW or RED); null when the rule decides. */
  statusOverride?: Maybe<ValueStatus>;
  /** Why the status was set by hand; null when the rule decides. */
  statusOverrideReason?: Maybe<Scalars['String']['output']>;
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/**
 * One indicator's figures for one period. A figure or the comment left out keeps what is saved,
 * and null clears it: a caller sending only outcomes never erases the targets, the forecast, the
 * R12 or the comment.
 */
export type IndicatorValueInput = {
  annualTarget?: InputMaybe<Scalars['Float']['input']>;
  /** At most 4 000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; leave out when the period has no value yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fullYearForecast?: InputMaybe<Scalars['Float']['input']>;
  indicatorId: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['Float']['input']>;
  /** `2023-05`, `2023-T2` or `2023`; must exist for the indicator's periodicity or be a year. */
  period: Scalars['String']['input'];
  periodTarget?: InputMaybe<Scalars['Float']['input']>;
  /** The twelve months up to the month as the source reported it (R12): a month of a monthly indicator only, else refused (rolling12MonthsOnly). */
  rolling12?: InputMaybe<Scalars['Float']['input']>;
};

/** Several values saved together: all or nothing. */
export type IndicatorValuesInput = {
  /** At most 500 values, each indicator and period at most once. */
  values: Array<IndicatorValueInput>;
};

/** A control (kontrollmoment) of the internal control plan: what is checked, how, how often, by whom. */
export type InternalControl = {
  __typename?: 'InternalControl';
  frequency?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  method?: Maybe<Scalars['String']['output']>;
  orgUnit: OrgUnit;
  performedBy?: Maybe<Scalars['String']['output']>;
  /** The results recorded for the months of a year, in month order. */
  results: Array<ControlResult>;
  /** The risk the control checks; null for a control of its own. */
  risk?: Maybe<Risk>;
  title: Scalars['String']['output'];
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
};

/** A control (kontrollmoment) of the internal control plan: what is checked, how, how often, by whom. */
export type InternalControlResultsArgs = {
  year: Scalars['Int']['input'];
};

/** A key indicator as a tile: its latest figures, the change from a year earlier and its recent trend. */
export type KeyIndicator = {
  __typename?: 'KeyIndicator';
  /** The latest outcome minus the outcome of the same period a year earlier. */
  changeFromPreviousYear?: Maybe<Scalars['Float']['output']>;
  /**
   * The tile's figures: the latest value's, or for a rolled-up tile the units' values of the
   * latest period any of them reported by the month, rolled up. Null when there are none.
   */
  figures?: Maybe<KeyIndicatorFigures>;
  /** The unit's own indicator, or for a rolled-up tile the definition the units below share. */
  indicator: Indicator;
  /** True when the latest figure is recent enough for the month (see freshness in @lagesbild/types). */
  isReported: Scalars['Boolean']['output'];
  /** The latest value with an outcome in a period begun by the month; null when there is none, and for a rolled-up tile. */
  latest?: Maybe<IndicatorValue>;
  /**
   * The units whose figures a rolled-up tile is made of, in tree order: the children of the unit
   * that the user may read and that have a figure of the period. Empty for the unit's own indicator.
   */
  rolledUpFrom: Array<OrgUnit>;
  /** Null for the unit's own indicator; how the figures were rolled up for a tile made of the units below. */
  rollup?: Maybe<UnitRollup>;
  /**
   * Shown status: the latest value's, or NOT_ASSESSED when the indicator is not reported. A
   * rolled-up tile's is the indicator's rule applied to the rolled-up outcome and target where
   * the rollup allows it (an average; a sum against relative thresholds), else NOT_ASSESSED.
   */
  status: ValueStatus;
  /**
   * True when an analyst set the latest value's status by hand in place of the status rule's
   * (IndicatorValue.statusOverride); never for a rolled-up tile, whose status the rule gives.
   */
  statusSetByHand: Scalars['Boolean']['output'];
  /**
   * Outcomes of the last twelve periods up to the latest, oldest first; null where a period has
   * none. For a cumulative indicator each period's own amount (see amountsPerPeriod in
   * @lagesbild/types), not the year-to-date, which would fall every January.
   */
  trend: Array<Maybe<Scalars['Float']['output']>>;
  /** For a LIST rollup, each of those units' figure of the period with its own status; empty otherwise. */
  unitFigures: Array<KeyIndicatorUnitFigure>;
};

/** The figures of a key indicator's tile for one period, stored or rolled up. */
export type KeyIndicatorFigures = {
  __typename?: 'KeyIndicatorFigures';
  annualTarget?: Maybe<Scalars['Float']['output']>;
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  outcome?: Maybe<Scalars['Float']['output']>;
  /** `2023-05`, `2023-T2` or `2023`. */
  period: Scalars['String']['output'];
  periodTarget?: Maybe<Scalars['Float']['output']>;
};

/** One unit's figure in a listed (LIST) rolled-up tile. */
export type KeyIndicatorUnitFigure = {
  __typename?: 'KeyIndicatorUnitFigure';
  orgUnit: OrgUnit;
  outcome?: Maybe<Scalars['Float']['output']>;
  /** `2023-05`, `2023-T2` or `2023`. */
  period: Scalars['String']['output'];
  /** The unit's own status of the value by its indicator's rule, or the one an analyst set by hand. */
  status: ValueStatus;
  /** True when an analyst set the status by hand in place of the rule's (IndicatorValue.statusOverride). */
  statusSetByHand: Scalars['Boolean']['output'];
};

export type LevelAggregation =
  /** The average of the months' levels. */
  | 'AVERAGE'
  /** The latest month's level, for a rate already reported year-to-date. */
  | 'LATEST';

export type MergeProjectsInput = {
  /** The new project's budget (tkr), not negative; left out, the sum of the sources' budgets. */
  budgetTkr?: InputMaybe<Scalars['Float']['input']>;
  manager?: InputMaybe<Scalars['String']['input']>;
  /** ISO date of the merger, not in the future, not before any source's start or latest change of state or move. */
  mergedOn: Scalars['String']['input'];
  /** The new project's name: at most 200 characters, unique within its portfolio. */
  name: Scalars['String']['input'];
  /** At most 200 characters each. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The new project's portfolio, one the user may edit. */
  portfolioId: Scalars['ID']['input'];
  /** Why; required, at most 4 000 characters. */
  reason: Scalars['String']['input'];
  /** Two or more projects (at most 20) in portfolios the user may edit: each ends on the date, closed. */
  sources: Array<MergeSourceInput>;
};

/** A project to merge, with the version the form saw. */
export type MergeSourceInput = {
  expectedVersion: Scalars['Int']['input'];
  projectId: Scalars['ID']['input'];
};

/** An obligation whose deadline has passed and that was not done. */
export type MissingObligation = {
  __typename?: 'MissingObligation';
  /** The deadline it missed (ISO date). */
  deadline: Scalars['String']['output'];
  /** Stable key of the obligation (kind, record and period). */
  key: Scalars['ID']['output'];
  kind: ReportingObligationKind;
  /** Path in the web app that opens exactly where it is done. */
  link: Scalars['String']['output'];
  orgUnit: OrgUnit;
  period: DisciplinePeriod;
  /** The names of the people expected to do it. */
  responsible: Array<Scalars['String']['output']>;
  /** What a person reads: the indicator's name, the goal's title, … */
  title: Scalars['String']['output'];
};

/** A mitigation (åtgärd) that reduces a risk. */
export type Mitigation = {
  __typename?: 'Mitigation';
  /** The date it is due, e.g. 2023-09-30; null when open-ended. */
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True when not done and due before the month's last day (or before today, in the running month). */
  isOverdue: Scalars['Boolean']['output'];
  responsible?: Maybe<Scalars['String']['output']>;
  riskId: Scalars['ID']['output'];
  status: MitigationStatus;
  title: Scalars['String']['output'];
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
};

/** A mitigation (åtgärd) that reduces a risk. */
export type MitigationIsOverdueArgs = {
  upTo: MonthInput;
};

export type MitigationStatus = 'DONE' | 'ONGOING' | 'PLANNED';

/** A report period: a month of a year. */
export type MonthInput = {
  /** 1 to 12. */
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type MoveDirection = 'DOWN' | 'UP';

/** Moves a goal one step among the goals of its unit, year, perspective and level. */
export type MoveGoalInput = {
  direction: MoveDirection;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type MoveOrgUnitInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The new parent: neither the unit itself nor a unit below it, and not closed. */
  parentId: Scalars['ID']['input'];
  /** The day the unit moves (ISO date, not in the future); today when left out. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a mitigation to a risk (analysts of its unit). */
  addMitigation: Mitigation;
  /** Appends a status update to a project (portfolio office of the project's unit). Yellow and red need cause and action. */
  addProjectStatusUpdate: ProjectStatusUpdate;
  /** Appends a valuation to a risk's history (analysts of its unit). */
  addRiskValuation: RiskValuation;
  /**
   * Adopts the unit's plan of the year with the committee's decision (administrators of the
   * unit or above): records the revision and what it holds, and locks its goals, links and targets.
   */
  adoptPlan: Plan;
  /** Submitted → approved (an administrator of the unit): freezes a snapshot of everything the report shows. */
  approveReport: Report;
  /** Drops the preview; nothing is written. */
  cancelValueImport: ValueImport;
  /** Moves a project to another phase, e.g. from the board (portfolio office of its unit). */
  changeProjectPhase: Project;
  /** Starts, pauses, resumes, closes or decides not to start a project, with a reason (portfolio office of its unit). */
  changeProjectState: Project;
  /** Closes a forecast round for good (administrators of the whole organisation); its forecasts never change again. */
  closeForecastRound: ForecastRound;
  /** Closes a unit after its last day; it keeps its data and history (administrators of the unit or above). */
  closeOrgUnit: OrgUnit;
  /**
   * Closes a period: values, goal assessments, activity statuses and project status reports of its
   * dates are locked; a later change needs a correction reason (administrators of the city).
   */
  closeReportingPeriod: ReportingPeriod;
  /**
   * Writes next year's draft plan from the preview and the planner's decisions, in one
   * transaction; what an earlier roll-over carried is left as it is (planners of the unit).
   */
  commitRollOver: Plan;
  /**
   * Writes every new and changed row of the preview in one transaction, each value or unit
   * audited, or nothing: refused with `STALE_PREVIEW` (and the row numbers) when someone saved one
   * of the values after the preview was made, or when the org tree changed since (org units).
   */
  commitValueImport: ValueImport;
  /**
   * Confirms the proposals (förslag) a roll-over copied into these rows as the year's targets,
   * unchanged, in one audited transaction (planners of every indicator's unit): the proposal
   * marker goes, the figures stay. Rows someone else changed meanwhile are answered with CONFLICT
   * as by saveTargets; an adopted plan or closed year refuses beside the row.
   */
  confirmTargetProposals: Array<TargetRow>;
  /** Gives a year without perspectives a copy of the latest earlier year's (administrators of the city). */
  copyPerspectivesFromPreviousYear: Array<Perspective>;
  /** Creates an activity under a goal (planners of the goal's unit). */
  createActivity: Activity;
  /** Registers an assignment (planners of the responsible unit). */
  createAssignment: Assignment;
  /** Adds a recommendation with the committee's action to an audit report (planners of its unit). */
  createAuditRecommendation: AuditRecommendation;
  /** Registers an audit report (planners of the unit). */
  createAuditReport: AuditReport;
  /** Creates a goal (planners of its unit or a unit above it), last in its perspective. */
  createGoal: Goal;
  /** Creates an indicator (administrators of the unit or a unit above it). */
  createIndicator: Indicator;
  /** Adds a control to the unit's internal control plan (analysts of the unit). */
  createInternalControl: InternalControl;
  /** Creates a unit under another (administrators of the parent or a unit above it). */
  createOrgUnit: OrgUnit;
  /** Adds a perspective to a year (administrators of the city). */
  createPerspective: Perspective;
  /** Creates a portfolio in a unit (portfolio office of the unit). */
  createPortfolio: Portfolio;
  /** Creates a project, not started, in a portfolio (portfolio office of the portfolio's unit). */
  createProject: Project;
  /** Creates a draft report of a unit, type and period (an analyst of the unit); one per unit, type and period. */
  createReport: Report;
  /** Creates a risk with its first valuation (analysts of the unit). */
  createRisk: Risk;
  /** Adds a risk category, last in the order (administrators of the city). */
  createRiskCategory: RiskCategory;
  /** Creates a user account with its roles (administrators). */
  createUser: User;
  /**
   * Generates a city's calendar of a year with the rule's deadlines, or changes the rule of an
   * existing one: periods whose deadline was not moved get the rule's deadline again
   * (administrators of the city).
   */
  generateReportingCalendar: ReportingCalendar;
  /** Merges two or more projects into one new project on a date: the sources close and the new project names them as its origins (portfolio office of each source's unit and of the new project's portfolio). Returns the new project. */
  mergeProjects: Project;
  /** Moves a goal up or down within its perspective (planners of its unit). */
  moveGoal: Goal;
  /**
   * Moves a unit under another parent from a day on, keeping its earlier place for earlier
   * periods (administrators of the unit or above, and of the new parent).
   */
  moveOrgUnit: OrgUnit;
  /** Moves a project to another portfolio on a date, with its reason (portfolio office of its unit and of the portfolio it moves to). */
  moveProject: Project;
  /** Opens a forecast round (administrators of the whole organisation); refused while another round of the year is open. */
  openForecastRound: ForecastRound;
  /** Opens an adopted plan for changes as its next revision, a draft until adopted again (planners of the unit). */
  openPlanRevision: Plan;
  /** Records or corrects a control's result for a month (analysts of its unit). */
  recordControlResult: ControlResult;
  /**
   * Removes a perspective from a year, refused (field `input.id`, `perspectiveInUse`) while a goal,
   * an activity or a report section of that year points at it (administrators of the city).
   */
  removePerspective: Array<Perspective>;
  /**
   * Removes a risk category no risk is in; refused (field `input.id`, `categoryInUse`) while any
   * is: retire it instead (administrators of the city). Answers the categories left.
   */
  removeRiskCategory: Array<RiskCategory>;
  /** Renames a unit from a day on, keeping the earlier name for earlier periods (administrators of the unit or above). */
  renameOrgUnit: OrgUnit;
  /** Opens a closed period again, with a reason (administrators of the city). */
  reopenReportingPeriod: ReportingPeriod;
  /** Puts a year's perspectives in a new order (administrators of the city). */
  reorderPerspectives: Array<Perspective>;
  /**
   * Puts the risk categories, the retired ones included, in a new order: the order the register's
   * filters, the risk dialogs and the settings list them in (administrators of the city). Refused
   * beside `input.ids` (`unknownCategory`, `missingCategory`) when the ids are not exactly the
   * categories. Answers the categories in their new order.
   */
  reorderRiskCategories: Array<RiskCategory>;
  /**
   * Sends a FAILED mail again (once the mail server is put right): it waits for the job's next run
   * with its attempts counted from zero. A mail in any other state is a CONFLICT (administrators of
   * the whole organisation).
   */
  retryReminderMail: ReminderMail;
  /** Sets an activity's status and comment for a report period (analysts of the activity's unit). */
  saveActivityUpdate: ActivityUpdate;
  /** Sets an assignment's status and comment for a report month (analysts of its unit). */
  saveAssignmentUpdate: AssignmentUpdate;
  /** Sets an audit action's status and comment for a report month (analysts of the report's unit). */
  saveAuditActionUpdate: AuditActionUpdate;
  /** Saves the figures of one indicator for one period (analysts of the indicator's unit). */
  saveIndicatorValue: IndicatorValue;
  /**
   * Saves several indicators' figures in one transaction, all or nothing (analysts of every
   * indicator's unit). Invalid values are answered with BAD_USER_INPUT naming each by its place
   * (`input.values.3.outcome`); values someone else saved meanwhile with CONFLICT, listing them in
   * `extensions.current` as `{ index, indicatorId, period, current }`. Returns the saved values in
   * the order given.
   */
  saveIndicatorValues: Array<IndicatorValue>;
  /** Sets a portfolio's narrative status and changes for a month (portfolio office of its unit). */
  savePortfolioPeriodStatus: PortfolioPeriodStatus;
  /** Saves a section's analysis text as draft (an analyst of the unit; only while the report is a draft). */
  saveReportSectionText: Report;
  /**
   * Saves the targets of several indicators for a year in one audited transaction (planners of
   * every indicator's unit). Invalid targets are answered with BAD_USER_INPUT naming each cell
   * (`input.rows.3.periodTargets.4`); rows someone else changed meanwhile with CONFLICT, listing
   * them in `extensions.current` as `{ index, indicatorId }`. Returns the saved rows in the order given.
   */
  saveTargets: Array<TargetRow>;
  /** Submitted → draft, with a comment saying why (an administrator of the unit, who approves). */
  sendBackReport: Report;
  /** Cancels an activity or brings it back (planners of its unit). */
  setActivityRetired: Activity;
  /** Sets a goal's assessed fulfilment and comment for a report period (analysts of the goal's unit). */
  setGoalAssessment: GoalAssessment;
  /** Links and unlinks a goal's indicators (planners of its unit). */
  setGoalIndicators: Goal;
  /** Retires a goal or brings it back (planners of its unit). A goal is never deleted. */
  setGoalRetired: Goal;
  /** Retires an indicator or brings it back (administrators of its unit or a unit above it). */
  setIndicatorRetired: Indicator;
  /**
   * Sets a saved value's status by hand, with a reason, in place of what the status rule says, or
   * gives it back to the rule (analysts of the indicator's unit). Every view of the value (goals,
   * overview, reports, reminders) shows the status set; the indicator page says it was set by hand, and why.
   */
  setIndicatorValueStatus: IndicatorValue;
  /** Sets the signed-in person's choice of reminders: daily, weekly or none. */
  setReminderFrequency: ReminderSettings;
  /** Sets or removes the deadline of one level for a period (administrators of the city). */
  setReportingLevelDeadline: ReportingPeriod;
  /** Moves one period's deadline (administrators of the city). */
  setReportingPeriodDeadline: ReportingPeriod;
  /**
   * Sets the municipality's risk scale to 1–4 or 1–5; refused (field `input.max`,
   * `valuationsAboveScale`) when a valuation holds a value above the new maximum (administrators of the city).
   */
  setRiskScale: RiskScale;
  /** Splits a project into two or more new ones on a date: the parts begin, each naming it as its origin, and it closes (portfolio office of its unit and of the parts' portfolios). Returns the project split. */
  splitProject: Project;
  /** Draft → submitted (an analyst of the unit). */
  submitReport: Report;
  /** Changes an activity (planners of its unit). */
  updateActivity: Activity;
  /** Edits an assignment (planners of its unit, and of the new unit when it moves). */
  updateAssignment: Assignment;
  /** Edits a recommendation and its action (planners of its unit). */
  updateAuditRecommendation: AuditRecommendation;
  /** Edits an audit report (planners of its unit). */
  updateAuditReport: AuditReport;
  /** Changes a goal's title, description, perspective and the goals it serves (planners of its unit). */
  updateGoal: Goal;
  /** Changes an indicator's definition (administrators of its unit or a unit above it). */
  updateIndicator: Indicator;
  /** Changes a control (analysts of its unit). */
  updateInternalControl: InternalControl;
  /** Changes a mitigation (analysts of its risk's unit). */
  updateMitigation: Mitigation;
  /** Renames a perspective or changes its description in one year (administrators of the city). */
  updatePerspective: Perspective;
  /** Saves a portfolio's name, owner and status update interval (portfolio office of its unit). */
  updatePortfolio: Portfolio;
  /** Saves a project's details (portfolio office of its unit, and of the portfolio it moves to). */
  updateProjectDetails: Project;
  /** Changes a risk's title, description, category and owner (analysts of its unit). */
  updateRisk: Risk;
  /** Renames a risk category, retires it or puts it back in use (administrators of the city). */
  updateRiskCategory: RiskCategory;
  /** Changes a user account: name, active, password, roles (administrators). */
  updateUser: User;
};

export type MutationAddMitigationArgs = {
  input: AddMitigationInput;
};

export type MutationAddProjectStatusUpdateArgs = {
  input: ProjectStatusUpdateInput;
};

export type MutationAddRiskValuationArgs = {
  input: RiskValuationInput;
};

export type MutationAdoptPlanArgs = {
  input: AdoptPlanInput;
};

export type MutationApproveReportArgs = {
  input: ReportTransitionInput;
};

export type MutationCancelValueImportArgs = {
  id: Scalars['ID']['input'];
};

export type MutationChangeProjectPhaseArgs = {
  input: ProjectPhaseChangeInput;
};

export type MutationChangeProjectStateArgs = {
  input: ProjectStateChangeInput;
};

export type MutationCloseForecastRoundArgs = {
  input: CloseForecastRoundInput;
};

export type MutationCloseOrgUnitArgs = {
  input: CloseOrgUnitInput;
};

export type MutationCloseReportingPeriodArgs = {
  input: CloseReportingPeriodInput;
};

export type MutationCommitRollOverArgs = {
  input: CommitRollOverInput;
};

export type MutationCommitValueImportArgs = {
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type MutationConfirmTargetProposalsArgs = {
  input: ConfirmTargetProposalsInput;
};

export type MutationCopyPerspectivesFromPreviousYearArgs = {
  input: CopyPerspectivesInput;
};

export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};

export type MutationCreateAssignmentArgs = {
  input: CreateAssignmentInput;
};

export type MutationCreateAuditRecommendationArgs = {
  input: CreateAuditRecommendationInput;
};

export type MutationCreateAuditReportArgs = {
  input: CreateAuditReportInput;
};

export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};

export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};

export type MutationCreateInternalControlArgs = {
  input: CreateControlInput;
};

export type MutationCreateOrgUnitArgs = {
  input: CreateOrgUnitInput;
};

export type MutationCreatePerspectiveArgs = {
  input: CreatePerspectiveInput;
};

export type MutationCreatePortfolioArgs = {
  input: CreatePortfolioInput;
};

export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};

export type MutationCreateReportArgs = {
  input: CreateReportInput;
};

export type MutationCreateRiskArgs = {
  input: CreateRiskInput;
};

export type MutationCreateRiskCategoryArgs = {
  input: CreateRiskCategoryInput;
};

export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

export type MutationGenerateReportingCalendarArgs = {
  input: GenerateReportingCalendarInput;
};

export type MutationMergeProjectsArgs = {
  input: MergeProjectsInput;
};

export type MutationMoveGoalArgs = {
  input: MoveGoalInput;
};

export type MutationMoveOrgUnitArgs = {
  input: MoveOrgUnitInput;
};

export type MutationMoveProjectArgs = {
  input: ProjectMoveInput;
};

export type MutationOpenForecastRoundArgs = {
  input: OpenForecastRoundInput;
};

export type MutationOpenPlanRevisionArgs = {
  input: OpenPlanRevisionInput;
};

export type MutationRecordControlResultArgs = {
  input: ControlResultInput;
};

export type MutationRemovePerspectiveArgs = {
  input: RemovePerspectiveInput;
};

export type MutationRemoveRiskCategoryArgs = {
  input: RemoveRiskCategoryInput;
};

export type MutationRenameOrgUnitArgs = {
  input: RenameOrgUnitInput;
};

export type MutationReopenReportingPeriodArgs = {
  input: ReopenReportingPeriodInput;
};

export type MutationReorderPerspectivesArgs = {
  input: ReorderPerspectivesInput;
};

export type MutationReorderRiskCategoriesArgs = {
  input: ReorderRiskCategoriesInput;
};

export type MutationRetryReminderMailArgs = {
  input: RetryReminderMailInput;
};

export type MutationSaveActivityUpdateArgs = {
  input: ActivityUpdateInput;
};

export type MutationSaveAssignmentUpdateArgs = {
  input: AssignmentUpdateInput;
};

export type MutationSaveAuditActionUpdateArgs = {
  input: AuditActionUpdateInput;
};

export type MutationSaveIndicatorValueArgs = {
  input: IndicatorValueInput;
};

export type MutationSaveIndicatorValuesArgs = {
  input: IndicatorValuesInput;
};

export type MutationSavePortfolioPeriodStatusArgs = {
  input: PortfolioPeriodStatusInput;
};

export type MutationSaveReportSectionTextArgs = {
  input: SaveReportSectionTextInput;
};

export type MutationSaveTargetsArgs = {
  input: TargetsInput;
};

export type MutationSendBackReportArgs = {
  input: SendBackReportInput;
};

export type MutationSetActivityRetiredArgs = {
  input: SetActivityRetiredInput;
};

export type MutationSetGoalAssessmentArgs = {
  input: GoalAssessmentInput;
};

export type MutationSetGoalIndicatorsArgs = {
  input: SetGoalIndicatorsInput;
};

export type MutationSetGoalRetiredArgs = {
  input: SetGoalRetiredInput;
};

export type MutationSetIndicatorRetiredArgs = {
  input: SetIndicatorRetiredInput;
};

export type MutationSetIndicatorValueStatusArgs = {
  input: SetIndicatorValueStatusInput;
};

export type MutationSetReminderFrequencyArgs = {
  input: SetReminderFrequencyInput;
};

export type MutationSetReportingLevelDeadlineArgs = {
  input: SetReportingLevelDeadlineInput;
};

export type MutationSetReportingPeriodDeadlineArgs = {
  input: SetReportingPeriodDeadlineInput;
};

export type MutationSetRiskScaleArgs = {
  input: SetRiskScaleInput;
};

export type MutationSplitProjectArgs = {
  input: SplitProjectInput;
};

export type MutationSubmitReportArgs = {
  input: ReportTransitionInput;
};

export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};

export type MutationUpdateAssignmentArgs = {
  input: UpdateAssignmentInput;
};

export type MutationUpdateAuditRecommendationArgs = {
  input: UpdateAuditRecommendationInput;
};

export type MutationUpdateAuditReportArgs = {
  input: UpdateAuditReportInput;
};

export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};

export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};

export type MutationUpdateInternalControlArgs = {
  input: UpdateControlInput;
};

export type MutationUpdateMitigationArgs = {
  input: UpdateMitigationInput;
};

export type MutationUpdatePerspectiveArgs = {
  input: UpdatePerspectiveInput;
};

export type MutationUpdatePortfolioArgs = {
  input: UpdatePortfolioInput;
};

export type MutationUpdateProjectDetailsArgs = {
  input: ProjectDetailsInput;
};

export type MutationUpdateRiskArgs = {
  input: UpdateRiskInput;
};

export type MutationUpdateRiskCategoryArgs = {
  input: UpdateRiskCategoryInput;
};

export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

export type OpenForecastRoundInput = {
  /** ISO date (`2023-05-31`) within the year. */
  asOf: Scalars['String']['input'];
  /** At most 100 characters, unique within the year. */
  name: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type OpenPlanRevisionInput = {
  expectedVersion: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
};

/**
 * A node of the organisation tree: the city, a committee and its administration
 * (nämnd/förvaltning), a business area (verksamhetsområde) or a department.
 */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /**
   * True when the user may plan this unit: create and change its goals and activities. With
   * `year`, only while the unit's plan of that year is open too (not adopted, the year not
   * closed), so controls show only where a write would be accepted.
   */
  canPlan: Scalars['Boolean']['output'];
  /** The units directly below this one, in their display order. */
  children: Array<OrgUnit>;
  /** Stable identifier used in links and the URL, e.g. `intraservice`. */
  code: Scalars['String']['output'];
  /** Its dated names and places, oldest first: each holds from its day until the next. */
  history: Array<OrgUnitVersion>;
  id: Scalars['ID']['output'];
  /** True when the unit was closed before today: it keeps its history but takes no new units below it. */
  isClosed: Scalars['Boolean']['output'];
  kind: OrgUnitKind;
  /**
   * The latest month this unit has reported, its default report period: at least half of the
   * monthly indicators of the unit and the units below it have a real (not generated) outcome
   * for it. One early figure does not move it. Null when no month is reported.
   */
  latestReportMonth?: Maybe<YearMonth>;
  /** True when the signed-in user may create units below this one, rename, move and close it. For showing actions; the API checks again. */
  mayAdminister: Scalars['Boolean']['output'];
  /** Its name: today's, or the name it had on the day the tree was asked for (`orgUnits(asOf)`). */
  name: Scalars['String']['output'];
  /** The unit above this one; null for the city. */
  parent?: Maybe<OrgUnit>;
  /** Why the unit's plan of the year may not change (adopted, or the year closed); null while it may. */
  planLock?: Maybe<PlanLock>;
  /** The first day the unit existed (ISO date); null when it existed before anything was recorded here. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** The last day the unit existed (ISO date); null while it is open. */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Changes with every write; a form sends the version it was loaded with. */
  version: Scalars['Int']['output'];
};

/**
 * A node of the organisation tree: the city, a committee and its administration
 * (nämnd/förvaltning), a business area (verksamhetsområde) or a department.
 */
export type OrgUnitCanPlanArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A node of the organisation tree: the city, a committee and its administration
 * (nämnd/förvaltning), a business area (verksamhetsområde) or a department.
 */
export type OrgUnitPlanLockArgs = {
  year: Scalars['Int']['input'];
};

/** An org unit as a row of an org-unit import describes it, as read from the file. */
export type OrgUnitImportRow = {
  __typename?: 'OrgUnitImportRow';
  /** The kind as the app names it (CITY, COMMITTEE, BUSINESS_AREA, DEPARTMENT), else as written. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The code of the unit it lies under; empty for the city. */
  parentCode: Scalars['String']['output'];
  /** The first day of a new unit, or the day a rename or move takes effect (ISO date, else as written); null for today. */
  validFrom?: Maybe<Scalars['String']['output']>;
};

export type OrgUnitKind = 'BUSINESS_AREA' | 'CITY' | 'COMMITTEE' | 'DEPARTMENT';

/** A unit's name and parent from a day until its next version. */
export type OrgUnitVersion = {
  __typename?: 'OrgUnitVersion';
  name: Scalars['String']['output'];
  /** The unit it lay under then; null for the city. */
  parent?: Maybe<OrgUnit>;
  /** The day this name and place took effect (ISO date). */
  validFrom: Scalars['String']['output'];
};

/** An action of a yellow or red dimension whose due date has passed. */
export type OverdueAction = {
  __typename?: 'OverdueAction';
  action: Scalars['String']['output'];
  /** ISO date the action was due. */
  actionDueDate: Scalars['String']['output'];
  actionOwner?: Maybe<Scalars['String']['output']>;
  dimension: StatusDimension;
  project: Project;
  /** The status update that set the action. */
  statusUpdate: ProjectStatusUpdate;
};

/** An assignment past its deadline in the month and not declared complete by then. */
export type OverdueAssignment = {
  __typename?: 'OverdueAssignment';
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** ISO date. */
  deadline: Scalars['String']['output'];
  /** The assignment's id. */
  id: Scalars['ID']['output'];
  orgUnit: OrgUnit;
  /** The latest status reported up to the month; null when none was. */
  status?: Maybe<AssignmentStatus>;
  title: Scalars['String']['output'];
};

/** An audit recommendation whose action is past its due date in the month and not done. */
export type OverdueAuditAction = {
  __typename?: 'OverdueAuditAction';
  action?: Maybe<Scalars['String']['output']>;
  auditReportTitle: Scalars['String']['output'];
  /** ISO date. */
  dueDate: Scalars['String']['output'];
  /** The recommendation's id. */
  id: Scalars['ID']['output'];
  orgUnit: OrgUnit;
  recommendation: Scalars['String']['output'];
  /** The latest status reported up to the month; null when none was. */
  status?: Maybe<AuditActionStatus>;
};

/**
 * Where an org unit (with everything below it) stands in a month: the department head's first
 * screen. Every count, list and total is made of the units the user may read: a business area's
 * reader sees its committee without the sibling areas.
 */
export type Overview = {
  __typename?: 'Overview';
  /** What needs the reader in the month: the things themselves, each to be opened. */
  attention: Attention;
  /** How many indicators and projects changed colour in all, of which `changes` lists the first. */
  changeCount: Scalars['Int']['output'];
  /**
   * Indicators and projects whose status colour changed since the month before, the most
   * serious first (for the worse before for the better, the reddest first), at most `first`.
   */
  changes: Array<StatusChange>;
  /**
   * The key indicators of the unit and those below it, as tiles. A unit without key indicators
   * of its own (the city) shows one tile per key indicator code of the units below, their
   * figures rolled up as the indicator's unitRollup says, from the units the user may read.
   */
  keyIndicators: Array<KeyIndicator>;
  month: YearMonth;
  orgUnit: OrgUnit;
  /** Goal fulfilment and indicator statuses per perspective. */
  perspectives: Array<PerspectiveSummary>;
  /** Projects whose latest status update is red on time, cost or result. */
  redProjects: Array<ProjectSummary>;
  /** The five highest-scored risks, by their latest valuation. */
  topRisks: Array<RiskSummary>;
};

/**
 * Where an org unit (with everything below it) stands in a month: the department head's first
 * screen. Every count, list and total is made of the units the user may read: a business area's
 * reader sees its committee without the sibling areas.
 */
export type OverviewChangesArgs = {
  first?: Scalars['Int']['input'];
};

/** One person's reporting over the year, within the units the reader may read. */
export type OwnerDiscipline = {
  __typename?: 'OwnerDiscipline';
  counts: DisciplineCounts;
  name: Scalars['String']['output'];
  /** The user's id. */
  userId: Scalars['ID']['output'];
};

export type Periodicity = 'MONTH' | 'TERTIAL' | 'YEAR';

/**
 * A perspective of the city's steering model (Kund och ägare, Medarbetare, Process, Ekonomi,
 * Hållbarhet) as it is in one year. Its id and code stay the same from year to year; its name,
 * place and description are the year's own, so renaming it for next year leaves this year as it was.
 */
export type Perspective = {
  __typename?: 'Perspective';
  /** Stable identifier within the city, e.g. `kund-och-agare`. */
  code: Scalars['String']['output'];
  /** What the perspective covers in `year`; empty when none was written. */
  description: Scalars['String']['output'];
  /** The perspective's identity, the same in every year (goals and reports point at it). */
  id: Scalars['ID']['output'];
  /** Its name in `year`. */
  name: Scalars['String']['output'];
  /** Its place among the year's perspectives (1 first). */
  sortOrder: Scalars['Int']['output'];
  /** Changes with every write to the perspective's year; a form sends the version it was loaded with. */
  version: Scalars['Int']['output'];
  /** The year this name, place and description hold for. */
  year: Scalars['Int']['output'];
};

/** Counts of goals by assessed fulfilment and of their indicators by status, in one perspective. */
export type PerspectiveSummary = {
  __typename?: 'PerspectiveSummary';
  /**
   * The unit's own council goals (KF-mål) in the perspective: the city's, which the committees
   * assess through the committee goals serving them (Mål och indikatorer shows each council goal
   * by committee). Zero for a unit below the city.
   */
  councilGoals: Scalars['Int']['output'];
  goalsFulfilled: Scalars['Int']['output'];
  goalsNotAssessed: Scalars['Int']['output'];
  goalsNotFulfilled: Scalars['Int']['output'];
  goalsPartlyFulfilled: Scalars['Int']['output'];
  indicatorsGreen: Scalars['Int']['output'];
  /** Indicators without an outcome, or whose latest figure is too old for the month (not reported). */
  indicatorsNotReported: Scalars['Int']['output'];
  indicatorsRed: Scalars['Int']['output'];
  indicatorsYellow: Scalars['Int']['output'];
  perspective: Perspective;
};

/**
 * A unit's operational plan (verksamhetsplan) for a year. Its content is the goals of the
 * unit's year (and of the units below it that have no plan of their own), the goals they
 * serve, the indicators that measure them and those indicators' targets for the year.
 */
export type Plan = {
  __typename?: 'Plan';
  /** The case number (diarienummer) of the committee's decision; null while a draft. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** The day the committee adopted this revision (ISO date); null while it is a draft. */
  decisionDate?: Maybe<Scalars['String']['output']>;
  /** While a new revision is drafted: what it changes of the last adopted revision so far. */
  draftChanges: Array<PlanChange>;
  id: Scalars['ID']['output'];
  orgUnit: OrgUnit;
  /** The revision being drafted (DRAFT) or last adopted (ADOPTED); 1 for the first. */
  revision: Scalars['Int']['output'];
  /** The adopted revisions, newest first. */
  revisions: Array<PlanRevision>;
  /** The year this plan was rolled over from, when it was. */
  rolledOverFromYear?: Maybe<Scalars['Int']['output']>;
  status: PlanStatus;
  /** Changes with every write; a form sends the version it was loaded with. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One difference between two revisions of a plan. */
export type PlanChange = {
  __typename?: 'PlanChange';
  /** A renamed goal's new title. */
  after?: Maybe<Scalars['String']['output']>;
  afterValue?: Maybe<Scalars['Float']['output']>;
  /** A renamed goal's old title. */
  before?: Maybe<Scalars['String']['output']>;
  beforeValue?: Maybe<Scalars['Float']['output']>;
  kind: PlanChangeKind;
  /** The goal served or the indicator linked; for a target, its period (`2023-05`, `2023-T2`, `2023`). */
  object?: Maybe<Scalars['String']['output']>;
  /** The goal the change is about; for a target, its indicator. */
  subject: Scalars['String']['output'];
  /** Which target of the period changed. */
  targetField?: Maybe<PlanTargetField>;
};

export type PlanChangeKind =
  | 'GOAL_ADDED'
  /** The goal serves another goal (a council goal) it did not before. */
  | 'GOAL_LINK_ADDED'
  | 'GOAL_LINK_REMOVED'
  | 'GOAL_REMOVED'
  | 'GOAL_RENAMED'
  | 'INDICATOR_LINK_ADDED'
  | 'INDICATOR_LINK_REMOVED'
  | 'TARGET_ADDED'
  | 'TARGET_CHANGED'
  | 'TARGET_REMOVED';

/** Why a unit's plan of a year may not change. */
export type PlanLock =
  /** The plan (the unit's, or that of the unit above it that it follows) is adopted: open a new revision to change it. */
  | 'PLAN_ADOPTED'
  /** The year's annual report is approved: the year's plan no longer changes. */
  | 'YEAR_CLOSED';

/** A unit's plan of a year as the plan page shows it, also before the plan exists. */
export type PlanOfYear = {
  __typename?: 'PlanOfYear';
  /** Why the unit's plan of the year may not change; null while it may. */
  lock?: Maybe<PlanLock>;
  /** True when the signed-in user may adopt the plan (administrators of the unit). For showing actions; the API checks again. */
  mayAdopt: Scalars['Boolean']['output'];
  /** True when the signed-in user may open a revision and roll the plan over (planners and administrators). */
  mayPlan: Scalars['Boolean']['output'];
  orgUnit: OrgUnit;
  /** The unit's own plan of the year; null until it is adopted or rolled over for the first time. */
  plan?: Maybe<Plan>;
  year: Scalars['Int']['output'];
};

/** One adopted revision of a plan. */
export type PlanRevision = {
  __typename?: 'PlanRevision';
  /** When it was recorded as adopted (ISO date and time). */
  adoptedAt: Scalars['String']['output'];
  /** Who recorded the adoption; null when their account was removed. */
  adoptedBy?: Maybe<Author>;
  caseNumber: Scalars['String']['output'];
  /** What changed since the revision before it (empty for the first). */
  changes: Array<PlanChange>;
  /** The day the committee decided (ISO date). */
  decisionDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
};

export type PlanStatus =
  /** Adopted by the committee: goals, links and targets are locked until a new revision opens. */
  | 'ADOPTED'
  /** Being worked on: goals, links and targets may change. */
  | 'DRAFT';

export type PlanTargetField = 'ANNUAL_TARGET' | 'PERIOD_TARGET';

/** A development portfolio of an org unit (Digital infrastruktur, Kommunikation, HR-utveckling …) and its projects. */
export type Portfolio = {
  __typename?: 'Portfolio';
  /** The sum of its projects' budgets and costs to date. */
  budget: PortfolioBudget;
  /** True when the viewer may edit the portfolio and its projects. For showing actions; the API checks again. */
  canEdit: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orgUnit: OrgUnit;
  /** Actions of the projects' latest status updates up to the month's end whose due date had passed by the month's end (or today, if earlier), by due date. */
  overdueActions: Array<OverdueAction>;
  /** The person who owns the portfolio (portföljägare); null when not set. */
  owner?: Maybe<Scalars['String']['output']>;
  /** The owner's account when they have one (then `owner` is the account's name); null for a name without an account. */
  ownerUserId?: Maybe<Scalars['ID']['output']>;
  /** The narrative status and changes of the month, or of the latest month before it; null when never written. */
  periodStatus?: Maybe<PortfolioPeriodStatus>;
  /** The portfolio's projects, by name. */
  projects: Array<Project>;
  /** The projects that belonged to the portfolio at the end of the month (read from their dated moves), by name. */
  projectsAsOf: Array<Project>;
  /** A started project without a status update for longer than this many weeks has no recent status update. */
  statusUpdateIntervalWeeks: Scalars['Int']['output'];
  /** Pass back as expectedVersion when saving the portfolio, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
};

/** A development portfolio of an org unit (Digital infrastruktur, Kommunikation, HR-utveckling …) and its projects. */
export type PortfolioOverdueActionsArgs = {
  upTo: MonthInput;
};

/** A development portfolio of an org unit (Digital infrastruktur, Kommunikation, HR-utveckling …) and its projects. */
export type PortfolioPeriodStatusArgs = {
  upTo: MonthInput;
};

/** A development portfolio of an org unit (Digital infrastruktur, Kommunikation, HR-utveckling …) and its projects. */
export type PortfolioProjectsAsOfArgs = {
  month: MonthInput;
};

/** A portfolio's money: the sums of its projects' figures (thousands of kronor). */
export type PortfolioBudget = {
  __typename?: 'PortfolioBudget';
  /** The sum of the projects' budgets; projects without a budget count as nothing, and one split or merged into others counts through them. */
  budgetTkr: Scalars['Float']['output'];
  /** The sum of the projects' costs to date (the forecast the portfolio office keeps). */
  costToDateTkr: Scalars['Float']['output'];
  /** The sum of the projects' final cost forecasts; projects without a forecast count as nothing. */
  forecastTkr: Scalars['Float']['output'];
  /** How many of the projects (leaving out those split or merged into others) have no budget recorded. */
  projectsWithoutBudget: Scalars['Int']['output'];
  /** How many of the projects have no forecast recorded. */
  projectsWithoutForecast: Scalars['Int']['output'];
};

/** The portfolio period status: the portfolio office's narrative of a portfolio and its changes in one month. Not a project's status update (ProjectStatusUpdate), nor a report (Report). */
export type PortfolioPeriodStatus = {
  __typename?: 'PortfolioPeriodStatus';
  changes?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  narrative: Scalars['String']['output'];
  portfolioId: Scalars['ID']['output'];
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type PortfolioPeriodStatusInput = {
  /** At most 10 000 characters. */
  changes?: InputMaybe<Scalars['String']['input']>;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; leave out when the month has no status yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Int']['input'];
  /** Required, at most 10 000 characters. */
  narrative: Scalars['String']['input'];
  portfolioId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** A user who may be named owner or manager of a portfolio or project, or owner of an action: only the name is shown. */
export type PortfolioPersonOption = {
  __typename?: 'PortfolioPersonOption';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A development project of a portfolio. */
export type Project = {
  __typename?: 'Project';
  actualEnd?: Maybe<Scalars['String']['output']>;
  actualStart?: Maybe<Scalars['String']['output']>;
  budgetTkr?: Maybe<Scalars['Float']['output']>;
  /** True when the viewer may edit the project and file its status updates. For showing actions; the API checks again. */
  canEdit: Scalars['Boolean']['output'];
  costToDateTkr?: Maybe<Scalars['Float']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The forecast of the final cost (slutkostnadsprognos), thousands of kronor; null when not given. */
  forecastTkr?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  manager?: Maybe<Scalars['String']['output']>;
  /** The manager's account when they have one (then `manager` is the account's name); null for a name without an account. */
  managerUserId?: Maybe<Scalars['ID']['output']>;
  /** Every move to another portfolio, oldest first. */
  moves: Array<ProjectMove>;
  name: Scalars['String']['output'];
  /** The projects this one was split from or merged from; empty for a project that began on its own. */
  origins: Array<ProjectLineageLink>;
  owner?: Maybe<Scalars['String']['output']>;
  /** The owner's account when they have one (then `owner` is the account's name); null for a name without an account. */
  ownerUserId?: Maybe<Scalars['ID']['output']>;
  /** For a paused project: the date it is to resume. */
  pausedUntil?: Maybe<Scalars['String']['output']>;
  /** Where the project is in the project model; null when not set. */
  phase?: Maybe<ProjectPhase>;
  plannedEnd?: Maybe<Scalars['String']['output']>;
  /** ISO dates (2024-08-31); null when not known. */
  plannedStart?: Maybe<Scalars['String']['output']>;
  portfolio: Portfolio;
  /** The portfolio the project belonged to at the end of the month, read from its dated moves. */
  portfolioAsOf: Portfolio;
  state: ProjectState;
  /** The project's state at the end of the month, read from its dated changes of state (a project closed later shows as it was then). */
  stateAsOf: ProjectState;
  /** Every change of state with its reason, oldest first. */
  stateChanges: Array<ProjectStateChange>;
  /** The project's status as of the end of a month: its latest status update there and what to make of it. */
  status: ProjectStatus;
  /** Every status update, newest first. */
  statusUpdates: Array<ProjectStatusUpdate>;
  /** The projects this one was split into or merged into; empty while it has not been. */
  successors: Array<ProjectLineageLink>;
  /** Pass back as expectedVersion when saving details or changing state, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
};

/** A development project of a portfolio. */
export type ProjectPortfolioAsOfArgs = {
  month: MonthInput;
};

/** A development project of a portfolio. */
export type ProjectStateAsOfArgs = {
  month: MonthInput;
};

/** A development project of a portfolio. */
export type ProjectStatusArgs = {
  upTo: MonthInput;
};

export type ProjectDetailsInput = {
  actualEnd?: InputMaybe<Scalars['String']['input']>;
  actualStart?: InputMaybe<Scalars['String']['input']>;
  /** Not negative. */
  budgetTkr?: InputMaybe<Scalars['Float']['input']>;
  costToDateTkr?: InputMaybe<Scalars['Float']['input']>;
  /** At most 4 000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  /** Not negative. */
  forecastTkr?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  manager?: InputMaybe<Scalars['String']['input']>;
  /** The manager's account, as ownerUserId. */
  managerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 200 characters. */
  name: Scalars['String']['input'];
  /** At most 200 characters each. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The owner's account, one of portfolioPersonOptions of the portfolio's unit (or the one already linked); the owner's name is then the account's. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  phase?: InputMaybe<ProjectPhase>;
  plannedEnd?: InputMaybe<Scalars['String']['input']>;
  /** ISO dates; an end may not be before its start. */
  plannedStart?: InputMaybe<Scalars['String']['input']>;
  /** A portfolio the user may edit; moving the project there. */
  portfolioId: Scalars['ID']['input'];
};

/** How one project led to another: split into parts, or merged with others into one. */
export type ProjectLineageKind = 'MERGE' | 'SPLIT';

/** A link of a project's lineage: the project on the other side (an origin or a successor), and when and how the one led to the other. */
export type ProjectLineageLink = {
  __typename?: 'ProjectLineageLink';
  /** Who split or merged; null for removed users. */
  author?: Maybe<Author>;
  id: Scalars['ID']['output'];
  kind: ProjectLineageKind;
  /** ISO date of the split or merger: the origin ended and the successor began that day. */
  occurredOn: Scalars['String']['output'];
  /** The project on the other side: the origin in `origins`, the successor in `successors`. */
  project: Project;
  /** Why the project was split or merged. */
  reason: Scalars['String']['output'];
};

/** A project's move from one portfolio to another on a date, with its reason: a dated event of its history. */
export type ProjectMove = {
  __typename?: 'ProjectMove';
  author?: Maybe<Author>;
  /** The portfolio the project left. */
  fromPortfolio: Portfolio;
  id: Scalars['ID']['output'];
  /** ISO date of the move. */
  movedOn: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** Why; empty for a move saved with the project's details. */
  reason: Scalars['String']['output'];
  /** The portfolio the project moved to. */
  toPortfolio: Portfolio;
};

export type ProjectMoveInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  /** ISO date of the move, not in the future and not before the project's latest move. */
  movedOn: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  /** Why; required, at most 4 000 characters. */
  reason: Scalars['String']['input'];
  /** Another portfolio the user may edit. */
  toPortfolioId: Scalars['ID']['input'];
};

/** The phases of the project model, in order: initiering, planering, genomförande, avslut. Beside a project's state (started, paused …). */
export type ProjectPhase = 'CLOSURE' | 'EXECUTION' | 'INITIATION' | 'PLANNING';

export type ProjectPhaseChangeInput = {
  /** The version the board was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  phase: ProjectPhase;
  projectId: Scalars['ID']['input'];
};

/** Where a project is in its life: not started, started, paused, closed, or decided not to start. */
export type ProjectState = 'CLOSED' | 'NOT_STARTED' | 'PAUSED' | 'STARTED' | 'WILL_NOT_START';

/** A change of state the portfolio office can make; which ones a state allows is in @lagesbild/types. */
export type ProjectStateAction = 'CLOSE' | 'PAUSE' | 'RESUME' | 'START' | 'WILL_NOT_START';

/** A change of a project's state, with its reason. */
export type ProjectStateChange = {
  __typename?: 'ProjectStateChange';
  author?: Maybe<Author>;
  /** ISO date of the change. */
  changedOn: Scalars['String']['output'];
  fromState?: Maybe<ProjectState>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  toState: ProjectState;
};

export type ProjectStateChangeInput = {
  action: ProjectStateAction;
  /** ISO date of the change, not in the future. */
  changedOn: Scalars['String']['input'];
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  /** For PAUSE, required: the ISO date the project is to resume, after changedOn. Ignored otherwise. */
  pausedUntil?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  /** Why; required, at most 4 000 characters. */
  reason: Scalars['String']['input'];
};

/** A project's status as of the end of a month. */
export type ProjectStatus = {
  __typename?: 'ProjectStatus';
  /** The latest status update up to the end of the month; null when there is none. */
  latestStatusUpdate?: Maybe<ProjectStatusUpdate>;
  /** True for a started project whose latest status update (or start) is older than the portfolio's status update interval. */
  noRecentStatusUpdate: Scalars['Boolean']['output'];
  /** How many status updates ago the overall colour (the worst dimension) last changed; 0 when the latest one changed it, null when it never changed. */
  statusUpdatesSinceColourChange?: Maybe<Scalars['Int']['output']>;
};

/** The portfolio office's dated status of a project on time, cost and result, with the cause and action of each deviation. Not a report (Report): status updates are appended, never overwritten. */
export type ProjectStatusUpdate = {
  __typename?: 'ProjectStatusUpdate';
  /** Who filed the status update; null for the demo data and for removed users. */
  author?: Maybe<Author>;
  comment?: Maybe<Scalars['String']['output']>;
  cost: RagStatus;
  /** ISO 8601 time the status update was filed. */
  createdAt: Scalars['String']['output'];
  /** Cause and action of each yellow or red dimension. */
  deviations: Array<StatusDeviation>;
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  result: RagStatus;
  /** ISO date the status is as of. */
  statusDate: Scalars['String']['output'];
  time: RagStatus;
};

export type ProjectStatusUpdateInput = {
  /** The latest status update the form was opened with; leave out when the project had none. A newer one means someone else filed first. */
  basedOnStatusUpdateId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 4 000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  cost: DimensionStatusInput;
  projectId: Scalars['ID']['input'];
  result: DimensionStatusInput;
  /** ISO date, not in the future. */
  statusDate: Scalars['String']['input'];
  time: DimensionStatusInput;
};

/** A project as the overview lists it: its latest status update. */
export type ProjectSummary = {
  __typename?: 'ProjectSummary';
  cost: RagStatus;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orgUnit: OrgUnit;
  portfolioName: Scalars['String']['output'];
  result: RagStatus;
  /** ISO date of the latest status update. */
  statusDate: Scalars['String']['output'];
  time: RagStatus;
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

export type Query = {
  __typename?: 'Query';
  /** The active users who hold a role for the unit, a unit above or a unit below it: whom a planner may name as an activity's owner. */
  activityOwnerOptions: Array<ActivityOwnerOption>;
  /**
   * The assignments of an org unit and the units under it, by source and deadline; with `year`,
   * those given in that plan year and those given earlier not declared complete before it began.
   * Empty for an unknown unit.
   */
  assignments: Array<Assignment>;
  /** Active users holding a role for the unit or a unit above it, by name: who may own an audit action there (planners of the unit). */
  auditActionOwnerCandidates: Array<AuditActionOwner>;
  /** The audit log, newest first, filtered; pages of at most 100 (administrators). */
  auditLog: AuditLogPage;
  /** The audit reports of an org unit and the units under it for a plan year, newest first. */
  auditReports: Array<AuditReport>;
  /** The data entry sheet of an org unit for a report month; null for a unit the user may not read. */
  dataEntrySheet?: Maybe<DataEntrySheet>;
  /** The economy of an org unit up to a month; null for an unknown unit. */
  economy?: Maybe<Economy>;
  /** The portfolios the viewer may edit, in display order: where a project can be moved. */
  editablePortfolios: Array<Portfolio>;
  /** How good the forecasts of a year were for a unit and the units below it; null for an unknown unit. */
  forecastAccuracy?: Maybe<ForecastAccuracy>;
  /** The years that have forecast rounds, latest first. */
  forecastRoundYears: Array<Scalars['Int']['output']>;
  /** The forecast rounds of a year, oldest first. */
  forecastRounds: Array<ForecastRound>;
  /** The goals a new or changed goal of the unit and year may serve: council goals of the city, committee goals of the units above it. */
  goalParentOptions: Array<Goal>;
  /**
   * The goals of an org unit and the units under it for a year (their committee goals and the
   * council goals those serve), in display order; empty for an unknown unit.
   */
  goals: Array<Goal>;
  /** Every change of one record, newest first. */
  history: Array<AuditEvent>;
  /** One indicator, or null when there is none the user may read. */
  indicator?: Maybe<Indicator>;
  /** The indicator library: the indicators of a unit and the units below it that the user may read, by unit and name. */
  indicatorLibrary: Array<Indicator>;
  /** The active users an administrator may name as an indicator's owner (administrators only). */
  indicatorOwnerOptions: Array<IndicatorOwner>;
  /** The indicators with this code in any unit the user may read: the definition others already measure. */
  indicatorsByCode: Array<Indicator>;
  /** The internal control plan of an org unit and the units under it; empty for an unknown unit. */
  internalControls: Array<InternalControl>;
  /** The latest month the organisation's top units have reported (see OrgUnit.latestReportMonth): the default period of a unit that reports nothing. Null when nothing is reported. */
  latestReportMonth?: Maybe<YearMonth>;
  /** The signed-in person's choice of reminders. */
  myReminderSettings: ReminderSettings;
  /**
   * The signed-in user's to-do list (Att göra): what is due from them and not yet done, overdue by
   * up to three months or due within the coming month, earliest deadline first.
   */
  myToDo: Array<ToDoItem>;
  /** One org unit by its code, or null when there is none. */
  orgUnit?: Maybe<OrgUnit>;
  /**
   * Every org unit, parents before children and siblings in display order, closed ones
   * included. With `asOf` (an ISO date): the tree as it stood that day, each unit with the name
   * and parent it had then, and only the units that existed then.
   */
  orgUnits: Array<OrgUnit>;
  /** The overview of an org unit and everything below it that the user may read, up to a month; null for an unknown unit. */
  overview?: Maybe<Overview>;
  /**
   * The city's perspectives of a year, in order. Without `year`: the current year's, or, when the
   * current year has none yet, those of the latest year that has any (each says its year).
   */
  perspectives: Array<Perspective>;
  /** The unit's plan of the year, its lock and what the signed-in user may do with it; null for an unknown unit. */
  planOfYear?: Maybe<PlanOfYear>;
  /** The units where the viewer may create portfolios (portfolio office there), in tree order. */
  portfolioOwningUnits: Array<OrgUnit>;
  /** The active users holding a role for the unit, a unit above it or a unit below it, by name: whom the portfolio office may name as an owner, manager or action owner there. */
  portfolioPersonOptions: Array<PortfolioPersonOption>;
  /** The portfolios of an org unit and the units below it, in display order. */
  portfolios: Array<Portfolio>;
  /** One project, or null when there is none the user may read. */
  project?: Maybe<Project>;
  /** The send log: reminder mails, the latest planned first, at most 200 (administrators of the whole organisation). */
  reminderMails: Array<ReminderMail>;
  /**
   * A report by id; null when unknown, or when the user may not read its unit and every unit
   * below it (the reader of a business area does not read its committee's report).
   */
  report?: Maybe<Report>;
  /** A city's reporting calendar of a year (the root unit when no unit is given); null before it is generated. */
  reportingCalendar?: Maybe<ReportingCalendar>;
  /** The years that have a reporting calendar, latest first. */
  reportingCalendarYears: Array<Scalars['Int']['output']>;
  /** Reporting discipline of a unit and the units below it over a year; null for an unknown unit or one the user may not read. */
  reportingDiscipline?: Maybe<ReportingDiscipline>;
  /** The reports of an org unit whose period falls in the year, latest period first; none unless the user may read the unit and every unit below it. */
  reports: Array<Report>;
  /** The risk categories, in display order, the retired ones included (each says so). */
  riskCategories: Array<RiskCategory>;
  /** The municipality's risk scale. */
  riskScale: RiskScale;
  /** The largest probability and consequence of the municipality's risk scale (4 or 5) that the unit values on. */
  riskScaleMax: Scalars['Int']['output'];
  /** The risks of an org unit and the units under it, units in tree order; empty for an unknown unit. */
  risks: Array<Risk>;
  /** What rolling the unit's plan of `fromYear` over to the year after would carry (planners of the unit). */
  rollOverPreview: RollOverPreview;
  signInOptions: SignInOptions;
  /** The targets of a unit's indicators for a year; null for a unit the user may not read. */
  targetSheet?: Maybe<TargetSheet>;
  /** Every user account (administrators). */
  users: Array<User>;
  /** A preview made by the signed-in user; null when there is none of that id (or it is someone else's). */
  valueImport?: Maybe<ValueImport>;
  /** The signed-in user, or null. */
  viewer?: Maybe<Viewer>;
};

export type QueryActivityOwnerOptionsArgs = {
  orgUnitId: Scalars['ID']['input'];
};

export type QueryAssignmentsArgs = {
  orgUnitCode: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryAuditActionOwnerCandidatesArgs = {
  orgUnitCode: Scalars['String']['input'];
};

export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryAuditReportsArgs = {
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryDataEntrySheetArgs = {
  orgUnitCode: Scalars['String']['input'];
  period: MonthInput;
};

export type QueryEconomyArgs = {
  orgUnitCode: Scalars['String']['input'];
  upTo: MonthInput;
};

export type QueryForecastAccuracyArgs = {
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryForecastRoundsArgs = {
  year: Scalars['Int']['input'];
};

export type QueryGoalParentOptionsArgs = {
  orgUnitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type QueryGoalsArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryHistoryArgs = {
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
};

export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};

export type QueryIndicatorLibraryArgs = {
  filter: IndicatorLibraryFilter;
};

export type QueryIndicatorsByCodeArgs = {
  code: Scalars['String']['input'];
};

export type QueryInternalControlsArgs = {
  orgUnitCode: Scalars['String']['input'];
};

export type QueryOrgUnitArgs = {
  code: Scalars['String']['input'];
};

export type QueryOrgUnitsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

export type QueryOverviewArgs = {
  orgUnitCode: Scalars['String']['input'];
  upTo: MonthInput;
};

export type QueryPerspectivesArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPlanOfYearArgs = {
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryPortfolioPersonOptionsArgs = {
  orgUnitId: Scalars['ID']['input'];
};

export type QueryPortfoliosArgs = {
  orgUnitCode: Scalars['String']['input'];
};

export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};

export type QueryReminderMailsArgs = {
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ReminderMailStatus>;
};

export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};

export type QueryReportingCalendarArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type QueryReportingDisciplineArgs = {
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryReportsArgs = {
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryRiskScaleMaxArgs = {
  orgUnitCode: Scalars['String']['input'];
};

export type QueryRisksArgs = {
  orgUnitCode: Scalars['String']['input'];
};

export type QueryRollOverPreviewArgs = {
  fromYear: Scalars['Int']['input'];
  orgUnitId: Scalars['ID']['input'];
};

export type QueryTargetSheetArgs = {
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryValueImportArgs = {
  id: Scalars['ID']['input'];
};

export type RagStatus = 'GREEN' | 'RED' | 'YELLOW';

/** How often a person wants reminder mails. */
export type ReminderFrequency =
  /** A mail on each day something falls due: a deadline near or passed, an owned indicator turned red without an action. */
  | 'DAILY'
  /** No reminder mails. */
  | 'NONE'
  /** One digest every Monday of everything due in the coming two weeks and overdue. */
  | 'WEEKLY';

/** A reminder mail in the send log. */
export type ReminderMail = {
  __typename?: 'ReminderMail';
  attempts: Scalars['Int']['output'];
  /** ISO 8601 time it was planned. */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** How many things it lists. */
  itemCount: Scalars['Int']['output'];
  kind: ReminderMailKind;
  /** The mail server's refusal or the connection's failure of the last attempt. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 time of the next attempt while PENDING. */
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
  /** The day (2023-05-10) of a daily reminder, the ISO week (2023-W19) of a digest. */
  occasion: Scalars['String']['output'];
  /** The address it goes to. */
  recipient: Scalars['String']['output'];
  /** The recipient's name. */
  recipientName: Scalars['String']['output'];
  /** ISO 8601 time it was sent. */
  sentAt?: Maybe<Scalars['String']['output']>;
  status: ReminderMailStatus;
  subject: Scalars['String']['output'];
};

export type ReminderMailKind =
  /** The day's reminder of a person who chose DAILY. */
  | 'DAILY_REMINDER'
  /** The weekly digest of a person who chose WEEKLY. */
  | 'WEEKLY_DIGEST';

export type ReminderMailStatus =
  /** Given up after the last attempt, or interrupted while sending (never sent twice). */
  | 'FAILED'
  /** Waiting for its first attempt or a retry. */
  | 'PENDING'
  /** Being sent by an API process. */
  | 'SENDING'
  | 'SENT';

/** The signed-in person's choice of reminders. */
export type ReminderSettings = {
  __typename?: 'ReminderSettings';
  frequency: ReminderFrequency;
  /** Pass back as expectedVersion when changing the choice; null before the first choice (DAILY by default). */
  version?: Maybe<Scalars['Int']['output']>;
};

export type RemovePerspectiveInput = {
  /** The version the confirmation was shown with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The year the perspective is removed from; other years keep it. */
  year: Scalars['Int']['input'];
};

export type RemoveRiskCategoryInput = {
  /** The version the confirmation was shown with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type RenameOrgUnitInput = {
  /** The version the form was loaded with; a newer one in the database means someone else saved first. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** The day the new name takes effect (ISO date, not in the future); today when left out. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
};

export type ReopenReportingPeriodInput = {
  expectedVersion: Scalars['Int']['input'];
  periodId: Scalars['ID']['input'];
  /** Required, at most 1 000 characters: why the period opens again. */
  reason: Scalars['String']['input'];
};

export type ReorderPerspectivesInput = {
  /**
   * The year's perspectives in the order the list showed them. When someone has reordered, added or
   * removed one since, the reorder is refused as a CONFLICT carrying the year's perspectives as they
   * now are.
   */
  expectedIds: Array<Scalars['ID']['input']>;
  /** Every perspective of the year, each once, in the new order. */
  ids: Array<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type ReorderRiskCategoriesInput = {
  /**
   * The categories in the order the list showed them. When someone has reordered, added or removed
   * one since, the reorder is refused as a CONFLICT carrying the categories as they now are.
   */
  expectedIds: Array<Scalars['ID']['input']>;
  /** Every category, the retired ones included, each once, in the new order. */
  ids: Array<Scalars['ID']['input']>;
};

/**
 * A monthly, interim or annual report of an org unit (source 000): tables and charts compiled
 * from the live data for its period around the analysts' texts. Approving it freezes a snapshot
 * of everything it shows.
 */
export type Report = {
  __typename?: 'Report';
  approvedBy?: Maybe<Author>;
  /** Comments on the report, oldest first, e.g. why it was sent back. */
  comments: Array<ReportComment>;
  /** The report of the same unit for the latest earlier period (any type), compared with this one. */
  comparison: ReportComparison;
  /**
   * What the report shows: compiled from the live data while it is a draft or submitted, read
   * from the frozen snapshot once approved (later data changes do not touch it).
   */
  content: ReportContent;
  /** ISO date-time when the report was created. */
  createdAt: Scalars['String']['output'];
  /** When the report was approved and its content frozen (ISO date-time); null until then. */
  frozenAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  orgUnit: OrgUnit;
  /** The month the report runs up to: May for the monthly report of May, March and August for the interim reports, December for the annual report. */
  period: YearMonth;
  status: ReportStatus;
  type: ReportType;
  /** Incremented by every write; a save naming an older version is a conflict. */
  version: Scalars['Int']['output'];
  /** True when the signed-in user may approve the report: an administrator of its unit. */
  viewerCanApprove: Scalars['Boolean']['output'];
  /** True when the signed-in user is an analyst of its unit and it is not approved: may submit it, and write its texts while it is a draft. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type ReportActivityRow = {
  __typename?: 'ReportActivityRow';
  comment?: Maybe<Scalars['String']['output']>;
  /** ISO date. */
  endDate?: Maybe<Scalars['String']['output']>;
  perspectiveName: Scalars['String']['output'];
  status: ActivityStatus;
  title: Scalars['String']['output'];
};

/** An assignment whose status differs from the previous report. */
export type ReportAssignmentChange = {
  __typename?: 'ReportAssignmentChange';
  caseNumber?: Maybe<Scalars['String']['output']>;
  current: AssignmentStatus;
  previous?: Maybe<AssignmentStatus>;
  title: Scalars['String']['output'];
};

export type ReportAssignmentRow = {
  __typename?: 'ReportAssignmentRow';
  caseNumber?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  /** ISO date. */
  dueDate?: Maybe<Scalars['String']['output']>;
  isOverdue: Scalars['Boolean']['output'];
  source: AssignmentSource;
  status: AssignmentStatus;
  title: Scalars['String']['output'];
};

export type ReportBusinessAreaRow = {
  __typename?: 'ReportBusinessAreaRow';
  /** The depth under the report's unit: 0 for the unit's total, 1 for a business area, 2 below it. */
  depth: Scalars['Int']['output'];
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  isTotal: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  resultToDate?: Maybe<Scalars['Float']['output']>;
  /**
   * The units directly below whose figures are summed into this row (a unit without a stored
   * figure of its own, such as the city): computed, not stored, and marked as such. Empty for a
   * stored figure.
   */
  rolledUpFrom: Array<Scalars['String']['output']>;
};

export type ReportChangeKind = 'INDICATOR' | 'PROJECT';

/** A chart drawn from figures of the section: bars or lines over categories (periods or names). */
export type ReportChart = {
  __typename?: 'ReportChart';
  /** The x axis: period labels or names. */
  categories: Array<Scalars['String']['output']>;
  /**
   * The categories whose figures include a value the demo data generated rather than one
   * reported (see ReportIndicatorRow.isGenerated): marked in the chart and its table.
   */
  generatedCategories: Array<Scalars['String']['output']>;
  kind: ReportChartKind;
  series: Array<ReportChartSeries>;
  title: Scalars['String']['output'];
  /** The unit of every value, for axis and labels. */
  unit: IndicatorUnit;
};

export type ReportChartKind = 'BAR' | 'LINE';

export type ReportChartSeries = {
  __typename?: 'ReportChartSeries';
  /** E.g. Utfall 2023, Mål. */
  name: Scalars['String']['output'];
  /** One per category; null where there is no figure. */
  values: Array<Maybe<Scalars['Float']['output']>>;
};

/** An indicator whose status, or a project whose worst colour, differs from the previous report. */
export type ReportColourChange = {
  __typename?: 'ReportColourChange';
  current: ValueStatus;
  kind: ReportChangeKind;
  name: Scalars['String']['output'];
  /** NOT_ASSESSED when it was not in the previous report (a project listed only when yellow or red counts as green). */
  previous: ValueStatus;
};

export type ReportComment = {
  __typename?: 'ReportComment';
  author?: Maybe<Author>;
  /** ISO date-time. */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/**
 * What changed since the previous report of the same unit: indicators and projects that
 * changed colour, full-year forecasts that moved, assignments whose status changed.
 */
export type ReportComparison = {
  __typename?: 'ReportComparison';
  assignmentChanges: Array<ReportAssignmentChange>;
  colourChanges: Array<ReportColourChange>;
  forecastChanges: Array<ReportForecastChange>;
  /** The previous report; null when the unit has none before this period (then every list is empty). */
  previous?: Maybe<Report>;
};

/**
 * Everything a report shows, self-contained: names and figures are copied, not referenced, so
 * that a frozen snapshot reads exactly as approved. Renderers (the web page, PDF, Word) read
 * only this.
 */
export type ReportContent = {
  __typename?: 'ReportContent';
  /** ISO date-time when the content was compiled (for a frozen report: when it was frozen). */
  compiledAt: Scalars['String']['output'];
  /** True when read from the approved snapshot. */
  isFrozen: Scalars['Boolean']['output'];
  orgUnitCode: Scalars['String']['output'];
  /** E.g. Nämnden för Intraservice. */
  orgUnitName: Scalars['String']['output'];
  period: YearMonth;
  /** In the order of source 000: summary, one per perspective, activities, assignments, economy, portfolio, risks. */
  sections: Array<ReportSectionContent>;
  type: ReportType;
};

export type ReportFinancialLineRow = {
  __typename?: 'ReportFinancialLineRow';
  budgetToDate?: Maybe<Scalars['Float']['output']>;
  fullYearBudget?: Maybe<Scalars['Float']['output']>;
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  outcomeToDate?: Maybe<Scalars['Float']['output']>;
  previousYearToDate?: Maybe<Scalars['Float']['output']>;
  /**
   * The units directly below whose lines are summed into this one, for a unit that keeps no
   * financial lines of its own (the city): computed, not stored, and marked as such. Empty for
   * the unit's own line.
   */
  rolledUpFrom: Array<Scalars['String']['output']>;
  unit: IndicatorUnit;
};

/** An indicator whose full-year forecast moved. */
export type ReportForecastChange = {
  __typename?: 'ReportForecastChange';
  current?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  previous?: Maybe<Scalars['Float']['output']>;
  unit: IndicatorUnit;
};

export type ReportGoalRow = {
  __typename?: 'ReportGoalRow';
  comment?: Maybe<Scalars['String']['output']>;
  /** The council goal (centralt mål) the committee goal serves; null for a council goal itself. */
  councilGoalTitle?: Maybe<Scalars['String']['output']>;
  fulfilment: GoalFulfilment;
  perspectiveName: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ReportIndicatorRow = {
  __typename?: 'ReportIndicatorRow';
  annualTarget?: Maybe<Scalars['Float']['output']>;
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  indicatorId: Scalars['ID']['output'];
  /**
   * True when the period's figures (outcome and period target) were generated by the demo data
   * to fill the series, not reported: marked in the report as on screen.
   */
  isGenerated: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  outcome?: Maybe<Scalars['Float']['output']>;
  periodTarget?: Maybe<Scalars['Float']['output']>;
  /** True when the same period a year earlier was generated, not reported (its outcome is marked). */
  previousYearIsGenerated: Scalars['Boolean']['output'];
  previousYearOutcome?: Maybe<Scalars['Float']['output']>;
  /** A monthly indicator's twelve months up to the report's month as reported (IndicatorValue.rolling12: entered, imported or loaded); null when none was, though the series makes one from the months (SeriesPoint.rolling12). */
  rolling12?: Maybe<Scalars['Float']['output']>;
  status: ValueStatus;
  /**
   * True when an analyst set the status by hand in place of the status rule's
   * (IndicatorValue.statusOverride); false in a snapshot frozen before reports said so.
   */
  statusSetByHand: Scalars['Boolean']['output'];
  unit: IndicatorUnit;
};

export type ReportIndicatorTable = {
  __typename?: 'ReportIndicatorTable';
  /** True when any row has a rolling-12 figure (the R12 column is shown only then). */
  hasRolling12: Scalars['Boolean']['output'];
  /** Column headings depend on the periodicity and period, e.g. Utfall T2 2022, Utfall Maj 2023. */
  periodLabel: Scalars['String']['output'];
  periodicity: Periodicity;
  /** The same period of the previous year, e.g. T2 2022. */
  previousPeriodLabel: Scalars['String']['output'];
  rows: Array<ReportIndicatorRow>;
};

export type ReportPortfolioRow = {
  __typename?: 'ReportPortfolioRow';
  changes?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  narrative?: Maybe<Scalars['String']['output']>;
};

export type ReportProjectDeviation = {
  __typename?: 'ReportProjectDeviation';
  action: Scalars['String']['output'];
  cause: Scalars['String']['output'];
  dimension: StatusDimension;
  status: RagStatus;
};

export type ReportProjectRow = {
  __typename?: 'ReportProjectRow';
  cost: RagStatus;
  /** One per yellow or red dimension. */
  deviations: Array<ReportProjectDeviation>;
  name: Scalars['String']['output'];
  portfolioName: Scalars['String']['output'];
  /** ISO date of the status update shown. */
  reportDate: Scalars['String']['output'];
  result: RagStatus;
  state: ProjectState;
  time: RagStatus;
};

export type ReportRiskRow = {
  __typename?: 'ReportRiskRow';
  categoryName: Scalars['String']['output'];
  consequence: Scalars['Int']['output'];
  /** True when the valuation is made up for the demo (the documents give none): marked in the report as on screen. */
  isDemoValue: Scalars['Boolean']['output'];
  mitigations: Array<Scalars['String']['output']>;
  probability: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/**
 * One section of a report. Which of the lists are filled depends on the kind: the summary has
 * goalSummary; a perspective has goals and indicatorTables; activities, assignments, economy,
 * portfolio and risks their own lists. The others are empty.
 */
export type ReportSectionContent = {
  __typename?: 'ReportSectionContent';
  activities: Array<ReportActivityRow>;
  /** The analysts' text in Markdown (headings, lists, bold). */
  analysisText: Scalars['String']['output'];
  analysisUpdatedAt?: Maybe<Scalars['String']['output']>;
  /** Who last saved the analysis text, and when (ISO date-time). */
  analysisUpdatedBy?: Maybe<Author>;
  /** Incremented by every save of the text; a save naming an older version is a conflict. */
  analysisVersion: Scalars['Int']['output'];
  assignments: Array<ReportAssignmentRow>;
  /**
   * Economy: result per business area to date and full-year forecast, in tkr: each area's
   * operations and their sum, each area's development and their sum, then the unit's result,
   * which is the stored result line of the financial table (never recomputed from the sums).
   */
  businessAreaResults: Array<ReportBusinessAreaRow>;
  /** Charts of the section's figures; every chart's figures are also in one of the section's tables. */
  charts: Array<ReportChart>;
  /** Portfolio: every project yellow or red on time, cost or result, with cause and action. */
  deviatingProjects: Array<ReportProjectRow>;
  /** Economy: the financial table (source 000 §2.4). */
  financialLines: Array<ReportFinancialLineRow>;
  /** Summary: each perspective's council goals and committee goals with their assessed fulfilment. */
  goalSummary: Array<ReportGoalRow>;
  /** Perspective: its goals with assessed fulfilment for the period. */
  goals: Array<ReportGoalRow>;
  /** The section's id, for saving its analysis text. */
  id: Scalars['ID']['output'];
  /** Perspective: its indicators, one table per periodicity (year, tertial, month) as in source 000. */
  indicatorTables: Array<ReportIndicatorTable>;
  kind: ReportSectionKind;
  /** Set for a perspective section. */
  perspectiveName?: Maybe<Scalars['String']['output']>;
  /** Portfolio: each portfolio's narrative for the month. */
  portfolios: Array<ReportPortfolioRow>;
  risks: Array<ReportRiskRow>;
  /** E.g. Sammanfattning, Kund och ägare, Aktiviteter. */
  title: Scalars['String']['output'];
};

export type ReportSectionKind =
  'ACTIVITIES' | 'ASSIGNMENTS' | 'ECONOMY' | 'PERSPECTIVE' | 'PORTFOLIO' | 'RISKS' | 'SUMMARY';

/** Draft → submitted → approved; a submitted report can be sent back to draft with a comment. */
export type ReportStatus = 'APPROVED' | 'DRAFT' | 'SUBMITTED';

export type ReportTransitionInput = {
  /** The report's version the user saw. */
  expectedVersion: Scalars['Int']['input'];
  reportId: Scalars['ID']['input'];
};

export type ReportType = 'ANNUAL' | 'INTERIM_AUGUST' | 'INTERIM_MARCH' | 'MONTHLY';

/**
 * A city's reporting calendar of a year: its periods and their deadlines. The default rule sets a
 * period's deadline the calendar's number of working days after the period's last day (Swedish
 * working days: no weekends, public holidays, Midsummer Eve, Christmas Eve or New Year's Eve).
 */
export type ReportingCalendar = {
  __typename?: 'ReportingCalendar';
  id: Scalars['ID']['output'];
  /** The city whose calendar it is. */
  orgUnitId: Scalars['ID']['output'];
  /** Months, tertials, the interim reports and the year, in that order. */
  periods: Array<ReportingPeriod>;
  /** Pass back as expectedVersion when changing the rule. */
  version: Scalars['Int']['output'];
  /** The default rule: a deadline is this many working days after its period's end. */
  workingDaysAfterPeriodEnd: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/**
 * Reporting discipline (for the department head): for a unit and the units below it that the reader
 * may read, per unit and period of a year, how much was reported on time, late or not at all. A
 * period is shown once it has ended; while a unit's deadline has not passed its cell is in progress.
 */
export type ReportingDiscipline = {
  __typename?: 'ReportingDiscipline';
  /** Over every unit and period shown. */
  counts: DisciplineCounts;
  /** The items not done whose deadline has passed, oldest deadline first. */
  missing: Array<MissingObligation>;
  orgUnit: OrgUnit;
  /** The people responsible for missing or late items, most behind first, at most ten. */
  ownersBehind: Array<OwnerDiscipline>;
  /** The periods of the year that have ended and have obligations, in the order of their end (months before the tertial, interim report or year ending with them). */
  periods: Array<DisciplinePeriod>;
  /** One row per unit with obligations, in tree order. */
  units: Array<UnitDiscipline>;
  /** The units with missing or late items, most behind first (most missing, then most late), at most ten. */
  unitsBehind: Array<UnitDiscipline>;
  year: Scalars['Int']['output'];
};

/** A period's deadline at one level of the organisation. */
export type ReportingLevelDeadline = {
  __typename?: 'ReportingLevelDeadline';
  /** ISO date. */
  deadline: Scalars['String']['output'];
  level: OrgUnitKind;
};

/**
 * What kind of reporting obligation something due is: the kinds of the to-do list, the reminder
 * mails and the discipline view alike.
 */
export type ReportingObligationKind =
  /** An activity's status for a month. */
  | 'ACTIVITY_STATUS'
  /** An assignment's update for a month. */
  | 'ASSIGNMENT_UPDATE'
  /** A goal's assessment for a month. */
  | 'GOAL_ASSESSMENT'
  /** An indicator's outcome for a period. */
  | 'INDICATOR_VALUE'
  /** A started project's status update, due its portfolio's interval after the last one. */
  | 'PROJECT_STATUS_UPDATE'
  /** A submitted report to approve. */
  | 'REPORT_APPROVAL'
  /** A report section to write. */
  | 'REPORT_SECTION';

/** One reporting period and its deadlines. */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** ISO 8601 time the period was last closed; null while open. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** ISO date: the deadline of every level without a deadline of its own. */
  deadline: Scalars['String']['output'];
  /** The deadline at a level of the organisation: its own, or the period's. */
  deadlineAt: Scalars['String']['output'];
  /** True when the deadline was moved away from the rule; a change of the rule leaves it. */
  deadlineMoved: Scalars['Boolean']['output'];
  /** ISO date of the period's last day. */
  endDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ReportingPeriodKind;
  /** Deadlines that differ by level (business areas before the committee). */
  levelDeadlines: Array<ReportingLevelDeadline>;
  /** The month (1–12), the tertial (1–3), the interim report (1: March, 2: August), or 1 for the year. */
  number: Scalars['Int']['output'];
  /** ISO date the calendar's rule gives the period. */
  ruleDeadline: Scalars['String']['output'];
  /** ISO date of the period's first day. */
  startDate: Scalars['String']['output'];
  status: ReportingPeriodStatus;
  /** Why the period was last closed or reopened. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Pass back as expectedVersion with every change of the period. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One reporting period and its deadlines. */
export type ReportingPeriodDeadlineAtArgs = {
  level: OrgUnitKind;
};

export type ReportingPeriodKind =
  | 'ANNUAL'
  /** The interim report (delårsrapport): number 1 covers January to March, number 2 January to August. */
  | 'INTERIM'
  | 'MONTH'
  | 'TERTIAL';

export type ReportingPeriodStatus =
  /** What was reported for the period's dates is locked: a change needs a correction reason and is audited as a correction. */
  | 'CLOSED'
  /** Values, assessments and status reports of the period's dates may be saved. */
  | 'OPEN';

export type RetryReminderMailInput = {
  /** A FAILED mail of the send log. */
  id: Scalars['ID']['input'];
};

/**
 * A risk of an org unit (source 001 §4): what could go wrong, valued by probability and
 * consequence, with the mitigations that reduce it and the controls that check them.
 */
export type Risk = {
  __typename?: 'Risk';
  category: RiskCategory;
  /** The controls of the internal control plan that check this risk. */
  controls: Array<InternalControl>;
  description?: Maybe<Scalars['String']['output']>;
  /** True when a mitigation not done was due before the month's last day (or before today, in the running month). */
  hasOverdueMitigations: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  mitigations: Array<Mitigation>;
  orgUnit: OrgUnit;
  /** Who answers for the risk (a role or a person). */
  owner?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The latest valuation on or before the month's last day; null when the risk was not yet valued. */
  valuation?: Maybe<RiskValuation>;
  /** Every valuation, oldest first: how the score moved. */
  valuations: Array<RiskValuation>;
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
};

/**
 * A risk of an org unit (source 001 §4): what could go wrong, valued by probability and
 * consequence, with the mitigations that reduce it and the controls that check them.
 */
export type RiskHasOverdueMitigationsArgs = {
  upTo: MonthInput;
};

/**
 * A risk of an org unit (source 001 §4): what could go wrong, valued by probability and
 * consequence, with the mitigations that reduce it and the controls that check them.
 */
export type RiskValuationArgs = {
  upTo: MonthInput;
};

/**
 * A category of risks: by default source 001's six (external, strategic, financial, operational,
 * compliance and irregularities, city deliveries); the municipality's administrators keep the list.
 */
export type RiskCategory = {
  __typename?: 'RiskCategory';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** A retired category is not offered for new risks; the risks already in it keep it. */
  retired: Scalars['Boolean']['output'];
  /** How many risks, of every unit, are in the category: one that has any cannot be removed, only retired. */
  riskCount: Scalars['Int']['output'];
  /** Its place in the lists (1 first). */
  sortOrder: Scalars['Int']['output'];
  /** Pass back as expectedVersion when saving, so a concurrent change is detected. */
  version: Scalars['Int']['output'];
};

/** The municipality's risk scale: every unit values probability and consequence from 1 to its maximum. */
export type RiskScale = {
  __typename?: 'RiskScale';
  /** The largest probability or consequence any valuation holds (0 when none): the scale cannot be made smaller than it. */
  largestValued: Scalars['Int']['output'];
  /** 4 or 5. */
  max: Scalars['Int']['output'];
};

/** A risk as the overview lists it: its latest valuation. */
export type RiskSummary = {
  __typename?: 'RiskSummary';
  categoryName: Scalars['String']['output'];
  consequence: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The documents give no valuation: the figures are made up for the demo. */
  isDemoValue: Scalars['Boolean']['output'];
  orgUnit: OrgUnit;
  probability: Scalars['Int']['output'];
  /** Probability times consequence. */
  score: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** One valuation of a risk; re-valuations are appended, never overwritten. */
export type RiskValuation = {
  __typename?: 'RiskValuation';
  /** 1 (small) to the scale's maximum. */
  consequence: Scalars['Int']['output'];
  /** Who recorded it; null for imported and demo valuations. */
  createdBy?: Maybe<Author>;
  id: Scalars['ID']['output'];
  /** The documents give no valuation: the figures are made up for the demo. */
  isDemoValue: Scalars['Boolean']['output'];
  /** 1 (unlikely) to the scale's maximum. */
  probability: Scalars['Int']['output'];
  reasoning?: Maybe<Scalars['String']['output']>;
  riskId: Scalars['ID']['output'];
  /** Probability times consequence. */
  score: Scalars['Int']['output'];
  /** The date of the valuation, e.g. 2023-01-01. */
  valuedOn: Scalars['String']['output'];
};

export type RiskValuationFields = {
  /** 1 to the municipality's scale maximum (4, or 5). */
  consequence: Scalars['Int']['input'];
  /** 1 to the municipality's scale maximum (4, or 5). */
  probability: Scalars['Int']['input'];
  /** At most 4 000 characters. */
  reasoning?: InputMaybe<Scalars['String']['input']>;
  /** An ISO date, e.g. 2023-01-01. */
  valuedOn: Scalars['String']['input'];
};

export type RiskValuationInput = {
  consequence: Scalars['Int']['input'];
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  probability: Scalars['Int']['input'];
  reasoning?: InputMaybe<Scalars['String']['input']>;
  riskId: Scalars['ID']['input'];
  valuedOn: Scalars['String']['input'];
};

export type Role =
  /** Users, roles and structure. */
  | 'ADMIN'
  /** Read all in scope; edit indicator values, assessments, comments and report text in scope. */
  | 'ANALYST'
  /** Approve reports in scope and send them back (the department head). Administrators approve too. */
  | 'APPROVER'
  /** Build the operational plan in scope: goals, targets, activities, assignments. Administrators plan too. */
  | 'PLANNER'
  /** Edit portfolios, projects and status updates in scope. */
  | 'PORTFOLIO_OFFICE'
  /** Department heads: read their units and below. */
  | 'VIEWER';

/** A role held for an org unit and everything below it. */
export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  orgUnit: OrgUnit;
  role: Role;
};

export type RoleAssignmentInput = {
  orgUnitId: Scalars['ID']['input'];
  role: Role;
};

/** An activity still going (its latest status neither completed nor cancelled). */
export type RollOverActivity = {
  __typename?: 'RollOverActivity';
  activityId: Scalars['ID']['output'];
  alreadyCarried: Scalars['Boolean']['output'];
  goalId: Scalars['ID']['output'];
  goalTitle: Scalars['String']['output'];
  status: ActivityStatus;
  title: Scalars['String']['output'];
};

export type RollOverActivityDecision = {
  activityId: Scalars['ID']['input'];
  carry: Scalars['Boolean']['input'];
};

/**
 * An open assignment (not complete). Assignments have no year: an open one stays on the unit's
 * list until it is complete, so it is listed here and not copied.
 */
export type RollOverAssignment = {
  __typename?: 'RollOverAssignment';
  assignmentId: Scalars['ID']['output'];
  caseNumber?: Maybe<Scalars['String']['output']>;
  status: AssignmentStatus;
  title: Scalars['String']['output'];
};

export type RollOverGoal = {
  __typename?: 'RollOverGoal';
  /** An earlier roll-over carried it: a commit leaves it as it is. */
  alreadyCarried: Scalars['Boolean']['output'];
  goalId: Scalars['ID']['output'];
  goalLinks: Array<RollOverGoalLink>;
  perspective: Perspective;
  title: Scalars['String']['output'];
};

export type RollOverGoalDecision = {
  carry: Scalars['Boolean']['input'];
  goalId: Scalars['ID']['input'];
  /** The carried goal's new title; its old one when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A goal the carried goal served, and the goal of next year it will serve. */
export type RollOverGoalLink = {
  __typename?: 'RollOverGoalLink';
  fromTitle: Scalars['String']['output'];
  matchedBy: GoalMatch;
  toGoalId?: Maybe<Scalars['ID']['output']>;
  toTitle?: Maybe<Scalars['String']['output']>;
};

export type RollOverIndicatorLink = {
  __typename?: 'RollOverIndicatorLink';
  alreadyCarried: Scalars['Boolean']['output'];
  goalId: Scalars['ID']['output'];
  goalTitle: Scalars['String']['output'];
  indicatorId: Scalars['ID']['output'];
  indicatorName: Scalars['String']['output'];
};

export type RollOverIndicatorLinkDecision = {
  carry: Scalars['Boolean']['input'];
  goalId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
};

/** What rolling a unit's plan over to the next year proposes, node by node. */
export type RollOverPreview = {
  __typename?: 'RollOverPreview';
  activities: Array<RollOverActivity>;
  assignments: Array<RollOverAssignment>;
  fromYear: Scalars['Int']['output'];
  goals: Array<RollOverGoal>;
  indicatorLinks: Array<RollOverIndicatorLink>;
  orgUnit: OrgUnit;
  /** Next year's plan as it stands; null until the first commit. */
  targetPlan?: Maybe<Plan>;
  targets: Array<RollOverTarget>;
  toYear: Scalars['Int']['output'];
};

/** An indicator's targets of the year, to be copied to the same periods of next year as proposals (förslag). */
export type RollOverTarget = {
  __typename?: 'RollOverTarget';
  /** Next year already has targets for it: a commit leaves them as they are. */
  alreadyCarried: Scalars['Boolean']['output'];
  annualTarget?: Maybe<Scalars['Float']['output']>;
  indicatorId: Scalars['ID']['output'];
  indicatorName: Scalars['String']['output'];
  /** How many periods of the year carry a target. */
  periods: Scalars['Int']['output'];
};

export type RollOverTargetDecision = {
  carry: Scalars['Boolean']['input'];
  indicatorId: Scalars['ID']['input'];
};

export type RoundAccuracy = {
  __typename?: 'RoundAccuracy';
  comparedForecasts: Scalars['Int']['output'];
  meanAbsolutePercentageError?: Maybe<Scalars['Float']['output']>;
  round: ForecastRound;
};

/** An indicator's full-year forecast as one round left it. */
export type RoundForecast = {
  __typename?: 'RoundForecast';
  /** True when the indicator was not forecast anew in this round: the previous round's figure stands. */
  carriedOver: Scalars['Boolean']['output'];
  /** The change from the previous round's forecast; null in the first round or when either is missing. */
  changeFromPrevious?: Maybe<Scalars['Float']['output']>;
  /** Why the forecast changed, as written when it was entered. */
  comment?: Maybe<Scalars['String']['output']>;
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  round: ForecastRound;
};

export type SaveReportSectionTextInput = {
  /** The section's analysisVersion the text was edited from. */
  expectedVersion: Scalars['Int']['input'];
  sectionId: Scalars['ID']['input'];
  /** Markdown: headings, lists, bold. */
  text: Scalars['String']['input'];
};

export type SendBackReportInput = {
  /** Why it is sent back; required. */
  comment: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  reportId: Scalars['ID']['input'];
};

/** One period of an indicator's series. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  fullYearForecast?: Maybe<Scalars['Float']['output']>;
  /** True when the figures were generated to fill the series, not reported. */
  isSynthetic: Scalars['Boolean']['output'];
  outcome?: Maybe<Scalars['Float']['output']>;
  /** `2023-05`, `2023-T2` or `2023`. */
  period: Scalars['String']['output'];
  /** The outcome of the same period a year earlier. */
  previousYearOutcome?: Maybe<Scalars['Float']['output']>;
  /**
   * The twelve months up to this month (months only): as the source reported it, else made from the
   * months: a cumulative indicator's year-to-date plus what the year before added after this month,
   * or an averaged level's twelve-month average. Null for a level taken at its latest, while a month
   * it needs is missing, and for a reported month whose inputs were generated.
   */
  rolling12?: Maybe<Scalars['Float']['output']>;
  status: ValueStatus;
  /** Why the status was set by hand in place of the rule's; null when the rule decides (always, for figures made from other periods'). */
  statusOverrideReason?: Maybe<Scalars['String']['output']>;
  /** The target of the period, or the annual target when the period has none. */
  target?: Maybe<Scalars['Float']['output']>;
};

/** Cancels an activity (it leaves the plan; its monthly statuses stay) or brings it back. */
export type SetActivityRetiredInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  retired: Scalars['Boolean']['input'];
};

/** The indicators that measure a goal, all at once: those left out are unlinked. */
export type SetGoalIndicatorsInput = {
  /** The goal's version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  goalId: Scalars['ID']['input'];
  /** At most 100 indicators of the goal's unit or units below it. */
  indicatorIds: Array<Scalars['ID']['input']>;
};

/** Retires a goal from the plan (its history and assessments stay readable) or brings it back. */
export type SetGoalRetiredInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  retired: Scalars['Boolean']['input'];
};

/** Retires an indicator (it takes no new values) or brings it back into use. */
export type SetIndicatorRetiredInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  retired: Scalars['Boolean']['input'];
};

/** The status of one saved value set by hand, with a reason, or given back to the status rule. */
export type SetIndicatorValueStatusInput = {
  /** A reason for changing a closed period's value: saved as a correction (Rättelse); without it the change is refused (periodClosed). */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** The version of the value the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  indicatorId: Scalars['ID']['input'];
  /** `2023-05`, `2023-T2` or `2023`: a period the indicator has a saved value for. */
  period: Scalars['String']['input'];
  /** Why the rule's status does not tell the truth here: required with a status, at most 2 000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** GREEN, YELLOW or RED in place of the rule's status; null gives the status back to the rule. */
  status?: InputMaybe<ValueStatus>;
};

export type SetReminderFrequencyInput = {
  /** The settings' version; leave out before the first choice. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  frequency: ReminderFrequency;
};

export type SetReportingLevelDeadlineInput = {
  /** ISO date after the period's end, at most 366 days after it; null removes the level's own deadline. */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** The period's version. */
  expectedVersion: Scalars['Int']['input'];
  level: OrgUnitKind;
  periodId: Scalars['ID']['input'];
};

export type SetReportingPeriodDeadlineInput = {
  /** ISO date after the period's end, at most 366 days after it. */
  deadline: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  periodId: Scalars['ID']['input'];
};

export type SetRiskScaleInput = {
  /** The maximum the form was loaded with; another one in the database means someone else saved first. */
  expectedMax: Scalars['Int']['input'];
  /** 4 or 5. */
  max: Scalars['Int']['input'];
};

/** How one can sign in here. */
export type SignInOptions = {
  __typename?: 'SignInOptions';
  /** The demo accounts, when the demo dataset is loaded; otherwise empty. */
  demoAccounts: Array<DemoAccount>;
  /** True while no user exists: the first administrator is created on the first-run page with the setup code the server printed at start. */
  firstRun: Scalars['Boolean']['output'];
  /** True when single sign-on (OpenID Connect) is configured: sign in at /auth/oidc/sign-in. */
  singleSignOn: Scalars['Boolean']['output'];
};

export type SplitProjectInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  /** Two or more new projects (at most 20). */
  parts: Array<SplitProjectPartInput>;
  /** The project to split: it ends on the date, closed. */
  projectId: Scalars['ID']['input'];
  /** Why; required, at most 4 000 characters. */
  reason: Scalars['String']['input'];
  /** ISO date of the split, not in the future, not before the project's start or its latest change of state or move. */
  splitOn: Scalars['String']['input'];
};

/** One of the new projects a project is split into. */
export type SplitProjectPartInput = {
  /** The part's share of the budget (tkr); not negative. */
  budgetTkr?: InputMaybe<Scalars['Float']['input']>;
  manager?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters; unique among the parts and within its portfolio. */
  name: Scalars['String']['input'];
  /** At most 200 characters each. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** A portfolio the user may edit; leave out for the origin's portfolio. */
  portfolioId?: InputMaybe<Scalars['ID']['input']>;
};

/** A status colour that changed from the previous month to this one (a project's worst dimension). */
export type StatusChange = {
  __typename?: 'StatusChange';
  current: ValueStatus;
  /** True when an analyst set the indicator's current status by hand; false for a project. */
  currentSetByHand: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ChangedRecord;
  name: Scalars['String']['output'];
  orgUnit: OrgUnit;
  previous: ValueStatus;
  /** True when an analyst set the indicator's previous status by hand (IndicatorValue.statusOverride); false for a project. */
  previousSetByHand: Scalars['Boolean']['output'];
};

/** Cause (orsak) and action (åtgärd) of one yellow or red dimension of a status update. */
export type StatusDeviation = {
  __typename?: 'StatusDeviation';
  action: Scalars['String']['output'];
  /** ISO date the action is to be done; null when not given. */
  actionDueDate?: Maybe<Scalars['String']['output']>;
  /** Who is to carry out the action; null when not given. */
  actionOwner?: Maybe<Scalars['String']['output']>;
  /** The action owner's account when they have one (then `actionOwner` is the account's name); null otherwise. */
  actionOwnerUserId?: Maybe<Scalars['ID']['output']>;
  cause: Scalars['String']['output'];
  dimension: StatusDimension;
};

/** The three dimensions a status update colours. */
export type StatusDimension = 'COST' | 'RESULT' | 'TIME';

export type TargetProposalRowInput = {
  /** TargetRow.versions as loaded; a value saved or created since is a conflict. */
  expectedVersions: Array<TargetVersionInput>;
  indicatorId: Scalars['ID']['input'];
};

/** One indicator's targets for the year, with the outcomes and forecast a plan is set against (source 001 §7.1). */
export type TargetRow = {
  __typename?: 'TargetRow';
  /** The target for the whole year (årsmål, målvärde; for a financial line the full-year budget). */
  annualTarget?: Maybe<Scalars['Float']['output']>;
  /** True when the user may change this row: a planner of the indicator's unit. */
  canEdit: Scalars['Boolean']['output'];
  indicator: Indicator;
  /**
   * True while any of the row's targets is a proposal (förslag) a roll-over copied from the year
   * before: until a planner confirms it (confirmTargetProposals) or changes it, or the plan is adopted.
   */
  isProposal: Scalars['Boolean']['output'];
  /**
   * Each period's target in the order of `periods`, null where none is set. For a cumulative
   * indicator a period target is year-to-date, as its outcomes are (May holds January–May).
   */
  periodTargets: Array<Maybe<Scalars['Float']['output']>>;
  /**
   * The periods the indicator takes period targets in: the months (`2024-01` … `2024-12`) or the
   * tertials (`2024-T1` … `2024-T3`); empty for a yearly indicator, whose target is its annual target.
   */
  periods: Array<Scalars['String']['output']>;
  /** The full-year outcomes of the third and second year before, oldest first (001's Utfall 2020 and 2021 for 2023). */
  previousOutcomes: Array<YearFigure>;
  /** The latest full-year forecast of the year before (001's Prognos 2022 for 2023). */
  previousYearForecast: YearFigure;
  /** The saved values of the year the targets live on, with their versions: pass them back as expectedVersions. */
  versions: Array<TargetVersion>;
};

export type TargetRowInput = {
  annualTarget?: InputMaybe<Scalars['Float']['input']>;
  /** TargetRow.versions as loaded; a value saved or created since is a conflict. */
  expectedVersions: Array<TargetVersionInput>;
  indicatorId: Scalars['ID']['input'];
  /** One per period of the indicator's periodicity (12 months, 3 tertials, none for a yearly indicator), in order; null for none. */
  periodTargets: Array<InputMaybe<Scalars['Float']['input']>>;
};

/**
 * Målvärden och budget: a unit's targets for a year as a planner enters them, one row per
 * indicator. Targets are stored where outcomes are (IndicatorValue): a period target on the
 * period's value, the annual target on the year's value (granularity YEAR) and copied onto the
 * year's period values, so Registrera, the economy and the reports read the plan's targets
 * beside the outcomes. A value that holds only targets has no outcome, so it never counts as
 * reported (the latest report month, "not reported since" and the status all read outcomes).
 *
 * Budgets are the targets of the financial indicators (kind FINANCIAL): the budget of a cost
 * line is its targets; the operations (förvaltning) and development (utveckling) budget of a
 * business area are the targets of its result indicators RESULT_OPERATIONS and
 * RESULT_DEVELOPMENT (budget to date = period target, full-year budget = annual target), which
 * the economy reads.
 */
export type TargetSheet = {
  __typename?: 'TargetSheet';
  /** True when the user may save the targets of the unit: a planner of it or of a unit above (administrators plan too). */
  canEdit: Scalars['Boolean']['output'];
  /** True when the indicators of the units below the unit are rows too. */
  includeSubunits: Scalars['Boolean']['output'];
  orgUnit: OrgUnit;
  /** The indicators in use (retired ones take no targets), by unit in tree order, then in display order. */
  rows: Array<TargetRow>;
  year: Scalars['Int']['output'];
};

/** The version of one saved value of a target row. */
export type TargetVersion = {
  __typename?: 'TargetVersion';
  /** `2024-05`, `2024-T2` or `2024`. */
  period: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TargetVersionInput = {
  period: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** Several indicators' targets for a year, saved together: all or nothing. */
export type TargetsInput = {
  /** At most 500 rows, each indicator at most once. */
  rows: Array<TargetRowInput>;
  year: Scalars['Int']['input'];
};

/** How an indicator's yellow and red thresholds are measured. */
export type ThresholdKind =
  /** In the indicator's own unit. */
  | 'ABSOLUTE'
  /** Per cent of the target (5 = 5 %). */
  | 'RELATIVE';

/** Something due from the signed-in user and not yet done: a reporting obligation. */
export type ToDoItem = {
  __typename?: 'ToDoItem';
  /** ISO date: the last day to do it (the reporting calendar's deadline at the unit's level). */
  deadline: Scalars['String']['output'];
  /** Stable key of the obligation: its kind, record and period. */
  id: Scalars['ID']['output'];
  kind: ReportingObligationKind;
  /** Path in the app that opens where it is done. */
  link: Scalars['String']['output'];
  /** The name of the unit it is about. */
  orgUnitName: Scalars['String']['output'];
  /** True when the deadline has passed. */
  overdue: Scalars['Boolean']['output'];
  /** The reporting period it belongs to (a project status update: the month it falls due). */
  periodKind: ReportingPeriodKind;
  /** The month (1–12), the tertial (1–3), the interim report (1: March, 2: August), or 1 for the year. */
  periodNumber: Scalars['Int']['output'];
  /** The indicator's name, the goal's title, the section's title and report, … */
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type UnitAccuracy = {
  __typename?: 'UnitAccuracy';
  comparedForecasts: Scalars['Int']['output'];
  meanAbsolutePercentageError?: Maybe<Scalars['Float']['output']>;
  orgUnit: OrgUnit;
};

/** One unit's reporting over the year. */
export type UnitDiscipline = {
  __typename?: 'UnitDiscipline';
  /** The periods in which the unit had obligations, in the order of ReportingDiscipline.periods. */
  cells: Array<DisciplineCell>;
  /** Over every period shown. */
  counts: DisciplineCounts;
  orgUnit: OrgUnit;
};

/**
 * How the same indicator (by code) in several units makes up a parent unit's figure: computed
 * on reading, never stored. The average is unweighted: the units share no weight figure (the
 * demo's committees report their staff under different indicators and years), and a weight
 * that is not there would be invented.
 */
export type UnitRollup =
  /** The average of the units' figures: rates, lead times. */
  | 'AVERAGE'
  /** Each unit's figure listed, not combined: levels that must not be averaged (survey indexes). */
  | 'LIST'
  /** The units' figures added up: money, counts, volumes. */
  | 'SUM';

/** A change to an activity; another goal must be of the same unit. */
export type UpdateActivityInput = {
  /** At most 4 000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  goalId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  ownerName?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** Required, at most 500 characters. */
  title: Scalars['String']['input'];
};

export type UpdateAssignmentInput = {
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The responsible unit; a planner of both the old and the new unit may move it. */
  orgUnitId: Scalars['ID']['input'];
  source: AssignmentSource;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type UpdateAuditRecommendationInput = {
  action?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  ownerName?: InputMaybe<Scalars['String']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  recommendation: Scalars['String']['input'];
};

export type UpdateAuditReportInput = {
  auditor: Scalars['String']['input'];
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reportDate: Scalars['String']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type UpdateControlInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  frequency?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  method?: InputMaybe<Scalars['String']['input']>;
  performedBy?: InputMaybe<Scalars['String']['input']>;
  riskId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** A change to a goal: its unit, year and level stay. */
export type UpdateGoalInput = {
  /** At most 4 000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The goals it serves (at most 20), of the same year and of units above it. */
  parentIds: Array<Scalars['ID']['input']>;
  perspectiveId: Scalars['ID']['input'];
  /** Required, at most 500 characters. */
  title: Scalars['String']['input'];
};

/** A change to an indicator's definition. Its unit, periodicity, direction and cumulation cannot change once it has values. */
export type UpdateIndicatorInput = {
  definition: IndicatorDefinitionInput;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /**
   * The first month the changed thresholds judge. Required when the thresholds change and the
   * indicator has values: the periods before it keep the thresholds they were judged by. Not
   * before the month of the last change, and not in a closed reporting period (thresholdsFrom
   * errors: required, beforeLastThresholdChange, periodClosed). Ignored when the thresholds stay.
   */
  thresholdsFrom?: InputMaybe<MonthInput>;
};

export type UpdateMitigationInput = {
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  responsible?: InputMaybe<Scalars['String']['input']>;
  status: MitigationStatus;
  title: Scalars['String']['input'];
};

export type UpdatePerspectiveInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with; a newer one in the database means someone else saved first. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** The year whose name and description change; other years keep theirs. */
  year: Scalars['Int']['input'];
};

export type UpdatePortfolioInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 200 characters, unique within the unit. */
  name: Scalars['String']['input'];
  /** At most 200 characters. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The owner's account, one of portfolioPersonOptions of the unit; the owner's name is then the account's. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Weeks between status updates, 1–52. */
  statusUpdateIntervalWeeks: Scalars['Int']['input'];
};

export type UpdateRiskCategoryInput = {
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** Retires the category (not offered for new risks) or puts it back in use. */
  retired: Scalars['Boolean']['input'];
};

export type UpdateRiskInput = {
  categoryId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the form was loaded with. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type UpdateUserInput = {
  /** The version the form was loaded with; a newer one in the database means someone else saved first. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  isActive: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  /** A new password; leave out to keep the current one. */
  password?: InputMaybe<Scalars['String']['input']>;
  roles: Array<RoleAssignmentInput>;
};

/** A user account, as administrators see it. */
export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  roles: Array<RoleAssignment>;
  /** True when the account signs in through single sign-on. */
  singleSignOn: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

/**
 * A file of indicator values or org units (CSV or Excel) that the server has read and checked,
 * row by row, waiting for the user who uploaded it to commit or cancel it. The file reaches the
 * server by `POST /api/value-imports` (see the README); what the page shows and does next is here.
 */
export type ValueImport = {
  __typename?: 'ValueImport';
  /** How many rows are new, changed, unchanged and invalid. */
  counts: ValueImportCounts;
  /** When the preview was made (ISO date and time). */
  createdAt: Scalars['String']['output'];
  /** The uploaded file's name. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the file imports. */
  kind: ValueImportKind;
  /** The rows in file order, optionally of one status only; at most 200 a page. */
  rows: ValueImportRowPage;
  status: ValueImportStatus;
  /** The values (or units) the commit created or updated; null until it is committed. */
  writtenCount?: Maybe<Scalars['Int']['output']>;
};

/**
 * A file of indicator values or org units (CSV or Excel) that the server has read and checked,
 * row by row, waiting for the user who uploaded it to commit or cancel it. The file reaches the
 * server by `POST /api/value-imports` (see the README); what the page shows and does next is here.
 */
export type ValueImportRowsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ValueImportRowStatus>;
};

/** A field's stored value and the value the row would write; figures as decimal numbers with a point (`5.9`). */
export type ValueImportChange = {
  __typename?: 'ValueImportChange';
  field: ValueImportField;
  new?: Maybe<Scalars['String']['output']>;
  old?: Maybe<Scalars['String']['output']>;
};

export type ValueImportCounts = {
  __typename?: 'ValueImportCounts';
  changed: Scalars['Int']['output'];
  invalid: Scalars['Int']['output'];
  new: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

/** Why a row cannot be written: an error code (e.g. `percentRange`, `outOfScope`, `cycle`) and the column's header. */
export type ValueImportError = {
  __typename?: 'ValueImportError';
  /** The column's header as the layout names it; null when the reason concerns the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
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
  | 'PERIOD_TARGET'
  /** The rolling twelve months up to the month (R12), of a monthly indicator's month. */
  | 'ROLLING_12';

export type ValueImportKind =
  /** The organisation tree as an HR system exports it (Organisation's Importera). */
  | 'ORG_UNITS'
  /** Indicator values (Registrera's Importera). */
  | 'VALUES';

export type ValueImportRow = {
  __typename?: 'ValueImportRow';
  /** For a new or changed row, each field it sets that differs from what is stored. */
  changes: Array<ValueImportChange>;
  /** For an invalid row, every reason, each with the column it concerns. */
  errors: Array<ValueImportError>;
  /** Values: the indicator's name when it was found, else the code or name as written; null for org units. */
  indicator?: Maybe<Scalars['String']['output']>;
  /** Org units: the unit the row describes; null for values. */
  orgUnit?: Maybe<OrgUnitImportRow>;
  /** The org unit code as written in the file: the value's unit, or the imported unit. */
  orgUnitCode: Scalars['String']['output'];
  /** Values: the period as a key (`2023-05`, `2023-T2`, `2023`) when it could be read, else as written; null for org units. */
  period?: Maybe<Scalars['String']['output']>;
  /** The row's line in the file; the header is row 1. */
  rowNumber: Scalars['Int']['output'];
  status: ValueImportRowStatus;
};

/** One page of a preview's rows. */
export type ValueImportRowPage = {
  __typename?: 'ValueImportRowPage';
  rows: Array<ValueImportRow>;
  /** The rows of the chosen status (or all rows) in the preview. */
  total: Scalars['Int']['output'];
};

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

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  email: Scalars['String']['output'];
  /** True when the user holds the role for the unit (or a unit above it). For showing actions; the API checks again. */
  holds: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** True when the user administers the whole organisation (users and roles). */
  isAdministrator: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  roles: Array<RoleAssignment>;
};

/** The signed-in user. */
export type ViewerHoldsArgs = {
  orgUnitCode: Scalars['String']['input'];
  role: Role;
};

/** A statistical projection of an indicator's year-end outcome and how it compares with the people's forecast. */
export type YearEndProjection = {
  __typename?: 'YearEndProjection';
  /** The month (1–12) of the latest outcome the projection starts from. */
  basedOnMonth: Scalars['Int']['output'];
  /** Projection − forecast, in the indicator's unit; null without a forecast. */
  difference?: Maybe<Scalars['Float']['output']>;
  /** True when the relative difference is larger than the tolerance. */
  differsFromForecast: Scalars['Boolean']['output'];
  /** The full-year forecast people last entered for the year, up to the month. */
  humanForecast?: Maybe<Scalars['Float']['output']>;
  /** For SEASONAL_PROFILE: the share of last year's total reached by that month (0.28 = 28 %). */
  lastYearShare?: Maybe<Scalars['Float']['output']>;
  method: ProjectionMethod;
  projectedOutcome: Scalars['Float']['output'];
  /** The difference relative to the forecast (0.12 = 12 %); null without a forecast or when it is zero. */
  relativeDifference?: Maybe<Scalars['Float']['output']>;
  /** How far the projection may lie from the forecast before they are said to differ (0.1 = 10 %): the same for every indicator. */
  tolerance: Scalars['Float']['output'];
  /** True when an outcome the projection was made from (this year's or last year's) was generated to fill the series, not reported. */
  usesGeneratedValues: Scalars['Boolean']['output'];
};

/** A figure of a year; null when there is none. */
export type YearFigure = {
  __typename?: 'YearFigure';
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** A month of a year. */
export type YearMonth = {
  __typename?: 'YearMonth';
  month: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityModelRow>;
  ActivityOwnerOption: ResolverTypeWrapper<ActivityOwnerOption>;
  ActivityStatus: ActivityStatus;
  ActivityUpdate: ResolverTypeWrapper<ActivityUpdateModelRow>;
  ActivityUpdateInput: ActivityUpdateInput;
  AddMitigationInput: AddMitigationInput;
  AdoptPlanInput: AdoptPlanInput;
  Assignment: ResolverTypeWrapper<AssignmentModelRow>;
  AssignmentSource: AssignmentSource;
  AssignmentStatus: AssignmentStatus;
  AssignmentUpdate: ResolverTypeWrapper<AssignmentUpdateModelRow>;
  AssignmentUpdateInput: AssignmentUpdateInput;
  Attention: ResolverTypeWrapper<AttentionRowRow>;
  AttentionIndicator: ResolverTypeWrapper<AttentionIndicatorRowRow>;
  AuditAction: AuditAction;
  AuditActionOwner: ResolverTypeWrapper<AuditActionOwner>;
  AuditActionStatus: AuditActionStatus;
  AuditActionUpdate: ResolverTypeWrapper<AuditActionUpdateModelRow>;
  AuditActionUpdateInput: AuditActionUpdateInput;
  AuditEvent: ResolverTypeWrapper<AuditEventModelRow>;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: ResolverTypeWrapper<Omit<AuditLogPage, 'events'> & { events: Array<ResolversTypes['AuditEvent']> }>;
  AuditRecommendation: ResolverTypeWrapper<AuditRecommendationModelRow>;
  AuditReport: ResolverTypeWrapper<AuditReportModelRow>;
  Author: ResolverTypeWrapper<UserModelRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessAreaResult: ResolverTypeWrapper<BusinessAreaResultRowRow>;
  ChangedRecord: ChangedRecord;
  CloseForecastRoundInput: CloseForecastRoundInput;
  CloseOrgUnitInput: CloseOrgUnitInput;
  CloseReportingPeriodInput: CloseReportingPeriodInput;
  CommitRollOverInput: CommitRollOverInput;
  ConfirmTargetProposalsInput: ConfirmTargetProposalsInput;
  ControlOutcome: ControlOutcome;
  ControlResult: ResolverTypeWrapper<ControlResultModelRow>;
  ControlResultInput: ControlResultInput;
  CopyPerspectivesInput: CopyPerspectivesInput;
  CreateActivityInput: CreateActivityInput;
  CreateAssignmentInput: CreateAssignmentInput;
  CreateAuditRecommendationInput: CreateAuditRecommendationInput;
  CreateAuditReportInput: CreateAuditReportInput;
  CreateControlInput: CreateControlInput;
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreateOrgUnitInput: CreateOrgUnitInput;
  CreatePerspectiveInput: CreatePerspectiveInput;
  CreatePortfolioInput: CreatePortfolioInput;
  CreateProjectInput: CreateProjectInput;
  CreateReportInput: CreateReportInput;
  CreateRiskCategoryInput: CreateRiskCategoryInput;
  CreateRiskInput: CreateRiskInput;
  CreateUserInput: CreateUserInput;
  DataEntryActivityRow: ResolverTypeWrapper<DataEntryActivityRowRowRow>;
  DataEntryGoalRow: ResolverTypeWrapper<DataEntryGoalRowRowRow>;
  DataEntryIndicatorRow: ResolverTypeWrapper<DataEntryIndicatorRowRowRow>;
  DataEntrySheet: ResolverTypeWrapper<DataEntrySheetRowRow>;
  DemoAccount: ResolverTypeWrapper<DemoUserRow>;
  DemoAccountRole: ResolverTypeWrapper<DemoAccountRole>;
  DimensionStatusInput: DimensionStatusInput;
  DisciplineCell: ResolverTypeWrapper<DisciplineCellRowRow>;
  DisciplineCounts: ResolverTypeWrapper<DisciplineCountsRowRow>;
  DisciplinePeriod: ResolverTypeWrapper<DisciplinePeriodRowRow>;
  Economy: ResolverTypeWrapper<EconomyRowRow>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FinancialLine: ResolverTypeWrapper<FinancialLineRowRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForecastAccuracy: ResolverTypeWrapper<ForecastAccuracyRowRow>;
  ForecastError: ResolverTypeWrapper<ForecastErrorRowRow>;
  ForecastRound: ResolverTypeWrapper<ForecastRoundModelRow>;
  ForecastRoundStatus: ForecastRoundStatus;
  GenerateReportingCalendarInput: GenerateReportingCalendarInput;
  Goal: ResolverTypeWrapper<GoalModelRow>;
  GoalAssessment: ResolverTypeWrapper<GoalAssessmentModelRow>;
  GoalAssessmentInput: GoalAssessmentInput;
  GoalFulfilment: GoalFulfilment;
  GoalLevel: GoalLevel;
  GoalMatch: GoalMatch;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorModelRow>;
  IndicatorDefinitionInput: IndicatorDefinitionInput;
  IndicatorDirection: IndicatorDirection;
  IndicatorForecastAccuracy: ResolverTypeWrapper<IndicatorAccuracyRowRow>;
  IndicatorKind: IndicatorKind;
  IndicatorLibraryFilter: IndicatorLibraryFilter;
  IndicatorOwner: ResolverTypeWrapper<IndicatorOwner>;
  IndicatorRetirementFilter: IndicatorRetirementFilter;
  IndicatorThresholdSet: ResolverTypeWrapper<IndicatorThresholdSetModelRow>;
  IndicatorUnit: IndicatorUnit;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueModelRow>;
  IndicatorValueInput: IndicatorValueInput;
  IndicatorValuesInput: IndicatorValuesInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InternalControl: ResolverTypeWrapper<InternalControlModelRow>;
  KeyIndicator: ResolverTypeWrapper<KeyIndicatorRowRow>;
  KeyIndicatorFigures: ResolverTypeWrapper<KeyFiguresRowRow>;
  KeyIndicatorUnitFigure: ResolverTypeWrapper<KeyUnitFigureRowRow>;
  LevelAggregation: LevelAggregation;
  MergeProjectsInput: MergeProjectsInput;
  MergeSourceInput: MergeSourceInput;
  MissingObligation: ResolverTypeWrapper<MissingObligationRowRow>;
  Mitigation: ResolverTypeWrapper<MitigationModelRow>;
  MitigationStatus: MitigationStatus;
  MonthInput: MonthInput;
  MoveDirection: MoveDirection;
  MoveGoalInput: MoveGoalInput;
  MoveOrgUnitInput: MoveOrgUnitInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenForecastRoundInput: OpenForecastRoundInput;
  OpenPlanRevisionInput: OpenPlanRevisionInput;
  OrgUnit: ResolverTypeWrapper<OrgUnitModelRow>;
  OrgUnitImportRow: ResolverTypeWrapper<OrgUnitImportRow>;
  OrgUnitKind: OrgUnitKind;
  OrgUnitVersion: ResolverTypeWrapper<OrgUnitVersionModelRow>;
  OverdueAction: ResolverTypeWrapper<OverdueActionRowRow>;
  OverdueAssignment: ResolverTypeWrapper<OverdueAssignmentRowRow>;
  OverdueAuditAction: ResolverTypeWrapper<OverdueAuditActionRowRow>;
  Overview: ResolverTypeWrapper<OverviewRowRow>;
  OwnerDiscipline: ResolverTypeWrapper<OwnerDisciplineRowRow>;
  Periodicity: Periodicity;
  Perspective: ResolverTypeWrapper<PerspectiveOfYearRow>;
  PerspectiveSummary: ResolverTypeWrapper<PerspectiveSummaryRowRow>;
  Plan: ResolverTypeWrapper<PlanModelRow>;
  PlanChange: ResolverTypeWrapper<PlanChange>;
  PlanChangeKind: PlanChangeKind;
  PlanLock: PlanLock;
  PlanOfYear: ResolverTypeWrapper<PlanOfYearRowRow>;
  PlanRevision: ResolverTypeWrapper<PlanRevisionRowRow>;
  PlanStatus: PlanStatus;
  PlanTargetField: PlanTargetField;
  Portfolio: ResolverTypeWrapper<PortfolioModelRow>;
  PortfolioBudget: ResolverTypeWrapper<PortfolioBudget>;
  PortfolioPeriodStatus: ResolverTypeWrapper<PortfolioPeriodStatusModelRow>;
  PortfolioPeriodStatusInput: PortfolioPeriodStatusInput;
  PortfolioPersonOption: ResolverTypeWrapper<PortfolioPersonOption>;
  Project: ResolverTypeWrapper<ProjectModelRow>;
  ProjectDetailsInput: ProjectDetailsInput;
  ProjectLineageKind: ProjectLineageKind;
  ProjectLineageLink: ResolverTypeWrapper<ProjectLineageLinkRowRow>;
  ProjectMove: ResolverTypeWrapper<ProjectMoveModelRow>;
  ProjectMoveInput: ProjectMoveInput;
  ProjectPhase: ProjectPhase;
  ProjectPhaseChangeInput: ProjectPhaseChangeInput;
  ProjectState: ProjectState;
  ProjectStateAction: ProjectStateAction;
  ProjectStateChange: ResolverTypeWrapper<ProjectStateChangeModelRow>;
  ProjectStateChangeInput: ProjectStateChangeInput;
  ProjectStatus: ResolverTypeWrapper<ProjectStatusRowRow>;
  ProjectStatusUpdate: ResolverTypeWrapper<ProjectStatusUpdateModelRow>;
  ProjectStatusUpdateInput: ProjectStatusUpdateInput;
  ProjectSummary: ResolverTypeWrapper<ProjectSummaryRowRow>;
  ProjectionMethod: ProjectionMethod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RagStatus: RagStatus;
  ReminderFrequency: ReminderFrequency;
  ReminderMail: ResolverTypeWrapper<ReminderMailRowRow>;
  ReminderMailKind: ReminderMailKind;
  ReminderMailStatus: ReminderMailStatus;
  ReminderSettings: ResolverTypeWrapper<ReminderSettingsRowRow>;
  RemovePerspectiveInput: RemovePerspectiveInput;
  RemoveRiskCategoryInput: RemoveRiskCategoryInput;
  RenameOrgUnitInput: RenameOrgUnitInput;
  ReopenReportingPeriodInput: ReopenReportingPeriodInput;
  ReorderPerspectivesInput: ReorderPerspectivesInput;
  ReorderRiskCategoriesInput: ReorderRiskCategoriesInput;
  Report: ResolverTypeWrapper<ReportModelRow>;
  ReportActivityRow: ResolverTypeWrapper<ReportActivityRow>;
  ReportAssignmentChange: ResolverTypeWrapper<ReportAssignmentChange>;
  ReportAssignmentRow: ResolverTypeWrapper<ReportAssignmentRow>;
  ReportBusinessAreaRow: ResolverTypeWrapper<ReportBusinessAreaRow>;
  ReportChangeKind: ReportChangeKind;
  ReportChart: ResolverTypeWrapper<ReportChart>;
  ReportChartKind: ReportChartKind;
  ReportChartSeries: ResolverTypeWrapper<ReportChartSeries>;
  ReportColourChange: ResolverTypeWrapper<ReportColourChange>;
  ReportComment: ResolverTypeWrapper<ReportCommentModelRow>;
  ReportComparison: ResolverTypeWrapper<ReportComparisonRowRow>;
  ReportContent: ResolverTypeWrapper<ReportContentRow>;
  ReportFinancialLineRow: ResolverTypeWrapper<ReportFinancialLineRow>;
  ReportForecastChange: ResolverTypeWrapper<ReportForecastChange>;
  ReportGoalRow: ResolverTypeWrapper<ReportGoalRow>;
  ReportIndicatorRow: ResolverTypeWrapper<ReportIndicatorRow>;
  ReportIndicatorTable: ResolverTypeWrapper<ReportIndicatorTable>;
  ReportPortfolioRow: ResolverTypeWrapper<ReportPortfolioRow>;
  ReportProjectDeviation: ResolverTypeWrapper<ReportProjectDeviation>;
  ReportProjectRow: ResolverTypeWrapper<ReportProjectRow>;
  ReportRiskRow: ResolverTypeWrapper<ReportRiskRow>;
  ReportSectionContent: ResolverTypeWrapper<
    Omit<ReportSectionContent, 'analysisUpdatedBy'> & { analysisUpdatedBy?: Maybe<ResolversTypes['Author']> }
  >;
  ReportSectionKind: ReportSectionKind;
  ReportStatus: ReportStatus;
  ReportTransitionInput: ReportTransitionInput;
  ReportType: ReportType;
  ReportingCalendar: ResolverTypeWrapper<ReportingCalendarRowRow>;
  ReportingDiscipline: ResolverTypeWrapper<ReportingDisciplineRowRow>;
  ReportingLevelDeadline: ResolverTypeWrapper<ReportingLevelDeadlineModelRow>;
  ReportingObligationKind: ReportingObligationKind;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriodRowRow>;
  ReportingPeriodKind: ReportingPeriodKind;
  ReportingPeriodStatus: ReportingPeriodStatus;
  RetryReminderMailInput: RetryReminderMailInput;
  Risk: ResolverTypeWrapper<RiskModelRow>;
  RiskCategory: ResolverTypeWrapper<RiskCategoryModelRow>;
  RiskScale: ResolverTypeWrapper<RiskScale>;
  RiskSummary: ResolverTypeWrapper<RiskSummaryRowRow>;
  RiskValuation: ResolverTypeWrapper<RiskValuationModelRow>;
  RiskValuationFields: RiskValuationFields;
  RiskValuationInput: RiskValuationInput;
  Role: Role;
  RoleAssignment: ResolverTypeWrapper<RoleAssignmentModelRow>;
  RoleAssignmentInput: RoleAssignmentInput;
  RollOverActivity: ResolverTypeWrapper<RollOverActivity>;
  RollOverActivityDecision: RollOverActivityDecision;
  RollOverAssignment: ResolverTypeWrapper<RollOverAssignment>;
  RollOverGoal: ResolverTypeWrapper<RollOverGoalRowRow>;
  RollOverGoalDecision: RollOverGoalDecision;
  RollOverGoalLink: ResolverTypeWrapper<RollOverGoalLink>;
  RollOverIndicatorLink: ResolverTypeWrapper<RollOverIndicatorLink>;
  RollOverIndicatorLinkDecision: RollOverIndicatorLinkDecision;
  RollOverPreview: ResolverTypeWrapper<RollOverPreviewRowRow>;
  RollOverTarget: ResolverTypeWrapper<RollOverTarget>;
  RollOverTargetDecision: RollOverTargetDecision;
  RoundAccuracy: ResolverTypeWrapper<RoundAccuracyRowRow>;
  RoundForecast: ResolverTypeWrapper<RoundForecastRowRow>;
  SaveReportSectionTextInput: SaveReportSectionTextInput;
  SendBackReportInput: SendBackReportInput;
  SeriesPoint: ResolverTypeWrapper<SeriesPointRowRow>;
  SetActivityRetiredInput: SetActivityRetiredInput;
  SetGoalIndicatorsInput: SetGoalIndicatorsInput;
  SetGoalRetiredInput: SetGoalRetiredInput;
  SetIndicatorRetiredInput: SetIndicatorRetiredInput;
  SetIndicatorValueStatusInput: SetIndicatorValueStatusInput;
  SetReminderFrequencyInput: SetReminderFrequencyInput;
  SetReportingLevelDeadlineInput: SetReportingLevelDeadlineInput;
  SetReportingPeriodDeadlineInput: SetReportingPeriodDeadlineInput;
  SetRiskScaleInput: SetRiskScaleInput;
  SignInOptions: ResolverTypeWrapper<
    Omit<SignInOptions, 'demoAccounts'> & { demoAccounts: Array<ResolversTypes['DemoAccount']> }
  >;
  SplitProjectInput: SplitProjectInput;
  SplitProjectPartInput: SplitProjectPartInput;
  StatusChange: ResolverTypeWrapper<StatusChangeRowRow>;
  StatusDeviation: ResolverTypeWrapper<StatusDeviationModelRow>;
  StatusDimension: StatusDimension;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetProposalRowInput: TargetProposalRowInput;
  TargetRow: ResolverTypeWrapper<TargetRowRowRow>;
  TargetRowInput: TargetRowInput;
  TargetSheet: ResolverTypeWrapper<TargetSheetRowRow>;
  TargetVersion: ResolverTypeWrapper<TargetVersion>;
  TargetVersionInput: TargetVersionInput;
  TargetsInput: TargetsInput;
  ThresholdKind: ThresholdKind;
  ToDoItem: ResolverTypeWrapper<ToDoItemRowRow>;
  UnitAccuracy: ResolverTypeWrapper<UnitAccuracyRowRow>;
  UnitDiscipline: ResolverTypeWrapper<UnitDisciplineRowRow>;
  UnitRollup: UnitRollup;
  UpdateActivityInput: UpdateActivityInput;
  UpdateAssignmentInput: UpdateAssignmentInput;
  UpdateAuditRecommendationInput: UpdateAuditRecommendationInput;
  UpdateAuditReportInput: UpdateAuditReportInput;
  UpdateControlInput: UpdateControlInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdateMitigationInput: UpdateMitigationInput;
  UpdatePerspectiveInput: UpdatePerspectiveInput;
  UpdatePortfolioInput: UpdatePortfolioInput;
  UpdateRiskCategoryInput: UpdateRiskCategoryInput;
  UpdateRiskInput: UpdateRiskInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserWithRolesRow>;
  ValueImport: ResolverTypeWrapper<ValueImportModelRow>;
  ValueImportChange: ResolverTypeWrapper<ValueImportChange>;
  ValueImportCounts: ResolverTypeWrapper<ValueImportCounts>;
  ValueImportError: ResolverTypeWrapper<ValueImportError>;
  ValueImportField: ValueImportField;
  ValueImportKind: ValueImportKind;
  ValueImportRow: ResolverTypeWrapper<ValueImportRowModelRow>;
  ValueImportRowPage: ResolverTypeWrapper<
    Omit<ValueImportRowPage, 'rows'> & { rows: Array<ResolversTypes['ValueImportRow']> }
  >;
  ValueImportRowStatus: ValueImportRowStatus;
  ValueImportStatus: ValueImportStatus;
  ValueStatus: ValueStatus;
  Viewer: ResolverTypeWrapper<SignedInUserRow>;
  YearEndProjection: ResolverTypeWrapper<YearEndProjectionRowRow>;
  YearFigure: ResolverTypeWrapper<YearFigure>;
  YearMonth: ResolverTypeWrapper<YearMonth>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityModelRow;
  ActivityOwnerOption: ActivityOwnerOption;
  ActivityUpdate: ActivityUpdateModelRow;
  ActivityUpdateInput: ActivityUpdateInput;
  AddMitigationInput: AddMitigationInput;
  AdoptPlanInput: AdoptPlanInput;
  Assignment: AssignmentModelRow;
  AssignmentUpdate: AssignmentUpdateModelRow;
  AssignmentUpdateInput: AssignmentUpdateInput;
  Attention: AttentionRowRow;
  AttentionIndicator: AttentionIndicatorRowRow;
  AuditActionOwner: AuditActionOwner;
  AuditActionUpdate: AuditActionUpdateModelRow;
  AuditActionUpdateInput: AuditActionUpdateInput;
  AuditEvent: AuditEventModelRow;
  AuditLogFilter: AuditLogFilter;
  AuditLogPage: Omit<AuditLogPage, 'events'> & { events: Array<ResolversParentTypes['AuditEvent']> };
  AuditRecommendation: AuditRecommendationModelRow;
  AuditReport: AuditReportModelRow;
  Author: UserModelRow;
  Boolean: Scalars['Boolean']['output'];
  BusinessAreaResult: BusinessAreaResultRowRow;
  CloseForecastRoundInput: CloseForecastRoundInput;
  CloseOrgUnitInput: CloseOrgUnitInput;
  CloseReportingPeriodInput: CloseReportingPeriodInput;
  CommitRollOverInput: CommitRollOverInput;
  ConfirmTargetProposalsInput: ConfirmTargetProposalsInput;
  ControlResult: ControlResultModelRow;
  ControlResultInput: ControlResultInput;
  CopyPerspectivesInput: CopyPerspectivesInput;
  CreateActivityInput: CreateActivityInput;
  CreateAssignmentInput: CreateAssignmentInput;
  CreateAuditRecommendationInput: CreateAuditRecommendationInput;
  CreateAuditReportInput: CreateAuditReportInput;
  CreateControlInput: CreateControlInput;
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreateOrgUnitInput: CreateOrgUnitInput;
  CreatePerspectiveInput: CreatePerspectiveInput;
  CreatePortfolioInput: CreatePortfolioInput;
  CreateProjectInput: CreateProjectInput;
  CreateReportInput: CreateReportInput;
  CreateRiskCategoryInput: CreateRiskCategoryInput;
  CreateRiskInput: CreateRiskInput;
  CreateUserInput: CreateUserInput;
  DataEntryActivityRow: DataEntryActivityRowRowRow;
  DataEntryGoalRow: DataEntryGoalRowRowRow;
  DataEntryIndicatorRow: DataEntryIndicatorRowRowRow;
  DataEntrySheet: DataEntrySheetRowRow;
  DemoAccount: DemoUserRow;
  DemoAccountRole: DemoAccountRole;
  DimensionStatusInput: DimensionStatusInput;
  DisciplineCell: DisciplineCellRowRow;
  DisciplineCounts: DisciplineCountsRowRow;
  DisciplinePeriod: DisciplinePeriodRowRow;
  Economy: EconomyRowRow;
  FieldChange: FieldChange;
  FinancialLine: FinancialLineRowRow;
  Float: Scalars['Float']['output'];
  ForecastAccuracy: ForecastAccuracyRowRow;
  ForecastError: ForecastErrorRowRow;
  ForecastRound: ForecastRoundModelRow;
  GenerateReportingCalendarInput: GenerateReportingCalendarInput;
  Goal: GoalModelRow;
  GoalAssessment: GoalAssessmentModelRow;
  GoalAssessmentInput: GoalAssessmentInput;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorModelRow;
  IndicatorDefinitionInput: IndicatorDefinitionInput;
  IndicatorForecastAccuracy: IndicatorAccuracyRowRow;
  IndicatorLibraryFilter: IndicatorLibraryFilter;
  IndicatorOwner: IndicatorOwner;
  IndicatorThresholdSet: IndicatorThresholdSetModelRow;
  IndicatorValue: IndicatorValueModelRow;
  IndicatorValueInput: IndicatorValueInput;
  IndicatorValuesInput: IndicatorValuesInput;
  Int: Scalars['Int']['output'];
  InternalControl: InternalControlModelRow;
  KeyIndicator: KeyIndicatorRowRow;
  KeyIndicatorFigures: KeyFiguresRowRow;
  KeyIndicatorUnitFigure: KeyUnitFigureRowRow;
  MergeProjectsInput: MergeProjectsInput;
  MergeSourceInput: MergeSourceInput;
  MissingObligation: MissingObligationRowRow;
  Mitigation: MitigationModelRow;
  MonthInput: MonthInput;
  MoveGoalInput: MoveGoalInput;
  MoveOrgUnitInput: MoveOrgUnitInput;
  Mutation: Record<PropertyKey, never>;
  OpenForecastRoundInput: OpenForecastRoundInput;
  OpenPlanRevisionInput: OpenPlanRevisionInput;
  OrgUnit: OrgUnitModelRow;
  OrgUnitImportRow: OrgUnitImportRow;
  OrgUnitVersion: OrgUnitVersionModelRow;
  OverdueAction: OverdueActionRowRow;
  OverdueAssignment: OverdueAssignmentRowRow;
  OverdueAuditAction: OverdueAuditActionRowRow;
  Overview: OverviewRowRow;
  OwnerDiscipline: OwnerDisciplineRowRow;
  Perspective: PerspectiveOfYearRow;
  PerspectiveSummary: PerspectiveSummaryRowRow;
  Plan: PlanModelRow;
  PlanChange: PlanChange;
  PlanOfYear: PlanOfYearRowRow;
  PlanRevision: PlanRevisionRowRow;
  Portfolio: PortfolioModelRow;
  PortfolioBudget: PortfolioBudget;
  PortfolioPeriodStatus: PortfolioPeriodStatusModelRow;
  PortfolioPeriodStatusInput: PortfolioPeriodStatusInput;
  PortfolioPersonOption: PortfolioPersonOption;
  Project: ProjectModelRow;
  ProjectDetailsInput: ProjectDetailsInput;
  ProjectLineageLink: ProjectLineageLinkRowRow;
  ProjectMove: ProjectMoveModelRow;
  ProjectMoveInput: ProjectMoveInput;
  ProjectPhaseChangeInput: ProjectPhaseChangeInput;
  ProjectStateChange: ProjectStateChangeModelRow;
  ProjectStateChangeInput: ProjectStateChangeInput;
  ProjectStatus: ProjectStatusRowRow;
  ProjectStatusUpdate: ProjectStatusUpdateModelRow;
  ProjectStatusUpdateInput: ProjectStatusUpdateInput;
  ProjectSummary: ProjectSummaryRowRow;
  Query: Record<PropertyKey, never>;
  ReminderMail: ReminderMailRowRow;
  ReminderSettings: ReminderSettingsRowRow;
  RemovePerspectiveInput: RemovePerspectiveInput;
  RemoveRiskCategoryInput: RemoveRiskCategoryInput;
  RenameOrgUnitInput: RenameOrgUnitInput;
  ReopenReportingPeriodInput: ReopenReportingPeriodInput;
  ReorderPerspectivesInput: ReorderPerspectivesInput;
  ReorderRiskCategoriesInput: ReorderRiskCategoriesInput;
  Report: ReportModelRow;
  ReportActivityRow: ReportActivityRow;
  ReportAssignmentChange: ReportAssignmentChange;
  ReportAssignmentRow: ReportAssignmentRow;
  ReportBusinessAreaRow: ReportBusinessAreaRow;
  ReportChart: ReportChart;
  ReportChartSeries: ReportChartSeries;
  ReportColourChange: ReportColourChange;
  ReportComment: ReportCommentModelRow;
  ReportComparison: ReportComparisonRowRow;
  ReportContent: ReportContentRow;
  ReportFinancialLineRow: ReportFinancialLineRow;
  ReportForecastChange: ReportForecastChange;
  ReportGoalRow: ReportGoalRow;
  ReportIndicatorRow: ReportIndicatorRow;
  ReportIndicatorTable: ReportIndicatorTable;
  ReportPortfolioRow: ReportPortfolioRow;
  ReportProjectDeviation: ReportProjectDeviation;
  ReportProjectRow: ReportProjectRow;
  ReportRiskRow: ReportRiskRow;
  ReportSectionContent: Omit<ReportSectionContent, 'analysisUpdatedBy'> & {
    analysisUpdatedBy?: Maybe<ResolversParentTypes['Author']>;
  };
  ReportTransitionInput: ReportTransitionInput;
  ReportingCalendar: ReportingCalendarRowRow;
  ReportingDiscipline: ReportingDisciplineRowRow;
  ReportingLevelDeadline: ReportingLevelDeadlineModelRow;
  ReportingPeriod: ReportingPeriodRowRow;
  RetryReminderMailInput: RetryReminderMailInput;
  Risk: RiskModelRow;
  RiskCategory: RiskCategoryModelRow;
  RiskScale: RiskScale;
  RiskSummary: RiskSummaryRowRow;
  RiskValuation: RiskValuationModelRow;
  RiskValuationFields: RiskValuationFields;
  RiskValuationInput: RiskValuationInput;
  RoleAssignment: RoleAssignmentModelRow;
  RoleAssignmentInput: RoleAssignmentInput;
  RollOverActivity: RollOverActivity;
  RollOverActivityDecision: RollOverActivityDecision;
  RollOverAssignment: RollOverAssignment;
  RollOverGoal: RollOverGoalRowRow;
  RollOverGoalDecision: RollOverGoalDecision;
  RollOverGoalLink: RollOverGoalLink;
  RollOverIndicatorLink: RollOverIndicatorLink;
  RollOverIndicatorLinkDecision: RollOverIndicatorLinkDecision;
  RollOverPreview: RollOverPreviewRowRow;
  RollOverTarget: RollOverTarget;
  RollOverTargetDecision: RollOverTargetDecision;
  RoundAccuracy: RoundAccuracyRowRow;
  RoundForecast: RoundForecastRowRow;
  SaveReportSectionTextInput: SaveReportSectionTextInput;
  SendBackReportInput: SendBackReportInput;
  SeriesPoint: SeriesPointRowRow;
  SetActivityRetiredInput: SetActivityRetiredInput;
  SetGoalIndicatorsInput: SetGoalIndicatorsInput;
  SetGoalRetiredInput: SetGoalRetiredInput;
  SetIndicatorRetiredInput: SetIndicatorRetiredInput;
  SetIndicatorValueStatusInput: SetIndicatorValueStatusInput;
  SetReminderFrequencyInput: SetReminderFrequencyInput;
  SetReportingLevelDeadlineInput: SetReportingLevelDeadlineInput;
  SetReportingPeriodDeadlineInput: SetReportingPeriodDeadlineInput;
  SetRiskScaleInput: SetRiskScaleInput;
  SignInOptions: Omit<SignInOptions, 'demoAccounts'> & { demoAccounts: Array<ResolversParentTypes['DemoAccount']> };
  SplitProjectInput: SplitProjectInput;
  SplitProjectPartInput: SplitProjectPartInput;
  StatusChange: StatusChangeRowRow;
  StatusDeviation: StatusDeviationModelRow;
  String: Scalars['String']['output'];
  TargetProposalRowInput: TargetProposalRowInput;
  TargetRow: TargetRowRowRow;
  TargetRowInput: TargetRowInput;
  TargetSheet: TargetSheetRowRow;
  TargetVersion: TargetVersion;
  TargetVersionInput: TargetVersionInput;
  TargetsInput: TargetsInput;
  ToDoItem: ToDoItemRowRow;
  UnitAccuracy: UnitAccuracyRowRow;
  UnitDiscipline: UnitDisciplineRowRow;
  UpdateActivityInput: UpdateActivityInput;
  UpdateAssignmentInput: UpdateAssignmentInput;
  UpdateAuditRecommendationInput: UpdateAuditRecommendationInput;
  UpdateAuditReportInput: UpdateAuditReportInput;
  UpdateControlInput: UpdateControlInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdateMitigationInput: UpdateMitigationInput;
  UpdatePerspectiveInput: UpdatePerspectiveInput;
  UpdatePortfolioInput: UpdatePortfolioInput;
  UpdateRiskCategoryInput: UpdateRiskCategoryInput;
  UpdateRiskInput: UpdateRiskInput;
  UpdateUserInput: UpdateUserInput;
  User: UserWithRolesRow;
  ValueImport: ValueImportModelRow;
  ValueImportChange: ValueImportChange;
  ValueImportCounts: ValueImportCounts;
  ValueImportError: ValueImportError;
  ValueImportRow: ValueImportRowModelRow;
  ValueImportRowPage: Omit<ValueImportRowPage, 'rows'> & { rows: Array<ResolversParentTypes['ValueImportRow']> };
  Viewer: SignedInUserRow;
  YearEndProjection: YearEndProjectionRowRow;
  YearFigure: YearFigure;
  YearMonth: YearMonth;
};

export type ActivityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'],
> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  update?: Resolver<
    Maybe<ResolversTypes['ActivityUpdate']>,
    ParentType,
    ContextType,
    RequireFields<ActivityUpdateArgs, 'upTo'>
  >;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityOwnerOptionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ActivityOwnerOption'] = ResolversParentTypes['ActivityOwnerOption'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActivityUpdateResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ActivityUpdate'] = ResolversParentTypes['ActivityUpdate'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssignmentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment'],
> = {
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<AssignmentIsOverdueArgs, 'upTo'>
  >;
  mayEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mayReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AssignmentSource'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  update?: Resolver<
    Maybe<ResolversTypes['AssignmentUpdate']>,
    ParentType,
    ContextType,
    RequireFields<AssignmentUpdateArgs, 'upTo'>
  >;
  updates?: Resolver<Array<ResolversTypes['AssignmentUpdate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssignmentUpdateResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AssignmentUpdate'] = ResolversParentTypes['AssignmentUpdate'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionCaseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttentionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Attention'] = ResolversParentTypes['Attention'],
> = {
  notReportedIndicators?: Resolver<Array<ResolversTypes['AttentionIndicator']>, ParentType, ContextType>;
  overdueAssignments?: Resolver<Array<ResolversTypes['OverdueAssignment']>, ParentType, ContextType>;
  overdueAuditActions?: Resolver<Array<ResolversTypes['OverdueAuditAction']>, ParentType, ContextType>;
  redIndicators?: Resolver<Array<ResolversTypes['AttentionIndicator']>, ParentType, ContextType>;
  redProjects?: Resolver<Array<ResolversTypes['ProjectSummary']>, ParentType, ContextType>;
  risksAboveTolerance?: Resolver<Array<ResolversTypes['RiskSummary']>, ParentType, ContextType>;
};

export type AttentionIndicatorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AttentionIndicator'] = ResolversParentTypes['AttentionIndicator'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newlyRed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  statusSetByHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditActionOwnerResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditActionOwner'] = ResolversParentTypes['AuditActionOwner'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditActionUpdateResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditActionUpdate'] = ResolversParentTypes['AuditActionUpdate'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AuditActionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent'],
> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type AuditLogPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage'],
> = {
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditRecommendationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditRecommendation'] = ResolversParentTypes['AuditRecommendation'],
> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  auditReportId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<AuditRecommendationIsOverdueArgs, 'upTo'>
  >;
  ownerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerUser?: Resolver<Maybe<ResolversTypes['AuditActionOwner']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  update?: Resolver<
    Maybe<ResolversTypes['AuditActionUpdate']>,
    ParentType,
    ContextType,
    RequireFields<AuditRecommendationUpdateArgs, 'upTo'>
  >;
  updates?: Resolver<Array<ResolversTypes['AuditActionUpdate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditReportResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['AuditReport'] = ResolversParentTypes['AuditReport'],
> = {
  auditor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mayEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mayReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['AuditRecommendation']>, ParentType, ContextType>;
  reportDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuthorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BusinessAreaResultResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['BusinessAreaResult'] = ResolversParentTypes['BusinessAreaResult'],
> = {
  developmentBudget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  developmentBudgetToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  developmentForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  developmentToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  isTotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  operationsBudget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  operationsBudgetToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  operationsForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  operationsToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  rolledUpFrom?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type ControlResultResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ControlResult'] = ResolversParentTypes['ControlResult'],
> = {
  controlId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpAction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemoValue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ControlOutcome']>, ParentType, ContextType>;
  performed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DataEntryActivityRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DataEntryActivityRow'] = ResolversParentTypes['DataEntryActivityRow'],
> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  update?: Resolver<Maybe<ResolversTypes['ActivityUpdate']>, ParentType, ContextType>;
};

export type DataEntryGoalRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DataEntryGoalRow'] = ResolversParentTypes['DataEntryGoalRow'],
> = {
  assessment?: Resolver<Maybe<ResolversTypes['GoalAssessment']>, ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
};

export type DataEntryIndicatorRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DataEntryIndicatorRow'] = ResolversParentTypes['DataEntryIndicatorRow'],
> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type DataEntrySheetResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DataEntrySheet'] = ResolversParentTypes['DataEntrySheet'],
> = {
  activityRows?: Resolver<Array<ResolversTypes['DataEntryActivityRow']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goalRows?: Resolver<Array<ResolversTypes['DataEntryGoalRow']>, ParentType, ContextType>;
  indicatorRows?: Resolver<Array<ResolversTypes['DataEntryIndicatorRow']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DemoAccountResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DemoAccount'] = ResolversParentTypes['DemoAccount'],
> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  password?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['DemoAccountRole']>, ParentType, ContextType>;
};

export type DemoAccountRoleResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DemoAccountRole'] = ResolversParentTypes['DemoAccountRole'],
> = {
  orgUnitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type DisciplineCellResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DisciplineCell'] = ResolversParentTypes['DisciplineCell'],
> = {
  counts?: Resolver<ResolversTypes['DisciplineCounts'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisciplineCountsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DisciplineCounts'] = ResolversParentTypes['DisciplineCounts'],
> = {
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisciplinePeriodResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['DisciplinePeriod'] = ResolversParentTypes['DisciplinePeriod'],
> = {
  inProgress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingPeriodKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EconomyResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Economy'] = ResolversParentTypes['Economy'],
> = {
  businessAreaResults?: Resolver<Array<ResolversTypes['BusinessAreaResult']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['FinancialLine']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type FieldChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange'],
> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referencedType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FinancialLineResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['FinancialLine'] = ResolversParentTypes['FinancialLine'],
> = {
  budgetToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  deviationToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fullYearBudget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  outcomeToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousYearToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolledUpFrom?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
};

export type ForecastAccuracyResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ForecastAccuracy'] = ResolversParentTypes['ForecastAccuracy'],
> = {
  byRound?: Resolver<Array<ResolversTypes['RoundAccuracy']>, ParentType, ContextType>;
  byUnit?: Resolver<Array<ResolversTypes['UnitAccuracy']>, ParentType, ContextType>;
  comparedForecasts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorForecastAccuracy']>, ParentType, ContextType>;
  meanAbsolutePercentageError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['ForecastRound']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForecastErrorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ForecastError'] = ResolversParentTypes['ForecastError'],
> = {
  absoluteError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  carriedOver?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  forecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relativeError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['ForecastRound'], ParentType, ContextType>;
};

export type ForecastRoundResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ForecastRound'] = ResolversParentTypes['ForecastRound'],
> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemoValue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ForecastRoundStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal'],
> = {
  activities?: Resolver<
    Array<ResolversTypes['Activity']>,
    ParentType,
    ContextType,
    RequireFields<GoalActivitiesArgs, 'includeRetired'>
  >;
  assessment?: Resolver<
    Maybe<ResolversTypes['GoalAssessment']>,
    ParentType,
    ContextType,
    RequireFields<GoalAssessmentArgs, 'upTo'>
  >;
  canPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['GoalLevel'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalAssessmentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GoalAssessment'] = ResolversParentTypes['GoalAssessment'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fulfilment?: Resolver<ResolversTypes['GoalFulfilment'], ParentType, ContextType>;
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'],
> = {
  canSetStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cumulative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dataSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndicatorDirection'], ParentType, ContextType>;
  externalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasValues?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  latestValue?: Resolver<
    Maybe<ResolversTypes['IndicatorValue']>,
    ParentType,
    ContextType,
    RequireFields<IndicatorLatestValueArgs, 'upTo'>
  >;
  levelAggregation?: Resolver<ResolversTypes['LevelAggregation'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['IndicatorOwner']>, ParentType, ContextType>;
  periodicity?: Resolver<ResolversTypes['Periodicity'], ParentType, ContextType>;
  redThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roundForecasts?: Resolver<
    Array<ResolversTypes['RoundForecast']>,
    ParentType,
    ContextType,
    RequireFields<IndicatorRoundForecastsArgs, 'year'>
  >;
  sameInOtherUnits?: Resolver<
    Array<ResolversTypes['Indicator']>,
    ParentType,
    ContextType,
    Partial<IndicatorSameInOtherUnitsArgs>
  >;
  series?: Resolver<
    Array<ResolversTypes['SeriesPoint']>,
    ParentType,
    ContextType,
    RequireFields<IndicatorSeriesArgs, 'fromYear' | 'granularity' | 'toYear'>
  >;
  thresholdHistory?: Resolver<Array<ResolversTypes['IndicatorThresholdSet']>, ParentType, ContextType>;
  thresholdKind?: Resolver<ResolversTypes['ThresholdKind'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
  unitRollup?: Resolver<ResolversTypes['UnitRollup'], ParentType, ContextType>;
  value?: Resolver<
    Maybe<ResolversTypes['IndicatorValue']>,
    ParentType,
    ContextType,
    RequireFields<IndicatorValueArgs, 'period'>
  >;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearEndProjection?: Resolver<
    Maybe<ResolversTypes['YearEndProjection']>,
    ParentType,
    ContextType,
    RequireFields<IndicatorYearEndProjectionArgs, 'upTo'>
  >;
  yellowThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndicatorForecastAccuracyResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['IndicatorForecastAccuracy'] =
    ResolversParentTypes['IndicatorForecastAccuracy'],
> = {
  forecasts?: Resolver<Array<ResolversTypes['ForecastError']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  meanAbsoluteError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanAbsolutePercentageError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcomeIsSynthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IndicatorOwnerResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['IndicatorOwner'] = ResolversParentTypes['IndicatorOwner'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorThresholdSetResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['IndicatorThresholdSet'] = ResolversParentTypes['IndicatorThresholdSet'],
> = {
  changedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  redThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  thresholdKind?: Resolver<ResolversTypes['ThresholdKind'], ParentType, ContextType>;
  yellowThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndicatorValueResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue'],
> = {
  annualTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Periodicity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSynthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isTargetProposal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolling12?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ruleStatus?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  statusOverride?: Resolver<Maybe<ResolversTypes['ValueStatus']>, ParentType, ContextType>;
  statusOverrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InternalControlResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['InternalControl'] = ResolversParentTypes['InternalControl'],
> = {
  frequency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  performedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  results?: Resolver<
    Array<ResolversTypes['ControlResult']>,
    ParentType,
    ContextType,
    RequireFields<InternalControlResultsArgs, 'year'>
  >;
  risk?: Resolver<Maybe<ResolversTypes['Risk']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KeyIndicatorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['KeyIndicator'] = ResolversParentTypes['KeyIndicator'],
> = {
  changeFromPreviousYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  figures?: Resolver<Maybe<ResolversTypes['KeyIndicatorFigures']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  isReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  rolledUpFrom?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  rollup?: Resolver<Maybe<ResolversTypes['UnitRollup']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  statusSetByHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trend?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  unitFigures?: Resolver<Array<ResolversTypes['KeyIndicatorUnitFigure']>, ParentType, ContextType>;
};

export type KeyIndicatorFiguresResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['KeyIndicatorFigures'] = ResolversParentTypes['KeyIndicatorFigures'],
> = {
  annualTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type KeyIndicatorUnitFigureResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['KeyIndicatorUnitFigure'] = ResolversParentTypes['KeyIndicatorUnitFigure'],
> = {
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  statusSetByHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MissingObligationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['MissingObligation'] = ResolversParentTypes['MissingObligation'],
> = {
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingObligationKind'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['DisciplinePeriod'], ParentType, ContextType>;
  responsible?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MitigationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Mitigation'] = ResolversParentTypes['Mitigation'],
> = {
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MitigationIsOverdueArgs, 'upTo'>
  >;
  responsible?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  riskId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MitigationStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addMitigation?: Resolver<
    ResolversTypes['Mitigation'],
    ParentType,
    ContextType,
    RequireFields<MutationAddMitigationArgs, 'input'>
  >;
  addProjectStatusUpdate?: Resolver<
    ResolversTypes['ProjectStatusUpdate'],
    ParentType,
    ContextType,
    RequireFields<MutationAddProjectStatusUpdateArgs, 'input'>
  >;
  addRiskValuation?: Resolver<
    ResolversTypes['RiskValuation'],
    ParentType,
    ContextType,
    RequireFields<MutationAddRiskValuationArgs, 'input'>
  >;
  adoptPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationAdoptPlanArgs, 'input'>>;
  approveReport?: Resolver<
    ResolversTypes['Report'],
    ParentType,
    ContextType,
    RequireFields<MutationApproveReportArgs, 'input'>
  >;
  cancelValueImport?: Resolver<
    ResolversTypes['ValueImport'],
    ParentType,
    ContextType,
    RequireFields<MutationCancelValueImportArgs, 'id'>
  >;
  changeProjectPhase?: Resolver<
    ResolversTypes['Project'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeProjectPhaseArgs, 'input'>
  >;
  changeProjectState?: Resolver<
    ResolversTypes['Project'],
    ParentType,
    ContextType,
    RequireFields<MutationChangeProjectStateArgs, 'input'>
  >;
  closeForecastRound?: Resolver<
    ResolversTypes['ForecastRound'],
    ParentType,
    ContextType,
    RequireFields<MutationCloseForecastRoundArgs, 'input'>
  >;
  closeOrgUnit?: Resolver<
    ResolversTypes['OrgUnit'],
    ParentType,
    ContextType,
    RequireFields<MutationCloseOrgUnitArgs, 'input'>
  >;
  closeReportingPeriod?: Resolver<
    ResolversTypes['ReportingPeriod'],
    ParentType,
    ContextType,
    RequireFields<MutationCloseReportingPeriodArgs, 'input'>
  >;
  commitRollOver?: Resolver<
    ResolversTypes['Plan'],
    ParentType,
    ContextType,
    RequireFields<MutationCommitRollOverArgs, 'input'>
  >;
  commitValueImport?: Resolver<
    ResolversTypes['ValueImport'],
    ParentType,
    ContextType,
    RequireFields<MutationCommitValueImportArgs, 'id'>
  >;
  confirmTargetProposals?: Resolver<
    Array<ResolversTypes['TargetRow']>,
    ParentType,
    ContextType,
    RequireFields<MutationConfirmTargetProposalsArgs, 'input'>
  >;
  copyPerspectivesFromPreviousYear?: Resolver<
    Array<ResolversTypes['Perspective']>,
    ParentType,
    ContextType,
    RequireFields<MutationCopyPerspectivesFromPreviousYearArgs, 'input'>
  >;
  createActivity?: Resolver<
    ResolversTypes['Activity'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateActivityArgs, 'input'>
  >;
  createAssignment?: Resolver<
    ResolversTypes['Assignment'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateAssignmentArgs, 'input'>
  >;
  createAuditRecommendation?: Resolver<
    ResolversTypes['AuditRecommendation'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateAuditRecommendationArgs, 'input'>
  >;
  createAuditReport?: Resolver<
    ResolversTypes['AuditReport'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateAuditReportArgs, 'input'>
  >;
  createGoal?: Resolver<
    ResolversTypes['Goal'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateGoalArgs, 'input'>
  >;
  createIndicator?: Resolver<
    ResolversTypes['Indicator'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateIndicatorArgs, 'input'>
  >;
  createInternalControl?: Resolver<
    ResolversTypes['InternalControl'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateInternalControlArgs, 'input'>
  >;
  createOrgUnit?: Resolver<
    ResolversTypes['OrgUnit'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateOrgUnitArgs, 'input'>
  >;
  createPerspective?: Resolver<
    ResolversTypes['Perspective'],
    ParentType,
    ContextType,
    RequireFields<MutationCreatePerspectiveArgs, 'input'>
  >;
  createPortfolio?: Resolver<
    ResolversTypes['Portfolio'],
    ParentType,
    ContextType,
    RequireFields<MutationCreatePortfolioArgs, 'input'>
  >;
  createProject?: Resolver<
    ResolversTypes['Project'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateProjectArgs, 'input'>
  >;
  createReport?: Resolver<
    ResolversTypes['Report'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateReportArgs, 'input'>
  >;
  createRisk?: Resolver<
    ResolversTypes['Risk'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateRiskArgs, 'input'>
  >;
  createRiskCategory?: Resolver<
    ResolversTypes['RiskCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateRiskCategoryArgs, 'input'>
  >;
  createUser?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateUserArgs, 'input'>
  >;
  generateReportingCalendar?: Resolver<
    ResolversTypes['ReportingCalendar'],
    ParentType,
    ContextType,
    RequireFields<MutationGenerateReportingCalendarArgs, 'input'>
  >;
  mergeProjects?: Resolver<
    ResolversTypes['Project'],
    ParentType,
    ContextType,
    RequireFields<MutationMergeProjectsArgs, 'input'>
  >;
  moveGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationMoveGoalArgs, 'input'>>;
  moveOrgUnit?: Resolver<
    ResolversTypes['OrgUnit'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveOrgUnitArgs, 'input'>
  >;
  moveProject?: Resolver<
    ResolversTypes['Project'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveProjectArgs, 'input'>
  >;
  openForecastRound?: Resolver<
    ResolversTypes['ForecastRound'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenForecastRoundArgs, 'input'>
  >;
  openPlanRevision?: Resolver<
    ResolversTypes['Plan'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenPlanRevisionArgs, 'input'>
  >;
  recordControlResult?: Resolver<
    ResolversTypes['ControlResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordControlResultArgs, 'input'>
  >;
  removePerspective?: Resolver<
    Array<ResolversTypes['Perspective']>,
    ParentType,
    ContextType,
    RequireFields<MutationRemovePerspectiveArgs, 'input'>
  >;
  removeRiskCategory?: Resolver<
    Array<ResolversTypes['RiskCategory']>,
    ParentType,
    ContextType,
    RequireFields<MutationRemoveRiskCategoryArgs, 'input'>
  >;
  renameOrgUnit?: Resolver<
    ResolversTypes['OrgUnit'],
    ParentType,
    ContextType,
    RequireFields<MutationRenameOrgUnitArgs, 'input'>
  >;
  reopenReportingPeriod?: Resolver<
    ResolversTypes['ReportingPeriod'],
    ParentType,
    ContextType,
    RequireFields<MutationReopenReportingPeriodArgs, 'input'>
  >;
  reorderPerspectives?: Resolver<
    Array<ResolversTypes['Perspective']>,
    ParentType,
    ContextType,
    RequireFields<MutationReorderPerspectivesArgs, 'input'>
  >;
  reorderRiskCategories?: Resolver<
    Array<ResolversTypes['RiskCategory']>,
    ParentType,
    ContextType,
    RequireFields<MutationReorderRiskCategoriesArgs, 'input'>
  >;
  retryReminderMail?: Resolver<
    ResolversTypes['ReminderMail'],
    ParentType,
    ContextType,
    RequireFields<MutationRetryReminderMailArgs, 'input'>
  >;
  saveActivityUpdate?: Resolver<
    ResolversTypes['ActivityUpdate'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveActivityUpdateArgs, 'input'>
  >;
  saveAssignmentUpdate?: Resolver<
    ResolversTypes['AssignmentUpdate'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveAssignmentUpdateArgs, 'input'>
  >;
  saveAuditActionUpdate?: Resolver<
    ResolversTypes['AuditActionUpdate'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveAuditActionUpdateArgs, 'input'>
  >;
  saveIndicatorValue?: Resolver<
    ResolversTypes['IndicatorValue'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveIndicatorValueArgs, 'input'>
  >;
  saveIndicatorValues?: Resolver<
    Array<ResolversTypes['IndicatorValue']>,
    ParentType,
    ContextType,
    RequireFields<MutationSaveIndicatorValuesArgs, 'input'>
  >;
  savePortfolioPeriodStatus?: Resolver<
    ResolversTypes['PortfolioPeriodStatus'],
    ParentType,
    ContextType,
    RequireFields<MutationSavePortfolioPeriodStatusArgs, 'input'>
  >;
  saveReportSectionText?: Resolver<
    ResolversTypes['Report'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveReportSectionTextArgs, 'input'>
  >;
  saveTargets?: Resolver<
    Array<ResolversTypes['TargetRow']>,
    ParentType,
    ContextType,
    RequireFields<MutationSaveTargetsArgs, 'input'>
  >;
  sendBackReport?: Resolver<
    ResolversTypes['Report'],
    ParentType,
    ContextType,
    RequireFields<MutationSendBackReportArgs, 'input'>
  >;
  setActivityRetired?: Resolver<
    ResolversTypes['Activity'],
    ParentType,
    ContextType,
    RequireFields<MutationSetActivityRetiredArgs, 'input'>
  >;
  setGoalAssessment?: Resolver<
    ResolversTypes['GoalAssessment'],
    ParentType,
    ContextType,
    RequireFields<MutationSetGoalAssessmentArgs, 'input'>
  >;
  setGoalIndicators?: Resolver<
    ResolversTypes['Goal'],
    ParentType,
    ContextType,
    RequireFields<MutationSetGoalIndicatorsArgs, 'input'>
  >;
  setGoalRetired?: Resolver<
    ResolversTypes['Goal'],
    ParentType,
    ContextType,
    RequireFields<MutationSetGoalRetiredArgs, 'input'>
  >;
  setIndicatorRetired?: Resolver<
    ResolversTypes['Indicator'],
    ParentType,
    ContextType,
    RequireFields<MutationSetIndicatorRetiredArgs, 'input'>
  >;
  setIndicatorValueStatus?: Resolver<
    ResolversTypes['IndicatorValue'],
    ParentType,
    ContextType,
    RequireFields<MutationSetIndicatorValueStatusArgs, 'input'>
  >;
  setReminderFrequency?: Resolver<
    ResolversTypes['ReminderSettings'],
    ParentType,
    ContextType,
    RequireFields<MutationSetReminderFrequencyArgs, 'input'>
  >;
  setReportingLevelDeadline?: Resolver<
    ResolversTypes['ReportingPeriod'],
    ParentType,
    ContextType,
    RequireFields<MutationSetReportingLevelDeadlineArgs, 'input'>
  >;
  setReportingPeriodDeadline?: Resolver<
    ResolversTypes['ReportingPeriod'],
    ParentType,
    ContextType,
    RequireFields<MutationSetReportingPeriodDeadlineArgs, 'input'>
  >;
  setRiskScale?: Resolver<
    ResolversTypes['RiskScale'],
    ParentType,
    ContextType,
    RequireFields<MutationSetRiskScaleArgs, 'input'>
  >;
  splitProject?: Resolver<
    ResolversTypes['Project'],
    ParentType,
    ContextType,
    RequireFields<MutationSplitProjectArgs, 'input'>
  >;
  submitReport?: Resolver<
    ResolversTypes['Report'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitReportArgs, 'input'>
  >;
  updateActivity?: Resolver<
    ResolversTypes['Activity'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateActivityArgs, 'input'>
  >;
  updateAssignment?: Resolver<
    ResolversTypes['Assignment'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateAssignmentArgs, 'input'>
  >;
  updateAuditRecommendation?: Resolver<
    ResolversTypes['AuditRecommendation'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateAuditRecommendationArgs, 'input'>
  >;
  updateAuditReport?: Resolver<
    ResolversTypes['AuditReport'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateAuditReportArgs, 'input'>
  >;
  updateGoal?: Resolver<
    ResolversTypes['Goal'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateGoalArgs, 'input'>
  >;
  updateIndicator?: Resolver<
    ResolversTypes['Indicator'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateIndicatorArgs, 'input'>
  >;
  updateInternalControl?: Resolver<
    ResolversTypes['InternalControl'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateInternalControlArgs, 'input'>
  >;
  updateMitigation?: Resolver<
    ResolversTypes['Mitigation'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateMitigationArgs, 'input'>
  >;
  updatePerspective?: Resolver<
    ResolversTypes['Perspective'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdatePerspectiveArgs, 'input'>
  >;
  updatePortfolio?: Resolver<
    ResolversTypes['Portfolio'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdatePortfolioArgs, 'input'>
  >;
  updateProjectDetails?: Resolver<
    ResolversTypes['Project'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateProjectDetailsArgs, 'input'>
  >;
  updateRisk?: Resolver<
    ResolversTypes['Risk'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateRiskArgs, 'input'>
  >;
  updateRiskCategory?: Resolver<
    ResolversTypes['RiskCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateRiskCategoryArgs, 'input'>
  >;
  updateUser?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateUserArgs, 'input'>
  >;
};

export type OrgUnitResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit'],
> = {
  canPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<OrgUnitCanPlanArgs>>;
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OrgUnitVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  latestReportMonth?: Resolver<Maybe<ResolversTypes['YearMonth']>, ParentType, ContextType>;
  mayAdminister?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  planLock?: Resolver<
    Maybe<ResolversTypes['PlanLock']>,
    ParentType,
    ContextType,
    RequireFields<OrgUnitPlanLockArgs, 'year'>
  >;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitImportRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OrgUnitImportRow'] = ResolversParentTypes['OrgUnitImportRow'],
> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrgUnitVersionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OrgUnitVersion'] = ResolversParentTypes['OrgUnitVersion'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OverdueActionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OverdueAction'] = ResolversParentTypes['OverdueAction'],
> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionDueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionOwner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['StatusDimension'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  statusUpdate?: Resolver<ResolversTypes['ProjectStatusUpdate'], ParentType, ContextType>;
};

export type OverdueAssignmentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OverdueAssignment'] = ResolversParentTypes['OverdueAssignment'],
> = {
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AssignmentStatus']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OverdueAuditActionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OverdueAuditAction'] = ResolversParentTypes['OverdueAuditAction'],
> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  auditReportTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['AuditActionStatus']>, ParentType, ContextType>;
};

export type OverviewResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview'],
> = {
  attention?: Resolver<ResolversTypes['Attention'], ParentType, ContextType>;
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<
    Array<ResolversTypes['StatusChange']>,
    ParentType,
    ContextType,
    RequireFields<OverviewChangesArgs, 'first'>
  >;
  keyIndicators?: Resolver<Array<ResolversTypes['KeyIndicator']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  perspectives?: Resolver<Array<ResolversTypes['PerspectiveSummary']>, ParentType, ContextType>;
  redProjects?: Resolver<Array<ResolversTypes['ProjectSummary']>, ParentType, ContextType>;
  topRisks?: Resolver<Array<ResolversTypes['RiskSummary']>, ParentType, ContextType>;
};

export type OwnerDisciplineResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OwnerDiscipline'] = ResolversParentTypes['OwnerDiscipline'],
> = {
  counts?: Resolver<ResolversTypes['DisciplineCounts'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PerspectiveResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Perspective'] = ResolversParentTypes['Perspective'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PerspectiveSummaryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PerspectiveSummary'] = ResolversParentTypes['PerspectiveSummary'],
> = {
  councilGoals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goalsFulfilled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goalsNotAssessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goalsNotFulfilled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goalsPartlyFulfilled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicatorsGreen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicatorsNotReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicatorsRed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicatorsYellow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
};

export type PlanResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan'],
> = {
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftChanges?: Resolver<Array<ResolversTypes['PlanChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['PlanRevision']>, ParentType, ContextType>;
  rolledOverFromYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PlanChange'] = ResolversParentTypes['PlanChange'],
> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  afterValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beforeValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlanChangeKind'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetField?: Resolver<Maybe<ResolversTypes['PlanTargetField']>, ParentType, ContextType>;
};

export type PlanOfYearResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PlanOfYear'] = ResolversParentTypes['PlanOfYear'],
> = {
  lock?: Resolver<Maybe<ResolversTypes['PlanLock']>, ParentType, ContextType>;
  mayAdopt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mayPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanRevisionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PlanRevision'] = ResolversParentTypes['PlanRevision'],
> = {
  adoptedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  adoptedBy?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['PlanChange']>, ParentType, ContextType>;
  decisionDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PortfolioResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Portfolio'] = ResolversParentTypes['Portfolio'],
> = {
  budget?: Resolver<ResolversTypes['PortfolioBudget'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  overdueActions?: Resolver<
    Array<ResolversTypes['OverdueAction']>,
    ParentType,
    ContextType,
    RequireFields<PortfolioOverdueActionsArgs, 'upTo'>
  >;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  periodStatus?: Resolver<
    Maybe<ResolversTypes['PortfolioPeriodStatus']>,
    ParentType,
    ContextType,
    RequireFields<PortfolioPeriodStatusArgs, 'upTo'>
  >;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  projectsAsOf?: Resolver<
    Array<ResolversTypes['Project']>,
    ParentType,
    ContextType,
    RequireFields<PortfolioProjectsAsOfArgs, 'month'>
  >;
  statusUpdateIntervalWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PortfolioBudgetResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PortfolioBudget'] = ResolversParentTypes['PortfolioBudget'],
> = {
  budgetTkr?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costToDateTkr?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  forecastTkr?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  projectsWithoutBudget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projectsWithoutForecast?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PortfolioPeriodStatusResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PortfolioPeriodStatus'] = ResolversParentTypes['PortfolioPeriodStatus'],
> = {
  changes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portfolioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PortfolioPersonOptionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['PortfolioPersonOption'] = ResolversParentTypes['PortfolioPersonOption'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'],
> = {
  actualEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actualStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  budgetTkr?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  costToDateTkr?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forecastTkr?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  managerUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['ProjectMove']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['ProjectLineageLink']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pausedUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['ProjectPhase']>, ParentType, ContextType>;
  plannedEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  portfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
  portfolioAsOf?: Resolver<
    ResolversTypes['Portfolio'],
    ParentType,
    ContextType,
    RequireFields<ProjectPortfolioAsOfArgs, 'month'>
  >;
  state?: Resolver<ResolversTypes['ProjectState'], ParentType, ContextType>;
  stateAsOf?: Resolver<
    ResolversTypes['ProjectState'],
    ParentType,
    ContextType,
    RequireFields<ProjectStateAsOfArgs, 'month'>
  >;
  stateChanges?: Resolver<Array<ResolversTypes['ProjectStateChange']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType, RequireFields<ProjectStatusArgs, 'upTo'>>;
  statusUpdates?: Resolver<Array<ResolversTypes['ProjectStatusUpdate']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['ProjectLineageLink']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectLineageLinkResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectLineageLink'] = ResolversParentTypes['ProjectLineageLink'],
> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProjectLineageKind'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectMoveResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectMove'] = ResolversParentTypes['ProjectMove'],
> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  fromPortfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toPortfolio?: Resolver<ResolversTypes['Portfolio'], ParentType, ContextType>;
};

export type ProjectStateChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectStateChange'] = ResolversParentTypes['ProjectStateChange'],
> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  changedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['ProjectState']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['ProjectState'], ParentType, ContextType>;
};

export type ProjectStatusResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectStatus'] = ResolversParentTypes['ProjectStatus'],
> = {
  latestStatusUpdate?: Resolver<Maybe<ResolversTypes['ProjectStatusUpdate']>, ParentType, ContextType>;
  noRecentStatusUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statusUpdatesSinceColourChange?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProjectStatusUpdateResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectStatusUpdate'] = ResolversParentTypes['ProjectStatusUpdate'],
> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deviations?: Resolver<Array<ResolversTypes['StatusDeviation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  statusDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
};

export type ProjectSummaryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ProjectSummary'] = ResolversParentTypes['ProjectSummary'],
> = {
  cost?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  portfolioName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  statusDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  activityOwnerOptions?: Resolver<
    Array<ResolversTypes['ActivityOwnerOption']>,
    ParentType,
    ContextType,
    RequireFields<QueryActivityOwnerOptionsArgs, 'orgUnitId'>
  >;
  assignments?: Resolver<
    Array<ResolversTypes['Assignment']>,
    ParentType,
    ContextType,
    RequireFields<QueryAssignmentsArgs, 'orgUnitCode'>
  >;
  auditActionOwnerCandidates?: Resolver<
    Array<ResolversTypes['AuditActionOwner']>,
    ParentType,
    ContextType,
    RequireFields<QueryAuditActionOwnerCandidatesArgs, 'orgUnitCode'>
  >;
  auditLog?: Resolver<
    ResolversTypes['AuditLogPage'],
    ParentType,
    ContextType,
    RequireFields<QueryAuditLogArgs, 'first'>
  >;
  auditReports?: Resolver<
    Array<ResolversTypes['AuditReport']>,
    ParentType,
    ContextType,
    RequireFields<QueryAuditReportsArgs, 'orgUnitCode' | 'year'>
  >;
  dataEntrySheet?: Resolver<
    Maybe<ResolversTypes['DataEntrySheet']>,
    ParentType,
    ContextType,
    RequireFields<QueryDataEntrySheetArgs, 'orgUnitCode' | 'period'>
  >;
  economy?: Resolver<
    Maybe<ResolversTypes['Economy']>,
    ParentType,
    ContextType,
    RequireFields<QueryEconomyArgs, 'orgUnitCode' | 'upTo'>
  >;
  editablePortfolios?: Resolver<Array<ResolversTypes['Portfolio']>, ParentType, ContextType>;
  forecastAccuracy?: Resolver<
    Maybe<ResolversTypes['ForecastAccuracy']>,
    ParentType,
    ContextType,
    RequireFields<QueryForecastAccuracyArgs, 'orgUnitCode' | 'year'>
  >;
  forecastRoundYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  forecastRounds?: Resolver<
    Array<ResolversTypes['ForecastRound']>,
    ParentType,
    ContextType,
    RequireFields<QueryForecastRoundsArgs, 'year'>
  >;
  goalParentOptions?: Resolver<
    Array<ResolversTypes['Goal']>,
    ParentType,
    ContextType,
    RequireFields<QueryGoalParentOptionsArgs, 'orgUnitId' | 'year'>
  >;
  goals?: Resolver<
    Array<ResolversTypes['Goal']>,
    ParentType,
    ContextType,
    RequireFields<QueryGoalsArgs, 'includeRetired' | 'orgUnitCode' | 'year'>
  >;
  history?: Resolver<
    Array<ResolversTypes['AuditEvent']>,
    ParentType,
    ContextType,
    RequireFields<QueryHistoryArgs, 'entityId' | 'entityType'>
  >;
  indicator?: Resolver<
    Maybe<ResolversTypes['Indicator']>,
    ParentType,
    ContextType,
    RequireFields<QueryIndicatorArgs, 'id'>
  >;
  indicatorLibrary?: Resolver<
    Array<ResolversTypes['Indicator']>,
    ParentType,
    ContextType,
    RequireFields<QueryIndicatorLibraryArgs, 'filter'>
  >;
  indicatorOwnerOptions?: Resolver<Array<ResolversTypes['IndicatorOwner']>, ParentType, ContextType>;
  indicatorsByCode?: Resolver<
    Array<ResolversTypes['Indicator']>,
    ParentType,
    ContextType,
    RequireFields<QueryIndicatorsByCodeArgs, 'code'>
  >;
  internalControls?: Resolver<
    Array<ResolversTypes['InternalControl']>,
    ParentType,
    ContextType,
    RequireFields<QueryInternalControlsArgs, 'orgUnitCode'>
  >;
  latestReportMonth?: Resolver<Maybe<ResolversTypes['YearMonth']>, ParentType, ContextType>;
  myReminderSettings?: Resolver<ResolversTypes['ReminderSettings'], ParentType, ContextType>;
  myToDo?: Resolver<Array<ResolversTypes['ToDoItem']>, ParentType, ContextType>;
  orgUnit?: Resolver<
    Maybe<ResolversTypes['OrgUnit']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrgUnitArgs, 'code'>
  >;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<QueryOrgUnitsArgs>>;
  overview?: Resolver<
    Maybe<ResolversTypes['Overview']>,
    ParentType,
    ContextType,
    RequireFields<QueryOverviewArgs, 'orgUnitCode' | 'upTo'>
  >;
  perspectives?: Resolver<
    Array<ResolversTypes['Perspective']>,
    ParentType,
    ContextType,
    Partial<QueryPerspectivesArgs>
  >;
  planOfYear?: Resolver<
    Maybe<ResolversTypes['PlanOfYear']>,
    ParentType,
    ContextType,
    RequireFields<QueryPlanOfYearArgs, 'orgUnitCode' | 'year'>
  >;
  portfolioOwningUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  portfolioPersonOptions?: Resolver<
    Array<ResolversTypes['PortfolioPersonOption']>,
    ParentType,
    ContextType,
    RequireFields<QueryPortfolioPersonOptionsArgs, 'orgUnitId'>
  >;
  portfolios?: Resolver<
    Array<ResolversTypes['Portfolio']>,
    ParentType,
    ContextType,
    RequireFields<QueryPortfoliosArgs, 'orgUnitCode'>
  >;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  reminderMails?: Resolver<
    Array<ResolversTypes['ReminderMail']>,
    ParentType,
    ContextType,
    RequireFields<QueryReminderMailsArgs, 'first'>
  >;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reportingCalendar?: Resolver<
    Maybe<ResolversTypes['ReportingCalendar']>,
    ParentType,
    ContextType,
    RequireFields<QueryReportingCalendarArgs, 'year'>
  >;
  reportingCalendarYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  reportingDiscipline?: Resolver<
    Maybe<ResolversTypes['ReportingDiscipline']>,
    ParentType,
    ContextType,
    RequireFields<QueryReportingDisciplineArgs, 'orgUnitCode' | 'year'>
  >;
  reports?: Resolver<
    Array<ResolversTypes['Report']>,
    ParentType,
    ContextType,
    RequireFields<QueryReportsArgs, 'orgUnitCode' | 'year'>
  >;
  riskCategories?: Resolver<Array<ResolversTypes['RiskCategory']>, ParentType, ContextType>;
  riskScale?: Resolver<ResolversTypes['RiskScale'], ParentType, ContextType>;
  riskScaleMax?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<QueryRiskScaleMaxArgs, 'orgUnitCode'>
  >;
  risks?: Resolver<
    Array<ResolversTypes['Risk']>,
    ParentType,
    ContextType,
    RequireFields<QueryRisksArgs, 'orgUnitCode'>
  >;
  rollOverPreview?: Resolver<
    ResolversTypes['RollOverPreview'],
    ParentType,
    ContextType,
    RequireFields<QueryRollOverPreviewArgs, 'fromYear' | 'orgUnitId'>
  >;
  signInOptions?: Resolver<ResolversTypes['SignInOptions'], ParentType, ContextType>;
  targetSheet?: Resolver<
    Maybe<ResolversTypes['TargetSheet']>,
    ParentType,
    ContextType,
    RequireFields<QueryTargetSheetArgs, 'orgUnitCode' | 'year'>
  >;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  valueImport?: Resolver<
    Maybe<ResolversTypes['ValueImport']>,
    ParentType,
    ContextType,
    RequireFields<QueryValueImportArgs, 'id'>
  >;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ReminderMailResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReminderMail'] = ResolversParentTypes['ReminderMail'],
> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReminderMailKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReminderMailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReminderSettingsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReminderSettings'] = ResolversParentTypes['ReminderSettings'],
> = {
  frequency?: Resolver<ResolversTypes['ReminderFrequency'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReportResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'],
> = {
  approvedBy?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['ReportComment']>, ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['ReportComparison'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['ReportContent'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frozenAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReportType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanApprove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReportActivityRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportActivityRow'] = ResolversParentTypes['ReportActivityRow'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  perspectiveName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportAssignmentChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportAssignmentChange'] = ResolversParentTypes['ReportAssignmentChange'],
> = {
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['AssignmentStatus']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportAssignmentRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportAssignmentRow'] = ResolversParentTypes['ReportAssignmentRow'],
> = {
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AssignmentSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportBusinessAreaRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportBusinessAreaRow'] = ResolversParentTypes['ReportBusinessAreaRow'],
> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  isTotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolledUpFrom?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportChartResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportChart'] = ResolversParentTypes['ReportChart'],
> = {
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  generatedCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportChartKind'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportChartSeries']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
};

export type ReportChartSeriesResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportChartSeries'] = ResolversParentTypes['ReportChartSeries'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
};

export type ReportColourChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportColourChange'] = ResolversParentTypes['ReportColourChange'],
> = {
  current?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportChangeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
};

export type ReportCommentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportComment'] = ResolversParentTypes['ReportComment'],
> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportComparisonResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportComparison'] = ResolversParentTypes['ReportComparison'],
> = {
  assignmentChanges?: Resolver<Array<ResolversTypes['ReportAssignmentChange']>, ParentType, ContextType>;
  colourChanges?: Resolver<Array<ResolversTypes['ReportColourChange']>, ParentType, ContextType>;
  forecastChanges?: Resolver<Array<ResolversTypes['ReportForecastChange']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
};

export type ReportContentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportContent'] = ResolversParentTypes['ReportContent'],
> = {
  compiledAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isFrozen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['YearMonth'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['ReportSectionContent']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReportType'], ParentType, ContextType>;
};

export type ReportFinancialLineRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportFinancialLineRow'] = ResolversParentTypes['ReportFinancialLineRow'],
> = {
  budgetToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fullYearBudget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomeToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousYearToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolledUpFrom?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
};

export type ReportForecastChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportForecastChange'] = ResolversParentTypes['ReportForecastChange'],
> = {
  current?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
};

export type ReportGoalRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportGoalRow'] = ResolversParentTypes['ReportGoalRow'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  councilGoalTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fulfilment?: Resolver<ResolversTypes['GoalFulfilment'], ParentType, ContextType>;
  perspectiveName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportIndicatorRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportIndicatorRow'] = ResolversParentTypes['ReportIndicatorRow'],
> = {
  annualTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGenerated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousYearIsGenerated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  previousYearOutcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolling12?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  statusSetByHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
};

export type ReportIndicatorTableResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportIndicatorTable'] = ResolversParentTypes['ReportIndicatorTable'],
> = {
  hasRolling12?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodicity?: Resolver<ResolversTypes['Periodicity'], ParentType, ContextType>;
  previousPeriodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ReportIndicatorRow']>, ParentType, ContextType>;
};

export type ReportPortfolioRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportPortfolioRow'] = ResolversParentTypes['ReportPortfolioRow'],
> = {
  changes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportProjectDeviationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportProjectDeviation'] = ResolversParentTypes['ReportProjectDeviation'],
> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['StatusDimension'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
};

export type ReportProjectRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportProjectRow'] = ResolversParentTypes['ReportProjectRow'],
> = {
  cost?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  deviations?: Resolver<Array<ResolversTypes['ReportProjectDeviation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portfolioName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProjectState'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['RagStatus'], ParentType, ContextType>;
};

export type ReportRiskRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportRiskRow'] = ResolversParentTypes['ReportRiskRow'],
> = {
  categoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isDemoValue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mitigations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportSectionContentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportSectionContent'] = ResolversParentTypes['ReportSectionContent'],
> = {
  activities?: Resolver<Array<ResolversTypes['ReportActivityRow']>, ParentType, ContextType>;
  analysisText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  analysisUpdatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  analysisUpdatedBy?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  analysisVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['ReportAssignmentRow']>, ParentType, ContextType>;
  businessAreaResults?: Resolver<Array<ResolversTypes['ReportBusinessAreaRow']>, ParentType, ContextType>;
  charts?: Resolver<Array<ResolversTypes['ReportChart']>, ParentType, ContextType>;
  deviatingProjects?: Resolver<Array<ResolversTypes['ReportProjectRow']>, ParentType, ContextType>;
  financialLines?: Resolver<Array<ResolversTypes['ReportFinancialLineRow']>, ParentType, ContextType>;
  goalSummary?: Resolver<Array<ResolversTypes['ReportGoalRow']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['ReportGoalRow']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorTables?: Resolver<Array<ResolversTypes['ReportIndicatorTable']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportSectionKind'], ParentType, ContextType>;
  perspectiveName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  portfolios?: Resolver<Array<ResolversTypes['ReportPortfolioRow']>, ParentType, ContextType>;
  risks?: Resolver<Array<ResolversTypes['ReportRiskRow']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportingCalendarResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportingCalendar'] = ResolversParentTypes['ReportingCalendar'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orgUnitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingDaysAfterPeriodEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingDisciplineResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportingDiscipline'] = ResolversParentTypes['ReportingDiscipline'],
> = {
  counts?: Resolver<ResolversTypes['DisciplineCounts'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['MissingObligation']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  ownersBehind?: Resolver<Array<ResolversTypes['OwnerDiscipline']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['DisciplinePeriod']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['UnitDiscipline']>, ParentType, ContextType>;
  unitsBehind?: Resolver<Array<ResolversTypes['UnitDiscipline']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingLevelDeadlineResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportingLevelDeadline'] = ResolversParentTypes['ReportingLevelDeadline'],
> = {
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
};

export type ReportingPeriodResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod'],
> = {
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadlineAt?: Resolver<
    ResolversTypes['String'],
    ParentType,
    ContextType,
    RequireFields<ReportingPeriodDeadlineAtArgs, 'level'>
  >;
  deadlineMoved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingPeriodKind'], ParentType, ContextType>;
  levelDeadlines?: Resolver<Array<ResolversTypes['ReportingLevelDeadline']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ruleDeadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportingPeriodStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Risk'] = ResolversParentTypes['Risk'],
> = {
  category?: Resolver<ResolversTypes['RiskCategory'], ParentType, ContextType>;
  controls?: Resolver<Array<ResolversTypes['InternalControl']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasOverdueMitigations?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<RiskHasOverdueMitigationsArgs, 'upTo'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mitigations?: Resolver<Array<ResolversTypes['Mitigation']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valuation?: Resolver<
    Maybe<ResolversTypes['RiskValuation']>,
    ParentType,
    ContextType,
    RequireFields<RiskValuationArgs, 'upTo'>
  >;
  valuations?: Resolver<Array<ResolversTypes['RiskValuation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskCategoryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RiskCategory'] = ResolversParentTypes['RiskCategory'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  riskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskScaleResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RiskScale'] = ResolversParentTypes['RiskScale'],
> = {
  largestValued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskSummaryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RiskSummary'] = ResolversParentTypes['RiskSummary'],
> = {
  categoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemoValue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RiskValuationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RiskValuation'] = ResolversParentTypes['RiskValuation'],
> = {
  consequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemoValue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasoning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  riskId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleAssignmentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RoleAssignment'] = ResolversParentTypes['RoleAssignment'],
> = {
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RollOverActivityResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RollOverActivity'] = ResolversParentTypes['RollOverActivity'],
> = {
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  alreadyCarried?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  goalTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RollOverAssignmentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RollOverAssignment'] = ResolversParentTypes['RollOverAssignment'],
> = {
  assignmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RollOverGoalResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RollOverGoal'] = ResolversParentTypes['RollOverGoal'],
> = {
  alreadyCarried?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  goalLinks?: Resolver<Array<ResolversTypes['RollOverGoalLink']>, ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RollOverGoalLinkResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RollOverGoalLink'] = ResolversParentTypes['RollOverGoalLink'],
> = {
  fromTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['GoalMatch'], ParentType, ContextType>;
  toGoalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RollOverIndicatorLinkResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RollOverIndicatorLink'] = ResolversParentTypes['RollOverIndicatorLink'],
> = {
  alreadyCarried?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  goalTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RollOverPreviewResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RollOverPreview'] = ResolversParentTypes['RollOverPreview'],
> = {
  activities?: Resolver<Array<ResolversTypes['RollOverActivity']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['RollOverAssignment']>, ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['RollOverGoal']>, ParentType, ContextType>;
  indicatorLinks?: Resolver<Array<ResolversTypes['RollOverIndicatorLink']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  targetPlan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['RollOverTarget']>, ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RollOverTargetResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RollOverTarget'] = ResolversParentTypes['RollOverTarget'],
> = {
  alreadyCarried?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  annualTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periods?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoundAccuracyResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RoundAccuracy'] = ResolversParentTypes['RoundAccuracy'],
> = {
  comparedForecasts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanAbsolutePercentageError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['ForecastRound'], ParentType, ContextType>;
};

export type RoundForecastResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['RoundForecast'] = ResolversParentTypes['RoundForecast'],
> = {
  carriedOver?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changeFromPrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['ForecastRound'], ParentType, ContextType>;
};

export type SeriesPointResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint'],
> = {
  fullYearForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  isSynthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousYearOutcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolling12?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  statusOverrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SignInOptionsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['SignInOptions'] = ResolversParentTypes['SignInOptions'],
> = {
  demoAccounts?: Resolver<Array<ResolversTypes['DemoAccount']>, ParentType, ContextType>;
  firstRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSignOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StatusChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange'],
> = {
  current?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  currentSetByHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangedRecord'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  previousSetByHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StatusDeviationResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['StatusDeviation'] = ResolversParentTypes['StatusDeviation'],
> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionDueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actionOwner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actionOwnerUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['StatusDimension'], ParentType, ContextType>;
};

export type TargetRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TargetRow'] = ResolversParentTypes['TargetRow'],
> = {
  annualTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  isProposal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodTargets?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  previousOutcomes?: Resolver<Array<ResolversTypes['YearFigure']>, ParentType, ContextType>;
  previousYearForecast?: Resolver<ResolversTypes['YearFigure'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['TargetVersion']>, ParentType, ContextType>;
};

export type TargetSheetResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TargetSheet'] = ResolversParentTypes['TargetSheet'],
> = {
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  includeSubunits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TargetRow']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetVersionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['TargetVersion'] = ResolversParentTypes['TargetVersion'],
> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ToDoItemResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ToDoItem'] = ResolversParentTypes['ToDoItem'],
> = {
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingObligationKind'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodKind?: Resolver<ResolversTypes['ReportingPeriodKind'], ParentType, ContextType>;
  periodNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitAccuracyResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['UnitAccuracy'] = ResolversParentTypes['UnitAccuracy'],
> = {
  comparedForecasts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanAbsolutePercentageError?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type UnitDisciplineResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['UnitDiscipline'] = ResolversParentTypes['UnitDiscipline'],
> = {
  cells?: Resolver<Array<ResolversTypes['DisciplineCell']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['DisciplineCounts'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType>;
  singleSignOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ValueImportResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ValueImport'] = ResolversParentTypes['ValueImport'],
> = {
  counts?: Resolver<ResolversTypes['ValueImportCounts'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ValueImportKind'], ParentType, ContextType>;
  rows?: Resolver<
    ResolversTypes['ValueImportRowPage'],
    ParentType,
    ContextType,
    RequireFields<ValueImportRowsArgs, 'limit' | 'offset'>
  >;
  status?: Resolver<ResolversTypes['ValueImportStatus'], ParentType, ContextType>;
  writtenCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ValueImportChangeResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ValueImportChange'] = ResolversParentTypes['ValueImportChange'],
> = {
  field?: Resolver<ResolversTypes['ValueImportField'], ParentType, ContextType>;
  new?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  old?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ValueImportCountsResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ValueImportCounts'] = ResolversParentTypes['ValueImportCounts'],
> = {
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ValueImportErrorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ValueImportError'] = ResolversParentTypes['ValueImportError'],
> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ValueImportRowResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ValueImportRow'] = ResolversParentTypes['ValueImportRow'],
> = {
  changes?: Resolver<Array<ResolversTypes['ValueImportChange']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ValueImportError']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnitImportRow']>, ParentType, ContextType>;
  orgUnitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueImportRowStatus'], ParentType, ContextType>;
};

export type ValueImportRowPageResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['ValueImportRowPage'] = ResolversParentTypes['ValueImportRowPage'],
> = {
  rows?: Resolver<Array<ResolversTypes['ValueImportRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewerResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer'],
> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holds?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<ViewerHoldsArgs, 'orgUnitCode' | 'role'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAdministrator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType>;
};

export type YearEndProjectionResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['YearEndProjection'] = ResolversParentTypes['YearEndProjection'],
> = {
  basedOnMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  differsFromForecast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  humanForecast?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastYearShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ProjectionMethod'], ParentType, ContextType>;
  projectedOutcome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  relativeDifference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usesGeneratedValues?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type YearFigureResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['YearFigure'] = ResolversParentTypes['YearFigure'],
> = {
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YearMonthResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['YearMonth'] = ResolversParentTypes['YearMonth'],
> = {
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityOwnerOption?: ActivityOwnerOptionResolvers<ContextType>;
  ActivityUpdate?: ActivityUpdateResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentUpdate?: AssignmentUpdateResolvers<ContextType>;
  Attention?: AttentionResolvers<ContextType>;
  AttentionIndicator?: AttentionIndicatorResolvers<ContextType>;
  AuditActionOwner?: AuditActionOwnerResolvers<ContextType>;
  AuditActionUpdate?: AuditActionUpdateResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  AuditRecommendation?: AuditRecommendationResolvers<ContextType>;
  AuditReport?: AuditReportResolvers<ContextType>;
  Author?: AuthorResolvers<ContextType>;
  BusinessAreaResult?: BusinessAreaResultResolvers<ContextType>;
  ControlResult?: ControlResultResolvers<ContextType>;
  DataEntryActivityRow?: DataEntryActivityRowResolvers<ContextType>;
  DataEntryGoalRow?: DataEntryGoalRowResolvers<ContextType>;
  DataEntryIndicatorRow?: DataEntryIndicatorRowResolvers<ContextType>;
  DataEntrySheet?: DataEntrySheetResolvers<ContextType>;
  DemoAccount?: DemoAccountResolvers<ContextType>;
  DemoAccountRole?: DemoAccountRoleResolvers<ContextType>;
  DisciplineCell?: DisciplineCellResolvers<ContextType>;
  DisciplineCounts?: DisciplineCountsResolvers<ContextType>;
  DisciplinePeriod?: DisciplinePeriodResolvers<ContextType>;
  Economy?: EconomyResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FinancialLine?: FinancialLineResolvers<ContextType>;
  ForecastAccuracy?: ForecastAccuracyResolvers<ContextType>;
  ForecastError?: ForecastErrorResolvers<ContextType>;
  ForecastRound?: ForecastRoundResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalAssessment?: GoalAssessmentResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorForecastAccuracy?: IndicatorForecastAccuracyResolvers<ContextType>;
  IndicatorOwner?: IndicatorOwnerResolvers<ContextType>;
  IndicatorThresholdSet?: IndicatorThresholdSetResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  InternalControl?: InternalControlResolvers<ContextType>;
  KeyIndicator?: KeyIndicatorResolvers<ContextType>;
  KeyIndicatorFigures?: KeyIndicatorFiguresResolvers<ContextType>;
  KeyIndicatorUnitFigure?: KeyIndicatorUnitFigureResolvers<ContextType>;
  MissingObligation?: MissingObligationResolvers<ContextType>;
  Mitigation?: MitigationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitImportRow?: OrgUnitImportRowResolvers<ContextType>;
  OrgUnitVersion?: OrgUnitVersionResolvers<ContextType>;
  OverdueAction?: OverdueActionResolvers<ContextType>;
  OverdueAssignment?: OverdueAssignmentResolvers<ContextType>;
  OverdueAuditAction?: OverdueAuditActionResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  OwnerDiscipline?: OwnerDisciplineResolvers<ContextType>;
  Perspective?: PerspectiveResolvers<ContextType>;
  PerspectiveSummary?: PerspectiveSummaryResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanChange?: PlanChangeResolvers<ContextType>;
  PlanOfYear?: PlanOfYearResolvers<ContextType>;
  PlanRevision?: PlanRevisionResolvers<ContextType>;
  Portfolio?: PortfolioResolvers<ContextType>;
  PortfolioBudget?: PortfolioBudgetResolvers<ContextType>;
  PortfolioPeriodStatus?: PortfolioPeriodStatusResolvers<ContextType>;
  PortfolioPersonOption?: PortfolioPersonOptionResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectLineageLink?: ProjectLineageLinkResolvers<ContextType>;
  ProjectMove?: ProjectMoveResolvers<ContextType>;
  ProjectStateChange?: ProjectStateChangeResolvers<ContextType>;
  ProjectStatus?: ProjectStatusResolvers<ContextType>;
  ProjectStatusUpdate?: ProjectStatusUpdateResolvers<ContextType>;
  ProjectSummary?: ProjectSummaryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReminderMail?: ReminderMailResolvers<ContextType>;
  ReminderSettings?: ReminderSettingsResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportActivityRow?: ReportActivityRowResolvers<ContextType>;
  ReportAssignmentChange?: ReportAssignmentChangeResolvers<ContextType>;
  ReportAssignmentRow?: ReportAssignmentRowResolvers<ContextType>;
  ReportBusinessAreaRow?: ReportBusinessAreaRowResolvers<ContextType>;
  ReportChart?: ReportChartResolvers<ContextType>;
  ReportChartSeries?: ReportChartSeriesResolvers<ContextType>;
  ReportColourChange?: ReportColourChangeResolvers<ContextType>;
  ReportComment?: ReportCommentResolvers<ContextType>;
  ReportComparison?: ReportComparisonResolvers<ContextType>;
  ReportContent?: ReportContentResolvers<ContextType>;
  ReportFinancialLineRow?: ReportFinancialLineRowResolvers<ContextType>;
  ReportForecastChange?: ReportForecastChangeResolvers<ContextType>;
  ReportGoalRow?: ReportGoalRowResolvers<ContextType>;
  ReportIndicatorRow?: ReportIndicatorRowResolvers<ContextType>;
  ReportIndicatorTable?: ReportIndicatorTableResolvers<ContextType>;
  ReportPortfolioRow?: ReportPortfolioRowResolvers<ContextType>;
  ReportProjectDeviation?: ReportProjectDeviationResolvers<ContextType>;
  ReportProjectRow?: ReportProjectRowResolvers<ContextType>;
  ReportRiskRow?: ReportRiskRowResolvers<ContextType>;
  ReportSectionContent?: ReportSectionContentResolvers<ContextType>;
  ReportingCalendar?: ReportingCalendarResolvers<ContextType>;
  ReportingDiscipline?: ReportingDisciplineResolvers<ContextType>;
  ReportingLevelDeadline?: ReportingLevelDeadlineResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  Risk?: RiskResolvers<ContextType>;
  RiskCategory?: RiskCategoryResolvers<ContextType>;
  RiskScale?: RiskScaleResolvers<ContextType>;
  RiskSummary?: RiskSummaryResolvers<ContextType>;
  RiskValuation?: RiskValuationResolvers<ContextType>;
  RoleAssignment?: RoleAssignmentResolvers<ContextType>;
  RollOverActivity?: RollOverActivityResolvers<ContextType>;
  RollOverAssignment?: RollOverAssignmentResolvers<ContextType>;
  RollOverGoal?: RollOverGoalResolvers<ContextType>;
  RollOverGoalLink?: RollOverGoalLinkResolvers<ContextType>;
  RollOverIndicatorLink?: RollOverIndicatorLinkResolvers<ContextType>;
  RollOverPreview?: RollOverPreviewResolvers<ContextType>;
  RollOverTarget?: RollOverTargetResolvers<ContextType>;
  RoundAccuracy?: RoundAccuracyResolvers<ContextType>;
  RoundForecast?: RoundForecastResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  SignInOptions?: SignInOptionsResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  StatusDeviation?: StatusDeviationResolvers<ContextType>;
  TargetRow?: TargetRowResolvers<ContextType>;
  TargetSheet?: TargetSheetResolvers<ContextType>;
  TargetVersion?: TargetVersionResolvers<ContextType>;
  ToDoItem?: ToDoItemResolvers<ContextType>;
  UnitAccuracy?: UnitAccuracyResolvers<ContextType>;
  UnitDiscipline?: UnitDisciplineResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValueImport?: ValueImportResolvers<ContextType>;
  ValueImportChange?: ValueImportChangeResolvers<ContextType>;
  ValueImportCounts?: ValueImportCountsResolvers<ContextType>;
  ValueImportError?: ValueImportErrorResolvers<ContextType>;
  ValueImportRow?: ValueImportRowResolvers<ContextType>;
  ValueImportRowPage?: ValueImportRowPageResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  YearEndProjection?: YearEndProjectionResolvers<ContextType>;
  YearFigure?: YearFigureResolvers<ContextType>;
  YearMonth?: YearMonthResolvers<ContextType>;
};
