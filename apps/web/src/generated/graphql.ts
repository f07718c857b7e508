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
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
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

export type AdoptPlanInput = {
  /** The case number of the decision, e.g. `N170-0123/22`. */
  caseNumber: string;
  /** The day the committee decided (ISO date, not in the future). */
  decisionDate: string;
  /** The plan's version as loaded; null when the unit had no plan of the year then. */
  expectedVersion?: number | null | undefined;
  orgUnitId: string;
  year: number;
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

export type AssignmentUpdateInput = {
  assignmentId: string;
  comment?: string | null | undefined;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
  /** Required for DECLARED_COMPLETE, refused otherwise: the decision's case number. */
  decisionCaseNumber?: string | null | undefined;
  /** Required for DECLARED_COMPLETE, refused otherwise: the decision's date (ISO, not in the future). */
  decisionDate?: string | null | undefined;
  /** The version the form was loaded with; leave out when the month has no status yet. */
  expectedVersion?: number | null | undefined;
  month: number;
  status: AssignmentStatus;
  year: number;
};

export type AuditAction = 'CREATE' | 'DELETE' | 'UPDATE';

export type AuditActionStatus = 'DONE' | 'NOT_STARTED' | 'ONGOING';

export type AuditActionUpdateInput = {
  comment?: string | null | undefined;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
  /** The version the form was loaded with; leave out when the month has no status yet. */
  expectedVersion?: number | null | undefined;
  month: number;
  recommendationId: string;
  status: AuditActionStatus;
  year: number;
};

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

export type CloseReportingPeriodInput = {
  expectedVersion: number;
  periodId: string;
  /** Optional, at most 1 000 characters. */
  reason?: string | null | undefined;
};

/** The planner's decision on each node of the preview; a node left out is not carried. */
export type CommitRollOverInput = {
  activities: Array<RollOverActivityDecision>;
  fromYear: number;
  goals: Array<RollOverGoalDecision>;
  indicatorLinks: Array<RollOverIndicatorLinkDecision>;
  orgUnitId: string;
  targets: Array<RollOverTargetDecision>;
};

/** The rows whose proposals (förslag) a planner confirms as the year's targets: all or nothing. */
export type ConfirmTargetProposalsInput = {
  /** At most 500 rows, each indicator at most once. */
  rows: Array<TargetProposalRowInput>;
  year: number;
};

export type ControlOutcome = 'DEVIATION' | 'OK';

export type ControlResultInput = {
  controlId: string;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
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

export type CopyPerspectivesInput = {
  /** A year without perspectives: it gets the latest earlier year's (or, when there is none, the default five). */
  year: number;
};

/** A new activity carrying out a goal; it belongs to the goal's unit and perspective. */
export type CreateActivityInput = {
  /** At most 4 000 characters. */
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  goalId: string;
  /** The owner, when they have an account; otherwise leave out and give ownerName. */
  ownerId?: string | null | undefined;
  /** The owner's name, for someone without an account (at most 200 characters). */
  ownerName?: string | null | undefined;
  /** ISO dates; the end may not be before the start. */
  startDate?: string | null | undefined;
  /** Required, at most 500 characters. */
  title: string;
};

export type CreateAssignmentInput = {
  /** Like `SLK-2022-01441`: letters, the year and a serial. */
  caseNumber?: string | null | undefined;
  /** ISO date. */
  deadline?: string | null | undefined;
  /** The responsible unit. */
  orgUnitId: string;
  source: AssignmentSource;
  /** The assignment's text; at most 4 000 characters. */
  title: string;
  /** The plan year it was given in. */
  year: number;
};

export type CreateAuditRecommendationInput = {
  action?: string | null | undefined;
  auditReportId: string;
  /** ISO date. */
  dueDate?: string | null | undefined;
  ownerName?: string | null | undefined;
  /** The owner as a user of the app; or give ownerName, not both. */
  ownerUserId?: string | null | undefined;
  recommendation: string;
};

export type CreateAuditReportInput = {
  auditor: string;
  caseNumber?: string | null | undefined;
  orgUnitId: string;
  /** ISO date. */
  reportDate: string;
  title: string;
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

/**
 * A new goal. A council goal (COUNCIL) belongs to a city (a root unit) and serves no other goal;
 * a committee goal (COMMITTEE) serves one or more council goals of its year, or, as a sub-goal
 * of a business area, one committee goal of a unit above it.
 */
export type CreateGoalInput = {
  /** At most 4 000 characters. */
  description?: string | null | undefined;
  level: GoalLevel;
  orgUnitId: string;
  /** The goals it serves (at most 20), of the same year and of units above it. */
  parentIds: Array<string>;
  perspectiveId: string;
  /** Required, at most 500 characters. */
  title: string;
  year: number;
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

export type CreatePerspectiveInput = {
  description?: string | null | undefined;
  /** Unique among the year's perspectives. */
  name: string;
  /** The year the perspective is added to; it comes last in that year's order. */
  year: number;
};

export type CreatePortfolioInput = {
  /** At most 200 characters, unique within the unit. */
  name: string;
  /** The owning unit; the portfolio office of that unit (or one above it) may create portfolios there. */
  orgUnitId: string;
  /** At most 200 characters. */
  owner?: string | null | undefined;
  /** The owner's account, one of portfolioPersonOptions of the unit; the owner's name is then the account's. */
  ownerUserId?: string | null | undefined;
  /** Weeks between status updates, 1–52. */
  statusUpdateIntervalWeeks: number;
};

export type CreateProjectInput = {
  /** Not negative. */
  budgetTkr?: number | null | undefined;
  /** At most 4 000 characters. */
  description?: string | null | undefined;
  /** Not negative. */
  forecastTkr?: number | null | undefined;
  manager?: string | null | undefined;
  /** The manager's account, one of portfolioPersonOptions of the portfolio's unit; the manager's name is then the account's. */
  managerUserId?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** At most 200 characters each: the person's name (users are picked by their name). */
  owner?: string | null | undefined;
  /** The owner's account, one of portfolioPersonOptions of the portfolio's unit; the owner's name is then the account's. */
  ownerUserId?: string | null | undefined;
  phase?: ProjectPhase | null | undefined;
  plannedEnd?: string | null | undefined;
  /** ISO dates; the end may not be before the start. */
  plannedStart?: string | null | undefined;
  /** A portfolio the user may edit. */
  portfolioId: string;
};

export type CreateReportInput = {
  orgUnitId: string;
  /** Must match the type: March for INTERIM_MARCH, August for INTERIM_AUGUST, December for ANNUAL. */
  period: MonthInput;
  type: ReportType;
};

export type CreateRiskCategoryInput = {
  /** Unique among the categories, at most 100 characters; the new category comes last. */
  name: string;
};

export type CreateRiskInput = {
  categoryId: string;
  /** A reason for a first valuation dated in a closed period: saved as a correction (Rättelse); without it such a risk is refused (periodClosed). */
  correctionReason?: string | null | undefined;
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
  /** ISO date the action is to be done. Ignored for green. */
  actionDueDate?: string | null | undefined;
  /** Who is to carry out the action; at most 200 characters. Ignored for green. */
  actionOwner?: string | null | undefined;
  /** The action owner's account, one of portfolioPersonOptions of the project's unit; the action owner's name is then the account's. Ignored for green. */
  actionOwnerUserId?: string | null | undefined;
  /** Required when the status is yellow or red; at most 4 000 characters. Ignored for green. */
  cause?: string | null | undefined;
  status: RagStatus;
};

export type ForecastRoundStatus = 'CLOSED' | 'OPEN';

export type GenerateReportingCalendarInput = {
  /** The calendar's version when it exists; leave out for a new calendar. */
  expectedVersion?: number | null | undefined;
  /** The city (a root unit). */
  orgUnitId: string;
  /** 1–60 working days after a period's end. */
  workingDaysAfterPeriodEnd: number;
  year: number;
};

export type GoalAssessmentInput = {
  /** At most 4 000 characters. */
  comment?: string | null | undefined;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
  /** The version the form was loaded with; leave out when the period has no assessment yet. */
  expectedVersion?: number | null | undefined;
  fulfilment: GoalFulfilment;
  goalId: string;
  month: number;
  year: number;
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
  /** How a parent unit shows the units' figures; SUM is refused for a rate or an index that is not cumulative. */
  unitRollup: UnitRollup;
  /** The miss of target beyond which the status is yellow; 0 or more. */
  yellowThreshold: number;
};

export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'ON_TARGET';

export type IndicatorKind = 'FINANCIAL' | 'PERFORMANCE';

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

/**
 * One indicator's figures for one period. A figure or the comment left out keeps what is saved,
 * and null clears it: a caller sending only outcomes never erases the targets, the forecast, the
 * R12 or the comment.
 */
export type IndicatorValueInput = {
  annualTarget?: number | null | undefined;
  /** At most 4 000 characters. */
  comment?: string | null | undefined;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
  /** The version the form was loaded with; leave out when the period has no value yet. */
  expectedVersion?: number | null | undefined;
  fullYearForecast?: number | null | undefined;
  indicatorId: string;
  outcome?: number | null | undefined;
  /** `2023-05`, `2023-T2` or `2023`; must exist for the indicator's periodicity or be a year. */
  period: string;
  periodTarget?: number | null | undefined;
  /** The twelve months up to the month as the source reported it (R12): a month of a monthly indicator only, else refused (rolling12MonthsOnly). */
  rolling12?: number | null | undefined;
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

export type MergeProjectsInput = {
  /** The new project's budget (tkr), not negative; left out, the sum of the sources' budgets. */
  budgetTkr?: number | null | undefined;
  manager?: string | null | undefined;
  /** ISO date of the merger, not in the future, not before any source's start or latest change of state or move. */
  mergedOn: string;
  /** The new project's name: at most 200 characters, unique within its portfolio. */
  name: string;
  /** At most 200 characters each. */
  owner?: string | null | undefined;
  /** The new project's portfolio, one the user may edit. */
  portfolioId: string;
  /** Why; required, at most 4 000 characters. */
  reason: string;
  /** Two or more projects (at most 20) in portfolios the user may edit: each ends on the date, closed. */
  sources: Array<MergeSourceInput>;
};

/** A project to merge, with the version the form saw. */
export type MergeSourceInput = {
  expectedVersion: number;
  projectId: string;
};

export type MitigationStatus = 'DONE' | 'ONGOING' | 'PLANNED';

/** A report period: a month of a year. */
export type MonthInput = {
  /** 1 to 12. */
  month: number;
  year: number;
};

export type MoveDirection = 'DOWN' | 'UP';

/** Moves a goal one step among the goals of its unit, year, perspective and level. */
export type MoveGoalInput = {
  direction: MoveDirection;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
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

export type OpenPlanRevisionInput = {
  expectedVersion: number;
  planId: string;
};

export type OrgUnitKind = 'BUSINESS_AREA' | 'CITY' | 'COMMITTEE' | 'DEPARTMENT';

export type Periodicity = 'MONTH' | 'TERTIAL' | 'YEAR';

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

export type PlanStatus =
  /** Adopted by the committee: goals, links and targets are locked until a new revision opens. */
  | 'ADOPTED'
  /** Being worked on: goals, links and targets may change. */
  | 'DRAFT';

export type PlanTargetField = 'ANNUAL_TARGET' | 'PERIOD_TARGET';

export type PortfolioPeriodStatusInput = {
  /** At most 10 000 characters. */
  changes?: string | null | undefined;
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
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
  /** Not negative. */
  forecastTkr?: number | null | undefined;
  id: string;
  manager?: string | null | undefined;
  /** The manager's account, as ownerUserId. */
  managerUserId?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** At most 200 characters each. */
  owner?: string | null | undefined;
  /** The owner's account, one of portfolioPersonOptions of the portfolio's unit (or the one already linked); the owner's name is then the account's. */
  ownerUserId?: string | null | undefined;
  phase?: ProjectPhase | null | undefined;
  plannedEnd?: string | null | undefined;
  /** ISO dates; an end may not be before its start. */
  plannedStart?: string | null | undefined;
  /** A portfolio the user may edit; moving the project there. */
  portfolioId: string;
};

/** How one project led to another: split into parts, or merged with others into one. */
export type ProjectLineageKind = 'MERGE' | 'SPLIT';

export type ProjectMoveInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  /** ISO date of the move, not in the future and not before the project's latest move. */
  movedOn: string;
  projectId: string;
  /** Why; required, at most 4 000 characters. */
  reason: string;
  /** Another portfolio the user may edit. */
  toPortfolioId: string;
};

/** The phases of the project model, in order: initiering, planering, genomförande, avslut. Beside a project's state (started, paused …). */
export type ProjectPhase = 'CLOSURE' | 'EXECUTION' | 'INITIATION' | 'PLANNING';

export type ProjectPhaseChangeInput = {
  /** The version the board was loaded with. */
  expectedVersion: number;
  phase: ProjectPhase;
  projectId: string;
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
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
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

/** How often a person wants reminder mails. */
export type ReminderFrequency =
  /** A mail on each day something falls due: a deadline near or passed, an owned indicator turned red without an action. */
  | 'DAILY'
  /** No reminder mails. */
  | 'NONE'
  /** One digest every Monday of everything due in the coming two weeks and overdue. */
  | 'WEEKLY';

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

export type RemovePerspectiveInput = {
  /** The version the confirmation was shown with. */
  expectedVersion: number;
  id: string;
  /** The year the perspective is removed from; other years keep it. */
  year: number;
};

export type RemoveRiskCategoryInput = {
  /** The version the confirmation was shown with. */
  expectedVersion: number;
  id: string;
};

export type RenameOrgUnitInput = {
  /** The version the form was loaded with; a newer one in the database means someone else saved first. */
  expectedVersion: number;
  id: string;
  name: string;
  /** The day the new name takes effect (ISO date, not in the future); today when left out. */
  validFrom?: string | null | undefined;
};

export type ReopenReportingPeriodInput = {
  expectedVersion: number;
  periodId: string;
  /** Required, at most 1 000 characters: why the period opens again. */
  reason: string;
};

export type ReorderPerspectivesInput = {
  /**
   * The year's perspectives in the order the list showed them. When someone has reordered, added or
   * removed one since, the reorder is refused as a CONFLICT carrying the year's perspectives as they
   * now are.
   */
  expectedIds: Array<string>;
  /** Every perspective of the year, each once, in the new order. */
  ids: Array<string>;
  year: number;
};

export type ReorderRiskCategoriesInput = {
  /**
   * The categories in the order the list showed them. When someone has reordered, added or removed
   * one since, the reorder is refused as a CONFLICT carrying the categories as they now are.
   */
  expectedIds: Array<string>;
  /** Every category, the retired ones included, each once, in the new order. */
  ids: Array<string>;
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
  id: string;
};

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
  /** A reason for changing what was reported for a closed period: saved as a correction (Rättelse); without it such a change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
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
  /** Approve reports in scope and send them back (the department head). Administrators approve too. */
  | 'APPROVER'
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

export type RollOverActivityDecision = {
  activityId: string;
  carry: boolean;
};

export type RollOverGoalDecision = {
  carry: boolean;
  goalId: string;
  /** The carried goal's new title; its old one when left out. */
  title?: string | null | undefined;
};

export type RollOverIndicatorLinkDecision = {
  carry: boolean;
  goalId: string;
  indicatorId: string;
};

export type RollOverTargetDecision = {
  carry: boolean;
  indicatorId: string;
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

/** Cancels an activity (it leaves the plan; its monthly statuses stay) or brings it back. */
export type SetActivityRetiredInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  retired: boolean;
};

/** The indicators that measure a goal, all at once: those left out are unlinked. */
export type SetGoalIndicatorsInput = {
  /** The goal's version the form was loaded with. */
  expectedVersion: number;
  goalId: string;
  /** At most 100 indicators of the goal's unit or units below it. */
  indicatorIds: Array<string>;
};

/** Retires a goal from the plan (its history and assessments stay readable) or brings it back. */
export type SetGoalRetiredInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  retired: boolean;
};

/** Retires an indicator (it takes no new values) or brings it back into use. */
export type SetIndicatorRetiredInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  retired: boolean;
};

/** The status of one saved value set by hand, with a reason, or given back to the status rule. */
export type SetIndicatorValueStatusInput = {
  /** A reason for changing a closed period's value: saved as a correction (Rättelse); without it the change is refused (periodClosed). */
  correctionReason?: string | null | undefined;
  /** The version of the value the form was loaded with. */
  expectedVersion: number;
  indicatorId: string;
  /** `2023-05`, `2023-T2` or `2023`: a period the indicator has a saved value for. */
  period: string;
  /** Why the rule's status does not tell the truth here: required with a status, at most 2 000 characters. */
  reason?: string | null | undefined;
  /** GREEN, YELLOW or RED in place of the rule's status; null gives the status back to the rule. */
  status?: ValueStatus | null | undefined;
};

export type SetReminderFrequencyInput = {
  /** The settings' version; leave out before the first choice. */
  expectedVersion?: number | null | undefined;
  frequency: ReminderFrequency;
};

export type SetReportingLevelDeadlineInput = {
  /** ISO date after the period's end, at most 366 days after it; null removes the level's own deadline. */
  deadline?: string | null | undefined;
  /** The period's version. */
  expectedVersion: number;
  level: OrgUnitKind;
  periodId: string;
};

export type SetReportingPeriodDeadlineInput = {
  /** ISO date after the period's end, at most 366 days after it. */
  deadline: string;
  expectedVersion: number;
  periodId: string;
};

export type SetRiskScaleInput = {
  /** The maximum the form was loaded with; another one in the database means someone else saved first. */
  expectedMax: number;
  /** 4 or 5. */
  max: number;
};

export type SplitProjectInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  /** Two or more new projects (at most 20). */
  parts: Array<SplitProjectPartInput>;
  /** The project to split: it ends on the date, closed. */
  projectId: string;
  /** Why; required, at most 4 000 characters. */
  reason: string;
  /** ISO date of the split, not in the future, not before the project's start or its latest change of state or move. */
  splitOn: string;
};

/** One of the new projects a project is split into. */
export type SplitProjectPartInput = {
  /** The part's share of the budget (tkr); not negative. */
  budgetTkr?: number | null | undefined;
  manager?: string | null | undefined;
  /** At most 200 characters; unique among the parts and within its portfolio. */
  name: string;
  /** At most 200 characters each. */
  owner?: string | null | undefined;
  /** A portfolio the user may edit; leave out for the origin's portfolio. */
  portfolioId?: string | null | undefined;
};

/** The three dimensions a status update colours. */
export type StatusDimension = 'COST' | 'RESULT' | 'TIME';

export type TargetProposalRowInput = {
  /** TargetRow.versions as loaded; a value saved or created since is a conflict. */
  expectedVersions: Array<TargetVersionInput>;
  indicatorId: string;
};

export type TargetRowInput = {
  annualTarget?: number | null | undefined;
  /** TargetRow.versions as loaded; a value saved or created since is a conflict. */
  expectedVersions: Array<TargetVersionInput>;
  indicatorId: string;
  /** One per period of the indicator's periodicity (12 months, 3 tertials, none for a yearly indicator), in order; null for none. */
  periodTargets: Array<number | null | undefined>;
};

export type TargetVersionInput = {
  period: string;
  version: number;
};

/** Several indicators' targets for a year, saved together: all or nothing. */
export type TargetsInput = {
  /** At most 500 rows, each indicator at most once. */
  rows: Array<TargetRowInput>;
  year: number;
};

/** How an indicator's yellow and red thresholds are measured. */
export type ThresholdKind =
  /** In the indicator's own unit. */
  | 'ABSOLUTE'
  /** Per cent of the target (5 = 5 %). */
  | 'RELATIVE';

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
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  /** The version the form was loaded with. */
  expectedVersion: number;
  goalId: string;
  id: string;
  ownerId?: string | null | undefined;
  ownerName?: string | null | undefined;
  startDate?: string | null | undefined;
  /** Required, at most 500 characters. */
  title: string;
};

export type UpdateAssignmentInput = {
  caseNumber?: string | null | undefined;
  deadline?: string | null | undefined;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  /** The responsible unit; a planner of both the old and the new unit may move it. */
  orgUnitId: string;
  source: AssignmentSource;
  title: string;
  year: number;
};

export type UpdateAuditRecommendationInput = {
  action?: string | null | undefined;
  dueDate?: string | null | undefined;
  expectedVersion: number;
  id: string;
  ownerName?: string | null | undefined;
  ownerUserId?: string | null | undefined;
  recommendation: string;
};

export type UpdateAuditReportInput = {
  auditor: string;
  caseNumber?: string | null | undefined;
  expectedVersion: number;
  id: string;
  reportDate: string;
  title: string;
  year: number;
};

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

/** A change to a goal: its unit, year and level stay. */
export type UpdateGoalInput = {
  /** At most 4 000 characters. */
  description?: string | null | undefined;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  /** The goals it serves (at most 20), of the same year and of units above it. */
  parentIds: Array<string>;
  perspectiveId: string;
  /** Required, at most 500 characters. */
  title: string;
};

/** A change to an indicator's definition. Its unit, periodicity, direction and cumulation cannot change once it has values. */
export type UpdateIndicatorInput = {
  definition: IndicatorDefinitionInput;
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  /**
   * The first month the changed thresholds judge. Required when the thresholds change and the
   * indicator has values: the periods before it keep the thresholds they were judged by. Not
   * before the month of the last change, and not in a closed reporting period (thresholdsFrom
   * errors: required, beforeLastThresholdChange, periodClosed). Ignored when the thresholds stay.
   */
  thresholdsFrom?: MonthInput | null | undefined;
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

export type UpdatePerspectiveInput = {
  description?: string | null | undefined;
  /** The version the form was loaded with; a newer one in the database means someone else saved first. */
  expectedVersion: number;
  id: string;
  name: string;
  /** The year whose name and description change; other years keep theirs. */
  year: number;
};

export type UpdatePortfolioInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  /** At most 200 characters, unique within the unit. */
  name: string;
  /** At most 200 characters. */
  owner?: string | null | undefined;
  /** The owner's account, one of portfolioPersonOptions of the unit; the owner's name is then the account's. */
  ownerUserId?: string | null | undefined;
  /** Weeks between status updates, 1–52. */
  statusUpdateIntervalWeeks: number;
};

export type UpdateRiskCategoryInput = {
  /** The version the form was loaded with. */
  expectedVersion: number;
  id: string;
  name: string;
  /** Retires the category (not offered for new risks) or puts it back in use. */
  retired: boolean;
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
  | 'PERIOD_TARGET'
  /** The rolling twelve months up to the month (R12), of a monthly indicator's month. */
  | 'ROLLING_12';

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

export type RequireSignIn_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type RequireSignIn_QueryQuery = {
  viewer: { id: string; name: string; isAdministrator: boolean; roles: Array<{ role: Role }> } | null;
};

export type AssignmentsExport_AssignmentFragment = {
  id: string;
  title: string;
  source: AssignmentSource;
  caseNumber: string | null;
  deadline: string | null;
  orgUnit: { id: string; name: string };
  update: { id: string; status: AssignmentStatus; comment: string | null } | null;
} & { ' $fragmentName'?: 'AssignmentsExport_AssignmentFragment' };

export type ActionStatusDialog_SaveMutationVariables = Exact<{
  input: AuditActionUpdateInput;
}>;

export type ActionStatusDialog_SaveMutation = {
  saveAuditActionUpdate: { id: string; status: AuditActionStatus; comment: string | null; version: number };
};

export type AssignmentDialog_CreateMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;

export type AssignmentDialog_CreateMutation = { createAssignment: { id: string } };

export type AssignmentDialog_UpdateMutationVariables = Exact<{
  input: UpdateAssignmentInput;
}>;

export type AssignmentDialog_UpdateMutation = {
  updateAssignment: {
    id: string;
    title: string;
    source: AssignmentSource;
    caseNumber: string | null;
    deadline: string | null;
    year: number;
    version: number;
  };
};

export type AssignmentFollowUp_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
  before: MonthInput;
}>;

export type AssignmentFollowUp_QueryQuery = {
  assignments: Array<
    { id: string; year: number; settled: { id: string; status: AssignmentStatus } | null } & {
      ' $fragmentRefs'?: { AssignmentTable_AssignmentFragment: AssignmentTable_AssignmentFragment };
    }
  >;
  auditReports: Array<
    { id: string } & { ' $fragmentRefs'?: { AuditReportList_ReportFragment: AuditReportList_ReportFragment } }
  >;
};

export type AssignmentStatusDialog_SaveMutationVariables = Exact<{
  input: AssignmentUpdateInput;
}>;

export type AssignmentStatusDialog_SaveMutation = {
  saveAssignmentUpdate: {
    id: string;
    status: AssignmentStatus;
    comment: string | null;
    decisionDate: string | null;
    decisionCaseNumber: string | null;
    version: number;
  };
};

export type AssignmentTable_AssignmentFragment = {
  id: string;
  title: string;
  source: AssignmentSource;
  caseNumber: string | null;
  deadline: string | null;
  year: number;
  version: number;
  mayEdit: boolean;
  mayReport: boolean;
  orgUnit: { id: string; name: string };
  update: {
    id: string;
    year: number;
    month: number;
    status: AssignmentStatus;
    comment: string | null;
    decisionDate: string | null;
    decisionCaseNumber: string | null;
    version: number;
  } | null;
} & { ' $fragmentName'?: 'AssignmentTable_AssignmentFragment' };

export type AuditReportDialog_CreateMutationVariables = Exact<{
  input: CreateAuditReportInput;
}>;

export type AuditReportDialog_CreateMutation = { createAuditReport: { id: string } };

export type AuditReportDialog_UpdateMutationVariables = Exact<{
  input: UpdateAuditReportInput;
}>;

export type AuditReportDialog_UpdateMutation = {
  updateAuditReport: {
    id: string;
    title: string;
    auditor: string;
    reportDate: string;
    caseNumber: string | null;
    year: number;
    version: number;
  };
};

export type AuditReportList_ReportFragment = {
  id: string;
  title: string;
  auditor: string;
  reportDate: string;
  caseNumber: string | null;
  year: number;
  version: number;
  mayEdit: boolean;
  mayReport: boolean;
  orgUnit: { id: string; name: string };
  recommendations: Array<{
    id: string;
    recommendation: string;
    action: string | null;
    ownerName: string | null;
    dueDate: string | null;
    version: number;
    ownerUser: { id: string; name: string } | null;
    update: {
      id: string;
      year: number;
      month: number;
      status: AuditActionStatus;
      comment: string | null;
      version: number;
    } | null;
  }>;
} & { ' $fragmentName'?: 'AuditReportList_ReportFragment' };

export type RecommendationDialog_OwnersQueryVariables = Exact<{
  orgUnitCode: string;
}>;

export type RecommendationDialog_OwnersQuery = { auditActionOwnerCandidates: Array<{ id: string; name: string }> };

export type RecommendationDialog_CreateMutationVariables = Exact<{
  input: CreateAuditRecommendationInput;
}>;

export type RecommendationDialog_CreateMutation = { createAuditRecommendation: { id: string } };

export type RecommendationDialog_UpdateMutationVariables = Exact<{
  input: UpdateAuditRecommendationInput;
}>;

export type RecommendationDialog_UpdateMutation = {
  updateAuditRecommendation: {
    id: string;
    recommendation: string;
    action: string | null;
    ownerName: string | null;
    dueDate: string | null;
    version: number;
    ownerUser: { id: string; name: string } | null;
  };
};

export type HistoryDialog_QueryQueryVariables = Exact<{
  entityType: string;
  entityId: string;
}>;

export type HistoryDialog_QueryQuery = {
  history: Array<{
    id: string;
    occurredAt: string;
    operation: string;
    action: AuditAction;
    entityType: string;
    author: { id: string; name: string } | null;
    changes: Array<{
      field: string;
      oldValue: string | null;
      newValue: string | null;
      referencedType: string | null;
      oldName: string | null;
      newName: string | null;
    }>;
  }>;
};

export type AssessmentsSection_GoalFragment = {
  goal: { id: string; title: string; perspective: { id: string; name: string } };
  assessment: { id: string; fulfilment: GoalFulfilment; comment: string | null; version: number } | null;
} & { ' $fragmentName'?: 'AssessmentsSection_GoalFragment' };

export type AssessmentsSection_ActivityFragment = {
  activity: { id: string; title: string; endDate: string | null };
  update: { id: string; status: ActivityStatus; comment: string | null; version: number } | null;
} & { ' $fragmentName'?: 'AssessmentsSection_ActivityFragment' };

export type AssessmentsSection_SaveGoalMutationVariables = Exact<{
  input: GoalAssessmentInput;
}>;

export type AssessmentsSection_SaveGoalMutation = {
  setGoalAssessment: { id: string; fulfilment: GoalFulfilment; comment: string | null; version: number };
};

export type AssessmentsSection_SaveActivityMutationVariables = Exact<{
  input: ActivityUpdateInput;
}>;

export type AssessmentsSection_SaveActivityMutation = {
  saveActivityUpdate: { id: string; status: ActivityStatus; comment: string | null; version: number };
};

export type IndicatorValuesSection_RowFragment = {
  period: string;
  indicator: { id: string; name: string; unit: IndicatorUnit; periodicity: Periodicity };
  value: {
    id: string;
    outcome: number | null;
    periodTarget: number | null;
    annualTarget: number | null;
    fullYearForecast: number | null;
    rolling12: number | null;
    comment: string | null;
    isSynthetic: boolean;
    version: number;
  } | null;
} & { ' $fragmentName'?: 'IndicatorValuesSection_RowFragment' };

export type IndicatorValuesSection_SaveMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type IndicatorValuesSection_SaveMutation = {
  saveIndicatorValues: Array<{
    id: string;
    period: string;
    outcome: number | null;
    periodTarget: number | null;
    annualTarget: number | null;
    fullYearForecast: number | null;
    rolling12: number | null;
    comment: string | null;
    isSynthetic: boolean;
    status: ValueStatus;
    version: number;
  }>;
};

export type BusinessAreaResultTable_RowFragment = {
  isTotal: boolean;
  operationsToDate: number | null;
  operationsBudgetToDate: number | null;
  operationsForecast: number | null;
  operationsBudget: number | null;
  developmentToDate: number | null;
  developmentBudgetToDate: number | null;
  developmentForecast: number | null;
  developmentBudget: number | null;
  orgUnit: { id: string; name: string };
  rolledUpFrom: Array<{ id: string; name: string }>;
} & { ' $fragmentName'?: 'BusinessAreaResultTable_RowFragment' };

export type FinancialTable_LineFragment = {
  outcomeToDate: number | null;
  budgetToDate: number | null;
  deviationToDate: number | null;
  fullYearForecast: number | null;
  fullYearBudget: number | null;
  previousYearToDate: number | null;
  status: ValueStatus;
  indicator: { id: string; code: string; name: string; unit: IndicatorUnit };
  rolledUpFrom: Array<{ id: string; name: string }>;
} & { ' $fragmentName'?: 'FinancialTable_LineFragment' };

export type ForecastRoundsAdmin_OpenMutationVariables = Exact<{
  input: OpenForecastRoundInput;
}>;

export type ForecastRoundsAdmin_OpenMutation = {
  openForecastRound: { id: string; name: string; asOf: string; status: ForecastRoundStatus; version: number };
};

export type ForecastRoundsAdmin_CloseMutationVariables = Exact<{
  input: CloseForecastRoundInput;
}>;

export type ForecastRoundsAdmin_CloseMutation = {
  closeForecastRound: { id: string; status: ForecastRoundStatus; version: number };
};

export type RoundForecastsSection_QueryQueryVariables = Exact<{
  id: string;
  year: number;
}>;

export type RoundForecastsSection_QueryQuery = {
  indicator: {
    id: string;
    roundForecasts: Array<{
      fullYearForecast: number | null;
      carriedOver: boolean;
      changeFromPrevious: number | null;
      comment: string | null;
      round: { id: string; name: string; asOf: string; status: ForecastRoundStatus };
    }>;
  } | null;
};

export type YearEndProjectionSection_QueryQueryVariables = Exact<{
  id: string;
  upTo: MonthInput;
}>;

export type YearEndProjectionSection_QueryQuery = {
  indicator: {
    id: string;
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

export type ActivityDialog_OwnerOptionsQueryVariables = Exact<{
  orgUnitId: string;
}>;

export type ActivityDialog_OwnerOptionsQuery = { activityOwnerOptions: Array<{ id: string; name: string }> };

export type ActivityDialog_CreateMutationVariables = Exact<{
  input: CreateActivityInput;
}>;

export type ActivityDialog_CreateMutation = { createActivity: { id: string } };

export type ActivityDialog_UpdateMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;

export type ActivityDialog_UpdateMutation = {
  updateActivity: {
    id: string;
    title: string;
    description: string | null;
    owner: string | null;
    ownerId: string | null;
    startDate: string | null;
    endDate: string | null;
    version: number;
  };
};

export type ActivityTable_ActivityFragment = {
  id: string;
  title: string;
  description: string | null;
  owner: string | null;
  ownerId: string | null;
  startDate: string | null;
  endDate: string | null;
  version: number;
  update: { id: string; status: ActivityStatus; comment: string | null } | null;
} & { ' $fragmentName'?: 'ActivityTable_ActivityFragment' };

export type AssessmentDialog_SaveMutationVariables = Exact<{
  input: GoalAssessmentInput;
}>;

export type AssessmentDialog_SaveMutation = {
  setGoalAssessment: {
    id: string;
    goalId: string;
    year: number;
    month: number;
    fulfilment: GoalFulfilment;
    comment: string | null;
    version: number;
  };
};

export type CouncilGoalMatrix_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type CouncilGoalMatrix_QueryQuery = {
  orgUnit: { id: string; name: string } | null;
  goals: Array<{
    id: string;
    level: GoalLevel;
    title: string;
    orgUnit: { id: string };
    perspective: { id: string; name: string };
    children: Array<{
      id: string;
      title: string;
      orgUnit: { id: string; name: string };
      assessment: { id: string; fulfilment: GoalFulfilment } | null;
    }>;
  }>;
};

export type GoalCard_GoalFragment = {
  id: string;
  title: string;
  description: string | null;
  level: GoalLevel;
  year: number;
  canPlan: boolean;
  version: number;
  perspective: { id: string };
  orgUnit: { id: string; code: string; name: string };
  parents: Array<{ id: string; title: string; level: GoalLevel }>;
  activities: Array<
    { id: string } & { ' $fragmentRefs'?: { ActivityTable_ActivityFragment: ActivityTable_ActivityFragment } }
  >;
  assessment: {
    id: string;
    year: number;
    month: number;
    fulfilment: GoalFulfilment;
    comment: string | null;
    version: number;
  } | null;
  indicators: Array<
    { id: string } & { ' $fragmentRefs'?: { IndicatorTable_IndicatorFragment: IndicatorTable_IndicatorFragment } }
  >;
} & { ' $fragmentName'?: 'GoalCard_GoalFragment' };

export type GoalDialog_ParentOptionsQueryVariables = Exact<{
  orgUnitId: string;
  year: number;
}>;

export type GoalDialog_ParentOptionsQuery = {
  goalParentOptions: Array<{ id: string; title: string; level: GoalLevel; perspective: { id: string; name: string } }>;
};

export type GoalDialog_CreateMutationVariables = Exact<{
  input: CreateGoalInput;
}>;

export type GoalDialog_CreateMutation = { createGoal: { id: string } };

export type GoalDialog_UpdateMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;

export type GoalDialog_UpdateMutation = {
  updateGoal: { id: string; title: string; description: string | null; version: number };
};

export type GoalIndicatorsDialog_LibraryQueryVariables = Exact<{
  filter: IndicatorLibraryFilter;
}>;

export type GoalIndicatorsDialog_LibraryQuery = {
  indicatorLibrary: Array<{ id: string; code: string; name: string; orgUnit: { id: string; name: string } }>;
};

export type GoalIndicatorsDialog_SaveMutationVariables = Exact<{
  input: SetGoalIndicatorsInput;
}>;

export type GoalIndicatorsDialog_SaveMutation = { setGoalIndicators: { id: string; version: number } };

export type GoalPlanMenu_MoveMutationVariables = Exact<{
  input: MoveGoalInput;
}>;

export type GoalPlanMenu_MoveMutation = { moveGoal: { id: string; version: number } };

export type GoalsByPerspective_GoalFragment = ({
  id: string;
  level: GoalLevel;
  title: string;
  description: string | null;
  year: number;
  version: number;
  canPlan: boolean;
  perspective: { id: string; name: string };
  orgUnit: { id: string; code: string };
  parents: Array<{ id: string; title: string; level: GoalLevel }>;
  indicators: Array<{ id: string }>;
} & { ' $fragmentRefs'?: { GoalCard_GoalFragment: GoalCard_GoalFragment } }) & {
  ' $fragmentName'?: 'GoalsByPerspective_GoalFragment';
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
    statusOverride: ValueStatus | null;
  } | null;
} & { ' $fragmentName'?: 'IndicatorTable_IndicatorFragment' };

export type RetireDialog_GoalMutationVariables = Exact<{
  input: SetGoalRetiredInput;
}>;

export type RetireDialog_GoalMutation = { setGoalRetired: { id: string; retiredAt: string | null; version: number } };

export type RetireDialog_ActivityMutationVariables = Exact<{
  input: SetActivityRetiredInput;
}>;

export type RetireDialog_ActivityMutation = {
  setActivityRetired: { id: string; retiredAt: string | null; version: number };
};

export type GoalFilter_GoalFragment = {
  id: string;
  perspective: { id: string };
  indicators: Array<{
    id: string;
    periodicity: Periodicity;
    latestValue: { id: string; period: string; status: ValueStatus } | null;
  }>;
} & { ' $fragmentName'?: 'GoalFilter_GoalFragment' };

export type GoalsExport_GoalFragment = {
  id: string;
  level: GoalLevel;
  title: string;
  perspective: { id: string; name: string };
  parents: Array<{ id: string; title: string }>;
  orgUnit: { id: string; name: string };
  assessment: { id: string; fulfilment: GoalFulfilment; comment: string | null } | null;
} & { ' $fragmentName'?: 'GoalsExport_GoalFragment' };

export type AlsoMeasuredBy_QueryQueryVariables = Exact<{
  code: string;
}>;

export type AlsoMeasuredBy_QueryQuery = {
  indicatorsByCode: Array<{
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
    unitRollup: UnitRollup;
    thresholdKind: ThresholdKind;
    yellowThreshold: number;
    redThreshold: number;
    isKey: boolean;
    orgUnit: { id: string; name: string };
    owner: { id: string } | null;
  }>;
};

export type IndicatorDialog_IndicatorFragment = {
  id: string;
  hasValues: boolean;
  version: number;
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
  unitRollup: UnitRollup;
  thresholdKind: ThresholdKind;
  yellowThreshold: number;
  redThreshold: number;
  isKey: boolean;
  owner: { id: string } | null;
  orgUnit: { id: string };
} & { ' $fragmentName'?: 'IndicatorDialog_IndicatorFragment' };

export type IndicatorForm_CreateMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;

export type IndicatorForm_CreateMutation = { createIndicator: { id: string } };

export type IndicatorForm_UpdateMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;

export type IndicatorForm_UpdateMutation = {
  updateIndicator: { id: string } & {
    ' $fragmentRefs'?: { IndicatorDialog_IndicatorFragment: IndicatorDialog_IndicatorFragment };
  };
};

export type IndicatorLibrary_QueryQueryVariables = Exact<{
  filter: IndicatorLibraryFilter;
  orgUnitCode: string;
}>;

export type IndicatorLibrary_QueryQuery = {
  orgUnit: { id: string; name: string } | null;
  orgUnits: Array<{ id: string; name: string }>;
  perspectives: Array<{ id: string; name: string }>;
  indicatorOwnerOptions: Array<{ id: string; name: string }>;
  indicatorLibrary: Array<
    { id: string } & {
      ' $fragmentRefs'?: {
        IndicatorLibraryTable_IndicatorFragment: IndicatorLibraryTable_IndicatorFragment;
        IndicatorDialog_IndicatorFragment: IndicatorDialog_IndicatorFragment;
      };
    }
  >;
};

export type IndicatorLibraryTable_IndicatorFragment = {
  id: string;
  code: string;
  name: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  direction: IndicatorDirection;
  cumulative: boolean;
  thresholdKind: ThresholdKind;
  yellowThreshold: number;
  redThreshold: number;
  isKey: boolean;
  externalCode: string | null;
  retiredAt: string | null;
  version: number;
  owner: { id: string; name: string } | null;
  orgUnit: { id: string; name: string };
} & { ' $fragmentName'?: 'IndicatorLibraryTable_IndicatorFragment' };

export type RetireIndicatorButton_SetRetiredMutationVariables = Exact<{
  input: SetIndicatorRetiredInput;
}>;

export type RetireIndicatorButton_SetRetiredMutation = {
  setIndicatorRetired: { id: string; retiredAt: string | null; version: number };
};

export type IndicatorForm_DefinitionFragment = {
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
  unitRollup: UnitRollup;
  thresholdKind: ThresholdKind;
  yellowThreshold: number;
  redThreshold: number;
  isKey: boolean;
  owner: { id: string } | null;
  orgUnit: { id: string };
} & { ' $fragmentName'?: 'IndicatorForm_DefinitionFragment' };

export type ThresholdHistorySection_IndicatorFragment = {
  id: string;
  unit: IndicatorUnit;
  thresholdHistory: Array<{
    fromMonth: string | null;
    thresholdKind: ThresholdKind;
    yellowThreshold: number;
    redThreshold: number;
    changedAt: string | null;
    changedBy: string | null;
  }>;
} & { ' $fragmentName'?: 'ThresholdHistorySection_IndicatorFragment' };

export type ValueStatusDialog_QueryQueryVariables = Exact<{
  id: string;
  period: string;
}>;

export type ValueStatusDialog_QueryQuery = {
  indicator: {
    id: string;
    value: {
      id: string;
      version: number;
      status: ValueStatus;
      ruleStatus: ValueStatus;
      statusOverride: ValueStatus | null;
      statusOverrideReason: string | null;
      period: string;
    } | null;
  } | null;
};

export type ValueStatusDialog_SaveMutationVariables = Exact<{
  input: SetIndicatorValueStatusInput;
}>;

export type ValueStatusDialog_SaveMutation = {
  setIndicatorValueStatus: {
    id: string;
    version: number;
    status: ValueStatus;
    ruleStatus: ValueStatus;
    statusOverride: ValueStatus | null;
    statusOverrideReason: string | null;
    period: string;
  };
};

export type IndicatorSeries_PointFragment = {
  period: string;
  outcome: number | null;
  target: number | null;
  fullYearForecast: number | null;
  rolling12: number | null;
  previousYearOutcome: number | null;
  isSynthetic: boolean;
  status: ValueStatus;
  statusOverrideReason: string | null;
} & { ' $fragmentName'?: 'IndicatorSeries_PointFragment' };

export type CloseOrgUnitDialog_CloseMutationVariables = Exact<{
  input: CloseOrgUnitInput;
}>;

export type CloseOrgUnitDialog_CloseMutation = {
  closeOrgUnit: { id: string; validTo: string | null; isClosed: boolean; version: number };
};

export type CreateOrgUnitDialog_CreateMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;

export type CreateOrgUnitDialog_CreateMutation = { createOrgUnit: { id: string; name: string } };

export type MoveOrgUnitDialog_MoveMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;

export type MoveOrgUnitDialog_MoveMutation = { moveOrgUnit: { id: string; version: number } };

export type OrgUnitImportButton_OrgUnitFragment = {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  isClosed: boolean;
  parent: { id: string; code: string } | null;
} & { ' $fragmentName'?: 'OrgUnitImportButton_OrgUnitFragment' };

export type OrgUnitTree_OrgUnitFragment = {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  validFrom: string | null;
  validTo: string | null;
  isClosed: boolean;
  mayAdminister: boolean;
  version: number;
  parent: { id: string } | null;
} & { ' $fragmentName'?: 'OrgUnitTree_OrgUnitFragment' };

export type RenameOrgUnitDialog_RenameMutationVariables = Exact<{
  input: RenameOrgUnitInput;
}>;

export type RenameOrgUnitDialog_RenameMutation = { renameOrgUnit: { id: string; name: string; version: number } };

export type AttentionSection_AttentionFragment = {
  redIndicators: Array<{
    id: string;
    name: string;
    newlyRed: boolean;
    statusSetByHand: boolean;
    since: string | null;
    orgUnit: { id: string; name: string };
  }>;
  notReportedIndicators: Array<{
    id: string;
    name: string;
    since: string | null;
    orgUnit: { id: string; name: string };
  }>;
  overdueAssignments: Array<{
    id: string;
    title: string;
    caseNumber: string | null;
    deadline: string;
    orgUnit: { id: string; name: string };
  }>;
  overdueAuditActions: Array<{
    id: string;
    recommendation: string;
    auditReportTitle: string;
    dueDate: string;
    orgUnit: { id: string; name: string };
  }>;
  redProjects: Array<{
    id: string;
    name: string;
    portfolioName: string;
    statusDate: string;
    time: RagStatus;
    cost: RagStatus;
    result: RagStatus;
  }>;
  risksAboveTolerance: Array<{
    id: string;
    title: string;
    score: number;
    probability: number;
    consequence: number;
    isDemoValue: boolean;
    orgUnit: { id: string; name: string };
  }>;
} & { ' $fragmentName'?: 'AttentionSection_AttentionFragment' };

export type EconomyGlance_EconomyFragment = {
  lines: Array<{
    outcomeToDate: number | null;
    budgetToDate: number | null;
    fullYearForecast: number | null;
    fullYearBudget: number | null;
    indicator: { id: string; code: string; name: string; unit: IndicatorUnit };
    rolledUpFrom: Array<{ id: string; name: string }>;
  }>;
  businessAreaResults: Array<{
    isTotal: boolean;
    operationsToDate: number | null;
    operationsBudgetToDate: number | null;
    operationsForecast: number | null;
    operationsBudget: number | null;
    developmentToDate: number | null;
    developmentBudgetToDate: number | null;
    developmentForecast: number | null;
    developmentBudget: number | null;
    orgUnit: { id: string; name: string };
    rolledUpFrom: Array<{ id: string; name: string }>;
  }>;
} & { ' $fragmentName'?: 'EconomyGlance_EconomyFragment' };

export type KeyIndicatorTile_TileFragment = {
  rollup: UnitRollup | null;
  status: ValueStatus;
  statusSetByHand: boolean;
  isReported: boolean;
  changeFromPreviousYear: number | null;
  trend: Array<number | null>;
  indicator: { id: string; name: string; unit: IndicatorUnit };
  figures: {
    period: string;
    outcome: number | null;
    periodTarget: number | null;
    annualTarget: number | null;
    fullYearForecast: number | null;
  } | null;
  rolledUpFrom: Array<{ id: string; name: string }>;
  unitFigures: Array<{
    period: string;
    outcome: number | null;
    status: ValueStatus;
    statusSetByHand: boolean;
    orgUnit: { id: string; name: string };
  }>;
} & { ' $fragmentName'?: 'KeyIndicatorTile_TileFragment' };

export type PerspectiveCard_SummaryFragment = {
  goalsFulfilled: number;
  goalsPartlyFulfilled: number;
  goalsNotFulfilled: number;
  goalsNotAssessed: number;
  indicatorsGreen: number;
  indicatorsYellow: number;
  indicatorsRed: number;
  indicatorsNotReported: number;
  councilGoals: number;
  perspective: { id: string; name: string };
} & { ' $fragmentName'?: 'PerspectiveCard_SummaryFragment' };

export type UnitFigureList_TileFragment = {
  indicator: { id: string; unit: IndicatorUnit };
  unitFigures: Array<{
    period: string;
    outcome: number | null;
    status: ValueStatus;
    statusSetByHand: boolean;
    orgUnit: { id: string; name: string };
  }>;
} & { ' $fragmentName'?: 'UnitFigureList_TileFragment' };

export type PerspectiveDialog_CreateMutationVariables = Exact<{
  input: CreatePerspectiveInput;
}>;

export type PerspectiveDialog_CreateMutation = { createPerspective: { id: string; year: number; name: string } };

export type PerspectiveDialog_UpdateMutationVariables = Exact<{
  input: UpdatePerspectiveInput;
}>;

export type PerspectiveDialog_UpdateMutation = {
  updatePerspective: { id: string; year: number; name: string; description: string; version: number };
};

export type PerspectiveList_PerspectiveFragment = {
  id: string;
  year: number;
  name: string;
  description: string;
  sortOrder: number;
  version: number;
} & { ' $fragmentName'?: 'PerspectiveList_PerspectiveFragment' };

export type PerspectiveList_ReorderMutationVariables = Exact<{
  input: ReorderPerspectivesInput;
}>;

export type PerspectiveList_ReorderMutation = {
  reorderPerspectives: Array<{ id: string; year: number; sortOrder: number }>;
};

export type PerspectivesAdmin_QueryQueryVariables = Exact<{
  year: number;
}>;

export type PerspectivesAdmin_QueryQuery = {
  perspectives: Array<
    { id: string; year: number } & {
      ' $fragmentRefs'?: { PerspectiveList_PerspectiveFragment: PerspectiveList_PerspectiveFragment };
    }
  >;
};

export type PerspectivesAdmin_CopyMutationVariables = Exact<{
  input: CopyPerspectivesInput;
}>;

export type PerspectivesAdmin_CopyMutation = { copyPerspectivesFromPreviousYear: Array<{ id: string; year: number }> };

export type RemovePerspectiveDialog_RemoveMutationVariables = Exact<{
  input: RemovePerspectiveInput;
}>;

export type RemovePerspectiveDialog_RemoveMutation = { removePerspective: Array<{ id: string; year: number }> };

export type AdoptPlanDialog_AdoptMutationVariables = Exact<{
  input: AdoptPlanInput;
}>;

export type AdoptPlanDialog_AdoptMutation = {
  adoptPlan: { id: string } & {
    ' $fragmentRefs'?: {
      PlanHistory_PlanFragment: PlanHistory_PlanFragment;
      PlanStatusCard_PlanFragment: PlanStatusCard_PlanFragment;
    };
  };
};

export type OpenRevisionDialog_OpenMutationVariables = Exact<{
  input: OpenPlanRevisionInput;
}>;

export type OpenRevisionDialog_OpenMutation = {
  openPlanRevision: { id: string } & {
    ' $fragmentRefs'?: {
      PlanHistory_PlanFragment: PlanHistory_PlanFragment;
      PlanStatusCard_PlanFragment: PlanStatusCard_PlanFragment;
    };
  };
};

export type PlanChangeList_ChangeFragment = {
  kind: PlanChangeKind;
  subject: string;
  object: string | null;
  before: string | null;
  after: string | null;
  targetField: PlanTargetField | null;
  beforeValue: number | null;
  afterValue: number | null;
} & { ' $fragmentName'?: 'PlanChangeList_ChangeFragment' };

export type PlanHistory_PlanFragment = {
  id: string;
  status: PlanStatus;
  revision: number;
  draftChanges: Array<{
    kind: PlanChangeKind;
    subject: string;
    object: string | null;
    before: string | null;
    after: string | null;
    targetField: PlanTargetField | null;
    beforeValue: number | null;
    afterValue: number | null;
  }>;
  revisions: Array<{
    id: string;
    number: number;
    decisionDate: string;
    caseNumber: string;
    adoptedBy: { id: string; name: string } | null;
    changes: Array<{
      kind: PlanChangeKind;
      subject: string;
      object: string | null;
      before: string | null;
      after: string | null;
      targetField: PlanTargetField | null;
      beforeValue: number | null;
      afterValue: number | null;
    }>;
  }>;
} & { ' $fragmentName'?: 'PlanHistory_PlanFragment' };

export type PlanStatusCard_PlanFragment = {
  id: string;
  status: PlanStatus;
  revision: number;
  decisionDate: string | null;
  caseNumber: string | null;
  rolledOverFromYear: number | null;
  version: number;
} & { ' $fragmentName'?: 'PlanStatusCard_PlanFragment' };

export type RollOverDialog_PreviewQueryVariables = Exact<{
  orgUnitId: string;
  fromYear: number;
}>;

export type RollOverDialog_PreviewQuery = {
  rollOverPreview: {
    fromYear: number;
    toYear: number;
    goals: Array<{
      goalId: string;
      title: string;
      alreadyCarried: boolean;
      perspective: { id: string; year: number; name: string };
      goalLinks: Array<{ fromTitle: string; toGoalId: string | null; toTitle: string | null; matchedBy: GoalMatch }>;
    }>;
    indicatorLinks: Array<{
      goalId: string;
      goalTitle: string;
      indicatorId: string;
      indicatorName: string;
      alreadyCarried: boolean;
    }>;
    activities: Array<{
      activityId: string;
      title: string;
      goalTitle: string;
      status: ActivityStatus;
      alreadyCarried: boolean;
    }>;
    assignments: Array<{ assignmentId: string; title: string; caseNumber: string | null; status: AssignmentStatus }>;
    targets: Array<{
      indicatorId: string;
      indicatorName: string;
      periods: number;
      annualTarget: number | null;
      alreadyCarried: boolean;
    }>;
  };
};

export type RollOverDialog_CommitMutationVariables = Exact<{
  input: CommitRollOverInput;
}>;

export type RollOverDialog_CommitMutation = { commitRollOver: { id: string; year: number; status: PlanStatus } };

export type BoardFilter_ProjectFragment = {
  id: string;
  name: string;
  state: ProjectState;
  status: {
    latestStatusUpdate: { id: string; statusDate: string; time: RagStatus; cost: RagStatus; result: RagStatus } | null;
  };
} & { ' $fragmentName'?: 'BoardFilter_ProjectFragment' };

export type MergeProjectsDialog_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type MergeProjectsDialog_QueryQuery = {
  editablePortfolios: Array<{
    id: string;
    name: string;
    projects: Array<{ id: string; name: string; state: ProjectState; version: number }>;
  }>;
};

export type MergeProjectsDialog_MergeMutationVariables = Exact<{
  input: MergeProjectsInput;
}>;

export type MergeProjectsDialog_MergeMutation = { mergeProjects: { id: string; name: string } };

export type MoveProjectDialog_MoveMutationVariables = Exact<{
  input: ProjectMoveInput;
}>;

export type MoveProjectDialog_MoveMutation = {
  moveProject: { id: string; version: number; portfolio: { id: string; name: string } };
};

export type PersonField_OptionsQueryVariables = Exact<{
  orgUnitId: string;
}>;

export type PersonField_OptionsQuery = { portfolioPersonOptions: Array<{ id: string; name: string }> };

export type PortfolioFormDialog_UnitsQueryVariables = Exact<{ [key: string]: never }>;

export type PortfolioFormDialog_UnitsQuery = { portfolioOwningUnits: Array<{ id: string; name: string }> };

export type PortfolioFormDialog_CreateMutationVariables = Exact<{
  input: CreatePortfolioInput;
}>;

export type PortfolioFormDialog_CreateMutation = { createPortfolio: { id: string; name: string } };

export type PortfolioFormDialog_UpdateMutationVariables = Exact<{
  input: UpdatePortfolioInput;
}>;

export type PortfolioFormDialog_UpdateMutation = {
  updatePortfolio: {
    id: string;
    name: string;
    owner: string | null;
    ownerUserId: string | null;
    statusUpdateIntervalWeeks: number;
    version: number;
  };
};

export type PortfolioPeriodStatusDialog_SaveMutationVariables = Exact<{
  input: PortfolioPeriodStatusInput;
}>;

export type PortfolioPeriodStatusDialog_SaveMutation = {
  savePortfolioPeriodStatus: {
    id: string;
    year: number;
    month: number;
    narrative: string;
    changes: string | null;
    version: number;
  };
};

export type PortfolioSection_PortfolioFragment = ({
  id: string;
  name: string;
  canEdit: boolean;
  statusUpdateIntervalWeeks: number;
  owner: string | null;
  ownerUserId: string | null;
  version: number;
  orgUnit: { id: string };
  overdueActions: Array<{ project: { id: string } }>;
  periodStatus: {
    id: string;
    year: number;
    month: number;
    narrative: string;
    changes: string | null;
    version: number;
  } | null;
  projects: Array<
    {
      id: string;
      name: string;
      phase: ProjectPhase | null;
      pausedUntil: string | null;
      state: ProjectState;
      status: {
        statusUpdatesSinceColourChange: number | null;
        noRecentStatusUpdate: boolean;
        latestStatusUpdate: {
          id: string;
          statusDate: string;
          time: RagStatus;
          cost: RagStatus;
          result: RagStatus;
        } | null;
      };
    } & {
      ' $fragmentRefs'?: {
        ProjectBoardTable_ProjectFragment: ProjectBoardTable_ProjectFragment;
        ProjectBoardColumns_ProjectFragment: ProjectBoardColumns_ProjectFragment;
      };
    }
  >;
} & { ' $fragmentRefs'?: { PortfolioSummary_PortfolioFragment: PortfolioSummary_PortfolioFragment } }) & {
  ' $fragmentName'?: 'PortfolioSection_PortfolioFragment';
};

export type PortfolioSummary_PortfolioFragment = {
  id: string;
  name: string;
  owner: string | null;
  budget: {
    budgetTkr: number;
    costToDateTkr: number;
    projectsWithoutBudget: number;
    forecastTkr: number;
    projectsWithoutForecast: number;
  };
  overdueActions: Array<{
    dimension: StatusDimension;
    action: string;
    actionOwner: string | null;
    actionDueDate: string;
    project: { id: string; name: string };
  }>;
} & { ' $fragmentName'?: 'PortfolioSummary_PortfolioFragment' };

export type ProjectBoardColumns_ProjectFragment = {
  id: string;
  name: string;
  phase: ProjectPhase | null;
  version: number;
  state: ProjectState;
  status: { latestStatusUpdate: { id: string; time: RagStatus; cost: RagStatus; result: RagStatus } | null };
} & { ' $fragmentName'?: 'ProjectBoardColumns_ProjectFragment' };

export type ProjectBoardColumns_ChangePhaseMutationVariables = Exact<{
  input: ProjectPhaseChangeInput;
}>;

export type ProjectBoardColumns_ChangePhaseMutation = {
  changeProjectPhase: { id: string; phase: ProjectPhase | null; version: number };
};

export type ProjectBoardTable_ProjectFragment = {
  id: string;
  name: string;
  phase: ProjectPhase | null;
  pausedUntil: string | null;
  state: ProjectState;
  status: {
    statusUpdatesSinceColourChange: number | null;
    noRecentStatusUpdate: boolean;
    latestStatusUpdate: { id: string; statusDate: string; time: RagStatus; cost: RagStatus; result: RagStatus } | null;
  };
} & { ' $fragmentName'?: 'ProjectBoardTable_ProjectFragment' };

export type ProjectCreateDialog_CreateMutationVariables = Exact<{
  input: CreateProjectInput;
}>;

export type ProjectCreateDialog_CreateMutation = { createProject: { id: string; name: string } };

export type ProjectDetailsDialog_SaveMutationVariables = Exact<{
  input: ProjectDetailsInput;
}>;

export type ProjectDetailsDialog_SaveMutation = { updateProjectDetails: { id: string; version: number } };

export type ProjectDetailsDialog_ProjectFragment = {
  id: string;
  name: string;
  description: string | null;
  owner: string | null;
  ownerUserId: string | null;
  manager: string | null;
  managerUserId: string | null;
  phase: ProjectPhase | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  budgetTkr: number | null;
  costToDateTkr: number | null;
  forecastTkr: number | null;
  version: number;
  portfolio: { id: string; orgUnit: { id: string } };
} & { ' $fragmentName'?: 'ProjectDetailsDialog_ProjectFragment' };

export type ProjectFacts_ProjectFragment = {
  id: string;
  owner: string | null;
  manager: string | null;
  phase: ProjectPhase | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  pausedUntil: string | null;
  budgetTkr: number | null;
  costToDateTkr: number | null;
  forecastTkr: number | null;
  stateThen: ProjectState;
  portfolioThen: { id: string; name: string };
} & { ' $fragmentName'?: 'ProjectFacts_ProjectFragment' };

export type ProjectLineage_ProjectFragment = {
  id: string;
  origins: Array<{ id: string; kind: ProjectLineageKind; occurredOn: string; project: { id: string; name: string } }>;
  successors: Array<{
    id: string;
    kind: ProjectLineageKind;
    occurredOn: string;
    project: { id: string; name: string };
  }>;
} & { ' $fragmentName'?: 'ProjectLineage_ProjectFragment' };

export type ProjectMoveList_MoveFragment = {
  id: string;
  movedOn: string;
  reason: string;
  fromPortfolio: { id: string; name: string };
  toPortfolio: { id: string; name: string };
  author: { id: string; name: string } | null;
} & { ' $fragmentName'?: 'ProjectMoveList_MoveFragment' };

export type ProjectStatusUpdateDialog_StartFromFragment = {
  time: RagStatus;
  cost: RagStatus;
  result: RagStatus;
  deviations: Array<{
    dimension: StatusDimension;
    cause: string;
    action: string;
    actionOwner: string | null;
    actionOwnerUserId: string | null;
    actionDueDate: string | null;
  }>;
} & { ' $fragmentName'?: 'ProjectStatusUpdateDialog_StartFromFragment' };

export type ProjectStatusUpdateDialog_AddMutationVariables = Exact<{
  input: ProjectStatusUpdateInput;
}>;

export type ProjectStatusUpdateDialog_AddMutation = { addProjectStatusUpdate: { id: string; statusDate: string } };

export type SplitProjectDialog_SplitMutationVariables = Exact<{
  input: SplitProjectInput;
}>;

export type SplitProjectDialog_SplitMutation = { splitProject: { id: string; version: number; state: ProjectState } };

export type StateChangeDialog_ChangeMutationVariables = Exact<{
  input: ProjectStateChangeInput;
}>;

export type StateChangeDialog_ChangeMutation = {
  changeProjectState: { id: string; state: ProjectState; pausedUntil: string | null; version: number };
};

export type StateChangeList_ChangeFragment = {
  id: string;
  fromState: ProjectState | null;
  toState: ProjectState;
  reason: string;
  changedOn: string;
  author: { id: string; name: string } | null;
} & { ' $fragmentName'?: 'StateChangeList_ChangeFragment' };

export type StatusUpdateHistory_StatusUpdateFragment = {
  id: string;
  statusDate: string;
  time: RagStatus;
  cost: RagStatus;
  result: RagStatus;
  comment: string | null;
  author: { id: string; name: string } | null;
  deviations: Array<{
    dimension: StatusDimension;
    cause: string;
    action: string;
    actionOwner: string | null;
    actionDueDate: string | null;
  }>;
} & { ' $fragmentName'?: 'StatusUpdateHistory_StatusUpdateFragment' };

export type TimelineSection_ProjectFragment = {
  id: string;
  name: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  pausedUntil: string | null;
  state: ProjectState;
  stateChanges: Array<{ id: string; toState: ProjectState; changedOn: string }>;
  statusUpdates: Array<{ id: string; statusDate: string }>;
  status: {
    latestStatusUpdate: { id: string; statusDate: string; time: RagStatus; cost: RagStatus; result: RagStatus } | null;
  };
} & { ' $fragmentName'?: 'TimelineSection_ProjectFragment' };

export type ProjectBoardExport_ProjectFragment = {
  id: string;
  name: string;
  phase: ProjectPhase | null;
  pausedUntil: string | null;
  state: ProjectState;
  status: {
    statusUpdatesSinceColourChange: number | null;
    noRecentStatusUpdate: boolean;
    latestStatusUpdate: { id: string; statusDate: string; time: RagStatus; cost: RagStatus; result: RagStatus } | null;
  };
} & { ' $fragmentName'?: 'ProjectBoardExport_ProjectFragment' };

export type ReminderSettingsForm_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type ReminderSettingsForm_QueryQuery = {
  myReminderSettings: { frequency: ReminderFrequency; version: number | null };
};

export type ReminderSettingsForm_SaveMutationVariables = Exact<{
  input: SetReminderFrequencyInput;
}>;

export type ReminderSettingsForm_SaveMutation = {
  setReminderFrequency: { frequency: ReminderFrequency; version: number | null };
};

export type SendLog_QueryQueryVariables = Exact<{
  status?: ReminderMailStatus | null | undefined;
}>;

export type SendLog_QueryQuery = {
  reminderMails: Array<{
    id: string;
    kind: ReminderMailKind;
    recipientName: string;
    recipient: string;
    subject: string;
    itemCount: number;
    status: ReminderMailStatus;
    attempts: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    sentAt: string | null;
    createdAt: string;
  }>;
};

export type SendLog_RetryMutationVariables = Exact<{
  input: RetryReminderMailInput;
}>;

export type SendLog_RetryMutation = {
  retryReminderMail: { id: string; status: ReminderMailStatus; attempts: number; nextAttemptAt: string | null };
};

export type PeriodDeadlineDialog_MoveMutationVariables = Exact<{
  input: SetReportingPeriodDeadlineInput;
}>;

export type PeriodDeadlineDialog_MoveMutation = {
  setReportingPeriodDeadline: { id: string; deadline: string; deadlineMoved: boolean; version: number };
};

export type PeriodDeadlineDialog_SetLevelMutationVariables = Exact<{
  input: SetReportingLevelDeadlineInput;
}>;

export type PeriodDeadlineDialog_SetLevelMutation = {
  setReportingLevelDeadline: {
    id: string;
    version: number;
    levelDeadlines: Array<{ level: OrgUnitKind; deadline: string }>;
  };
};

export type PeriodStatusDialog_CloseMutationVariables = Exact<{
  input: CloseReportingPeriodInput;
}>;

export type PeriodStatusDialog_CloseMutation = {
  closeReportingPeriod: {
    id: string;
    status: ReportingPeriodStatus;
    statusReason: string | null;
    closedAt: string | null;
    version: number;
  };
};

export type PeriodStatusDialog_ReopenMutationVariables = Exact<{
  input: ReopenReportingPeriodInput;
}>;

export type PeriodStatusDialog_ReopenMutation = {
  reopenReportingPeriod: {
    id: string;
    status: ReportingPeriodStatus;
    statusReason: string | null;
    closedAt: string | null;
    version: number;
  };
};

export type ReportingCalendarAdmin_QueryQueryVariables = Exact<{
  year: number;
}>;

export type ReportingCalendarAdmin_QueryQuery = {
  orgUnits: Array<{ id: string; kind: OrgUnitKind }>;
  reportingCalendar: {
    id: string;
    orgUnitId: string;
    year: number;
    workingDaysAfterPeriodEnd: number;
    version: number;
    periods: Array<
      { id: string } & {
        ' $fragmentRefs'?: { ReportingPeriodsTable_PeriodFragment: ReportingPeriodsTable_PeriodFragment };
      }
    >;
  } | null;
};

export type ReportingCalendarAdmin_GenerateMutationVariables = Exact<{
  input: GenerateReportingCalendarInput;
}>;

export type ReportingCalendarAdmin_GenerateMutation = {
  generateReportingCalendar: { id: string; workingDaysAfterPeriodEnd: number; version: number };
};

export type ReportingPeriodsTable_PeriodFragment = {
  id: string;
  kind: ReportingPeriodKind;
  number: number;
  year: number;
  endDate: string;
  deadline: string;
  ruleDeadline: string;
  deadlineMoved: boolean;
  status: ReportingPeriodStatus;
  statusReason: string | null;
  version: number;
  levelDeadlines: Array<{ level: OrgUnitKind; deadline: string }>;
} & { ' $fragmentName'?: 'ReportingPeriodsTable_PeriodFragment' };

export type BehindTables_DisciplineFragment = {
  unitsBehind: Array<{
    orgUnit: { id: string; name: string };
    counts: { onTime: number; late: number; missing: number; pending: number; total: number };
  }>;
  ownersBehind: Array<{
    userId: string;
    name: string;
    counts: { onTime: number; late: number; missing: number; pending: number; total: number };
  }>;
} & { ' $fragmentName'?: 'BehindTables_DisciplineFragment' };

export type DisciplineMatrix_DisciplineFragment = {
  year: number;
  periods: Array<{ key: string; kind: ReportingPeriodKind; year: number; number: number; inProgress: boolean }>;
  units: Array<{
    orgUnit: { id: string; name: string };
    cells: Array<{
      periodKey: string;
      deadline: string;
      inProgress: boolean;
      counts: { onTime: number; late: number; missing: number; pending: number; total: number };
    }>;
    counts: { onTime: number; late: number; missing: number; pending: number; total: number };
  }>;
} & { ' $fragmentName'?: 'DisciplineMatrix_DisciplineFragment' };

export type MissingItemsTable_DisciplineFragment = {
  missing: Array<{
    key: string;
    kind: ReportingObligationKind;
    title: string;
    deadline: string;
    responsible: Array<string>;
    link: string;
    orgUnit: { id: string; name: string };
    period: { key: string; kind: ReportingPeriodKind; year: number; number: number };
  }>;
} & { ' $fragmentName'?: 'MissingItemsTable_DisciplineFragment' };

export type CreateReportDialog_CreateMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type CreateReportDialog_CreateMutation = { createReport: { id: string } };

export type ReportWorkflow_SubmitMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;

export type ReportWorkflow_SubmitMutation = { submitReport: { id: string; status: ReportStatus; version: number } };

export type ReportWorkflow_SendBackMutationVariables = Exact<{
  input: SendBackReportInput;
}>;

export type ReportWorkflow_SendBackMutation = { sendBackReport: { id: string; status: ReportStatus; version: number } };

export type ReportWorkflow_ApproveMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;

export type ReportWorkflow_ApproveMutation = { approveReport: { id: string; status: ReportStatus; version: number } };

export type SectionAnalysis_SaveMutationVariables = Exact<{
  input: SaveReportSectionTextInput;
}>;

export type SectionAnalysis_SaveMutation = { saveReportSectionText: { id: string; version: number } };

export type ControlDialog_CreateMutationVariables = Exact<{
  input: CreateControlInput;
}>;

export type ControlDialog_CreateMutation = { createInternalControl: { id: string } };

export type ControlDialog_UpdateMutationVariables = Exact<{
  input: UpdateControlInput;
}>;

export type ControlDialog_UpdateMutation = {
  updateInternalControl: {
    id: string;
    title: string;
    method: string | null;
    frequency: string | null;
    performedBy: string | null;
    version: number;
  };
};

export type ControlFollowUp_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ControlFollowUp_QueryQuery = {
  orgUnit: { id: string; name: string } | null;
  viewer: { id: string; canEdit: boolean } | null;
  risks: Array<{ id: string; title: string; orgUnit: { id: string } }>;
  internalControls: Array<{
    id: string;
    title: string;
    method: string | null;
    frequency: string | null;
    performedBy: string | null;
    version: number;
    orgUnit: { id: string; name: string };
    risk: { id: string; title: string } | null;
    results: Array<{
      id: string;
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

export type ControlResultDialog_RecordMutationVariables = Exact<{
  input: ControlResultInput;
}>;

export type ControlResultDialog_RecordMutation = {
  recordControlResult: {
    id: string;
    month: number;
    performed: boolean;
    outcome: ControlOutcome | null;
    description: string | null;
    followUpAction: string | null;
    isDemoValue: boolean;
    version: number;
  };
};

export type MitigationDialog_AddMutationVariables = Exact<{
  input: AddMitigationInput;
}>;

export type MitigationDialog_AddMutation = { addMitigation: { id: string } };

export type MitigationDialog_UpdateMutationVariables = Exact<{
  input: UpdateMitigationInput;
}>;

export type MitigationDialog_UpdateMutation = {
  updateMitigation: {
    id: string;
    title: string;
    responsible: string | null;
    dueDate: string | null;
    status: MitigationStatus;
    version: number;
  };
};

export type RemoveRiskCategoryDialog_RemoveMutationVariables = Exact<{
  input: RemoveRiskCategoryInput;
}>;

export type RemoveRiskCategoryDialog_RemoveMutation = { removeRiskCategory: Array<{ id: string }> };

export type RiskCategoryDialog_CreateMutationVariables = Exact<{
  input: CreateRiskCategoryInput;
}>;

export type RiskCategoryDialog_CreateMutation = {
  createRiskCategory: {
    id: string;
    name: string;
    sortOrder: number;
    retired: boolean;
    riskCount: number;
    version: number;
  };
};

export type RiskCategoryDialog_UpdateMutationVariables = Exact<{
  input: UpdateRiskCategoryInput;
}>;

export type RiskCategoryDialog_UpdateMutation = {
  updateRiskCategory: { id: string; name: string; retired: boolean; version: number };
};

export type RiskCategoryList_CategoryFragment = {
  id: string;
  name: string;
  sortOrder: number;
  retired: boolean;
  riskCount: number;
  version: number;
} & { ' $fragmentName'?: 'RiskCategoryList_CategoryFragment' };

export type RiskCategoryList_ReorderMutationVariables = Exact<{
  input: ReorderRiskCategoriesInput;
}>;

export type RiskCategoryList_ReorderMutation = {
  reorderRiskCategories: Array<{ id: string; sortOrder: number; version: number }>;
};

export type RiskDetailsDialog_RiskFragment = {
  id: string;
  title: string;
  description: string | null;
  owner: string | null;
  version: number;
  category: { id: string; name: string };
  orgUnit: { id: string; name: string };
  valuation: {
    id: string;
    valuedOn: string;
    probability: number;
    consequence: number;
    score: number;
    isDemoValue: boolean;
  } | null;
  valuations: Array<{
    id: string;
    valuedOn: string;
    probability: number;
    consequence: number;
    score: number;
    reasoning: string | null;
    isDemoValue: boolean;
    createdBy: { id: string; name: string } | null;
  }>;
  mitigations: Array<{
    id: string;
    title: string;
    responsible: string | null;
    dueDate: string | null;
    status: MitigationStatus;
    isOverdue: boolean;
    version: number;
  }>;
  controls: Array<{ id: string; title: string; frequency: string | null }>;
} & { ' $fragmentName'?: 'RiskDetailsDialog_RiskFragment' };

export type RiskDialog_CreateMutationVariables = Exact<{
  input: CreateRiskInput;
}>;

export type RiskDialog_CreateMutation = { createRisk: { id: string } };

export type RiskDialog_UpdateMutationVariables = Exact<{
  input: UpdateRiskInput;
}>;

export type RiskDialog_UpdateMutation = {
  updateRisk: {
    id: string;
    title: string;
    description: string | null;
    owner: string | null;
    version: number;
    category: { id: string; name: string };
  };
};

export type RiskRegister_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type RiskRegister_QueryQuery = {
  riskScaleMax: number;
  orgUnit: { id: string; name: string } | null;
  viewer: { id: string; canEdit: boolean } | null;
  riskCategories: Array<{ id: string; name: string; retired: boolean }>;
  risks: Array<
    {
      id: string;
      owner: string | null;
      title: string;
      hasOverdueMitigations: boolean;
      category: { id: string; name: string };
      orgUnit: { id: string; name: string };
      valuation: { id: string; probability: number; consequence: number; score: number } | null;
      mitigations: Array<{ id: string; title: string }>;
    } & {
      ' $fragmentRefs'?: {
        RiskTable_RiskFragment: RiskTable_RiskFragment;
        RiskDetailsDialog_RiskFragment: RiskDetailsDialog_RiskFragment;
      };
    }
  >;
};

export type RiskScaleForm_SaveMutationVariables = Exact<{
  input: SetRiskScaleInput;
}>;

export type RiskScaleForm_SaveMutation = { setRiskScale: { max: number; largestValued: number } };

export type RiskSettingsAdmin_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type RiskSettingsAdmin_QueryQuery = {
  riskScale: { max: number; largestValued: number };
  riskCategories: Array<
    { id: string } & { ' $fragmentRefs'?: { RiskCategoryList_CategoryFragment: RiskCategoryList_CategoryFragment } }
  >;
};

export type RiskTable_RiskFragment = {
  id: string;
  title: string;
  owner: string | null;
  hasOverdueMitigations: boolean;
  category: { id: string; name: string };
  orgUnit: { id: string; name: string };
  valuation: { id: string; probability: number; consequence: number; score: number; isDemoValue: boolean } | null;
  mitigations: Array<{ id: string }>;
} & { ' $fragmentName'?: 'RiskTable_RiskFragment' };

export type ValuationDialog_AddMutationVariables = Exact<{
  input: RiskValuationInput;
}>;

export type ValuationDialog_AddMutation = { addRiskValuation: { id: string } };

export type RiskExport_RiskFragment = {
  id: string;
  title: string;
  owner: string | null;
  hasOverdueMitigations: boolean;
  category: { id: string; name: string };
  orgUnit: { id: string; name: string };
  valuation: { id: string; probability: number; consequence: number; score: number } | null;
  mitigations: Array<{ id: string; title: string }>;
} & { ' $fragmentName'?: 'RiskExport_RiskFragment' };

export type TargetsEditor_RowFragment = {
  canEdit: boolean;
  isProposal: boolean;
  periods: Array<string>;
  periodTargets: Array<number | null>;
  annualTarget: number | null;
  indicator: {
    id: string;
    name: string;
    unit: IndicatorUnit;
    periodicity: Periodicity;
    cumulative: boolean;
    kind: IndicatorKind;
    orgUnit: { id: string; name: string };
  };
  versions: Array<{ period: string; version: number }>;
  previousOutcomes: Array<{ year: number; value: number | null }>;
  previousYearForecast: { year: number; value: number | null };
} & { ' $fragmentName'?: 'TargetsEditor_RowFragment' };

export type TargetsEditor_SaveMutationVariables = Exact<{
  input: TargetsInput;
}>;

export type TargetsEditor_SaveMutation = {
  saveTargets: Array<{
    periodTargets: Array<number | null>;
    annualTarget: number | null;
    isProposal: boolean;
    indicator: { id: string };
    versions: Array<{ period: string; version: number }>;
  }>;
};

export type TargetsEditor_ConfirmProposalsMutationVariables = Exact<{
  input: ConfirmTargetProposalsInput;
}>;

export type TargetsEditor_ConfirmProposalsMutation = {
  confirmTargetProposals: Array<{
    isProposal: boolean;
    indicator: { id: string };
    versions: Array<{ period: string; version: number }>;
  }>;
};

export type ToDoItemLink_ItemFragment = {
  id: string;
  kind: ReportingObligationKind;
  title: string;
  orgUnitName: string;
  periodKind: ReportingPeriodKind;
  year: number;
  periodNumber: number;
  link: string;
} & { ' $fragmentName'?: 'ToDoItemLink_ItemFragment' };

export type ToDoList_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type ToDoList_QueryQuery = {
  myToDo: Array<
    { id: string; kind: ReportingObligationKind; deadline: string; overdue: boolean } & {
      ' $fragmentRefs'?: { ToDoItemLink_ItemFragment: ToDoItemLink_ItemFragment };
    }
  >;
};

export type UseToDoCount_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type UseToDoCount_QueryQuery = { myToDo: Array<{ id: string; overdue: boolean }> };

export type UserDialog_CreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type UserDialog_CreateMutation = { createUser: { id: string } };

export type UserDialog_UpdateMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type UserDialog_UpdateMutation = {
  updateUser: { id: string; name: string; isActive: boolean; version: number };
};

export type ImportPreview_QueryQueryVariables = Exact<{
  id: string;
  status?: ValueImportRowStatus | null | undefined;
  offset: number;
  limit: number;
}>;

export type ImportPreview_QueryQuery = {
  valueImport: {
    id: string;
    kind: ValueImportKind;
    fileName: string;
    counts: { new: number; changed: number; unchanged: number; invalid: number; total: number };
    rows: {
      total: number;
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

export type ValueImportButton_RowFragment = {
  period: string;
  indicator: { id: string; code: string; name: string };
  value: {
    id: string;
    outcome: number | null;
    periodTarget: number | null;
    annualTarget: number | null;
    fullYearForecast: number | null;
    rolling12: number | null;
    comment: string | null;
  } | null;
} & { ' $fragmentName'?: 'ValueImportButton_RowFragment' };

export type ValueImportDialog_CountsQueryVariables = Exact<{
  id: string;
}>;

export type ValueImportDialog_CountsQuery = {
  valueImport: {
    id: string;
    fileName: string;
    counts: { new: number; changed: number; unchanged: number; invalid: number; total: number };
  } | null;
};

export type ValueImportDialog_CommitMutationVariables = Exact<{
  id: string;
  correctionReason?: string | null | undefined;
}>;

export type ValueImportDialog_CommitMutation = {
  commitValueImport: { id: string; status: ValueImportStatus; writtenCount: number | null };
};

export type ValueImportDialog_CancelMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportDialog_CancelMutation = { cancelValueImport: { id: string; status: ValueImportStatus } };

export type AssignmentsPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type AssignmentsPage_QueryQuery = {
  orgUnit: {
    id: string;
    code: string;
    name: string;
    children: Array<{ id: string; name: string; isClosed: boolean }>;
  } | null;
  viewer: { id: string; canPlan: boolean } | null;
  assignments: Array<
    {
      id: string;
      title: string;
      source: AssignmentSource;
      caseNumber: string | null;
      deadline: string | null;
      orgUnit: { id: string; name: string };
      update: { id: string; status: AssignmentStatus; comment: string | null } | null;
    } & { ' $fragmentRefs'?: { AssignmentTable_AssignmentFragment: AssignmentTable_AssignmentFragment } }
  >;
  auditReports: Array<
    { id: string; orgUnit: { id: string; code: string } } & {
      ' $fragmentRefs'?: { AuditReportList_ReportFragment: AuditReportList_ReportFragment };
    }
  >;
};

export type AuditLogPage_QueryQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type AuditLogPage_QueryQuery = {
  auditLog: {
    nextCursor: string | null;
    events: Array<{
      id: string;
      occurredAt: string;
      operation: string;
      action: AuditAction;
      entityType: string;
      entityId: string;
      entityName: string | null;
      author: { id: string; name: string } | null;
      orgUnit: { id: string; name: string } | null;
      changes: Array<{
        field: string;
        oldValue: string | null;
        newValue: string | null;
        referencedType: string | null;
        oldName: string | null;
        newName: string | null;
      }>;
    }>;
  };
};

export type DataEntryPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  period: MonthInput;
  year: number;
}>;

export type DataEntryPage_QueryQuery = {
  reportingCalendar: {
    id: string;
    periods: Array<{ id: string; startDate: string; endDate: string; status: ReportingPeriodStatus }>;
  } | null;
  forecastRounds: Array<{ id: string; name: string; asOf: string; status: ForecastRoundStatus; version: number }>;
  dataEntrySheet: {
    year: number;
    month: number;
    canEdit: boolean;
    orgUnit: { id: string; name: string };
    indicatorRows: Array<{
      period: string;
      indicator: { id: string; name: string; unit: IndicatorUnit; periodicity: Periodicity; code: string };
      value: {
        id: string;
        outcome: number | null;
        periodTarget: number | null;
        annualTarget: number | null;
        fullYearForecast: number | null;
        rolling12: number | null;
        comment: string | null;
        isSynthetic: boolean;
        version: number;
      } | null;
    }>;
    goalRows: Array<{
      goal: { id: string; title: string; perspective: { id: string; name: string } };
      assessment: { id: string; fulfilment: GoalFulfilment; comment: string | null; version: number } | null;
    }>;
    activityRows: Array<{
      activity: { id: string; title: string; endDate: string | null };
      update: { id: string; status: ActivityStatus; comment: string | null; version: number } | null;
    }>;
  } | null;
};

export type EconomyPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type EconomyPage_QueryQuery = {
  economy: {
    orgUnit: { id: string; name: string };
    lines: Array<{
      outcomeToDate: number | null;
      budgetToDate: number | null;
      deviationToDate: number | null;
      fullYearForecast: number | null;
      fullYearBudget: number | null;
      previousYearToDate: number | null;
      status: ValueStatus;
      indicator: { id: string; code: string; name: string; unit: IndicatorUnit };
      rolledUpFrom: Array<{ id: string; name: string }>;
    }>;
    businessAreaResults: Array<{
      isTotal: boolean;
      operationsToDate: number | null;
      operationsBudgetToDate: number | null;
      operationsForecast: number | null;
      operationsBudget: number | null;
      developmentToDate: number | null;
      developmentBudgetToDate: number | null;
      developmentForecast: number | null;
      developmentBudget: number | null;
      orgUnit: { id: string; name: string };
      rolledUpFrom: Array<{ id: string; name: string }>;
    }>;
  } | null;
};

export type FirstRunPage_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type FirstRunPage_QueryQuery = { signInOptions: { firstRun: boolean } };

export type ForecastAccuracyPage_YearsQueryVariables = Exact<{ [key: string]: never }>;

export type ForecastAccuracyPage_YearsQuery = { forecastRoundYears: Array<number> };

export type ForecastAccuracyPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ForecastAccuracyPage_QueryQuery = {
  forecastAccuracy: {
    year: number;
    meanAbsolutePercentageError: number | null;
    comparedForecasts: number;
    orgUnit: { id: string; name: string };
    rounds: Array<{ id: string; name: string; asOf: string; isDemoValue: boolean }>;
    byRound: Array<{
      meanAbsolutePercentageError: number | null;
      comparedForecasts: number;
      round: { id: string; name: string };
    }>;
    byUnit: Array<{
      meanAbsolutePercentageError: number | null;
      comparedForecasts: number;
      orgUnit: { id: string; name: string };
    }>;
    indicators: Array<{
      outcome: number | null;
      outcomeIsSynthetic: boolean;
      meanAbsoluteError: number | null;
      meanAbsolutePercentageError: number | null;
      indicator: { id: string; name: string; unit: IndicatorUnit; orgUnit: { id: string; name: string } };
      forecasts: Array<{
        forecast: number | null;
        carriedOver: boolean;
        error: number | null;
        absoluteError: number | null;
        relativeError: number | null;
        round: { id: string };
      }>;
    }>;
  } | null;
};

export type GoalsPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type GoalsPage_QueryQuery = {
  orgUnit: {
    id: string;
    name: string;
    canPlan: boolean;
    planLock: PlanLock | null;
    planner: boolean;
    parent: { id: string; code: string; name: string } | null;
  } | null;
  viewer: { id: string; canAssess: boolean } | null;
  perspectives: Array<{ id: string; name: string }>;
  goals: Array<
    {
      id: string;
      level: GoalLevel;
      title: string;
      orgUnit: { id: string; name: string };
      perspective: { id: string; name: string };
      indicators: Array<{
        id: string;
        periodicity: Periodicity;
        latestValue: { id: string; period: string; status: ValueStatus } | null;
      }>;
      parents: Array<{ id: string; title: string }>;
      assessment: { id: string; fulfilment: GoalFulfilment; comment: string | null } | null;
    } & { ' $fragmentRefs'?: { GoalsByPerspective_GoalFragment: GoalsByPerspective_GoalFragment } }
  >;
  assignments: Array<
    {
      id: string;
      title: string;
      source: AssignmentSource;
      caseNumber: string | null;
      deadline: string | null;
      orgUnit: { id: string; name: string };
      update: { id: string; status: AssignmentStatus; comment: string | null } | null;
    } & { ' $fragmentRefs'?: { AssignmentTable_AssignmentFragment: AssignmentTable_AssignmentFragment } }
  >;
};

export type IndicatorPage_QueryQueryVariables = Exact<{
  id: string;
  granularity: Periodicity;
  fromYear: number;
  toYear: number;
  compareWith: Array<string> | string;
}>;

export type IndicatorPage_QueryQuery = {
  indicator:
    | ({
        id: string;
        name: string;
        description: string | null;
        unit: IndicatorUnit;
        periodicity: Periodicity;
        canSetStatus: boolean;
        cumulative: boolean;
        levelAggregation: LevelAggregation;
        orgUnit: { id: string; name: string };
        series: Array<{
          period: string;
          outcome: number | null;
          target: number | null;
          fullYearForecast: number | null;
          rolling12: number | null;
          previousYearOutcome: number | null;
          isSynthetic: boolean;
          status: ValueStatus;
          statusOverrideReason: string | null;
        }>;
        comparable: Array<{ id: string; orgUnit: { id: string; code: string; name: string } }>;
        compared: Array<{
          id: string;
          orgUnit: { id: string; code: string; name: string };
          series: Array<{ period: string; outcome: number | null }>;
        }>;
      } & {
        ' $fragmentRefs'?: { ThresholdHistorySection_IndicatorFragment: ThresholdHistorySection_IndicatorFragment };
      })
    | null;
};

export type OrganisationPage_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationPage_QueryQuery = {
  orgUnits: Array<
    { id: string } & {
      ' $fragmentRefs'?: {
        OrgUnitTree_OrgUnitFragment: OrgUnitTree_OrgUnitFragment;
        OrgUnitImportButton_OrgUnitFragment: OrgUnitImportButton_OrgUnitFragment;
      };
    }
  >;
};

export type OverviewPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type OverviewPage_QueryQuery = {
  economy: {
    lines: Array<{
      outcomeToDate: number | null;
      budgetToDate: number | null;
      fullYearForecast: number | null;
      fullYearBudget: number | null;
      indicator: { id: string; code: string; name: string; unit: IndicatorUnit };
      rolledUpFrom: Array<{ id: string; name: string }>;
    }>;
    businessAreaResults: Array<{
      isTotal: boolean;
      operationsToDate: number | null;
      operationsBudgetToDate: number | null;
      operationsForecast: number | null;
      operationsBudget: number | null;
      developmentToDate: number | null;
      developmentBudgetToDate: number | null;
      developmentForecast: number | null;
      developmentBudget: number | null;
      orgUnit: { id: string; name: string };
      rolledUpFrom: Array<{ id: string; name: string }>;
    }>;
  } | null;
  overview: {
    changeCount: number;
    orgUnit: { id: string; name: string };
    attention: {
      redIndicators: Array<{
        id: string;
        name: string;
        newlyRed: boolean;
        statusSetByHand: boolean;
        since: string | null;
        orgUnit: { id: string; name: string };
      }>;
      notReportedIndicators: Array<{
        id: string;
        name: string;
        since: string | null;
        orgUnit: { id: string; name: string };
      }>;
      overdueAssignments: Array<{
        id: string;
        title: string;
        caseNumber: string | null;
        deadline: string;
        orgUnit: { id: string; name: string };
      }>;
      overdueAuditActions: Array<{
        id: string;
        recommendation: string;
        auditReportTitle: string;
        dueDate: string;
        orgUnit: { id: string; name: string };
      }>;
      redProjects: Array<{
        id: string;
        name: string;
        portfolioName: string;
        statusDate: string;
        time: RagStatus;
        cost: RagStatus;
        result: RagStatus;
      }>;
      risksAboveTolerance: Array<{
        id: string;
        title: string;
        score: number;
        probability: number;
        consequence: number;
        isDemoValue: boolean;
        orgUnit: { id: string; name: string };
      }>;
    };
    perspectives: Array<{
      goalsFulfilled: number;
      goalsPartlyFulfilled: number;
      goalsNotFulfilled: number;
      goalsNotAssessed: number;
      indicatorsGreen: number;
      indicatorsYellow: number;
      indicatorsRed: number;
      indicatorsNotReported: number;
      councilGoals: number;
      perspective: { id: string; name: string };
    }>;
    keyIndicators: Array<{
      rollup: UnitRollup | null;
      status: ValueStatus;
      statusSetByHand: boolean;
      isReported: boolean;
      changeFromPreviousYear: number | null;
      trend: Array<number | null>;
      indicator: { id: string; name: string; unit: IndicatorUnit };
      figures: {
        period: string;
        outcome: number | null;
        periodTarget: number | null;
        annualTarget: number | null;
        fullYearForecast: number | null;
      } | null;
      rolledUpFrom: Array<{ id: string; name: string }>;
      unitFigures: Array<{
        period: string;
        outcome: number | null;
        status: ValueStatus;
        statusSetByHand: boolean;
        orgUnit: { id: string; name: string };
      }>;
    }>;
    redProjects: Array<{
      id: string;
      name: string;
      portfolioName: string;
      statusDate: string;
      time: RagStatus;
      cost: RagStatus;
      result: RagStatus;
    }>;
    changes: Array<{
      kind: ChangedRecord;
      id: string;
      name: string;
      previous: ValueStatus;
      current: ValueStatus;
      previousSetByHand: boolean;
      currentSetByHand: boolean;
      orgUnit: { id: string; name: string };
    }>;
    topRisks: Array<{
      id: string;
      title: string;
      categoryName: string;
      probability: number;
      consequence: number;
      score: number;
      isDemoValue: boolean;
    }>;
  } | null;
};

export type PlanPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type PlanPage_QueryQuery = {
  planOfYear: {
    year: number;
    lock: PlanLock | null;
    mayAdopt: boolean;
    mayPlan: boolean;
    orgUnit: { id: string; name: string };
    plan:
      | ({ id: string; status: PlanStatus } & {
          ' $fragmentRefs'?: {
            PlanStatusCard_PlanFragment: PlanStatusCard_PlanFragment;
            PlanHistory_PlanFragment: PlanHistory_PlanFragment;
          };
        })
      | null;
  } | null;
};

export type PortfolioPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type PortfolioPage_QueryQuery = {
  orgUnit: { id: string; name: string } | null;
  portfolioOwningUnits: Array<{ id: string }>;
  portfolios: Array<
    {
      id: string;
      name: string;
      projects: Array<
        {
          id: string;
          name: string;
          state: ProjectState;
          status: {
            latestStatusUpdate: {
              id: string;
              statusDate: string;
              time: RagStatus;
              cost: RagStatus;
              result: RagStatus;
            } | null;
          };
        } & { ' $fragmentRefs'?: { TimelineSection_ProjectFragment: TimelineSection_ProjectFragment } }
      >;
    } & { ' $fragmentRefs'?: { PortfolioSection_PortfolioFragment: PortfolioSection_PortfolioFragment } }
  >;
};

export type ProjectPage_QueryQueryVariables = Exact<{
  id: string;
  upTo: MonthInput;
}>;

export type ProjectPage_QueryQuery = {
  project:
    | ({
        id: string;
        name: string;
        description: string | null;
        version: number;
        canEdit: boolean;
        state: ProjectState;
        owner: string | null;
        ownerUserId: string | null;
        manager: string | null;
        managerUserId: string | null;
        phase: ProjectPhase | null;
        plannedStart: string | null;
        plannedEnd: string | null;
        actualStart: string | null;
        actualEnd: string | null;
        budgetTkr: number | null;
        costToDateTkr: number | null;
        forecastTkr: number | null;
        statusUpdates: Array<
          {
            id: string;
            time: RagStatus;
            cost: RagStatus;
            result: RagStatus;
            deviations: Array<{
              dimension: StatusDimension;
              cause: string;
              action: string;
              actionOwner: string | null;
              actionOwnerUserId: string | null;
              actionDueDate: string | null;
            }>;
          } & {
            ' $fragmentRefs'?: { StatusUpdateHistory_StatusUpdateFragment: StatusUpdateHistory_StatusUpdateFragment };
          }
        >;
        stateChanges: Array<
          { id: string } & { ' $fragmentRefs'?: { StateChangeList_ChangeFragment: StateChangeList_ChangeFragment } }
        >;
        moves: Array<
          { id: string } & { ' $fragmentRefs'?: { ProjectMoveList_MoveFragment: ProjectMoveList_MoveFragment } }
        >;
        portfolio: { id: string; orgUnit: { id: string } };
      } & {
        ' $fragmentRefs'?: {
          ProjectFacts_ProjectFragment: ProjectFacts_ProjectFragment;
          ProjectLineage_ProjectFragment: ProjectLineage_ProjectFragment;
        };
      })
    | null;
  editablePortfolios: Array<{ id: string; name: string; orgUnit: { id: string } }>;
};

export type ReportPage_QueryQueryVariables = Exact<{
  id: string;
}>;

export type ReportPage_QueryQuery = {
  report: {
    id: string;
    type: ReportType;
    status: ReportStatus;
    version: number;
    frozenAt: string | null;
    viewerCanEdit: boolean;
    viewerCanApprove: boolean;
    period: { year: number; month: number };
    approvedBy: { id: string; name: string } | null;
    orgUnit: { id: string; name: string; code: string };
    comments: Array<{ id: string; text: string; createdAt: string; author: { id: string; name: string } | null }>;
    comparison: {
      previous: { id: string; type: ReportType; period: { year: number; month: number } } | null;
      colourChanges: Array<{ kind: ReportChangeKind; name: string; previous: ValueStatus; current: ValueStatus }>;
      forecastChanges: Array<{ name: string; unit: IndicatorUnit; previous: number | null; current: number | null }>;
      assignmentChanges: Array<{ title: string; previous: AssignmentStatus | null; current: AssignmentStatus }>;
    };
    content: {
      compiledAt: string;
      isFrozen: boolean;
      sections: Array<{
        id: string;
        kind: ReportSectionKind;
        title: string;
        perspectiveName: string | null;
        analysisText: string;
        analysisVersion: number;
        analysisUpdatedAt: string | null;
        analysisUpdatedBy: { id: string; name: string } | null;
        goalSummary: Array<{
          perspectiveName: string;
          councilGoalTitle: string | null;
          title: string;
          fulfilment: GoalFulfilment;
        }>;
        goals: Array<{
          perspectiveName: string;
          councilGoalTitle: string | null;
          title: string;
          fulfilment: GoalFulfilment;
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
            statusSetByHand: boolean;
            isGenerated: boolean;
            previousYearIsGenerated: boolean;
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
          rolledUpFrom: Array<string>;
        }>;
        businessAreaResults: Array<{
          name: string;
          depth: number;
          isTotal: boolean;
          resultToDate: number | null;
          fullYearForecast: number | null;
          rolledUpFrom: Array<string>;
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
          isDemoValue: boolean;
        }>;
        charts: Array<{
          title: string;
          kind: ReportChartKind;
          unit: IndicatorUnit;
          categories: Array<string>;
          generatedCategories: Array<string>;
          series: Array<{ name: string; values: Array<number | null> }>;
        }>;
      }>;
    };
  } | null;
};

export type ReportingDisciplinePage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ReportingDisciplinePage_QueryQuery = {
  reportingDiscipline: {
    year: number;
    orgUnit: { id: string; name: string };
    counts: { onTime: number; late: number; missing: number; pending: number; total: number };
    periods: Array<{ key: string; kind: ReportingPeriodKind; year: number; number: number; inProgress: boolean }>;
    units: Array<{
      orgUnit: { id: string; name: string };
      cells: Array<{
        periodKey: string;
        deadline: string;
        inProgress: boolean;
        counts: { onTime: number; late: number; missing: number; pending: number; total: number };
      }>;
      counts: { onTime: number; late: number; missing: number; pending: number; total: number };
    }>;
    unitsBehind: Array<{
      orgUnit: { id: string; name: string };
      counts: { onTime: number; late: number; missing: number; pending: number; total: number };
    }>;
    ownersBehind: Array<{
      userId: string;
      name: string;
      counts: { onTime: number; late: number; missing: number; pending: number; total: number };
    }>;
    missing: Array<{
      key: string;
      kind: ReportingObligationKind;
      title: string;
      deadline: string;
      responsible: Array<string>;
      link: string;
      orgUnit: { id: string; name: string };
      period: { key: string; kind: ReportingPeriodKind; year: number; number: number };
    }>;
  } | null;
};

export type ReportsPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ReportsPage_QueryQuery = {
  orgUnit: { id: string; name: string } | null;
  viewer: { id: string; canCreate: boolean } | null;
  reports: Array<{
    id: string;
    type: ReportType;
    status: ReportStatus;
    createdAt: string;
    frozenAt: string | null;
    period: { year: number; month: number };
  }>;
};

export type SignInPage_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type SignInPage_QueryQuery = {
  signInOptions: {
    firstRun: boolean;
    singleSignOn: boolean;
    demoAccounts: Array<{
      email: string;
      name: string;
      password: string;
      roles: Array<{ role: Role; orgUnitName: string }>;
    }>;
  };
};

export type TargetsPage_QueryQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  includeSubunits: boolean;
}>;

export type TargetsPage_QueryQuery = {
  targetSheet: {
    year: number;
    canEdit: boolean;
    orgUnit: { id: string; name: string };
    rows: Array<{
      canEdit: boolean;
      isProposal: boolean;
      periods: Array<string>;
      periodTargets: Array<number | null>;
      annualTarget: number | null;
      indicator: {
        id: string;
        name: string;
        unit: IndicatorUnit;
        periodicity: Periodicity;
        cumulative: boolean;
        kind: IndicatorKind;
        orgUnit: { id: string; name: string };
      };
      versions: Array<{ period: string; version: number }>;
      previousOutcomes: Array<{ year: number; value: number | null }>;
      previousYearForecast: { year: number; value: number | null };
    }>;
  } | null;
};

export type UsersPage_QueryQueryVariables = Exact<{ [key: string]: never }>;

export type UsersPage_QueryQuery = {
  users: Array<{
    id: string;
    email: string;
    name: string;
    isActive: boolean;
    singleSignOn: boolean;
    version: number;
    roles: Array<{ role: Role; orgUnit: { id: string; name: string } }>;
  }>;
  orgUnits: Array<{ id: string; name: string }>;
};

export const AssignmentsExport_AssignmentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentsExport_assignment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentsExport_AssignmentFragment, unknown>;
export const AssignmentTable_AssignmentFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentTable_assignment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionCaseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentTable_AssignmentFragment, unknown>;
export const AuditReportList_ReportFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditReportList_report' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'auditor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownerUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
      },
    },
  ],
} as unknown as DocumentNode<AuditReportList_ReportFragment, unknown>;
export const AssessmentsSection_GoalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentsSection_Goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryGoalRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentsSection_GoalFragment, unknown>;
export const AssessmentsSection_ActivityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentsSection_Activity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryActivityRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'update' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<AssessmentsSection_ActivityFragment, unknown>;
export const IndicatorValuesSection_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorValuesSection_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryIndicatorRow' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
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
} as unknown as DocumentNode<IndicatorValuesSection_RowFragment, unknown>;
export const FinancialTable_LineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinancialTable_line' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FinancialLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deviationToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullYearBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousYearToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinancialTable_LineFragment, unknown>;
export const ActivityTable_ActivityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActivityTable_activity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Activity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivityTable_ActivityFragment, unknown>;
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
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActivityTable_activity' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorTable_indicator' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActivityTable_activity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Activity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalCard_goal' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActivityTable_activity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Activity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActivityTable_activity' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorTable_indicator' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalsByPerspective_GoalFragment, unknown>;
export const GoalFilter_GoalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFilter_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<GoalFilter_GoalFragment, unknown>;
export const GoalsExport_GoalFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalsExport_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
            name: { kind: 'Name', value: 'orgUnit' },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalsExport_GoalFragment, unknown>;
export const IndicatorForm_DefinitionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorForm_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
          { kind: 'Field', name: { kind: 'Name', value: 'unitRollup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorForm_DefinitionFragment, unknown>;
export const IndicatorDialog_IndicatorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorDialog_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'IndicatorForm_definition' },
            directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasValues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorForm_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
          { kind: 'Field', name: { kind: 'Name', value: 'unitRollup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorDialog_IndicatorFragment, unknown>;
export const IndicatorLibraryTable_IndicatorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorLibraryTable_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibraryTable_IndicatorFragment, unknown>;
export const ThresholdHistorySection_IndicatorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdHistorySection_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'thresholdHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ThresholdHistorySection_IndicatorFragment, unknown>;
export const IndicatorSeries_PointFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorSeries_point' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SeriesPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousYearOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusOverrideReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorSeries_PointFragment, unknown>;
export const OrgUnitImportButton_OrgUnitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgUnitImportButton_orgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrgUnit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitImportButton_OrgUnitFragment, unknown>;
export const OrgUnitTree_OrgUnitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgUnitTree_orgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrgUnit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayAdminister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrgUnitTree_OrgUnitFragment, unknown>;
export const AttentionSection_AttentionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttentionSection_attention' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attention' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redIndicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newlyRed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notReportedIndicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueAssignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueAuditActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'auditReportTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redProjects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'portfolioName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risksAboveTolerance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<AttentionSection_AttentionFragment, unknown>;
export const BusinessAreaResultTable_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BusinessAreaResultTable_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessAreaResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BusinessAreaResultTable_RowFragment, unknown>;
export const EconomyGlance_EconomyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EconomyGlance_economy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Economy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearBudget' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rolledUpFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
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
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BusinessAreaResultTable_row' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BusinessAreaResultTable_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessAreaResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EconomyGlance_EconomyFragment, unknown>;
export const UnitFigureList_TileFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitFigureList_tile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyIndicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitFigures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitFigureList_TileFragment, unknown>;
export const KeyIndicatorTile_TileFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KeyIndicatorTile_tile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyIndicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rollup' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'UnitFigureList_tile' },
            directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isReported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeFromPreviousYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitFigureList_tile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyIndicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitFigures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KeyIndicatorTile_TileFragment, unknown>;
export const PerspectiveCard_SummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PerspectiveCard_summary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PerspectiveSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
          { kind: 'Field', name: { kind: 'Name', value: 'goalsFulfilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalsPartlyFulfilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalsNotFulfilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalsNotAssessed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsGreen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsYellow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsRed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsNotReported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'councilGoals' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveCard_SummaryFragment, unknown>;
export const PerspectiveList_PerspectiveFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PerspectiveList_perspective' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Perspective' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveList_PerspectiveFragment, unknown>;
export const PlanChangeList_ChangeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanChangeList_Change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'object' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetField' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterValue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanChangeList_ChangeFragment, unknown>;
export const PlanHistory_PlanFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanHistory_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'PlanChangeList_Change' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'adoptedBy' },
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
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PlanChangeList_Change' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanChangeList_Change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'object' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetField' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterValue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanHistory_PlanFragment, unknown>;
export const PlanStatusCard_PlanFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanStatusCard_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledOverFromYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanStatusCard_PlanFragment, unknown>;
export const PortfolioSummary_PortfolioFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortfolioSummary_portfolio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portfolio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutBudget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutForecast' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueActions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionDueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<PortfolioSummary_PortfolioFragment, unknown>;
export const BoardFilter_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardFilter_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
} as unknown as DocumentNode<BoardFilter_ProjectFragment, unknown>;
export const ProjectBoardExport_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardExport_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
} as unknown as DocumentNode<ProjectBoardExport_ProjectFragment, unknown>;
export const ProjectBoardTable_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardTable_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
} as unknown as DocumentNode<ProjectBoardTable_ProjectFragment, unknown>;
export const ProjectBoardColumns_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardColumns_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
} as unknown as DocumentNode<ProjectBoardColumns_ProjectFragment, unknown>;
export const PortfolioSection_PortfolioFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortfolioSection_portfolio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portfolio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusUpdateIntervalWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueActions' },
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
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortfolioSummary_portfolio' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'projects' },
            name: { kind: 'Name', value: 'projectsAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BoardFilter_project' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProjectBoardExport_project' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectBoardTable_project' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectBoardColumns_project' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortfolioSummary_portfolio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portfolio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutBudget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutForecast' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueActions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionDueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardFilter_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardExport_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardTable_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardColumns_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
} as unknown as DocumentNode<PortfolioSection_PortfolioFragment, unknown>;
export const ProjectDetailsDialog_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetailsDialog_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolio' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectDetailsDialog_ProjectFragment, unknown>;
export const ProjectFacts_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectFacts_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'stateThen' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'portfolioThen' },
            name: { kind: 'Name', value: 'portfolioAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectFacts_ProjectFragment, unknown>;
export const ProjectLineage_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectLineage_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origins' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'successors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<ProjectLineage_ProjectFragment, unknown>;
export const ProjectMoveList_MoveFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMoveList_move' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMove' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'movedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromPortfolio' },
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
            name: { kind: 'Name', value: 'toPortfolio' },
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
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectMoveList_MoveFragment, unknown>;
export const ProjectStatusUpdateDialog_StartFromFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectStatusUpdateDialog_startFrom' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStatusUpdate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwnerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionDueDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectStatusUpdateDialog_StartFromFragment, unknown>;
export const StateChangeList_ChangeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StateChangeList_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStateChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StateChangeList_ChangeFragment, unknown>;
export const StatusUpdateHistory_StatusUpdateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusUpdateHistory_statusUpdate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStatusUpdate' } },
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
            name: { kind: 'Name', value: 'author' },
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
            name: { kind: 'Name', value: 'deviations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionDueDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatusUpdateHistory_StatusUpdateFragment, unknown>;
export const TimelineSection_ProjectFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TimelineSection_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusUpdates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
} as unknown as DocumentNode<TimelineSection_ProjectFragment, unknown>;
export const ReportingPeriodsTable_PeriodFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportingPeriodsTable_period' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineMoved' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levelDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingPeriodsTable_PeriodFragment, unknown>;
export const BehindTables_DisciplineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BehindTables_discipline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingDiscipline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitsBehind' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownersBehind' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
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
} as unknown as DocumentNode<BehindTables_DisciplineFragment, unknown>;
export const DisciplineMatrix_DisciplineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DisciplineMatrix_discipline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingDiscipline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'periodKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
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
} as unknown as DocumentNode<DisciplineMatrix_DisciplineFragment, unknown>;
export const MissingItemsTable_DisciplineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissingItemsTable_discipline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingDiscipline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MissingItemsTable_DisciplineFragment, unknown>;
export const RiskCategoryList_CategoryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskCategoryList_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryList_CategoryFragment, unknown>;
export const RiskDetailsDialog_RiskFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetailsDialog_risk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valuations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsible' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskDetailsDialog_RiskFragment, unknown>;
export const RiskTable_RiskFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskTable_risk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskTable_RiskFragment, unknown>;
export const RiskExport_RiskFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskExport_risk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
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
            name: { kind: 'Name', value: 'hasOverdueMitigations' },
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
  ],
} as unknown as DocumentNode<RiskExport_RiskFragment, unknown>;
export const TargetsEditor_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TargetsEditor_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periods' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodTargets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previousOutcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previousYearForecast' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetsEditor_RowFragment, unknown>;
export const ToDoItemLink_ItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ToDoItemLink_item' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ToDoItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orgUnitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ToDoItemLink_ItemFragment, unknown>;
export const ValueImportButton_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ValueImportButton_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryIndicatorRow' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportButton_RowFragment, unknown>;
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
export const RequireSignIn_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequireSignIn_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isAdministrator' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'role' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequireSignIn_QueryQuery, RequireSignIn_QueryQueryVariables>;
export const ActionStatusDialog_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ActionStatusDialog_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditActionUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveAuditActionUpdate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionStatusDialog_SaveMutation, ActionStatusDialog_SaveMutationVariables>;
export const AssignmentDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignmentDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAssignmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAssignment' },
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
} as unknown as DocumentNode<AssignmentDialog_CreateMutation, AssignmentDialog_CreateMutationVariables>;
export const AssignmentDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignmentDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAssignmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAssignment' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentDialog_UpdateMutation, AssignmentDialog_UpdateMutationVariables>;
export const AssignmentFollowUp_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentFollowUp_Query' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'settled' },
                  name: { kind: 'Name', value: 'update' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'upTo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentTable_assignment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditReports' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditReportList_report' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentTable_assignment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionCaseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditReportList_report' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'auditor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownerUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
      },
    },
  ],
} as unknown as DocumentNode<AssignmentFollowUp_QueryQuery, AssignmentFollowUp_QueryQueryVariables>;
export const AssignmentStatusDialog_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignmentStatusDialog_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignmentUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveAssignmentUpdate' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionCaseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentStatusDialog_SaveMutation, AssignmentStatusDialog_SaveMutationVariables>;
export const AuditReportDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditReportDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAuditReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAuditReport' },
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
} as unknown as DocumentNode<AuditReportDialog_CreateMutation, AuditReportDialog_CreateMutationVariables>;
export const AuditReportDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditReportDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAuditReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAuditReport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'auditor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditReportDialog_UpdateMutation, AuditReportDialog_UpdateMutationVariables>;
export const RecommendationDialog_OwnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecommendationDialog_Owners' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditActionOwnerCandidates' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationDialog_OwnersQuery, RecommendationDialog_OwnersQueryVariables>;
export const RecommendationDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecommendationDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAuditRecommendationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAuditRecommendation' },
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
} as unknown as DocumentNode<RecommendationDialog_CreateMutation, RecommendationDialog_CreateMutationVariables>;
export const RecommendationDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecommendationDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAuditRecommendationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAuditRecommendation' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownerUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecommendationDialog_UpdateMutation, RecommendationDialog_UpdateMutationVariables>;
export const HistoryDialog_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HistoryDialog_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entityType' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entityId' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityType' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entityId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oldValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'referencedType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oldName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newName' } },
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
} as unknown as DocumentNode<HistoryDialog_QueryQuery, HistoryDialog_QueryQueryVariables>;
export const AssessmentsSection_SaveGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssessmentsSection_SaveGoal' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentsSection_SaveGoalMutation, AssessmentsSection_SaveGoalMutationVariables>;
export const AssessmentsSection_SaveActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssessmentsSection_SaveActivity' },
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
} as unknown as DocumentNode<AssessmentsSection_SaveActivityMutation, AssessmentsSection_SaveActivityMutationVariables>;
export const IndicatorValuesSection_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IndicatorValuesSection_Save' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorValuesSection_SaveMutation, IndicatorValuesSection_SaveMutationVariables>;
export const ForecastRoundsAdmin_OpenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastRoundsAdmin_Open' },
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
} as unknown as DocumentNode<ForecastRoundsAdmin_OpenMutation, ForecastRoundsAdmin_OpenMutationVariables>;
export const ForecastRoundsAdmin_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForecastRoundsAdmin_Close' },
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
} as unknown as DocumentNode<ForecastRoundsAdmin_CloseMutation, ForecastRoundsAdmin_CloseMutationVariables>;
export const RoundForecastsSection_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RoundForecastsSection_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roundForecasts' },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'round' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
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
} as unknown as DocumentNode<RoundForecastsSection_QueryQuery, RoundForecastsSection_QueryQueryVariables>;
export const YearEndProjectionSection_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'YearEndProjectionSection_Query' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<YearEndProjectionSection_QueryQuery, YearEndProjectionSection_QueryQueryVariables>;
export const ActivityDialog_OwnerOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActivityDialog_OwnerOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activityOwnerOptions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivityDialog_OwnerOptionsQuery, ActivityDialog_OwnerOptionsQueryVariables>;
export const ActivityDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ActivityDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateActivityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createActivity' },
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
} as unknown as DocumentNode<ActivityDialog_CreateMutation, ActivityDialog_CreateMutationVariables>;
export const ActivityDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ActivityDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateActivityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateActivity' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivityDialog_UpdateMutation, ActivityDialog_UpdateMutationVariables>;
export const AssessmentDialog_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssessmentDialog_Save' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentDialog_SaveMutation, AssessmentDialog_SaveMutationVariables>;
export const CouncilGoalMatrix_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CouncilGoalMatrix_Query' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
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
} as unknown as DocumentNode<CouncilGoalMatrix_QueryQuery, CouncilGoalMatrix_QueryQueryVariables>;
export const GoalDialog_ParentOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalDialog_ParentOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
            name: { kind: 'Name', value: 'goalParentOptions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalDialog_ParentOptionsQuery, GoalDialog_ParentOptionsQueryVariables>;
export const GoalDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateGoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createGoal' },
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
} as unknown as DocumentNode<GoalDialog_CreateMutation, GoalDialog_CreateMutationVariables>;
export const GoalDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateGoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateGoal' },
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
} as unknown as DocumentNode<GoalDialog_UpdateMutation, GoalDialog_UpdateMutationVariables>;
export const GoalIndicatorsDialog_LibraryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalIndicatorsDialog_Library' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<GoalIndicatorsDialog_LibraryQuery, GoalIndicatorsDialog_LibraryQueryVariables>;
export const GoalIndicatorsDialog_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalIndicatorsDialog_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetGoalIndicatorsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGoalIndicators' },
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
} as unknown as DocumentNode<GoalIndicatorsDialog_SaveMutation, GoalIndicatorsDialog_SaveMutationVariables>;
export const GoalPlanMenu_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanMenu_Move' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveGoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveGoal' },
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
} as unknown as DocumentNode<GoalPlanMenu_MoveMutation, GoalPlanMenu_MoveMutationVariables>;
export const RetireDialog_GoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireDialog_Goal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetGoalRetiredInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGoalRetired' },
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
} as unknown as DocumentNode<RetireDialog_GoalMutation, RetireDialog_GoalMutationVariables>;
export const RetireDialog_ActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireDialog_Activity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetActivityRetiredInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setActivityRetired' },
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
} as unknown as DocumentNode<RetireDialog_ActivityMutation, RetireDialog_ActivityMutationVariables>;
export const AlsoMeasuredBy_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AlsoMeasuredBy_Query' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'IndicatorForm_definition' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorForm_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
          { kind: 'Field', name: { kind: 'Name', value: 'unitRollup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AlsoMeasuredBy_QueryQuery, AlsoMeasuredBy_QueryQueryVariables>;
export const IndicatorForm_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IndicatorForm_Create' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorForm_CreateMutation, IndicatorForm_CreateMutationVariables>;
export const IndicatorForm_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IndicatorForm_Update' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorDialog_indicator' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorForm_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
          { kind: 'Field', name: { kind: 'Name', value: 'unitRollup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorDialog_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'IndicatorForm_definition' },
            directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasValues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorForm_UpdateMutation, IndicatorForm_UpdateMutationVariables>;
export const IndicatorLibrary_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorLibrary_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorLibraryFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
            name: { kind: 'Name', value: 'orgUnits' },
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
            name: { kind: 'Name', value: 'perspectives' },
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
            name: { kind: 'Name', value: 'indicatorOwnerOptions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorLibraryTable_indicator' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorDialog_indicator' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorForm_definition' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
          { kind: 'Field', name: { kind: 'Name', value: 'unitRollup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorLibraryTable_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorDialog_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'IndicatorForm_definition' },
            directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'hasValues' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorLibrary_QueryQuery, IndicatorLibrary_QueryQueryVariables>;
export const RetireIndicatorButton_SetRetiredDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireIndicatorButton_SetRetired' },
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
  RetireIndicatorButton_SetRetiredMutation,
  RetireIndicatorButton_SetRetiredMutationVariables
>;
export const ValueStatusDialog_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueStatusDialog_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'value' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'period' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ruleStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusOverrideReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
} as unknown as DocumentNode<ValueStatusDialog_QueryQuery, ValueStatusDialog_QueryQueryVariables>;
export const ValueStatusDialog_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueStatusDialog_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetIndicatorValueStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setIndicatorValueStatus' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'ruleStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverrideReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueStatusDialog_SaveMutation, ValueStatusDialog_SaveMutationVariables>;
export const CloseOrgUnitDialog_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseOrgUnitDialog_Close' },
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
} as unknown as DocumentNode<CloseOrgUnitDialog_CloseMutation, CloseOrgUnitDialog_CloseMutationVariables>;
export const CreateOrgUnitDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrgUnitDialog_Create' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrgUnitDialog_CreateMutation, CreateOrgUnitDialog_CreateMutationVariables>;
export const MoveOrgUnitDialog_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveOrgUnitDialog_Move' },
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
} as unknown as DocumentNode<MoveOrgUnitDialog_MoveMutation, MoveOrgUnitDialog_MoveMutationVariables>;
export const RenameOrgUnitDialog_RenameDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenameOrgUnitDialog_Rename' },
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
} as unknown as DocumentNode<RenameOrgUnitDialog_RenameMutation, RenameOrgUnitDialog_RenameMutationVariables>;
export const PerspectiveDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePerspectiveInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPerspective' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveDialog_CreateMutation, PerspectiveDialog_CreateMutationVariables>;
export const PerspectiveDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePerspectiveInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePerspective' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveDialog_UpdateMutation, PerspectiveDialog_UpdateMutationVariables>;
export const PerspectiveList_ReorderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveList_Reorder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderPerspectivesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderPerspectives' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveList_ReorderMutation, PerspectiveList_ReorderMutationVariables>;
export const PerspectivesAdmin_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PerspectivesAdmin_Query' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'perspectives' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PerspectiveList_perspective' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PerspectiveList_perspective' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Perspective' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesAdmin_QueryQuery, PerspectivesAdmin_QueryQueryVariables>;
export const PerspectivesAdmin_CopyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectivesAdmin_Copy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CopyPerspectivesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'copyPerspectivesFromPreviousYear' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesAdmin_CopyMutation, PerspectivesAdmin_CopyMutationVariables>;
export const RemovePerspectiveDialog_RemoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemovePerspectiveDialog_Remove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemovePerspectiveInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePerspective' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemovePerspectiveDialog_RemoveMutation, RemovePerspectiveDialog_RemoveMutationVariables>;
export const AdoptPlanDialog_AdoptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdoptPlanDialog_Adopt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdoptPlanInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adoptPlan' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanHistory_plan' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanStatusCard_plan' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanChangeList_Change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'object' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetField' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterValue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanHistory_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'PlanChangeList_Change' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'adoptedBy' },
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
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PlanChangeList_Change' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanStatusCard_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledOverFromYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdoptPlanDialog_AdoptMutation, AdoptPlanDialog_AdoptMutationVariables>;
export const OpenRevisionDialog_OpenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenRevisionDialog_Open' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenPlanRevisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openPlanRevision' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanHistory_plan' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanStatusCard_plan' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanChangeList_Change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'object' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetField' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterValue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanHistory_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'PlanChangeList_Change' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'adoptedBy' },
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
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PlanChangeList_Change' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanStatusCard_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledOverFromYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenRevisionDialog_OpenMutation, OpenRevisionDialog_OpenMutationVariables>;
export const RollOverDialog_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RollOverDialog_Preview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromYear' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollOverPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toYear' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'alreadyCarried' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'perspective' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'goalLinks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'fromTitle' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toGoalId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'toTitle' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'matchedBy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatorLinks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'goalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'alreadyCarried' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'activityId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'alreadyCarried' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'assignmentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periods' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'alreadyCarried' } },
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
} as unknown as DocumentNode<RollOverDialog_PreviewQuery, RollOverDialog_PreviewQueryVariables>;
export const RollOverDialog_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollOverDialog_Commit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CommitRollOverInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commitRollOver' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollOverDialog_CommitMutation, RollOverDialog_CommitMutationVariables>;
export const MergeProjectsDialog_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MergeProjectsDialog_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editablePortfolios' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<MergeProjectsDialog_QueryQuery, MergeProjectsDialog_QueryQueryVariables>;
export const MergeProjectsDialog_MergeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeProjectsDialog_Merge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MergeProjectsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeProjects' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeProjectsDialog_MergeMutation, MergeProjectsDialog_MergeMutationVariables>;
export const MoveProjectDialog_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveProjectDialog_Move' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMoveInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveProject' },
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
                  name: { kind: 'Name', value: 'portfolio' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<MoveProjectDialog_MoveMutation, MoveProjectDialog_MoveMutationVariables>;
export const PersonField_OptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonField_Options' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolioPersonOptions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitId' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonField_OptionsQuery, PersonField_OptionsQueryVariables>;
export const PortfolioFormDialog_UnitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioFormDialog_Units' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolioOwningUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioFormDialog_UnitsQuery, PortfolioFormDialog_UnitsQueryVariables>;
export const PortfolioFormDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioFormDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePortfolioInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPortfolio' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioFormDialog_CreateMutation, PortfolioFormDialog_CreateMutationVariables>;
export const PortfolioFormDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioFormDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePortfolioInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePortfolio' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusUpdateIntervalWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioFormDialog_UpdateMutation, PortfolioFormDialog_UpdateMutationVariables>;
export const PortfolioPeriodStatusDialog_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioPeriodStatusDialog_Save' },
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
  PortfolioPeriodStatusDialog_SaveMutation,
  PortfolioPeriodStatusDialog_SaveMutationVariables
>;
export const ProjectBoardColumns_ChangePhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectBoardColumns_ChangePhase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectPhaseChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeProjectPhase' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectBoardColumns_ChangePhaseMutation, ProjectBoardColumns_ChangePhaseMutationVariables>;
export const ProjectCreateDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectCreateDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProjectInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProject' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectCreateDialog_CreateMutation, ProjectCreateDialog_CreateMutationVariables>;
export const ProjectDetailsDialog_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectDetailsDialog_Save' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectDetailsDialog_SaveMutation, ProjectDetailsDialog_SaveMutationVariables>;
export const ProjectStatusUpdateDialog_AddDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectStatusUpdateDialog_Add' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectStatusUpdateDialog_AddMutation, ProjectStatusUpdateDialog_AddMutationVariables>;
export const SplitProjectDialog_SplitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SplitProjectDialog_Split' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SplitProjectInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'splitProject' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SplitProjectDialog_SplitMutation, SplitProjectDialog_SplitMutationVariables>;
export const StateChangeDialog_ChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StateChangeDialog_Change' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StateChangeDialog_ChangeMutation, StateChangeDialog_ChangeMutationVariables>;
export const ReminderSettingsForm_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReminderSettingsForm_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myReminderSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReminderSettingsForm_QueryQuery, ReminderSettingsForm_QueryQueryVariables>;
export const ReminderSettingsForm_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReminderSettingsForm_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetReminderFrequencyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setReminderFrequency' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReminderSettingsForm_SaveMutation, ReminderSettingsForm_SaveMutationVariables>;
export const SendLog_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SendLog_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReminderMailStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reminderMails' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendLog_QueryQuery, SendLog_QueryQueryVariables>;
export const SendLog_RetryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendLog_Retry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RetryReminderMailInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryReminderMail' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendLog_RetryMutation, SendLog_RetryMutationVariables>;
export const PeriodDeadlineDialog_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodDeadlineDialog_Move' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetReportingPeriodDeadlineInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setReportingPeriodDeadline' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadlineMoved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodDeadlineDialog_MoveMutation, PeriodDeadlineDialog_MoveMutationVariables>;
export const PeriodDeadlineDialog_SetLevelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodDeadlineDialog_SetLevel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetReportingLevelDeadlineInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setReportingLevelDeadline' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'levelDeadlines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                    ],
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
} as unknown as DocumentNode<PeriodDeadlineDialog_SetLevelMutation, PeriodDeadlineDialog_SetLevelMutationVariables>;
export const PeriodStatusDialog_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodStatusDialog_Close' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseReportingPeriodInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeReportingPeriod' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodStatusDialog_CloseMutation, PeriodStatusDialog_CloseMutationVariables>;
export const PeriodStatusDialog_ReopenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodStatusDialog_Reopen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReopenReportingPeriodInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenReportingPeriod' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodStatusDialog_ReopenMutation, PeriodStatusDialog_ReopenMutationVariables>;
export const ReportingCalendarAdmin_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingCalendarAdmin_Query' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'orgUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingCalendar' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orgUnitId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDaysAfterPeriodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportingPeriodsTable_period' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportingPeriodsTable_period' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineMoved' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'levelDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingCalendarAdmin_QueryQuery, ReportingCalendarAdmin_QueryQueryVariables>;
export const ReportingCalendarAdmin_GenerateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingCalendarAdmin_Generate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GenerateReportingCalendarInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'generateReportingCalendar' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'workingDaysAfterPeriodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingCalendarAdmin_GenerateMutation, ReportingCalendarAdmin_GenerateMutationVariables>;
export const CreateReportDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReportDialog_Create' },
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
} as unknown as DocumentNode<CreateReportDialog_CreateMutation, CreateReportDialog_CreateMutationVariables>;
export const ReportWorkflow_SubmitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportWorkflow_Submit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportWorkflow_SubmitMutation, ReportWorkflow_SubmitMutationVariables>;
export const ReportWorkflow_SendBackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportWorkflow_SendBack' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportWorkflow_SendBackMutation, ReportWorkflow_SendBackMutationVariables>;
export const ReportWorkflow_ApproveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportWorkflow_Approve' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportWorkflow_ApproveMutation, ReportWorkflow_ApproveMutationVariables>;
export const SectionAnalysis_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SectionAnalysis_Save' },
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
} as unknown as DocumentNode<SectionAnalysis_SaveMutation, SectionAnalysis_SaveMutationVariables>;
export const ControlDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ControlDialog_Create' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ControlDialog_CreateMutation, ControlDialog_CreateMutationVariables>;
export const ControlDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ControlDialog_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'performedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ControlDialog_UpdateMutation, ControlDialog_UpdateMutationVariables>;
export const ControlFollowUp_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ControlFollowUp_Query' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'canEdit' },
                  name: { kind: 'Name', value: 'holds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'role' },
                      value: { kind: 'EnumValue', value: 'ANALYST' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orgUnitCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
                    },
                  ],
                },
              ],
            },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'performedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'risk' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<ControlFollowUp_QueryQuery, ControlFollowUp_QueryQueryVariables>;
export const ControlResultDialog_RecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ControlResultDialog_Record' },
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
} as unknown as DocumentNode<ControlResultDialog_RecordMutation, ControlResultDialog_RecordMutationVariables>;
export const MitigationDialog_AddDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MitigationDialog_Add' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MitigationDialog_AddMutation, MitigationDialog_AddMutationVariables>;
export const MitigationDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MitigationDialog_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsible' } },
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
} as unknown as DocumentNode<MitigationDialog_UpdateMutation, MitigationDialog_UpdateMutationVariables>;
export const RemoveRiskCategoryDialog_RemoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveRiskCategoryDialog_Remove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveRiskCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeRiskCategory' },
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
} as unknown as DocumentNode<RemoveRiskCategoryDialog_RemoveMutation, RemoveRiskCategoryDialog_RemoveMutationVariables>;
export const RiskCategoryDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskCategoryDialog_Create' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRiskCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRiskCategory' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'riskCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryDialog_CreateMutation, RiskCategoryDialog_CreateMutationVariables>;
export const RiskCategoryDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskCategoryDialog_Update' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRiskCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRiskCategory' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryDialog_UpdateMutation, RiskCategoryDialog_UpdateMutationVariables>;
export const RiskCategoryList_ReorderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskCategoryList_Reorder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReorderRiskCategoriesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderRiskCategories' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryList_ReorderMutation, RiskCategoryList_ReorderMutationVariables>;
export const RiskDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskDialog_Create' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskDialog_CreateMutation, RiskDialog_CreateMutationVariables>;
export const RiskDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskDialog_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
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
} as unknown as DocumentNode<RiskDialog_UpdateMutation, RiskDialog_UpdateMutationVariables>;
export const RiskRegister_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskRegister_Query' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'canEdit' },
                  name: { kind: 'Name', value: 'holds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'role' },
                      value: { kind: 'EnumValue', value: 'ANALYST' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orgUnitCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
                    },
                  ],
                },
              ],
            },
          },
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
            name: { kind: 'Name', value: 'riskCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
              ],
            },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RiskExport_risk' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskTable_risk' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskDetailsDialog_risk' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskExport_risk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
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
            name: { kind: 'Name', value: 'hasOverdueMitigations' },
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
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskTable_risk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetailsDialog_risk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'valuations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsible' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskRegister_QueryQuery, RiskRegister_QueryQueryVariables>;
export const RiskScaleForm_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskScaleForm_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetRiskScaleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRiskScale' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                { kind: 'Field', name: { kind: 'Name', value: 'largestValued' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskScaleForm_SaveMutation, RiskScaleForm_SaveMutationVariables>;
export const RiskSettingsAdmin_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskSettingsAdmin_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskScale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                { kind: 'Field', name: { kind: 'Name', value: 'largestValued' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskCategoryList_category' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskCategoryList_category' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskSettingsAdmin_QueryQuery, RiskSettingsAdmin_QueryQueryVariables>;
export const ValuationDialog_AddDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValuationDialog_Add' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValuationDialog_AddMutation, ValuationDialog_AddMutationVariables>;
export const TargetsEditor_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TargetsEditor_Save' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveTargets' },
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
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTargets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isProposal' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
} as unknown as DocumentNode<TargetsEditor_SaveMutation, TargetsEditor_SaveMutationVariables>;
export const TargetsEditor_ConfirmProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TargetsEditor_ConfirmProposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmTargetProposalsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTargetProposals' },
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
                  name: { kind: 'Name', value: 'indicator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'isProposal' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
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
} as unknown as DocumentNode<TargetsEditor_ConfirmProposalsMutation, TargetsEditor_ConfirmProposalsMutationVariables>;
export const ToDoList_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ToDoList_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myToDo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ToDoItemLink_item' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ToDoItemLink_item' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ToDoItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'orgUnitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ToDoList_QueryQuery, ToDoList_QueryQueryVariables>;
export const UseToDoCount_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UseToDoCount_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myToDo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UseToDoCount_QueryQuery, UseToDoCount_QueryQueryVariables>;
export const UserDialog_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UserDialog_Create' },
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
} as unknown as DocumentNode<UserDialog_CreateMutation, UserDialog_CreateMutationVariables>;
export const UserDialog_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UserDialog_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserDialog_UpdateMutation, UserDialog_UpdateMutationVariables>;
export const ImportPreview_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImportPreview_Query' },
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
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
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
} as unknown as DocumentNode<ImportPreview_QueryQuery, ImportPreview_QueryQueryVariables>;
export const ValueImportDialog_CountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueImportDialog_Counts' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportDialog_CountsQuery, ValueImportDialog_CountsQueryVariables>;
export const ValueImportDialog_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportDialog_Commit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'correctionReason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'correctionReason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'correctionReason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportDialog_CommitMutation, ValueImportDialog_CommitMutationVariables>;
export const ValueImportDialog_CancelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportDialog_Cancel' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueImportDialog_CancelMutation, ValueImportDialog_CancelMutationVariables>;
export const AssignmentsPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentsPage_Query' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'canPlan' },
                  name: { kind: 'Name', value: 'holds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'role' },
                      value: { kind: 'EnumValue', value: 'PLANNER' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orgUnitCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
                    },
                  ],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AssignmentsExport_assignment' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentTable_assignment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditReports' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditReportList_report' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentsExport_assignment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentTable_assignment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionCaseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditReportList_report' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'auditor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownerUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
      },
    },
  ],
} as unknown as DocumentNode<AssignmentsPage_QueryQuery, AssignmentsPage_QueryQueryVariables>;
export const AuditLogPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLogPage_Query' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nextCursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'oldValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'newValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'referencedType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'oldName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'newName' } },
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
} as unknown as DocumentNode<AuditLogPage_QueryQuery, AuditLogPage_QueryQueryVariables>;
export const DataEntryPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DataEntryPage_Query' },
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
            name: { kind: 'Name', value: 'reportingCalendar' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forecastRounds' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicatorRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'IndicatorValuesSection_Row' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ValueImportButton_Row' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AssessmentsSection_Goal' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AssessmentsSection_Activity' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorValuesSection_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryIndicatorRow' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ValueImportButton_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryIndicatorRow' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'value' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentsSection_Goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryGoalRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentsSection_Activity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DataEntryActivityRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activity' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'update' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<DataEntryPage_QueryQuery, DataEntryPage_QueryQueryVariables>;
export const EconomyPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EconomyPage_Query' },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'FinancialTable_line' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
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
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BusinessAreaResultTable_row' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FinancialTable_line' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FinancialLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deviationToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullYearBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousYearToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BusinessAreaResultTable_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessAreaResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EconomyPage_QueryQuery, EconomyPage_QueryQueryVariables>;
export const FirstRunPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FirstRunPage_Query' },
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
} as unknown as DocumentNode<FirstRunPage_QueryQuery, FirstRunPage_QueryQueryVariables>;
export const ForecastAccuracyPage_YearsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForecastAccuracyPage_Years' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'forecastRoundYears' } }],
      },
    },
  ],
} as unknown as DocumentNode<ForecastAccuracyPage_YearsQuery, ForecastAccuracyPage_YearsQueryVariables>;
export const ForecastAccuracyPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForecastAccuracyPage_Query' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'rounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanAbsolutePercentageError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comparedForecasts' } },
                    ],
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'orgUnit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcomeIsSynthetic' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanAbsoluteError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meanAbsolutePercentageError' } },
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
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
} as unknown as DocumentNode<ForecastAccuracyPage_QueryQuery, ForecastAccuracyPage_QueryQueryVariables>;
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
                { kind: 'Field', alias: { kind: 'Name', value: 'planner' }, name: { kind: 'Name', value: 'canPlan' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canPlan' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'planLock' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'canAssess' },
                  name: { kind: 'Name', value: 'holds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'role' },
                      value: { kind: 'EnumValue', value: 'ANALYST' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orgUnitCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
                    },
                  ],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspectives' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
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
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'GoalFilter_goal' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'GoalsExport_goal' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalsByPerspective_goal' } },
              ],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AssignmentsExport_assignment' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssignmentTable_assignment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActivityTable_activity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Activity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActivityTable_activity' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'IndicatorTable_indicator' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalFilter_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'perspective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GoalsExport_goal' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Goal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
            name: { kind: 'Name', value: 'orgUnit' },
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
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
            name: { kind: 'Name', value: 'parents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GoalCard_goal' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentsExport_assignment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssignmentTable_assignment' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assignment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayReport' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionCaseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalsPage_QueryQuery, GoalsPage_QueryQueryVariables>;
export const IndicatorPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorPage_Query' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'compareWith' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSetStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelAggregation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ThresholdHistorySection_indicator' } },
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
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'IndicatorSeries_point' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'comparable' },
                  name: { kind: 'Name', value: 'sameInOtherUnits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
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
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'compareWith' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ThresholdHistorySection_indicator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Indicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'thresholdHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'IndicatorSeries_point' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SeriesPoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousYearOutcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSynthetic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusOverrideReason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorPage_QueryQuery, IndicatorPage_QueryQueryVariables>;
export const OrganisationPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationPage_Query' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrgUnitTree_orgUnit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrgUnitImportButton_orgUnit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgUnitTree_orgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrgUnit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayAdminister' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrgUnitImportButton_orgUnit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OrgUnit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationPage_QueryQuery, OrganisationPage_QueryQueryVariables>;
export const OverviewPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewPage_Query' },
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
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'EconomyGlance_economy' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
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
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'attention' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AttentionSection_attention' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PerspectiveCard_summary' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'KeyIndicatorTile_tile' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'redProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'portfolioName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
                      value: { kind: 'IntValue', value: '20' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previous' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previousSetByHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentSetByHand' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'orgUnit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'categoryName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BusinessAreaResultTable_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessAreaResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'operationsBudget' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudgetToDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentForecast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'developmentBudget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitFigureList_tile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyIndicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitFigures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EconomyGlance_economy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Economy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearBudget' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rolledUpFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
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
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BusinessAreaResultTable_row' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttentionSection_attention' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attention' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redIndicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newlyRed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notReportedIndicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueAssignments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueAuditActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'auditReportTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redProjects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'portfolioName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risksAboveTolerance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'probability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PerspectiveCard_summary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PerspectiveSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
          { kind: 'Field', name: { kind: 'Name', value: 'goalsFulfilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalsPartlyFulfilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalsNotFulfilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goalsNotAssessed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsGreen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsYellow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsRed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorsNotReported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'councilGoals' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KeyIndicatorTile_tile' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KeyIndicator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'rollup' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rolledUpFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'UnitFigureList_tile' },
            directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isReported' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changeFromPreviousYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewPage_QueryQuery, OverviewPage_QueryQueryVariables>;
export const PlanPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanPage_Query' },
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
            name: { kind: 'Name', value: 'planOfYear' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lock' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mayAdopt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mayPlan' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanStatusCard_plan' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanHistory_plan' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanChangeList_Change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'object' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetField' } },
          { kind: 'Field', name: { kind: 'Name', value: 'beforeValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'afterValue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanStatusCard_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rolledOverFromYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanHistory_plan' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'PlanChangeList_Change' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'adoptedBy' },
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
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PlanChangeList_Change' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
} as unknown as DocumentNode<PlanPage_QueryQuery, PlanPage_QueryQueryVariables>;
export const PortfolioPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioPage_Query' },
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
            name: { kind: 'Name', value: 'portfolioOwningUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortfolioSection_portfolio' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'projects' },
                  name: { kind: 'Name', value: 'projectsAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'month' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BoardFilter_project' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TimelineSection_project' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortfolioSummary_portfolio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portfolio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutBudget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutForecast' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueActions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionDueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BoardFilter_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardExport_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardTable_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectBoardColumns_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PortfolioSection_portfolio' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Portfolio' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusUpdateIntervalWeeks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overdueActions' },
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
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PortfolioSummary_portfolio' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'projects' },
            name: { kind: 'Name', value: 'projectsAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BoardFilter_project' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProjectBoardExport_project' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectBoardTable_project' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectBoardColumns_project' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TimelineSection_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'state' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusUpdates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'time' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cost' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'result' } },
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
} as unknown as DocumentNode<PortfolioPage_QueryQuery, PortfolioPage_QueryQueryVariables>;
export const ProjectPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectPage_Query' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ProjectDetailsDialog_project' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectFacts_project' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusUpdates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatusUpdateHistory_statusUpdate' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ProjectStatusUpdateDialog_startFrom' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stateChanges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StateChangeList_change' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'moves' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectMoveList_move' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProjectLineage_project' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editablePortfolios' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectDetailsDialog_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
          { kind: 'Field', name: { kind: 'Name', value: 'managerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolio' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectFacts_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'stateThen' },
            name: { kind: 'Name', value: 'stateAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
          },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'portfolioThen' },
            name: { kind: 'Name', value: 'portfolioAsOf' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
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
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatusUpdateHistory_statusUpdate' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStatusUpdate' } },
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
            name: { kind: 'Name', value: 'author' },
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
            name: { kind: 'Name', value: 'deviations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionDueDate' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectStatusUpdateDialog_startFrom' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStatusUpdate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionOwnerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionDueDate' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StateChangeList_change' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectStateChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectMoveList_move' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProjectMove' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'movedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fromPortfolio' },
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
            name: { kind: 'Name', value: 'toPortfolio' },
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
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProjectLineage_project' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Project' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origins' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'successors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<ProjectPage_QueryQuery, ProjectPage_QueryQueryVariables>;
export const ReportPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportPage_Query' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanApprove' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
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
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
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
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'perspectiveName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'councilGoalTitle' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } },
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
                                        { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'isGenerated' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'previousYearIsGenerated' } },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'rolledUpFrom' } },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'rolledUpFrom' } },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'isDemoValue' } },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'generatedCategories' } },
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
} as unknown as DocumentNode<ReportPage_QueryQuery, ReportPage_QueryQueryVariables>;
export const ReportingDisciplinePage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingDisciplinePage_Query' },
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
            name: { kind: 'Name', value: 'reportingDiscipline' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'DisciplineMatrix_discipline' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BehindTables_discipline' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MissingItemsTable_discipline' },
                  directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DisciplineMatrix_discipline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingDiscipline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'periodKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BehindTables_discipline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingDiscipline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitsBehind' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownersBehind' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MissingItemsTable_discipline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingDiscipline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingDisciplinePage_QueryQuery, ReportingDisciplinePage_QueryQueryVariables>;
export const ReportsPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportsPage_Query' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'canCreate' },
                  name: { kind: 'Name', value: 'holds' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'role' },
                      value: { kind: 'EnumValue', value: 'ANALYST' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orgUnitCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
                    },
                  ],
                },
              ],
            },
          },
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
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frozenAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsPage_QueryQuery, ReportsPage_QueryQueryVariables>;
export const SignInPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SignInPage_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signInOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstRun' } },
                { kind: 'Field', name: { kind: 'Name', value: 'singleSignOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'demoAccounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'password' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'roles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'orgUnitName' } },
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
} as unknown as DocumentNode<SignInPage_QueryQuery, SignInPage_QueryQueryVariables>;
export const TargetsPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetsPage_Query' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubunits' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetSheet' },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeSubunits' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubunits' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'TargetsEditor_Row' },
                        directives: [{ kind: 'Directive', name: { kind: 'Name', value: 'unmask' } }],
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TargetsEditor_Row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicator' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodicity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cumulative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProposal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periods' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodTargets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previousOutcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previousYearForecast' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetsPage_QueryQuery, TargetsPage_QueryQueryVariables>;
export const UsersPage_QueryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UsersPage_Query' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'singleSignOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersPage_QueryQuery, UsersPage_QueryQueryVariables>;
