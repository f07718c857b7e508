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

export type AnswerCacheMayValueQueryVariables = Exact<{
  id: string;
}>;

export type AnswerCacheMayValueQuery = {
  indicator: { name: string; value: { outcome: number | null; version: number } | null } | null;
};

export type AnswerCacheSaveValueMutationVariables = Exact<{
  input: IndicatorValueInput;
}>;

export type AnswerCacheSaveValueMutation = { saveIndicatorValue: { outcome: number | null } };

export type AnswerCacheOverviewOfQueryVariables = Exact<{
  code: string;
}>;

export type AnswerCacheOverviewOfQuery = { overview: { orgUnit: { code: string } } | null };

export type AnswerCacheUnitsQueryVariables = Exact<{ [key: string]: never }>;

export type AnswerCacheUnitsQuery = { orgUnits: Array<{ code: string }> };

export type AnswerCacheViewerAndOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type AnswerCacheViewerAndOverviewQuery = {
  viewer: { name: string } | null;
  overview: { orgUnit: { code: string } } | null;
};

export type CancellationGoalsQueryVariables = Exact<{
  year: number;
}>;

export type CancellationGoalsQuery = {
  goals: Array<{
    title: string;
    parents: Array<{ title: string }>;
    assessment: { fulfilment: GoalFulfilment } | null;
    indicators: Array<{ name: string; latestValue: { outcome: number | null; status: ValueStatus } | null }>;
  }>;
};

export type FirstRunTest_DueQueryVariables = Exact<{ [key: string]: never }>;

export type FirstRunTest_DueQuery = { signInOptions: { firstRun: boolean } };

export type FirstRunTest_ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type FirstRunTest_ViewerQuery = {
  viewer: { name: string; isAdministrator: boolean; roles: Array<{ role: Role; orgUnit: { name: string } }> } | null;
};

export type FirstRunTest_RiskCategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type FirstRunTest_RiskCategoriesQuery = {
  riskCategories: Array<{ id: string; name: string }>;
  viewer: { roles: Array<{ orgUnit: { id: string } }> } | null;
};

export type FirstRunTest_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type FirstRunTest_CreateUserMutation = { createUser: { email: string } };

export type FirstRunTest_CreateRiskMutationVariables = Exact<{
  input: CreateRiskInput;
}>;

export type FirstRunTest_CreateRiskMutation = { createRisk: { title: string; category: { name: string } } };

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

export type AssignmentWritesTest_CreateMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;

export type AssignmentWritesTest_CreateMutation = {
  createAssignment: {
    id: string;
    title: string;
    source: AssignmentSource;
    caseNumber: string | null;
    deadline: string | null;
    year: number;
    version: number;
    orgUnit: { code: string };
  };
};

export type AssignmentWritesTest_UpdateMutationVariables = Exact<{
  input: UpdateAssignmentInput;
}>;

export type AssignmentWritesTest_UpdateMutation = {
  updateAssignment: {
    id: string;
    title: string;
    caseNumber: string | null;
    deadline: string | null;
    version: number;
    orgUnit: { code: string };
  };
};

export type AssignmentWritesTest_SaveUpdateMutationVariables = Exact<{
  input: AssignmentUpdateInput;
}>;

export type AssignmentWritesTest_SaveUpdateMutation = {
  saveAssignmentUpdate: {
    year: number;
    month: number;
    status: AssignmentStatus;
    comment: string | null;
    decisionDate: string | null;
    decisionCaseNumber: string | null;
    version: number;
  };
};

export type AssignmentWritesTest_OverdueQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type AssignmentWritesTest_OverdueQuery = {
  assignments: Array<{ id: string; isOverdue: boolean; update: { status: AssignmentStatus } | null }>;
};

export type AssignmentsTest_AssignmentsQueryVariables = Exact<{
  orgUnitCode: string;
  year?: number | null | undefined;
  upTo: MonthInput;
}>;

export type AssignmentsTest_AssignmentsQuery = {
  assignments: Array<{
    title: string;
    source: AssignmentSource;
    caseNumber: string | null;
    deadline: string | null;
    year: number;
    isOverdue: boolean;
    orgUnit: { code: string };
    update: { status: AssignmentStatus; comment: string | null } | null;
  }>;
};

export type AssignmentsTest_AuditReportsQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type AssignmentsTest_AuditReportsQuery = {
  auditReports: Array<{
    title: string;
    auditor: string;
    reportDate: string;
    recommendations: Array<{
      recommendation: string;
      action: string | null;
      ownerName: string | null;
      dueDate: string | null;
      isOverdue: boolean;
      ownerUser: { name: string } | null;
      update: { status: AuditActionStatus; comment: string | null } | null;
    }>;
  }>;
};

export type AuditReportWritesTest_CreateReportMutationVariables = Exact<{
  input: CreateAuditReportInput;
}>;

export type AuditReportWritesTest_CreateReportMutation = {
  createAuditReport: {
    id: string;
    title: string;
    auditor: string;
    reportDate: string;
    caseNumber: string | null;
    year: number;
    version: number;
  };
};

export type AuditReportWritesTest_UpdateReportMutationVariables = Exact<{
  input: UpdateAuditReportInput;
}>;

export type AuditReportWritesTest_UpdateReportMutation = { updateAuditReport: { title: string; version: number } };

export type AuditReportWritesTest_CreateRecommendationMutationVariables = Exact<{
  input: CreateAuditRecommendationInput;
}>;

export type AuditReportWritesTest_CreateRecommendationMutation = {
  createAuditRecommendation: {
    id: string;
    recommendation: string;
    action: string | null;
    ownerName: string | null;
    dueDate: string | null;
    version: number;
    ownerUser: { name: string } | null;
  };
};

export type AuditReportWritesTest_UpdateRecommendationMutationVariables = Exact<{
  input: UpdateAuditRecommendationInput;
}>;

export type AuditReportWritesTest_UpdateRecommendationMutation = {
  updateAuditRecommendation: {
    action: string | null;
    ownerName: string | null;
    version: number;
    ownerUser: { name: string } | null;
  };
};

export type AuditReportWritesTest_SaveActionUpdateMutationVariables = Exact<{
  input: AuditActionUpdateInput;
}>;

export type AuditReportWritesTest_SaveActionUpdateMutation = {
  saveAuditActionUpdate: {
    year: number;
    month: number;
    status: AuditActionStatus;
    comment: string | null;
    version: number;
  };
};

export type AuditReportWritesTest_OwnerCandidatesQueryVariables = Exact<{
  orgUnitCode: string;
}>;

export type AuditReportWritesTest_OwnerCandidatesQuery = { auditActionOwnerCandidates: Array<{ name: string }> };

export type AuditLogNamesTest_LogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
}>;

export type AuditLogNamesTest_LogQuery = {
  auditLog: {
    events: Array<{
      action: AuditAction;
      entityType: string;
      entityName: string | null;
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

export type BadInputTest_SetReminderFrequencyMutationVariables = Exact<{
  input: SetReminderFrequencyInput;
}>;

export type BadInputTest_SetReminderFrequencyMutation = {
  setReminderFrequency: { frequency: ReminderFrequency; version: number | null };
};

export type BadInputTest_RetryReminderMailMutationVariables = Exact<{
  input: RetryReminderMailInput;
}>;

export type BadInputTest_RetryReminderMailMutation = { retryReminderMail: { id: string; status: ReminderMailStatus } };

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

export type BadInputTest_GenerateCalendarMutationVariables = Exact<{
  input: GenerateReportingCalendarInput;
}>;

export type BadInputTest_GenerateCalendarMutation = { generateReportingCalendar: { id: string } };

export type BadInputTest_MoveDeadlineMutationVariables = Exact<{
  input: SetReportingPeriodDeadlineInput;
}>;

export type BadInputTest_MoveDeadlineMutation = { setReportingPeriodDeadline: { id: string; deadline: string } };

export type BadInputTest_SetLevelDeadlineMutationVariables = Exact<{
  input: SetReportingLevelDeadlineInput;
}>;

export type BadInputTest_SetLevelDeadlineMutation = { setReportingLevelDeadline: { id: string } };

export type BadInputTest_ClosePeriodMutationVariables = Exact<{
  input: CloseReportingPeriodInput;
}>;

export type BadInputTest_ClosePeriodMutation = { closeReportingPeriod: { id: string; status: ReportingPeriodStatus } };

export type BadInputTest_ReopenPeriodMutationVariables = Exact<{
  input: ReopenReportingPeriodInput;
}>;

export type BadInputTest_ReopenPeriodMutation = {
  reopenReportingPeriod: { id: string; status: ReportingPeriodStatus };
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

export type BadInputTest_MoveProjectMutationVariables = Exact<{
  input: ProjectMoveInput;
}>;

export type BadInputTest_MoveProjectMutation = { moveProject: { id: string; version: number } };

export type BadInputTest_UpdateProjectMutationVariables = Exact<{
  input: ProjectDetailsInput;
}>;

export type BadInputTest_UpdateProjectMutation = {
  updateProjectDetails: { id: string; name: string; version: number };
};

export type BadInputTest_CreatePortfolioMutationVariables = Exact<{
  input: CreatePortfolioInput;
}>;

export type BadInputTest_CreatePortfolioMutation = { createPortfolio: { id: string } };

export type BadInputTest_UpdatePortfolioMutationVariables = Exact<{
  input: UpdatePortfolioInput;
}>;

export type BadInputTest_UpdatePortfolioMutation = { updatePortfolio: { id: string; version: number } };

export type BadInputTest_CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;

export type BadInputTest_CreateProjectMutation = { createProject: { id: string } };

export type BadInputTest_ChangePhaseMutationVariables = Exact<{
  input: ProjectPhaseChangeInput;
}>;

export type BadInputTest_ChangePhaseMutation = { changeProjectPhase: { id: string; version: number } };

export type BadInputTest_SplitProjectMutationVariables = Exact<{
  input: SplitProjectInput;
}>;

export type BadInputTest_SplitProjectMutation = { splitProject: { id: string; version: number } };

export type BadInputTest_MergeProjectsMutationVariables = Exact<{
  input: MergeProjectsInput;
}>;

export type BadInputTest_MergeProjectsMutation = { mergeProjects: { id: string } };

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

export type DataEntryTest_SaveRolling12MutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type DataEntryTest_SaveRolling12Mutation = {
  saveIndicatorValues: Array<{
    id: string;
    period: string;
    outcome: number | null;
    rolling12: number | null;
    version: number;
  }>;
};

export type DataEntryTest_SaveOneRolling12MutationVariables = Exact<{
  input: IndicatorValueInput;
}>;

export type DataEntryTest_SaveOneRolling12Mutation = { saveIndicatorValue: { rolling12: number | null } };

export type DataEntryTest_SaveSomeFiguresMutationVariables = Exact<{
  input: IndicatorValueInput;
}>;

export type DataEntryTest_SaveSomeFiguresMutation = {
  saveIndicatorValue: {
    outcome: number | null;
    periodTarget: number | null;
    annualTarget: number | null;
    fullYearForecast: number | null;
    rolling12: number | null;
    comment: string | null;
    version: number;
  };
};

export type DataEntryTest_SheetRolling12QueryVariables = Exact<{
  orgUnitCode: string;
  period: MonthInput;
}>;

export type DataEntryTest_SheetRolling12Query = {
  dataEntrySheet: {
    indicatorRows: Array<{ period: string; indicator: { name: string }; value: { rolling12: number | null } | null }>;
  } | null;
};

export type ValueStatusTest_SetMutationVariables = Exact<{
  input: SetIndicatorValueStatusInput;
}>;

export type ValueStatusTest_SetMutation = {
  setIndicatorValueStatus: {
    period: string;
    status: ValueStatus;
    ruleStatus: ValueStatus;
    statusOverride: ValueStatus | null;
    statusOverrideReason: string | null;
    version: number;
  };
};

export type ValueStatusTest_IndicatorQueryVariables = Exact<{
  id: string;
}>;

export type ValueStatusTest_IndicatorQuery = {
  indicator: {
    canSetStatus: boolean;
    value: {
      status: ValueStatus;
      ruleStatus: ValueStatus;
      statusOverride: ValueStatus | null;
      statusOverrideReason: string | null;
      version: number;
    } | null;
    series: Array<{ period: string; status: ValueStatus; statusOverrideReason: string | null }>;
  } | null;
};

export type ValueStatusTest_OverviewQueryVariables = Exact<{
  upTo: MonthInput;
}>;

export type ValueStatusTest_OverviewQuery = {
  overview: {
    perspectives: Array<{ indicatorsGreen: number; indicatorsYellow: number; indicatorsRed: number }>;
  } | null;
};

export type EconomyRollupTest_EconomyQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type EconomyRollupTest_EconomyQuery = {
  economy: {
    lines: Array<{
      outcomeToDate: number | null;
      budgetToDate: number | null;
      fullYearForecast: number | null;
      fullYearBudget: number | null;
      previousYearToDate: number | null;
      status: ValueStatus;
      indicator: { code: string };
      rolledUpFrom: Array<{ code: string }>;
    }>;
    businessAreaResults: Array<{
      isTotal: boolean;
      operationsToDate: number | null;
      operationsBudgetToDate: number | null;
      operationsBudget: number | null;
      developmentToDate: number | null;
      orgUnit: { code: string };
      rolledUpFrom: Array<{ code: string }>;
    }>;
  } | null;
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
      operationsBudgetToDate: number | null;
      operationsForecast: number | null;
      operationsBudget: number | null;
      developmentToDate: number | null;
      developmentBudgetToDate: number | null;
      developmentForecast: number | null;
      developmentBudget: number | null;
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

export type CouncilGoalMatrixTest_GoalsQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
}>;

export type CouncilGoalMatrixTest_GoalsQuery = {
  goals: Array<{
    title: string;
    level: GoalLevel;
    children: Array<{ title: string; orgUnit: { code: string }; assessment: { fulfilment: GoalFulfilment } | null }>;
  }>;
};

export type GoalPlanningBadInput_CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;

export type GoalPlanningBadInput_CreateGoalMutation = { createGoal: { id: string } };

export type GoalPlanningBadInput_UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;

export type GoalPlanningBadInput_UpdateGoalMutation = { updateGoal: { id: string } };

export type GoalPlanningBadInput_MoveGoalMutationVariables = Exact<{
  input: MoveGoalInput;
}>;

export type GoalPlanningBadInput_MoveGoalMutation = { moveGoal: { id: string } };

export type GoalPlanningBadInput_SetGoalRetiredMutationVariables = Exact<{
  input: SetGoalRetiredInput;
}>;

export type GoalPlanningBadInput_SetGoalRetiredMutation = { setGoalRetired: { id: string } };

export type GoalPlanningBadInput_SetGoalIndicatorsMutationVariables = Exact<{
  input: SetGoalIndicatorsInput;
}>;

export type GoalPlanningBadInput_SetGoalIndicatorsMutation = { setGoalIndicators: { id: string } };

export type GoalPlanningBadInput_CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;

export type GoalPlanningBadInput_CreateActivityMutation = { createActivity: { id: string } };

export type GoalPlanningBadInput_UpdateActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;

export type GoalPlanningBadInput_UpdateActivityMutation = { updateActivity: { id: string } };

export type GoalPlanningBadInput_SetActivityRetiredMutationVariables = Exact<{
  input: SetActivityRetiredInput;
}>;

export type GoalPlanningBadInput_SetActivityRetiredMutation = { setActivityRetired: { id: string } };

export type GoalPlanningTest_PlanQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  upTo: MonthInput;
  includeRetired?: boolean | null | undefined;
}>;

export type GoalPlanningTest_PlanQuery = {
  orgUnit: { id: string; canPlan: boolean } | null;
  goals: Array<{
    id: string;
    title: string;
    level: GoalLevel;
    retiredAt: string | null;
    canPlan: boolean;
    version: number;
    orgUnit: { code: string };
    parents: Array<{ title: string }>;
    indicators: Array<{ code: string }>;
    assessment: { fulfilment: GoalFulfilment; comment: string | null } | null;
    activities: Array<{ title: string }>;
  }>;
};

export type GoalPlanningTest_CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;

export type GoalPlanningTest_CreateGoalMutation = {
  createGoal: {
    id: string;
    title: string;
    level: GoalLevel;
    year: number;
    version: number;
    perspective: { name: string };
    orgUnit: { code: string };
    parents: Array<{ title: string }>;
  };
};

export type GoalPlanningTest_UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;

export type GoalPlanningTest_UpdateGoalMutation = {
  updateGoal: {
    id: string;
    title: string;
    description: string | null;
    version: number;
    parents: Array<{ title: string }>;
  };
};

export type GoalPlanningTest_MoveGoalMutationVariables = Exact<{
  input: MoveGoalInput;
}>;

export type GoalPlanningTest_MoveGoalMutation = { moveGoal: { id: string; version: number } };

export type GoalPlanningTest_ReportingQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type GoalPlanningTest_ReportingQuery = {
  dataEntrySheet: { goalRows: Array<{ goal: { title: string } }> } | null;
  overview: {
    perspectives: Array<{
      goalsFulfilled: number;
      goalsPartlyFulfilled: number;
      goalsNotFulfilled: number;
      goalsNotAssessed: number;
    }>;
  } | null;
};

export type GoalPlanningTest_SetGoalRetiredMutationVariables = Exact<{
  input: SetGoalRetiredInput;
}>;

export type GoalPlanningTest_SetGoalRetiredMutation = {
  setGoalRetired: { id: string; retiredAt: string | null; version: number };
};

export type GoalPlanningTest_SetGoalIndicatorsMutationVariables = Exact<{
  input: SetGoalIndicatorsInput;
}>;

export type GoalPlanningTest_SetGoalIndicatorsMutation = {
  setGoalIndicators: { id: string; version: number; indicators: Array<{ code: string }> };
};

export type GoalPlanningTest_CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;

export type GoalPlanningTest_CreateActivityMutation = {
  createActivity: {
    id: string;
    title: string;
    owner: string | null;
    ownerId: string | null;
    startDate: string | null;
    endDate: string | null;
    version: number;
    goal: { id: string } | null;
  };
};

export type GoalPlanningTest_UpdateActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;

export type GoalPlanningTest_UpdateActivityMutation = {
  updateActivity: { id: string; title: string; owner: string | null; ownerId: string | null; version: number };
};

export type GoalPlanningTest_SetActivityRetiredMutationVariables = Exact<{
  input: SetActivityRetiredInput;
}>;

export type GoalPlanningTest_SetActivityRetiredMutation = {
  setActivityRetired: { id: string; retiredAt: string | null; version: number };
};

export type GoalPlanningTest_ParentOptionsQueryVariables = Exact<{
  orgUnitId: string;
  year: number;
}>;

export type GoalPlanningTest_ParentOptionsQuery = { goalParentOptions: Array<{ title: string; level: GoalLevel }> };

export type GoalPlanningTest_OwnerOptionsQueryVariables = Exact<{
  orgUnitId: string;
}>;

export type GoalPlanningTest_OwnerOptionsQuery = { activityOwnerOptions: Array<{ name: string }> };

export type GoalPlanningTest_PlanControlsQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type GoalPlanningTest_PlanControlsQuery = {
  orgUnit: { id: string; canPlan: boolean; planLock: PlanLock | null; planner: boolean } | null;
  goals: Array<{ level: GoalLevel; canPlan: boolean }>;
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
    unitRollup: UnitRollup;
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
    unitRollup: UnitRollup;
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
  unitRollup: UnitRollup;
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
      rolling12: number | null;
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

export type ReportMonthTest_MonthsQueryVariables = Exact<{ [key: string]: never }>;

export type ReportMonthTest_MonthsQuery = {
  latestReportMonth: { year: number; month: number } | null;
  orgUnits: Array<{ code: string; latestReportMonth: { year: number; month: number } | null }>;
};

export type ThresholdHistoryTest_UpdateMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;

export type ThresholdHistoryTest_UpdateMutation = {
  updateIndicator: {
    id: string;
    thresholdKind: ThresholdKind;
    yellowThreshold: number;
    redThreshold: number;
    version: number;
  };
};

export type ThresholdHistoryTest_JudgedQueryVariables = Exact<{
  id: string;
}>;

export type ThresholdHistoryTest_JudgedQuery = {
  indicator: {
    april: { status: ValueStatus } | null;
    may: { status: ValueStatus } | null;
    series: Array<{ period: string; status: ValueStatus }>;
    thresholdHistory: Array<{
      fromMonth: string | null;
      thresholdKind: ThresholdKind;
      yellowThreshold: number;
      redThreshold: number;
      changedAt: string | null;
      changedBy: string | null;
    }>;
  } | null;
};

export type ThresholdHistoryTest_OverviewQueryVariables = Exact<{
  month: MonthInput;
}>;

export type ThresholdHistoryTest_OverviewQuery = {
  overview: {
    perspectives: Array<{ indicatorsGreen: number; indicatorsYellow: number; indicatorsRed: number }>;
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

export type UnitsFromTheTreePagesQueryVariables = Exact<{
  code: string;
}>;

export type UnitsFromTheTreePagesQuery = {
  viewer: { holds: boolean } | null;
  latestReportMonth: { year: number } | null;
  planOfYear: { lock: PlanLock | null } | null;
  orgUnit: { planLock: PlanLock | null } | null;
  portfolioOwningUnits: Array<{ code: string }>;
  dataEntrySheet: { canEdit: boolean } | null;
  goals: Array<{ id: string }>;
  indicatorLibrary: Array<{ id: string }>;
  risks: Array<{ id: string }>;
  portfolios: Array<{ id: string }>;
  assignments: Array<{ id: string }>;
  auditReports: Array<{ id: string }>;
  auditActionOwnerCandidates: Array<{ name: string }>;
  targetSheet: { rows: Array<{ indicator: { id: string } }> } | null;
  reportingDiscipline: { units: Array<{ orgUnit: { code: string } }> } | null;
  forecastAccuracy: { byUnit: Array<{ orgUnit: { code: string } }> } | null;
};

export type OverviewKeyRollupTest_KeyIndicatorsQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type OverviewKeyRollupTest_KeyIndicatorsQuery = {
  overview: {
    keyIndicators: Array<{
      rollup: UnitRollup | null;
      status: ValueStatus;
      statusSetByHand: boolean;
      isReported: boolean;
      changeFromPreviousYear: number | null;
      trend: Array<number | null>;
      indicator: { code: string };
      rolledUpFrom: Array<{ code: string }>;
      latest: { period: string } | null;
      figures: {
        period: string;
        outcome: number | null;
        periodTarget: number | null;
        annualTarget: number | null;
        fullYearForecast: number | null;
      } | null;
      unitFigures: Array<{
        period: string;
        outcome: number | null;
        status: ValueStatus;
        statusSetByHand: boolean;
        orgUnit: { code: string };
      }>;
    }>;
  } | null;
};

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
      councilGoals: number;
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
    changes: Array<{
      kind: ChangedRecord;
      name: string;
      previous: ValueStatus;
      current: ValueStatus;
      previousSetByHand: boolean;
      currentSetByHand: boolean;
    }>;
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

export type OverviewTest_UnitsQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type OverviewTest_UnitsQuery = {
  overview: {
    orgUnit: { name: string };
    changes: Array<{ orgUnit: { name: string } }>;
    redProjects: Array<{ orgUnit: { name: string } }>;
    topRisks: Array<{ orgUnit: { name: string } }>;
    keyIndicators: Array<{ rolledUpFrom: Array<{ name: string }> }>;
    attention: {
      redIndicators: Array<{ orgUnit: { name: string } }>;
      overdueAssignments: Array<{ orgUnit: { name: string } }>;
      risksAboveTolerance: Array<{ orgUnit: { name: string } }>;
    };
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

export type OverviewTest_AttentionQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type OverviewTest_AttentionQuery = {
  overview: {
    attention: {
      redIndicators: Array<{
        id: string;
        name: string;
        status: ValueStatus;
        newlyRed: boolean;
        statusSetByHand: boolean;
        since: string | null;
        orgUnit: { code: string };
      }>;
      notReportedIndicators: Array<{
        id: string;
        name: string;
        status: ValueStatus;
        statusSetByHand: boolean;
        since: string | null;
      }>;
      overdueAssignments: Array<{
        id: string;
        title: string;
        caseNumber: string | null;
        deadline: string;
        status: AssignmentStatus | null;
        orgUnit: { code: string };
      }>;
      overdueAuditActions: Array<{
        id: string;
        recommendation: string;
        dueDate: string;
        status: AuditActionStatus | null;
      }>;
      redProjects: Array<{ id: string; name: string }>;
      risksAboveTolerance: Array<{ id: string; title: string; score: number }>;
    };
  } | null;
};

export type PerspectiveBadInputTest_CreateMutationVariables = Exact<{
  input: CreatePerspectiveInput;
}>;

export type PerspectiveBadInputTest_CreateMutation = { createPerspective: { id: string } };

export type PerspectiveBadInputTest_UpdateMutationVariables = Exact<{
  input: UpdatePerspectiveInput;
}>;

export type PerspectiveBadInputTest_UpdateMutation = { updatePerspective: { id: string } };

export type PerspectiveBadInputTest_ReorderMutationVariables = Exact<{
  input: ReorderPerspectivesInput;
}>;

export type PerspectiveBadInputTest_ReorderMutation = { reorderPerspectives: Array<{ id: string }> };

export type PerspectiveBadInputTest_RemoveMutationVariables = Exact<{
  input: RemovePerspectiveInput;
}>;

export type PerspectiveBadInputTest_RemoveMutation = { removePerspective: Array<{ id: string }> };

export type PerspectiveBadInputTest_CopyMutationVariables = Exact<{
  input: CopyPerspectivesInput;
}>;

export type PerspectiveBadInputTest_CopyMutation = { copyPerspectivesFromPreviousYear: Array<{ id: string }> };

export type PerspectivesTest_ListQueryVariables = Exact<{
  year?: number | null | undefined;
}>;

export type PerspectivesTest_ListQuery = {
  perspectives: Array<{
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    description: string;
    year: number;
    version: number;
  }>;
};

export type PerspectivesTest_CreateMutationVariables = Exact<{
  input: CreatePerspectiveInput;
}>;

export type PerspectivesTest_CreateMutation = {
  createPerspective: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    description: string;
    year: number;
    version: number;
  };
};

export type PerspectivesTest_UpdateMutationVariables = Exact<{
  input: UpdatePerspectiveInput;
}>;

export type PerspectivesTest_UpdateMutation = {
  updatePerspective: { id: string; name: string; description: string; year: number; version: number };
};

export type PerspectivesTest_ReorderMutationVariables = Exact<{
  input: ReorderPerspectivesInput;
}>;

export type PerspectivesTest_ReorderMutation = {
  reorderPerspectives: Array<{ id: string; name: string; sortOrder: number }>;
};

export type PerspectivesTest_RemoveMutationVariables = Exact<{
  input: RemovePerspectiveInput;
}>;

export type PerspectivesTest_RemoveMutation = { removePerspective: Array<{ id: string; name: string }> };

export type PerspectivesTest_CopyMutationVariables = Exact<{
  input: CopyPerspectivesInput;
}>;

export type PerspectivesTest_CopyMutation = {
  copyPerspectivesFromPreviousYear: Array<{
    id: string;
    name: string;
    sortOrder: number;
    description: string;
    year: number;
  }>;
};

export type PerspectivesTest_GoalsQueryVariables = Exact<{
  year: number;
}>;

export type PerspectivesTest_GoalsQuery = {
  goals: Array<{ title: string; perspective: { id: string; name: string; year: number } }>;
};

export type PerspectivesTest_CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type PerspectivesTest_CreateReportMutation = {
  createReport: { content: { sections: Array<{ kind: ReportSectionKind; perspectiveName: string | null }> } };
};

export type PlanningTest_PlanOfYearQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type PlanningTest_PlanOfYearQuery = {
  planOfYear: {
    year: number;
    lock: PlanLock | null;
    mayAdopt: boolean;
    mayPlan: boolean;
    plan: {
      id: string;
      status: PlanStatus;
      revision: number;
      decisionDate: string | null;
      caseNumber: string | null;
      version: number;
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
        number: number;
        decisionDate: string;
        caseNumber: string;
        adoptedBy: { name: string } | null;
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
    } | null;
  } | null;
};

export type PlanningTest_AdoptMutationVariables = Exact<{
  input: AdoptPlanInput;
}>;

export type PlanningTest_AdoptMutation = {
  adoptPlan: {
    id: string;
    status: PlanStatus;
    revision: number;
    decisionDate: string | null;
    caseNumber: string | null;
    version: number;
  };
};

export type PlanningTest_OpenRevisionMutationVariables = Exact<{
  input: OpenPlanRevisionInput;
}>;

export type PlanningTest_OpenRevisionMutation = {
  openPlanRevision: {
    id: string;
    status: PlanStatus;
    revision: number;
    decisionDate: string | null;
    caseNumber: string | null;
    version: number;
  };
};

export type PlanningTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type PlanningTest_SaveValuesMutation = {
  saveIndicatorValues: Array<{ periodTarget: number | null; outcome: number | null; version: number }>;
};

export type PlanningTest_CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;

export type PlanningTest_CreateGoalMutation = { createGoal: { id: string } };

export type PlanningTest_SaveTargetsMutationVariables = Exact<{
  input: TargetsInput;
}>;

export type PlanningTest_SaveTargetsMutation = { saveTargets: Array<{ annualTarget: number | null }> };

export type RollOverTest_PreviewQueryVariables = Exact<{
  orgUnitId: string;
  fromYear: number;
}>;

export type RollOverTest_PreviewQuery = {
  rollOverPreview: {
    fromYear: number;
    toYear: number;
    targetPlan: { status: PlanStatus; rolledOverFromYear: number | null } | null;
    goals: Array<{
      goalId: string;
      title: string;
      alreadyCarried: boolean;
      perspective: { name: string };
      goalLinks: Array<{ fromTitle: string; toGoalId: string | null; toTitle: string | null; matchedBy: GoalMatch }>;
    }>;
    indicatorLinks: Array<{ goalId: string; indicatorId: string; indicatorName: string; alreadyCarried: boolean }>;
    activities: Array<{ activityId: string; title: string; status: ActivityStatus; alreadyCarried: boolean }>;
    assignments: Array<{ title: string; caseNumber: string | null; status: AssignmentStatus }>;
    targets: Array<{
      indicatorId: string;
      indicatorName: string;
      periods: number;
      annualTarget: number | null;
      alreadyCarried: boolean;
    }>;
  };
};

export type RollOverTest_CommitMutationVariables = Exact<{
  input: CommitRollOverInput;
}>;

export type RollOverTest_CommitMutation = {
  commitRollOver: { year: number; status: PlanStatus; revision: number; rolledOverFromYear: number | null };
};

export type RollOverTest_AdoptMutationVariables = Exact<{
  input: AdoptPlanInput;
}>;

export type RollOverTest_AdoptMutation = { adoptPlan: { id: string; version: number } };

export type RollOverTest_OpenRevisionMutationVariables = Exact<{
  input: OpenPlanRevisionInput;
}>;

export type RollOverTest_OpenRevisionMutation = { openPlanRevision: { id: string } };

export type RollOverTest_TargetSheetQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type RollOverTest_TargetSheetQuery = {
  targetSheet: {
    rows: Array<{
      isProposal: boolean;
      periodTargets: Array<number | null>;
      indicator: { id: string; name: string };
      versions: Array<{ period: string; version: number }>;
    }>;
  } | null;
};

export type RollOverTest_ConfirmProposalsMutationVariables = Exact<{
  input: ConfirmTargetProposalsInput;
}>;

export type RollOverTest_ConfirmProposalsMutation = {
  confirmTargetProposals: Array<{
    isProposal: boolean;
    periodTargets: Array<number | null>;
    indicator: { name: string };
  }>;
};

export type PortfolioAdminTest_CreatePortfolioMutationVariables = Exact<{
  input: CreatePortfolioInput;
}>;

export type PortfolioAdminTest_CreatePortfolioMutation = {
  createPortfolio: {
    id: string;
    name: string;
    owner: string | null;
    statusUpdateIntervalWeeks: number;
    version: number;
    orgUnit: { code: string };
  };
};

export type PortfolioAdminTest_UpdatePortfolioMutationVariables = Exact<{
  input: UpdatePortfolioInput;
}>;

export type PortfolioAdminTest_UpdatePortfolioMutation = {
  updatePortfolio: { name: string; owner: string | null; statusUpdateIntervalWeeks: number; version: number };
};

export type PortfolioAdminTest_CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;

export type PortfolioAdminTest_CreateProjectMutation = {
  createProject: {
    id: string;
    name: string;
    owner: string | null;
    manager: string | null;
    phase: ProjectPhase | null;
    state: ProjectState;
    plannedStart: string | null;
    plannedEnd: string | null;
    budgetTkr: number | null;
    version: number;
    portfolio: { name: string };
  };
};

export type PortfolioAdminTest_ChangePhaseMutationVariables = Exact<{
  input: ProjectPhaseChangeInput;
}>;

export type PortfolioAdminTest_ChangePhaseMutation = {
  changeProjectPhase: { phase: ProjectPhase | null; version: number };
};

export type PortfolioAdminTest_AddStatusUpdateMutationVariables = Exact<{
  input: ProjectStatusUpdateInput;
}>;

export type PortfolioAdminTest_AddStatusUpdateMutation = {
  addProjectStatusUpdate: {
    deviations: Array<{
      dimension: StatusDimension;
      action: string;
      actionOwner: string | null;
      actionDueDate: string | null;
    }>;
  };
};

export type PortfolioAdminTest_SummaryQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type PortfolioAdminTest_SummaryQuery = {
  portfolios: Array<{
    name: string;
    budget: { budgetTkr: number; costToDateTkr: number; projectsWithoutBudget: number };
    overdueActions: Array<{
      dimension: StatusDimension;
      action: string;
      actionOwner: string | null;
      actionDueDate: string;
      project: { name: string };
    }>;
  }>;
};

export type PortfolioAdminTest_OwningUnitsQueryVariables = Exact<{ [key: string]: never }>;

export type PortfolioAdminTest_OwningUnitsQuery = { portfolioOwningUnits: Array<{ code: string }> };

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

export type ProjectHistoryTest_MoveMutationVariables = Exact<{
  input: ProjectMoveInput;
}>;

export type ProjectHistoryTest_MoveMutation = {
  moveProject: {
    version: number;
    portfolio: { name: string };
    moves: Array<{
      movedOn: string;
      reason: string;
      fromPortfolio: { name: string };
      toPortfolio: { name: string };
      author: { name: string } | null;
    }>;
  };
};

export type ProjectHistoryTest_CloseMutationVariables = Exact<{
  input: ProjectStateChangeInput;
}>;

export type ProjectHistoryTest_CloseMutation = { changeProjectState: { state: ProjectState; version: number } };

export type ProjectHistoryTest_ProjectQueryVariables = Exact<{
  id: string;
  month: MonthInput;
}>;

export type ProjectHistoryTest_ProjectQuery = {
  project: {
    state: ProjectState;
    stateAsOf: ProjectState;
    portfolio: { name: string };
    portfolioAsOf: { name: string };
    status: { latestStatusUpdate: { statusDate: string } | null };
  } | null;
};

export type ProjectHistoryTest_BoardQueryVariables = Exact<{
  month: MonthInput;
}>;

export type ProjectHistoryTest_BoardQuery = {
  portfolios: Array<{
    name: string;
    projectsAsOf: Array<{
      name: string;
      stateAsOf: ProjectState;
      portfolioAsOf: { name: string };
      status: { noRecentStatusUpdate: boolean; latestStatusUpdate: { statusDate: string; time: RagStatus } | null };
    }>;
  }>;
};

export type ProjectHistoryTest_OverviewQueryVariables = Exact<{
  upTo: MonthInput;
}>;

export type ProjectHistoryTest_OverviewQuery = {
  overview: {
    redProjects: Array<{ name: string; portfolioName: string }>;
    changes: Array<{ kind: ChangedRecord; name: string }>;
  } | null;
};

export type ProjectHistoryTest_AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;

export type ProjectHistoryTest_AuditLogQuery = {
  auditLog: {
    events: Array<{
      action: AuditAction;
      entityType: string;
      entityName: string | null;
      changes: Array<{ field: string; newName: string | null }>;
    }>;
  };
};

export type ProjectHistoryTest_CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type ProjectHistoryTest_CreateReportMutation = { createReport: { id: string } };

export type ProjectHistoryTest_ReportQueryVariables = Exact<{
  id: string;
}>;

export type ProjectHistoryTest_ReportQuery = {
  report: {
    content: {
      sections: Array<{
        kind: ReportSectionKind;
        portfolios: Array<{ name: string }>;
        deviatingProjects: Array<{ name: string; portfolioName: string; state: ProjectState }>;
      }>;
    };
  } | null;
};

export type ProjectLineageTest_SplitMutationVariables = Exact<{
  input: SplitProjectInput;
}>;

export type ProjectLineageTest_SplitMutation = {
  splitProject: {
    name: string;
    state: ProjectState;
    actualEnd: string | null;
    stateChanges: Array<{ fromState: ProjectState | null; toState: ProjectState; changedOn: string; reason: string }>;
    successors: Array<{
      kind: ProjectLineageKind;
      occurredOn: string;
      reason: string;
      project: {
        name: string;
        state: ProjectState;
        owner: string | null;
        budgetTkr: number | null;
        portfolio: { name: string };
      };
      author: { name: string } | null;
    }>;
  };
};

export type ProjectLineageTest_MergeMutationVariables = Exact<{
  input: MergeProjectsInput;
}>;

export type ProjectLineageTest_MergeMutation = {
  mergeProjects: {
    id: string;
    name: string;
    state: ProjectState;
    budgetTkr: number | null;
    portfolio: { name: string };
    origins: Array<{ kind: ProjectLineageKind; occurredOn: string; project: { name: string; state: ProjectState } }>;
  };
};

export type ProjectLineageTest_BudgetsQueryVariables = Exact<{ [key: string]: never }>;

export type ProjectLineageTest_BudgetsQuery = {
  portfolios: Array<{
    name: string;
    budget: { budgetTkr: number; costToDateTkr: number; projectsWithoutBudget: number };
  }>;
};

export type ProjectLineageTest_LineageQueryVariables = Exact<{
  id: string;
}>;

export type ProjectLineageTest_LineageQuery = {
  project: {
    name: string;
    origins: Array<{
      kind: ProjectLineageKind;
      occurredOn: string;
      project: {
        id: string;
        name: string;
        statusUpdates: Array<{ statusDate: string }>;
        successors: Array<{ project: { name: string } }>;
      };
    }>;
  } | null;
};

export type ProjectLineageTest_BoardQueryVariables = Exact<{
  month: MonthInput;
}>;

export type ProjectLineageTest_BoardQuery = {
  portfolios: Array<{
    name: string;
    projectsAsOf: Array<{
      name: string;
      stateAsOf: ProjectState;
      origins: Array<{ project: { name: string } }>;
      successors: Array<{ project: { name: string } }>;
    }>;
  }>;
};

export type ProjectLineageTest_AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;

export type ProjectLineageTest_AuditLogQuery = {
  auditLog: { events: Array<{ operation: string; entityName: string | null }> };
};

export type ProjectPeopleTest_OptionsQueryVariables = Exact<{
  orgUnitId: string;
}>;

export type ProjectPeopleTest_OptionsQuery = { portfolioPersonOptions: Array<{ id: string; name: string }> };

export type ProjectPeopleTest_CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;

export type ProjectPeopleTest_CreateProjectMutation = {
  createProject: {
    id: string;
    owner: string | null;
    ownerUserId: string | null;
    manager: string | null;
    managerUserId: string | null;
    forecastTkr: number | null;
    version: number;
  };
};

export type ProjectPeopleTest_SaveDetailsMutationVariables = Exact<{
  input: ProjectDetailsInput;
}>;

export type ProjectPeopleTest_SaveDetailsMutation = {
  updateProjectDetails: {
    owner: string | null;
    ownerUserId: string | null;
    manager: string | null;
    managerUserId: string | null;
    forecastTkr: number | null;
    version: number;
  };
};

export type ProjectPeopleTest_ProjectQueryVariables = Exact<{
  id: string;
}>;

export type ProjectPeopleTest_ProjectQuery = {
  project: {
    owner: string | null;
    ownerUserId: string | null;
    manager: string | null;
    managerUserId: string | null;
  } | null;
};

export type ProjectPeopleTest_CreatePortfolioMutationVariables = Exact<{
  input: CreatePortfolioInput;
}>;

export type ProjectPeopleTest_CreatePortfolioMutation = {
  createPortfolio: { id: string; owner: string | null; ownerUserId: string | null; version: number };
};

export type ProjectPeopleTest_UpdatePortfolioMutationVariables = Exact<{
  input: UpdatePortfolioInput;
}>;

export type ProjectPeopleTest_UpdatePortfolioMutation = {
  updatePortfolio: { owner: string | null; ownerUserId: string | null };
};

export type ProjectPeopleTest_AddStatusUpdateMutationVariables = Exact<{
  input: ProjectStatusUpdateInput;
}>;

export type ProjectPeopleTest_AddStatusUpdateMutation = {
  addProjectStatusUpdate: {
    deviations: Array<{ dimension: StatusDimension; actionOwner: string | null; actionOwnerUserId: string | null }>;
  };
};

export type ProjectPeopleTest_BudgetQueryVariables = Exact<{
  orgUnitCode: string;
}>;

export type ProjectPeopleTest_BudgetQuery = {
  portfolios: Array<{
    name: string;
    budget: { budgetTkr: number; forecastTkr: number; projectsWithoutBudget: number; projectsWithoutForecast: number };
  }>;
};

export type RemindersTest_MySettingsQueryVariables = Exact<{ [key: string]: never }>;

export type RemindersTest_MySettingsQuery = {
  myReminderSettings: { frequency: ReminderFrequency; version: number | null };
};

export type RemindersTest_SetFrequencyMutationVariables = Exact<{
  input: SetReminderFrequencyInput;
}>;

export type RemindersTest_SetFrequencyMutation = {
  setReminderFrequency: { frequency: ReminderFrequency; version: number | null };
};

export type RemindersTest_SendLogQueryVariables = Exact<{
  status?: ReminderMailStatus | null | undefined;
  first: number;
}>;

export type RemindersTest_SendLogQuery = {
  reminderMails: Array<{
    id: string;
    kind: ReminderMailKind;
    occasion: string;
    recipientName: string;
    recipient: string;
    subject: string;
    itemCount: number;
    status: ReminderMailStatus;
    attempts: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    sentAt: string | null;
  }>;
};

export type RemindersTest_RetryMutationVariables = Exact<{
  input: RetryReminderMailInput;
}>;

export type RemindersTest_RetryMutation = {
  retryReminderMail: { id: string; status: ReminderMailStatus; attempts: number };
};

export type PeriodLockTest_SaveValueMutationVariables = Exact<{
  input: IndicatorValueInput;
}>;

export type PeriodLockTest_SaveValueMutation = { saveIndicatorValue: { outcome: number | null; version: number } };

export type PeriodLockTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type PeriodLockTest_SaveValuesMutation = { saveIndicatorValues: Array<{ outcome: number | null }> };

export type PeriodLockTest_SetAssessmentMutationVariables = Exact<{
  input: GoalAssessmentInput;
}>;

export type PeriodLockTest_SetAssessmentMutation = { setGoalAssessment: { fulfilment: GoalFulfilment } };

export type PeriodLockTest_SaveActivityMutationVariables = Exact<{
  input: ActivityUpdateInput;
}>;

export type PeriodLockTest_SaveActivityMutation = { saveActivityUpdate: { status: ActivityStatus } };

export type PeriodLockTest_SaveAssignmentStatusMutationVariables = Exact<{
  input: AssignmentUpdateInput;
}>;

export type PeriodLockTest_SaveAssignmentStatusMutation = { saveAssignmentUpdate: { status: AssignmentStatus } };

export type PeriodLockTest_SaveAuditActionStatusMutationVariables = Exact<{
  input: AuditActionUpdateInput;
}>;

export type PeriodLockTest_SaveAuditActionStatusMutation = { saveAuditActionUpdate: { status: AuditActionStatus } };

export type PeriodLockTest_SaveNarrativeMutationVariables = Exact<{
  input: PortfolioPeriodStatusInput;
}>;

export type PeriodLockTest_SaveNarrativeMutation = { savePortfolioPeriodStatus: { narrative: string } };

export type PeriodLockTest_RecordControlResultMutationVariables = Exact<{
  input: ControlResultInput;
}>;

export type PeriodLockTest_RecordControlResultMutation = { recordControlResult: { performed: boolean } };

export type PeriodLockTest_AddValuationMutationVariables = Exact<{
  input: RiskValuationInput;
}>;

export type PeriodLockTest_AddValuationMutation = { addRiskValuation: { valuedOn: string } };

export type PeriodLockTest_CreateRiskMutationVariables = Exact<{
  input: CreateRiskInput;
}>;

export type PeriodLockTest_CreateRiskMutation = { createRisk: { title: string } };

export type PeriodLockTest_AddStatusMutationVariables = Exact<{
  input: ProjectStatusUpdateInput;
}>;

export type PeriodLockTest_AddStatusMutation = { addProjectStatusUpdate: { statusDate: string } };

export type PeriodLockTest_CloseMutationVariables = Exact<{
  input: CloseReportingPeriodInput;
}>;

export type PeriodLockTest_CloseMutation = { closeReportingPeriod: { status: ReportingPeriodStatus } };

export type ReportingCalendarTest_GenerateMutationVariables = Exact<{
  input: GenerateReportingCalendarInput;
}>;

export type ReportingCalendarTest_GenerateMutation = {
  generateReportingCalendar: {
    id: string;
    year: number;
    workingDaysAfterPeriodEnd: number;
    version: number;
    periods: Array<{
      id: string;
      kind: ReportingPeriodKind;
      number: number;
      startDate: string;
      endDate: string;
      deadline: string;
      ruleDeadline: string;
      deadlineMoved: boolean;
      status: ReportingPeriodStatus;
      version: number;
    }>;
  };
};

export type ReportingCalendarTest_CalendarQueryVariables = Exact<{
  year: number;
}>;

export type ReportingCalendarTest_CalendarQuery = {
  reportingCalendarYears: Array<number>;
  reportingCalendar: {
    year: number;
    periods: Array<{
      kind: ReportingPeriodKind;
      number: number;
      deadline: string;
      deadlineMoved: boolean;
      business: string;
      committee: string;
      levelDeadlines: Array<{ level: OrgUnitKind; deadline: string }>;
    }>;
  } | null;
};

export type ReportingCalendarTest_MoveMutationVariables = Exact<{
  input: SetReportingPeriodDeadlineInput;
}>;

export type ReportingCalendarTest_MoveMutation = {
  setReportingPeriodDeadline: { deadline: string; ruleDeadline: string; deadlineMoved: boolean; version: number };
};

export type ReportingCalendarTest_SetLevelMutationVariables = Exact<{
  input: SetReportingLevelDeadlineInput;
}>;

export type ReportingCalendarTest_SetLevelMutation = {
  setReportingLevelDeadline: {
    deadline: string;
    version: number;
    business: string;
    committee: string;
    levelDeadlines: Array<{ level: OrgUnitKind; deadline: string }>;
  };
};

export type ReportingCalendarTest_CloseMutationVariables = Exact<{
  input: CloseReportingPeriodInput;
}>;

export type ReportingCalendarTest_CloseMutation = {
  closeReportingPeriod: {
    status: ReportingPeriodStatus;
    statusReason: string | null;
    closedAt: string | null;
    version: number;
  };
};

export type ReportingCalendarTest_ReopenMutationVariables = Exact<{
  input: ReopenReportingPeriodInput;
}>;

export type ReportingCalendarTest_ReopenMutation = {
  reopenReportingPeriod: {
    status: ReportingPeriodStatus;
    statusReason: string | null;
    closedAt: string | null;
    version: number;
  };
};

export type ReportingCalendarTest_PeriodsQueryVariables = Exact<{
  year: number;
}>;

export type ReportingCalendarTest_PeriodsQuery = {
  reportingCalendar: {
    year: number;
    workingDaysAfterPeriodEnd: number;
    version: number;
    id: string;
    periods: Array<{
      id: string;
      kind: ReportingPeriodKind;
      number: number;
      startDate: string;
      endDate: string;
      deadline: string;
      ruleDeadline: string;
      deadlineMoved: boolean;
      status: ReportingPeriodStatus;
      version: number;
    }>;
  } | null;
};

export type ReportingDisciplineTest_DisciplineQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ReportingDisciplineTest_DisciplineQuery = {
  reportingDiscipline: {
    year: number;
    orgUnit: { name: string };
    periods: Array<{ key: string; kind: ReportingPeriodKind; number: number; inProgress: boolean }>;
    units: Array<{
      orgUnit: { name: string };
      cells: Array<{
        periodKey: string;
        deadline: string;
        inProgress: boolean;
        counts: { onTime: number; late: number; missing: number; pending: number; total: number };
      }>;
      counts: { onTime: number; late: number; missing: number; pending: number; total: number };
    }>;
    counts: { onTime: number; late: number; missing: number; pending: number; total: number };
    unitsBehind: Array<{ orgUnit: { name: string }; counts: { missing: number; late: number } }>;
    ownersBehind: Array<{ name: string; counts: { onTime: number; late: number; missing: number } }>;
    missing: Array<{
      key: string;
      kind: ReportingObligationKind;
      title: string;
      deadline: string;
      responsible: Array<string>;
      link: string;
      orgUnit: { name: string };
      period: { key: string };
    }>;
  } | null;
};

export type ReportingDisciplineTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ReportingDisciplineTest_SaveValuesMutation = { saveIndicatorValues: Array<{ id: string }> };

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

export type ReportsTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ReportsTest_SaveValuesMutation = { saveIndicatorValues: Array<{ rolling12: number | null }> };

export type ReportsTest_ListQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
}>;

export type ReportsTest_ListQuery = {
  reports: Array<{ id: string; type: ReportType; status: ReportStatus; period: { year: number; month: number } }>;
};

export type RiskCategoryOrderTest_CategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type RiskCategoryOrderTest_CategoriesQuery = {
  riskCategories: Array<{
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    retired: boolean;
    version: number;
  }>;
};

export type RiskCategoryOrderTest_RegisterQueryVariables = Exact<{
  orgUnitCode: string;
}>;

export type RiskCategoryOrderTest_RegisterQuery = {
  riskCategories: Array<{ name: string; retired: boolean }>;
  risks: Array<{ title: string; category: { name: string } }>;
};

export type RiskCategoryOrderTest_ReorderMutationVariables = Exact<{
  input: ReorderRiskCategoriesInput;
}>;

export type RiskCategoryOrderTest_ReorderMutation = {
  reorderRiskCategories: Array<{ id: string; name: string; sortOrder: number; version: number }>;
};

export type RiskCategoryOrderTest_CreateMutationVariables = Exact<{
  input: CreateRiskCategoryInput;
}>;

export type RiskCategoryOrderTest_CreateMutation = {
  createRiskCategory: { id: string; sortOrder: number; version: number };
};

export type RiskCategoryOrderTest_UpdateMutationVariables = Exact<{
  input: UpdateRiskCategoryInput;
}>;

export type RiskCategoryOrderTest_UpdateMutation = { updateRiskCategory: { id: string; version: number } };

export type RiskCategoryOrderTest_RemoveMutationVariables = Exact<{
  input: RemoveRiskCategoryInput;
}>;

export type RiskCategoryOrderTest_RemoveMutation = { removeRiskCategory: Array<{ id: string }> };

export type RiskSettingsTest_CategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type RiskSettingsTest_CategoriesQuery = {
  riskCategories: Array<{
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    retired: boolean;
    riskCount: number;
    version: number;
  }>;
  riskScale: { max: number; largestValued: number };
};

export type RiskSettingsTest_CreateCategoryMutationVariables = Exact<{
  input: CreateRiskCategoryInput;
}>;

export type RiskSettingsTest_CreateCategoryMutation = {
  createRiskCategory: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    retired: boolean;
    riskCount: number;
    version: number;
  };
};

export type RiskSettingsTest_UpdateCategoryMutationVariables = Exact<{
  input: UpdateRiskCategoryInput;
}>;

export type RiskSettingsTest_UpdateCategoryMutation = {
  updateRiskCategory: { id: string; name: string; retired: boolean; version: number };
};

export type RiskSettingsTest_RemoveCategoryMutationVariables = Exact<{
  input: RemoveRiskCategoryInput;
}>;

export type RiskSettingsTest_RemoveCategoryMutation = { removeRiskCategory: Array<{ name: string }> };

export type RiskSettingsTest_SetScaleMutationVariables = Exact<{
  input: SetRiskScaleInput;
}>;

export type RiskSettingsTest_SetScaleMutation = { setRiskScale: { max: number; largestValued: number } };

export type RiskSettingsTest_CreateRiskMutationVariables = Exact<{
  input: CreateRiskInput;
}>;

export type RiskSettingsTest_CreateRiskMutation = {
  createRisk: { id: string; version: number; category: { name: string } };
};

export type RiskSettingsTest_UpdateRiskMutationVariables = Exact<{
  input: UpdateRiskInput;
}>;

export type RiskSettingsTest_UpdateRiskMutation = {
  updateRisk: { title: string; version: number; category: { name: string } };
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

export type TargetsTest_ConfirmProposalsMutationVariables = Exact<{
  input: ConfirmTargetProposalsInput;
}>;

export type TargetsTest_ConfirmProposalsMutation = { confirmTargetProposals: Array<{ isProposal: boolean }> };

export type TargetsTest_SheetQueryVariables = Exact<{
  orgUnitCode: string;
  year: number;
  includeSubunits?: boolean | null | undefined;
}>;

export type TargetsTest_SheetQuery = {
  targetSheet: {
    year: number;
    canEdit: boolean;
    includeSubunits: boolean;
    rows: Array<{
      canEdit: boolean;
      periods: Array<string>;
      periodTargets: Array<number | null>;
      annualTarget: number | null;
      indicator: { id: string; code: string };
      versions: Array<{ period: string; version: number }>;
      previousOutcomes: Array<{ year: number; value: number | null }>;
      previousYearForecast: { year: number; value: number | null };
    }>;
  } | null;
};

export type TargetsTest_SaveMutationVariables = Exact<{
  input: TargetsInput;
}>;

export type TargetsTest_SaveMutation = {
  saveTargets: Array<{
    periodTargets: Array<number | null>;
    annualTarget: number | null;
    indicator: { code: string };
    versions: Array<{ period: string; version: number }>;
  }>;
};

export type TargetsTest_ReportedQueryVariables = Exact<{
  id: string;
  code: string;
}>;

export type TargetsTest_ReportedQuery = {
  latestReportMonth: { year: number; month: number } | null;
  orgUnit: { latestReportMonth: { year: number; month: number } | null } | null;
  indicator: { latestValue: { period: string; outcome: number | null } | null } | null;
};

export type TargetsTest_EconomyQueryVariables = Exact<{
  orgUnitCode: string;
  upTo: MonthInput;
}>;

export type TargetsTest_EconomyQuery = {
  economy: {
    businessAreaResults: Array<{
      operationsToDate: number | null;
      operationsBudgetToDate: number | null;
      operationsBudget: number | null;
      developmentBudget: number | null;
      orgUnit: { code: string };
    }>;
  } | null;
};

export type ReportingObligationsTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ReportingObligationsTest_SaveValuesMutation = {
  saveIndicatorValues: Array<{ id: string; outcome: number | null }>;
};

export type ToDoTest_MyToDoQueryVariables = Exact<{ [key: string]: never }>;

export type ToDoTest_MyToDoQuery = {
  myToDo: Array<{
    id: string;
    kind: ReportingObligationKind;
    title: string;
    orgUnitName: string;
    periodKind: ReportingPeriodKind;
    year: number;
    periodNumber: number;
    deadline: string;
    overdue: boolean;
    link: string;
  }>;
};

export type ToDoTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ToDoTest_SaveValuesMutation = { saveIndicatorValues: Array<{ id: string }> };

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

export type ValueImportPeriodLockTest_CommitMutationVariables = Exact<{
  id: string;
  correctionReason?: string | null | undefined;
}>;

export type ValueImportPeriodLockTest_CommitMutation = { commitValueImport: { status: ValueImportStatus } };

export type ValueImportPlanLockTest_RowsQueryVariables = Exact<{
  id: string;
}>;

export type ValueImportPlanLockTest_RowsQuery = {
  valueImport: {
    rows: {
      rows: Array<{
        rowNumber: number;
        status: ValueImportRowStatus;
        errors: Array<{ column: string | null; message: string }>;
      }>;
    };
  } | null;
};

export type ValueImportPlanLockTest_CommitMutationVariables = Exact<{
  id: string;
}>;

export type ValueImportPlanLockTest_CommitMutation = { commitValueImport: { status: ValueImportStatus } };

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

export type ReadRoutingTest_SheetQueryVariables = Exact<{
  period: MonthInput;
}>;

export type ReadRoutingTest_SheetQuery = {
  dataEntrySheet: {
    indicatorRows: Array<{
      indicator: { id: string; code: string };
      value: { outcome: number | null; version: number } | null;
    }>;
  } | null;
};

export type ReadRoutingTest_SaveValuesMutationVariables = Exact<{
  input: IndicatorValuesInput;
}>;

export type ReadRoutingTest_SaveValuesMutation = {
  saveIndicatorValues: Array<{ outcome: number | null; version: number }>;
};

export type ReadRoutingTest_PlanLockQueryVariables = Exact<{ [key: string]: never }>;

export type ReadRoutingTest_PlanLockQuery = { orgUnit: { canPlan: boolean; planLock: PlanLock | null } | null };

export type ReadRoutingTest_OverviewQueryVariables = Exact<{ [key: string]: never }>;

export type ReadRoutingTest_OverviewQuery = {
  overview: {
    changeCount: number;
    perspectives: Array<{ __typename: 'PerspectiveSummary' }>;
    keyIndicators: Array<{ __typename: 'KeyIndicator' }>;
    redProjects: Array<{ __typename: 'ProjectSummary' }>;
    topRisks: Array<{ __typename: 'RiskSummary' }>;
    attention: {
      redIndicators: Array<{ __typename: 'AttentionIndicator' }>;
      notReportedIndicators: Array<{ __typename: 'AttentionIndicator' }>;
      overdueAssignments: Array<{ __typename: 'OverdueAssignment' }>;
      overdueAuditActions: Array<{ __typename: 'OverdueAuditAction' }>;
    };
  } | null;
};

export type ReadRoutingTest_ValueImportQueryVariables = Exact<{
  id: string;
}>;

export type ReadRoutingTest_ValueImportQuery = { valueImport: { fileName: string; status: ValueImportStatus } | null };

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
export const AnswerCacheMayValueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnswerCacheMayValue' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<AnswerCacheMayValueQuery, AnswerCacheMayValueQueryVariables>;
export const AnswerCacheSaveValueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerCacheSaveValue' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'outcome' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerCacheSaveValueMutation, AnswerCacheSaveValueMutationVariables>;
export const AnswerCacheOverviewOfDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnswerCacheOverviewOf' },
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
            name: { kind: 'Name', value: 'overview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'upTo' },
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
                      value: { kind: 'IntValue', value: '5' },
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
} as unknown as DocumentNode<AnswerCacheOverviewOfQuery, AnswerCacheOverviewOfQueryVariables>;
export const AnswerCacheUnitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnswerCacheUnits' },
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
} as unknown as DocumentNode<AnswerCacheUnitsQuery, AnswerCacheUnitsQueryVariables>;
export const AnswerCacheViewerAndOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnswerCacheViewerAndOverview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
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
                      value: { kind: 'IntValue', value: '5' },
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
} as unknown as DocumentNode<AnswerCacheViewerAndOverviewQuery, AnswerCacheViewerAndOverviewQueryVariables>;
export const CancellationGoalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CancellationGoals' },
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
            name: { kind: 'Name', value: 'goals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'StringValue', value: 'intraservice', block: false },
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
                            value: { kind: 'IntValue', value: '5' },
                          },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } }],
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
                                  value: { kind: 'IntValue', value: '5' },
                                },
                              ],
                            },
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
      },
    },
  ],
} as unknown as DocumentNode<CancellationGoalsQuery, CancellationGoalsQueryVariables>;
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
export const FirstRunTest_RiskCategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FirstRunTest_RiskCategories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskCategories' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
      },
    },
  ],
} as unknown as DocumentNode<FirstRunTest_RiskCategoriesQuery, FirstRunTest_RiskCategoriesQueryVariables>;
export const FirstRunTest_CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FirstRunTest_CreateUser' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'email' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FirstRunTest_CreateUserMutation, FirstRunTest_CreateUserMutationVariables>;
export const FirstRunTest_CreateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FirstRunTest_CreateRisk' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
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
} as unknown as DocumentNode<FirstRunTest_CreateRiskMutation, FirstRunTest_CreateRiskMutationVariables>;
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
export const AssignmentWritesTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignmentWritesTest_Create' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
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
} as unknown as DocumentNode<AssignmentWritesTest_CreateMutation, AssignmentWritesTest_CreateMutationVariables>;
export const AssignmentWritesTest_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignmentWritesTest_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentWritesTest_UpdateMutation, AssignmentWritesTest_UpdateMutationVariables>;
export const AssignmentWritesTest_SaveUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignmentWritesTest_SaveUpdate' },
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
} as unknown as DocumentNode<AssignmentWritesTest_SaveUpdateMutation, AssignmentWritesTest_SaveUpdateMutationVariables>;
export const AssignmentWritesTest_OverdueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentWritesTest_Overdue' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentWritesTest_OverdueQuery, AssignmentWritesTest_OverdueQueryVariables>;
export const AssignmentsTest_AssignmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentsTest_Assignments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orgUnitCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentsTest_AssignmentsQuery, AssignmentsTest_AssignmentsQueryVariables>;
export const AssignmentsTest_AuditReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssignmentsTest_AuditReports' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'auditor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ownerUser' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignmentsTest_AuditReportsQuery, AssignmentsTest_AuditReportsQueryVariables>;
export const AuditReportWritesTest_CreateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditReportWritesTest_CreateReport' },
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
} as unknown as DocumentNode<
  AuditReportWritesTest_CreateReportMutation,
  AuditReportWritesTest_CreateReportMutationVariables
>;
export const AuditReportWritesTest_UpdateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditReportWritesTest_UpdateReport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AuditReportWritesTest_UpdateReportMutation,
  AuditReportWritesTest_UpdateReportMutationVariables
>;
export const AuditReportWritesTest_CreateRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditReportWritesTest_CreateRecommendation' },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
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
} as unknown as DocumentNode<
  AuditReportWritesTest_CreateRecommendationMutation,
  AuditReportWritesTest_CreateRecommendationMutationVariables
>;
export const AuditReportWritesTest_UpdateRecommendationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditReportWritesTest_UpdateRecommendation' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ownerUser' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
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
} as unknown as DocumentNode<
  AuditReportWritesTest_UpdateRecommendationMutation,
  AuditReportWritesTest_UpdateRecommendationMutationVariables
>;
export const AuditReportWritesTest_SaveActionUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AuditReportWritesTest_SaveActionUpdate' },
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
} as unknown as DocumentNode<
  AuditReportWritesTest_SaveActionUpdateMutation,
  AuditReportWritesTest_SaveActionUpdateMutationVariables
>;
export const AuditReportWritesTest_OwnerCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditReportWritesTest_OwnerCandidates' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AuditReportWritesTest_OwnerCandidatesQuery,
  AuditReportWritesTest_OwnerCandidatesQueryVariables
>;
export const AuditLogNamesTest_LogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLogNamesTest_Log' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityName' } },
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
} as unknown as DocumentNode<AuditLogNamesTest_LogQuery, AuditLogNamesTest_LogQueryVariables>;
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
export const BadInputTest_SetReminderFrequencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_SetReminderFrequency' },
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
} as unknown as DocumentNode<
  BadInputTest_SetReminderFrequencyMutation,
  BadInputTest_SetReminderFrequencyMutationVariables
>;
export const BadInputTest_RetryReminderMailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_RetryReminderMail' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_RetryReminderMailMutation, BadInputTest_RetryReminderMailMutationVariables>;
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
export const BadInputTest_GenerateCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_GenerateCalendar' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_GenerateCalendarMutation, BadInputTest_GenerateCalendarMutationVariables>;
export const BadInputTest_MoveDeadlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_MoveDeadline' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_MoveDeadlineMutation, BadInputTest_MoveDeadlineMutationVariables>;
export const BadInputTest_SetLevelDeadlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_SetLevelDeadline' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_SetLevelDeadlineMutation, BadInputTest_SetLevelDeadlineMutationVariables>;
export const BadInputTest_ClosePeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_ClosePeriod' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_ClosePeriodMutation, BadInputTest_ClosePeriodMutationVariables>;
export const BadInputTest_ReopenPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_ReopenPeriod' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_ReopenPeriodMutation, BadInputTest_ReopenPeriodMutationVariables>;
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
export const BadInputTest_MoveProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_MoveProject' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_MoveProjectMutation, BadInputTest_MoveProjectMutationVariables>;
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
export const BadInputTest_CreatePortfolioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_CreatePortfolio' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_CreatePortfolioMutation, BadInputTest_CreatePortfolioMutationVariables>;
export const BadInputTest_UpdatePortfolioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_UpdatePortfolio' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_UpdatePortfolioMutation, BadInputTest_UpdatePortfolioMutationVariables>;
export const BadInputTest_CreateProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_CreateProject' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_CreateProjectMutation, BadInputTest_CreateProjectMutationVariables>;
export const BadInputTest_ChangePhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_ChangePhase' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_ChangePhaseMutation, BadInputTest_ChangePhaseMutationVariables>;
export const BadInputTest_SplitProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_SplitProject' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_SplitProjectMutation, BadInputTest_SplitProjectMutationVariables>;
export const BadInputTest_MergeProjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BadInputTest_MergeProjects' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BadInputTest_MergeProjectsMutation, BadInputTest_MergeProjectsMutationVariables>;
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
export const DataEntryTest_SaveRolling12Document = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DataEntryTest_SaveRolling12' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataEntryTest_SaveRolling12Mutation, DataEntryTest_SaveRolling12MutationVariables>;
export const DataEntryTest_SaveOneRolling12Document = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DataEntryTest_SaveOneRolling12' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'rolling12' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataEntryTest_SaveOneRolling12Mutation, DataEntryTest_SaveOneRolling12MutationVariables>;
export const DataEntryTest_SaveSomeFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DataEntryTest_SaveSomeFigures' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataEntryTest_SaveSomeFiguresMutation, DataEntryTest_SaveSomeFiguresMutationVariables>;
export const DataEntryTest_SheetRolling12Document = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DataEntryTest_SheetRolling12' },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'value' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'rolling12' } }],
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
} as unknown as DocumentNode<DataEntryTest_SheetRolling12Query, DataEntryTest_SheetRolling12QueryVariables>;
export const ValueStatusTest_SetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueStatusTest_Set' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusOverrideReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ValueStatusTest_SetMutation, ValueStatusTest_SetMutationVariables>;
export const ValueStatusTest_IndicatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueStatusTest_Indicator' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'canSetStatus' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ruleStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusOverride' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusOverrideReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                      value: { kind: 'EnumValue', value: 'MONTH' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'fromYear' },
                      value: { kind: 'IntValue', value: '2023' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusOverrideReason' } },
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
} as unknown as DocumentNode<ValueStatusTest_IndicatorQuery, ValueStatusTest_IndicatorQueryVariables>;
export const ValueStatusTest_OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueStatusTest_Overview' },
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
                  name: { kind: 'Name', value: 'perspectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsGreen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsYellow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsRed' } },
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
} as unknown as DocumentNode<ValueStatusTest_OverviewQuery, ValueStatusTest_OverviewQueryVariables>;
export const EconomyRollupTest_EconomyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EconomyRollupTest_Economy' },
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
                  name: { kind: 'Name', value: 'lines' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'outcomeToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullYearForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullYearBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previousYearToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rolledUpFrom' },
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
                  name: { kind: 'Name', value: 'businessAreaResults' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'isTotal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsBudgetToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentToDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rolledUpFrom' },
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
} as unknown as DocumentNode<EconomyRollupTest_EconomyQuery, EconomyRollupTest_EconomyQueryVariables>;
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
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsBudgetToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentBudgetToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentForecast' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentBudget' } },
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
export const CouncilGoalMatrixTest_GoalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CouncilGoalMatrixTest_Goals' },
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
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } }],
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
} as unknown as DocumentNode<CouncilGoalMatrixTest_GoalsQuery, CouncilGoalMatrixTest_GoalsQueryVariables>;
export const GoalPlanningBadInput_CreateGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_CreateGoal' },
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
} as unknown as DocumentNode<GoalPlanningBadInput_CreateGoalMutation, GoalPlanningBadInput_CreateGoalMutationVariables>;
export const GoalPlanningBadInput_UpdateGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_UpdateGoal' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPlanningBadInput_UpdateGoalMutation, GoalPlanningBadInput_UpdateGoalMutationVariables>;
export const GoalPlanningBadInput_MoveGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_MoveGoal' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPlanningBadInput_MoveGoalMutation, GoalPlanningBadInput_MoveGoalMutationVariables>;
export const GoalPlanningBadInput_SetGoalRetiredDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_SetGoalRetired' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  GoalPlanningBadInput_SetGoalRetiredMutation,
  GoalPlanningBadInput_SetGoalRetiredMutationVariables
>;
export const GoalPlanningBadInput_SetGoalIndicatorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_SetGoalIndicators' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  GoalPlanningBadInput_SetGoalIndicatorsMutation,
  GoalPlanningBadInput_SetGoalIndicatorsMutationVariables
>;
export const GoalPlanningBadInput_CreateActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_CreateActivity' },
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
} as unknown as DocumentNode<
  GoalPlanningBadInput_CreateActivityMutation,
  GoalPlanningBadInput_CreateActivityMutationVariables
>;
export const GoalPlanningBadInput_UpdateActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_UpdateActivity' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  GoalPlanningBadInput_UpdateActivityMutation,
  GoalPlanningBadInput_UpdateActivityMutationVariables
>;
export const GoalPlanningBadInput_SetActivityRetiredDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningBadInput_SetActivityRetired' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  GoalPlanningBadInput_SetActivityRetiredMutation,
  GoalPlanningBadInput_SetActivityRetiredMutationVariables
>;
export const GoalPlanningTest_PlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalPlanningTest_Plan' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeRetired' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeRetired' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeRetired' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                  name: { kind: 'Name', value: 'indicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
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
} as unknown as DocumentNode<GoalPlanningTest_PlanQuery, GoalPlanningTest_PlanQueryVariables>;
export const GoalPlanningTest_CreateGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_CreateGoal' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPlanningTest_CreateGoalMutation, GoalPlanningTest_CreateGoalMutationVariables>;
export const GoalPlanningTest_UpdateGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_UpdateGoal' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parents' },
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
} as unknown as DocumentNode<GoalPlanningTest_UpdateGoalMutation, GoalPlanningTest_UpdateGoalMutationVariables>;
export const GoalPlanningTest_MoveGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_MoveGoal' },
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
} as unknown as DocumentNode<GoalPlanningTest_MoveGoalMutation, GoalPlanningTest_MoveGoalMutationVariables>;
export const GoalPlanningTest_ReportingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalPlanningTest_Reporting' },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'upTo' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                    ],
                  },
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
                  name: { kind: 'Name', value: 'perspectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsFulfilled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsPartlyFulfilled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsNotFulfilled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goalsNotAssessed' } },
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
} as unknown as DocumentNode<GoalPlanningTest_ReportingQuery, GoalPlanningTest_ReportingQueryVariables>;
export const GoalPlanningTest_SetGoalRetiredDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_SetGoalRetired' },
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
} as unknown as DocumentNode<GoalPlanningTest_SetGoalRetiredMutation, GoalPlanningTest_SetGoalRetiredMutationVariables>;
export const GoalPlanningTest_SetGoalIndicatorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_SetGoalIndicators' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicators' },
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
} as unknown as DocumentNode<
  GoalPlanningTest_SetGoalIndicatorsMutation,
  GoalPlanningTest_SetGoalIndicatorsMutationVariables
>;
export const GoalPlanningTest_CreateActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_CreateActivity' },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'goal' },
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
} as unknown as DocumentNode<GoalPlanningTest_CreateActivityMutation, GoalPlanningTest_CreateActivityMutationVariables>;
export const GoalPlanningTest_UpdateActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_UpdateActivity' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPlanningTest_UpdateActivityMutation, GoalPlanningTest_UpdateActivityMutationVariables>;
export const GoalPlanningTest_SetActivityRetiredDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GoalPlanningTest_SetActivityRetired' },
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
} as unknown as DocumentNode<
  GoalPlanningTest_SetActivityRetiredMutation,
  GoalPlanningTest_SetActivityRetiredMutationVariables
>;
export const GoalPlanningTest_ParentOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalPlanningTest_ParentOptions' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPlanningTest_ParentOptionsQuery, GoalPlanningTest_ParentOptionsQueryVariables>;
export const GoalPlanningTest_OwnerOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalPlanningTest_OwnerOptions' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPlanningTest_OwnerOptionsQuery, GoalPlanningTest_OwnerOptionsQueryVariables>;
export const GoalPlanningTest_PlanControlsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GoalPlanningTest_PlanControls' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canPlan' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GoalPlanningTest_PlanControlsQuery, GoalPlanningTest_PlanControlsQueryVariables>;
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
                      { kind: 'Field', name: { kind: 'Name', value: 'rolling12' } },
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
export const ReportMonthTest_MonthsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportMonthTest_Months' },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
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
      },
    },
  ],
} as unknown as DocumentNode<ReportMonthTest_MonthsQuery, ReportMonthTest_MonthsQueryVariables>;
export const ThresholdHistoryTest_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ThresholdHistoryTest_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'thresholdKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellowThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'redThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ThresholdHistoryTest_UpdateMutation, ThresholdHistoryTest_UpdateMutationVariables>;
export const ThresholdHistoryTest_JudgedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ThresholdHistoryTest_Judged' },
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
                  alias: { kind: 'Name', value: 'april' },
                  name: { kind: 'Name', value: 'value' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'period' },
                      value: { kind: 'StringValue', value: '2023-04', block: false },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'may' },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'series' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'granularity' },
                      value: { kind: 'EnumValue', value: 'MONTH' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'fromYear' },
                      value: { kind: 'IntValue', value: '2023' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
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
      },
    },
  ],
} as unknown as DocumentNode<ThresholdHistoryTest_JudgedQuery, ThresholdHistoryTest_JudgedQueryVariables>;
export const ThresholdHistoryTest_OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ThresholdHistoryTest_Overview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsGreen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsYellow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indicatorsRed' } },
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
} as unknown as DocumentNode<ThresholdHistoryTest_OverviewQuery, ThresholdHistoryTest_OverviewQueryVariables>;
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
export const UnitsFromTheTreePagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnitsFromTheTreePages' },
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
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
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
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                    },
                  ],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestReportMonth' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'year' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planOfYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'lock' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'planLock' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'IntValue', value: '2023' },
                    },
                  ],
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolioOwningUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataEntrySheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
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
                      value: { kind: 'IntValue', value: '5' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'canEdit' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'goals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorLibrary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'orgUnitCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditReports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditActionOwnerCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targetSheet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeSubunits' },
                value: { kind: 'BooleanValue', value: true },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
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
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingDiscipline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
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
            name: { kind: 'Name', value: 'forecastAccuracy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'year' }, value: { kind: 'IntValue', value: '2023' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
} as unknown as DocumentNode<UnitsFromTheTreePagesQuery, UnitsFromTheTreePagesQueryVariables>;
export const OverviewKeyRollupTest_KeyIndicatorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewKeyRollupTest_KeyIndicators' },
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
                  name: { kind: 'Name', value: 'keyIndicators' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'rollup' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rolledUpFrom' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latest' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'period' } }],
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
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
                          ],
                        },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OverviewKeyRollupTest_KeyIndicatorsQuery,
  OverviewKeyRollupTest_KeyIndicatorsQueryVariables
>;
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
                      { kind: 'Field', name: { kind: 'Name', value: 'councilGoals' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'previousSetByHand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentSetByHand' } },
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
export const OverviewTest_UnitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewTest_Units' },
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
                  name: { kind: 'Name', value: 'orgUnit' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'redProjects' },
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
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'topRisks' },
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
                        name: { kind: 'Name', value: 'rolledUpFrom' },
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
                  name: { kind: 'Name', value: 'attention' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'redIndicators' },
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
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overdueAssignments' },
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
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'risksAboveTolerance' },
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
} as unknown as DocumentNode<OverviewTest_UnitsQuery, OverviewTest_UnitsQueryVariables>;
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
export const OverviewTest_AttentionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewTest_Attention' },
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
                  name: { kind: 'Name', value: 'attention' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'newlyRed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'since' } },
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
                        name: { kind: 'Name', value: 'notReportedIndicators' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statusSetByHand' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'since' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
                        name: { kind: 'Name', value: 'overdueAuditActions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<OverviewTest_AttentionQuery, OverviewTest_AttentionQueryVariables>;
export const PerspectiveBadInputTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveBadInputTest_Create' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveBadInputTest_CreateMutation, PerspectiveBadInputTest_CreateMutationVariables>;
export const PerspectiveBadInputTest_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveBadInputTest_Update' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveBadInputTest_UpdateMutation, PerspectiveBadInputTest_UpdateMutationVariables>;
export const PerspectiveBadInputTest_ReorderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveBadInputTest_Reorder' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveBadInputTest_ReorderMutation, PerspectiveBadInputTest_ReorderMutationVariables>;
export const PerspectiveBadInputTest_RemoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveBadInputTest_Remove' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveBadInputTest_RemoveMutation, PerspectiveBadInputTest_RemoveMutationVariables>;
export const PerspectiveBadInputTest_CopyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectiveBadInputTest_Copy' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectiveBadInputTest_CopyMutation, PerspectiveBadInputTest_CopyMutationVariables>;
export const PerspectivesTest_ListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PerspectivesTest_List' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesTest_ListQuery, PerspectivesTest_ListQueryVariables>;
export const PerspectivesTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectivesTest_Create' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesTest_CreateMutation, PerspectivesTest_CreateMutationVariables>;
export const PerspectivesTest_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectivesTest_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesTest_UpdateMutation, PerspectivesTest_UpdateMutationVariables>;
export const PerspectivesTest_ReorderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectivesTest_Reorder' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesTest_ReorderMutation, PerspectivesTest_ReorderMutationVariables>;
export const PerspectivesTest_RemoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectivesTest_Remove' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesTest_RemoveMutation, PerspectivesTest_RemoveMutationVariables>;
export const PerspectivesTest_CopyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectivesTest_Copy' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerspectivesTest_CopyMutation, PerspectivesTest_CopyMutationVariables>;
export const PerspectivesTest_GoalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PerspectivesTest_Goals' },
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
            name: { kind: 'Name', value: 'goals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orgUnitCode' },
                value: { kind: 'StringValue', value: 'intraservice', block: false },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perspective' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
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
} as unknown as DocumentNode<PerspectivesTest_GoalsQuery, PerspectivesTest_GoalsQueryVariables>;
export const PerspectivesTest_CreateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PerspectivesTest_CreateReport' },
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
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sections' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'perspectiveName' } },
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
} as unknown as DocumentNode<PerspectivesTest_CreateReportMutation, PerspectivesTest_CreateReportMutationVariables>;
export const PlanningTest_PlanOfYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanningTest_PlanOfYear' },
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
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'draftChanges' },
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
                        kind: 'Field',
                        name: { kind: 'Name', value: 'revisions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'adoptedBy' },
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
} as unknown as DocumentNode<PlanningTest_PlanOfYearQuery, PlanningTest_PlanOfYearQueryVariables>;
export const PlanningTest_AdoptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanningTest_Adopt' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanningTest_AdoptMutation, PlanningTest_AdoptMutationVariables>;
export const PlanningTest_OpenRevisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanningTest_OpenRevision' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanningTest_OpenRevisionMutation, PlanningTest_OpenRevisionMutationVariables>;
export const PlanningTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanningTest_SaveValues' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'periodTarget' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanningTest_SaveValuesMutation, PlanningTest_SaveValuesMutationVariables>;
export const PlanningTest_CreateGoalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanningTest_CreateGoal' },
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
} as unknown as DocumentNode<PlanningTest_CreateGoalMutation, PlanningTest_CreateGoalMutationVariables>;
export const PlanningTest_SaveTargetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanningTest_SaveTargets' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'annualTarget' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanningTest_SaveTargetsMutation, PlanningTest_SaveTargetsMutationVariables>;
export const RollOverTest_PreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RollOverTest_Preview' },
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
                  name: { kind: 'Name', value: 'targetPlan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rolledOverFromYear' } },
                    ],
                  },
                },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
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
} as unknown as DocumentNode<RollOverTest_PreviewQuery, RollOverTest_PreviewQueryVariables>;
export const RollOverTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollOverTest_Commit' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rolledOverFromYear' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollOverTest_CommitMutation, RollOverTest_CommitMutationVariables>;
export const RollOverTest_AdoptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollOverTest_Adopt' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollOverTest_AdoptMutation, RollOverTest_AdoptMutationVariables>;
export const RollOverTest_OpenRevisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollOverTest_OpenRevision' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollOverTest_OpenRevisionMutation, RollOverTest_OpenRevisionMutationVariables>;
export const RollOverTest_TargetSheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RollOverTest_TargetSheet' },
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
                value: { kind: 'BooleanValue', value: true },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'isProposal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodTargets' } },
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
      },
    },
  ],
} as unknown as DocumentNode<RollOverTest_TargetSheetQuery, RollOverTest_TargetSheetQueryVariables>;
export const RollOverTest_ConfirmProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollOverTest_ConfirmProposals' },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'isProposal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodTargets' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollOverTest_ConfirmProposalsMutation, RollOverTest_ConfirmProposalsMutationVariables>;
export const PortfolioAdminTest_CreatePortfolioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioAdminTest_CreatePortfolio' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusUpdateIntervalWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
} as unknown as DocumentNode<
  PortfolioAdminTest_CreatePortfolioMutation,
  PortfolioAdminTest_CreatePortfolioMutationVariables
>;
export const PortfolioAdminTest_UpdatePortfolioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioAdminTest_UpdatePortfolio' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusUpdateIntervalWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PortfolioAdminTest_UpdatePortfolioMutation,
  PortfolioAdminTest_UpdatePortfolioMutationVariables
>;
export const PortfolioAdminTest_CreateProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioAdminTest_CreateProject' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
  PortfolioAdminTest_CreateProjectMutation,
  PortfolioAdminTest_CreateProjectMutationVariables
>;
export const PortfolioAdminTest_ChangePhaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioAdminTest_ChangePhase' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioAdminTest_ChangePhaseMutation, PortfolioAdminTest_ChangePhaseMutationVariables>;
export const PortfolioAdminTest_AddStatusUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PortfolioAdminTest_AddStatusUpdate' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deviations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
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
      },
    },
  ],
} as unknown as DocumentNode<
  PortfolioAdminTest_AddStatusUpdateMutation,
  PortfolioAdminTest_AddStatusUpdateMutationVariables
>;
export const PortfolioAdminTest_SummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioAdminTest_Summary' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutBudget' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'project' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
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
      },
    },
  ],
} as unknown as DocumentNode<PortfolioAdminTest_SummaryQuery, PortfolioAdminTest_SummaryQueryVariables>;
export const PortfolioAdminTest_OwningUnitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PortfolioAdminTest_OwningUnits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'portfolioOwningUnits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioAdminTest_OwningUnitsQuery, PortfolioAdminTest_OwningUnitsQueryVariables>;
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
export const ProjectHistoryTest_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectHistoryTest_Move' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
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
                  name: { kind: 'Name', value: 'moves' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fromPortfolio' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'toPortfolio' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'movedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
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
} as unknown as DocumentNode<ProjectHistoryTest_MoveMutation, ProjectHistoryTest_MoveMutationVariables>;
export const ProjectHistoryTest_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectHistoryTest_Close' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectHistoryTest_CloseMutation, ProjectHistoryTest_CloseMutationVariables>;
export const ProjectHistoryTest_ProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectHistoryTest_Project' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stateAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'month' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
                    },
                  ],
                },
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
                  name: { kind: 'Name', value: 'portfolioAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'month' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'status' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'upTo' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'statusDate' } }],
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
} as unknown as DocumentNode<ProjectHistoryTest_ProjectQuery, ProjectHistoryTest_ProjectQueryVariables>;
export const ProjectHistoryTest_BoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectHistoryTest_Board' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
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
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projectsAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'month' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stateAsOf' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'month' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
                          },
                        ],
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'portfolioAsOf' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'month' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'status' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'upTo' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
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
                                ],
                              },
                            },
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
} as unknown as DocumentNode<ProjectHistoryTest_BoardQuery, ProjectHistoryTest_BoardQueryVariables>;
export const ProjectHistoryTest_OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectHistoryTest_Overview' },
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
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'portfolioName' } },
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
} as unknown as DocumentNode<ProjectHistoryTest_OverviewQuery, ProjectHistoryTest_OverviewQueryVariables>;
export const ProjectHistoryTest_AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectHistoryTest_AuditLog' },
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
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
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
} as unknown as DocumentNode<ProjectHistoryTest_AuditLogQuery, ProjectHistoryTest_AuditLogQueryVariables>;
export const ProjectHistoryTest_CreateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectHistoryTest_CreateReport' },
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
} as unknown as DocumentNode<ProjectHistoryTest_CreateReportMutation, ProjectHistoryTest_CreateReportMutationVariables>;
export const ProjectHistoryTest_ReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectHistoryTest_Report' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'content' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sections' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
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
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'portfolioName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<ProjectHistoryTest_ReportQuery, ProjectHistoryTest_ReportQueryVariables>;
export const ProjectLineageTest_SplitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectLineageTest_Split' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualEnd' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stateChanges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'successors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'project' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
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
} as unknown as DocumentNode<ProjectLineageTest_SplitMutation, ProjectLineageTest_SplitMutationVariables>;
export const ProjectLineageTest_MergeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectLineageTest_Merge' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
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
                  name: { kind: 'Name', value: 'origins' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'project' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
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
} as unknown as DocumentNode<ProjectLineageTest_MergeMutation, ProjectLineageTest_MergeMutationVariables>;
export const ProjectLineageTest_BudgetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectLineageTest_Budgets' },
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
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costToDateTkr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutBudget' } },
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
} as unknown as DocumentNode<ProjectLineageTest_BudgetsQuery, ProjectLineageTest_BudgetsQueryVariables>;
export const ProjectLineageTest_LineageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectLineageTest_Lineage' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'origins' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'statusUpdates' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'statusDate' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'successors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'project' },
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
      },
    },
  ],
} as unknown as DocumentNode<ProjectLineageTest_LineageQuery, ProjectLineageTest_LineageQueryVariables>;
export const ProjectLineageTest_BoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectLineageTest_Board' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
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
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'projectsAsOf' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'month' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'stateAsOf' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'month' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
                          },
                        ],
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'origins' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'project' },
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
                        name: { kind: 'Name', value: 'successors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'project' },
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
} as unknown as DocumentNode<ProjectLineageTest_BoardQuery, ProjectLineageTest_BoardQueryVariables>;
export const ProjectLineageTest_AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectLineageTest_AuditLog' },
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
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityName' } },
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
} as unknown as DocumentNode<ProjectLineageTest_AuditLogQuery, ProjectLineageTest_AuditLogQueryVariables>;
export const ProjectPeopleTest_OptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectPeopleTest_Options' },
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
} as unknown as DocumentNode<ProjectPeopleTest_OptionsQuery, ProjectPeopleTest_OptionsQueryVariables>;
export const ProjectPeopleTest_CreateProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectPeopleTest_CreateProject' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectPeopleTest_CreateProjectMutation, ProjectPeopleTest_CreateProjectMutationVariables>;
export const ProjectPeopleTest_SaveDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectPeopleTest_SaveDetails' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectPeopleTest_SaveDetailsMutation, ProjectPeopleTest_SaveDetailsMutationVariables>;
export const ProjectPeopleTest_ProjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectPeopleTest_Project' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'manager' } },
                { kind: 'Field', name: { kind: 'Name', value: 'managerUserId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProjectPeopleTest_ProjectQuery, ProjectPeopleTest_ProjectQueryVariables>;
export const ProjectPeopleTest_CreatePortfolioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectPeopleTest_CreatePortfolio' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProjectPeopleTest_CreatePortfolioMutation,
  ProjectPeopleTest_CreatePortfolioMutationVariables
>;
export const ProjectPeopleTest_UpdatePortfolioDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectPeopleTest_UpdatePortfolio' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerUserId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ProjectPeopleTest_UpdatePortfolioMutation,
  ProjectPeopleTest_UpdatePortfolioMutationVariables
>;
export const ProjectPeopleTest_AddStatusUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProjectPeopleTest_AddStatusUpdate' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deviations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actionOwner' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actionOwnerUserId' } },
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
  ProjectPeopleTest_AddStatusUpdateMutation,
  ProjectPeopleTest_AddStatusUpdateMutationVariables
>;
export const ProjectPeopleTest_BudgetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProjectPeopleTest_Budget' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetTkr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'forecastTkr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectsWithoutForecast' } },
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
} as unknown as DocumentNode<ProjectPeopleTest_BudgetQuery, ProjectPeopleTest_BudgetQueryVariables>;
export const RemindersTest_MySettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RemindersTest_MySettings' },
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
} as unknown as DocumentNode<RemindersTest_MySettingsQuery, RemindersTest_MySettingsQueryVariables>;
export const RemindersTest_SetFrequencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemindersTest_SetFrequency' },
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
} as unknown as DocumentNode<RemindersTest_SetFrequencyMutation, RemindersTest_SetFrequencyMutationVariables>;
export const RemindersTest_SendLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RemindersTest_SendLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReminderMailStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occasion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemindersTest_SendLogQuery, RemindersTest_SendLogQueryVariables>;
export const RemindersTest_RetryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemindersTest_Retry' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemindersTest_RetryMutation, RemindersTest_RetryMutationVariables>;
export const PeriodLockTest_SaveValueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_SaveValue' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_SaveValueMutation, PeriodLockTest_SaveValueMutationVariables>;
export const PeriodLockTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_SaveValues' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'outcome' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_SaveValuesMutation, PeriodLockTest_SaveValuesMutationVariables>;
export const PeriodLockTest_SetAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_SetAssessment' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fulfilment' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_SetAssessmentMutation, PeriodLockTest_SetAssessmentMutationVariables>;
export const PeriodLockTest_SaveActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_SaveActivity' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_SaveActivityMutation, PeriodLockTest_SaveActivityMutationVariables>;
export const PeriodLockTest_SaveAssignmentStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_SaveAssignmentStatus' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PeriodLockTest_SaveAssignmentStatusMutation,
  PeriodLockTest_SaveAssignmentStatusMutationVariables
>;
export const PeriodLockTest_SaveAuditActionStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_SaveAuditActionStatus' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PeriodLockTest_SaveAuditActionStatusMutation,
  PeriodLockTest_SaveAuditActionStatusMutationVariables
>;
export const PeriodLockTest_SaveNarrativeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_SaveNarrative' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'narrative' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_SaveNarrativeMutation, PeriodLockTest_SaveNarrativeMutationVariables>;
export const PeriodLockTest_RecordControlResultDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_RecordControlResult' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'performed' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PeriodLockTest_RecordControlResultMutation,
  PeriodLockTest_RecordControlResultMutationVariables
>;
export const PeriodLockTest_AddValuationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_AddValuation' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'valuedOn' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_AddValuationMutation, PeriodLockTest_AddValuationMutationVariables>;
export const PeriodLockTest_CreateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_CreateRisk' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_CreateRiskMutation, PeriodLockTest_CreateRiskMutationVariables>;
export const PeriodLockTest_AddStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_AddStatus' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'statusDate' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_AddStatusMutation, PeriodLockTest_AddStatusMutationVariables>;
export const PeriodLockTest_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PeriodLockTest_Close' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodLockTest_CloseMutation, PeriodLockTest_CloseMutationVariables>;
export const ReportingCalendarTest_GenerateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingCalendarTest_Generate' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ruleDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadlineMoved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<ReportingCalendarTest_GenerateMutation, ReportingCalendarTest_GenerateMutationVariables>;
export const ReportingCalendarTest_CalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingCalendarTest_Calendar' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
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
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'business' },
                        name: { kind: 'Name', value: 'deadlineAt' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'level' },
                            value: { kind: 'EnumValue', value: 'BUSINESS_AREA' },
                          },
                        ],
                      },
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'committee' },
                        name: { kind: 'Name', value: 'deadlineAt' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'level' },
                            value: { kind: 'EnumValue', value: 'COMMITTEE' },
                          },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingCalendarYears' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingCalendarTest_CalendarQuery, ReportingCalendarTest_CalendarQueryVariables>;
export const ReportingCalendarTest_MoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingCalendarTest_Move' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ruleDeadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadlineMoved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingCalendarTest_MoveMutation, ReportingCalendarTest_MoveMutationVariables>;
export const ReportingCalendarTest_SetLevelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingCalendarTest_SetLevel' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
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
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'business' },
                  name: { kind: 'Name', value: 'deadlineAt' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'level' },
                      value: { kind: 'EnumValue', value: 'BUSINESS_AREA' },
                    },
                  ],
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'committee' },
                  name: { kind: 'Name', value: 'deadlineAt' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'level' },
                      value: { kind: 'EnumValue', value: 'COMMITTEE' },
                    },
                  ],
                },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingCalendarTest_SetLevelMutation, ReportingCalendarTest_SetLevelMutationVariables>;
export const ReportingCalendarTest_CloseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingCalendarTest_Close' },
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
} as unknown as DocumentNode<ReportingCalendarTest_CloseMutation, ReportingCalendarTest_CloseMutationVariables>;
export const ReportingCalendarTest_ReopenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingCalendarTest_Reopen' },
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
} as unknown as DocumentNode<ReportingCalendarTest_ReopenMutation, ReportingCalendarTest_ReopenMutationVariables>;
export const ReportingCalendarTest_PeriodsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingCalendarTest_Periods' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workingDaysAfterPeriodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ruleDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadlineMoved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
} as unknown as DocumentNode<ReportingCalendarTest_PeriodsQuery, ReportingCalendarTest_PeriodsQueryVariables>;
export const ReportingDisciplineTest_DisciplineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingDisciplineTest_Discipline' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'orgUnit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'late' } },
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
                          ],
                        },
                      },
                    ],
                  },
                },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
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
      },
    },
  ],
} as unknown as DocumentNode<ReportingDisciplineTest_DisciplineQuery, ReportingDisciplineTest_DisciplineQueryVariables>;
export const ReportingDisciplineTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingDisciplineTest_SaveValues' },
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
} as unknown as DocumentNode<
  ReportingDisciplineTest_SaveValuesMutation,
  ReportingDisciplineTest_SaveValuesMutationVariables
>;
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
export const ReportsTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportsTest_SaveValues' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'rolling12' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsTest_SaveValuesMutation, ReportsTest_SaveValuesMutationVariables>;
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
export const RiskCategoryOrderTest_CategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskCategoryOrderTest_Categories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryOrderTest_CategoriesQuery, RiskCategoryOrderTest_CategoriesQueryVariables>;
export const RiskCategoryOrderTest_RegisterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskCategoryOrderTest_Register' },
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
            name: { kind: 'Name', value: 'riskCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
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
} as unknown as DocumentNode<RiskCategoryOrderTest_RegisterQuery, RiskCategoryOrderTest_RegisterQueryVariables>;
export const RiskCategoryOrderTest_ReorderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskCategoryOrderTest_Reorder' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryOrderTest_ReorderMutation, RiskCategoryOrderTest_ReorderMutationVariables>;
export const RiskCategoryOrderTest_CreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskCategoryOrderTest_Create' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryOrderTest_CreateMutation, RiskCategoryOrderTest_CreateMutationVariables>;
export const RiskCategoryOrderTest_UpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskCategoryOrderTest_Update' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskCategoryOrderTest_UpdateMutation, RiskCategoryOrderTest_UpdateMutationVariables>;
export const RiskCategoryOrderTest_RemoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskCategoryOrderTest_Remove' },
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
} as unknown as DocumentNode<RiskCategoryOrderTest_RemoveMutation, RiskCategoryOrderTest_RemoveMutationVariables>;
export const RiskSettingsTest_CategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskSettingsTest_Categories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
                { kind: 'Field', name: { kind: 'Name', value: 'riskCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskSettingsTest_CategoriesQuery, RiskSettingsTest_CategoriesQueryVariables>;
export const RiskSettingsTest_CreateCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskSettingsTest_CreateCategory' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
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
} as unknown as DocumentNode<RiskSettingsTest_CreateCategoryMutation, RiskSettingsTest_CreateCategoryMutationVariables>;
export const RiskSettingsTest_UpdateCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskSettingsTest_UpdateCategory' },
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
} as unknown as DocumentNode<RiskSettingsTest_UpdateCategoryMutation, RiskSettingsTest_UpdateCategoryMutationVariables>;
export const RiskSettingsTest_RemoveCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskSettingsTest_RemoveCategory' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskSettingsTest_RemoveCategoryMutation, RiskSettingsTest_RemoveCategoryMutationVariables>;
export const RiskSettingsTest_SetScaleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskSettingsTest_SetScale' },
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
} as unknown as DocumentNode<RiskSettingsTest_SetScaleMutation, RiskSettingsTest_SetScaleMutationVariables>;
export const RiskSettingsTest_CreateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskSettingsTest_CreateRisk' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
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
} as unknown as DocumentNode<RiskSettingsTest_CreateRiskMutation, RiskSettingsTest_CreateRiskMutationVariables>;
export const RiskSettingsTest_UpdateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RiskSettingsTest_UpdateRisk' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
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
} as unknown as DocumentNode<RiskSettingsTest_UpdateRiskMutation, RiskSettingsTest_UpdateRiskMutationVariables>;
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
export const TargetsTest_ConfirmProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TargetsTest_ConfirmProposals' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'isProposal' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetsTest_ConfirmProposalsMutation, TargetsTest_ConfirmProposalsMutationVariables>;
export const TargetsTest_SheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetsTest_Sheet' },
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
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'includeSubunits' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
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
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetsTest_SheetQuery, TargetsTest_SheetQueryVariables>;
export const TargetsTest_SaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TargetsTest_Save' },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TargetsTest_SaveMutation, TargetsTest_SaveMutationVariables>;
export const TargetsTest_ReportedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetsTest_Reported' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
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
            name: { kind: 'Name', value: 'latestReportMonth' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orgUnit' },
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
                  name: { kind: 'Name', value: 'latestValue' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'upTo' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'year' },
                            value: { kind: 'IntValue', value: '2024' },
                          },
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'month' },
                            value: { kind: 'IntValue', value: '12' },
                          },
                        ],
                      },
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
} as unknown as DocumentNode<TargetsTest_ReportedQuery, TargetsTest_ReportedQueryVariables>;
export const TargetsTest_EconomyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetsTest_Economy' },
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
                  name: { kind: 'Name', value: 'businessAreaResults' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsBudgetToDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationsBudget' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'developmentBudget' } },
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
} as unknown as DocumentNode<TargetsTest_EconomyQuery, TargetsTest_EconomyQueryVariables>;
export const ReportingObligationsTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportingObligationsTest_SaveValues' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReportingObligationsTest_SaveValuesMutation,
  ReportingObligationsTest_SaveValuesMutationVariables
>;
export const ToDoTest_MyToDoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ToDoTest_MyToDo' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'orgUnitName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ToDoTest_MyToDoQuery, ToDoTest_MyToDoQueryVariables>;
export const ToDoTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ToDoTest_SaveValues' },
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
} as unknown as DocumentNode<ToDoTest_SaveValuesMutation, ToDoTest_SaveValuesMutationVariables>;
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
export const ValueImportPeriodLockTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportPeriodLockTest_Commit' },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ValueImportPeriodLockTest_CommitMutation,
  ValueImportPeriodLockTest_CommitMutationVariables
>;
export const ValueImportPlanLockTest_RowsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ValueImportPlanLockTest_Rows' },
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
                      value: { kind: 'IntValue', value: '50' },
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
} as unknown as DocumentNode<ValueImportPlanLockTest_RowsQuery, ValueImportPlanLockTest_RowsQueryVariables>;
export const ValueImportPlanLockTest_CommitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ValueImportPlanLockTest_Commit' },
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
} as unknown as DocumentNode<ValueImportPlanLockTest_CommitMutation, ValueImportPlanLockTest_CommitMutationVariables>;
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
export const ReadRoutingTest_SheetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReadRoutingTest_Sheet' },
      variableDefinitions: [
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
                value: { kind: 'StringValue', value: 'intraservice', block: false },
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
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
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
} as unknown as DocumentNode<ReadRoutingTest_SheetQuery, ReadRoutingTest_SheetQueryVariables>;
export const ReadRoutingTest_SaveValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReadRoutingTest_SaveValues' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReadRoutingTest_SaveValuesMutation, ReadRoutingTest_SaveValuesMutationVariables>;
export const ReadRoutingTest_PlanLockDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReadRoutingTest_PlanLock' },
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
                value: { kind: 'StringValue', value: 'intraservice', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canPlan' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'IntValue', value: '2023' },
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
                      value: { kind: 'IntValue', value: '2023' },
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReadRoutingTest_PlanLockQuery, ReadRoutingTest_PlanLockQueryVariables>;
export const ReadRoutingTest_OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReadRoutingTest_Overview' },
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
                      value: { kind: 'IntValue', value: '5' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changeCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'perspectives' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keyIndicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'redProjects' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'topRisks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attention' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'redIndicators' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'notReportedIndicators' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overdueAssignments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overdueAuditActions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: '__typename' } }],
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
} as unknown as DocumentNode<ReadRoutingTest_OverviewQuery, ReadRoutingTest_OverviewQueryVariables>;
export const ReadRoutingTest_ValueImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReadRoutingTest_ValueImport' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReadRoutingTest_ValueImportQuery, ReadRoutingTest_ValueImportQueryVariables>;
