/**
 * The shape of the demo dataset: plain data transcribed from the source documents
 * (../shared/sources), linked by stable keys rather than database ids so the files read
 * like the documents they come from. The demo seed turns this into rows.
 *
 * Enum values match the Prisma enums in prisma/schema.prisma.
 */

export type OrgUnitKind = 'CITY' | 'COMMITTEE' | 'BUSINESS_AREA' | 'DEPARTMENT';
/** Where a project is in the project model (initiering, planering, genomförande, avslut). */
export type ProjectPhase = 'INITIATION' | 'PLANNING' | 'EXECUTION' | 'CLOSURE';
export type Periodicity = 'YEAR' | 'TERTIAL' | 'MONTH';
export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'ON_TARGET';
export type IndicatorUnit = 'PERCENT' | 'COUNT' | 'TKR' | 'MNKR' | 'INDEX' | 'FTE' | 'TERABYTE';
export type IndicatorKind = 'PERFORMANCE' | 'FINANCIAL';
export type GoalLevel = 'COUNCIL' | 'COMMITTEE';
export type GoalFulfilment = 'FULFILLED' | 'PARTLY_FULFILLED' | 'NOT_FULFILLED' | 'NOT_ASSESSED';
export type ActivityStatus = 'NOT_STARTED' | 'ONGOING' | 'COMPLETED' | 'DELAYED' | 'CANCELLED';
export type AssignmentSource = 'COUNCIL_BUDGET' | 'COUNCIL_OTHER' | 'EXECUTIVE_BOARD';
export type AssignmentStatus = 'NOT_STARTED' | 'ONGOING' | 'PROPOSED_COMPLETE' | 'DECLARED_COMPLETE';
export type RagStatus = 'GREEN' | 'YELLOW' | 'RED';
export type StatusDimension = 'TIME' | 'COST' | 'RESULT';
export type ProjectState = 'NOT_STARTED' | 'STARTED' | 'PAUSED' | 'CLOSED' | 'WILL_NOT_START';
export type MitigationStatus = 'PLANNED' | 'ONGOING' | 'DONE';
export type ControlOutcome = 'OK' | 'DEVIATION';

/** ISO date, "2023-12-31". */
export type IsoDate = string;

export interface OrgUnitSeed {
  key: string;
  name: string;
  kind: OrgUnitKind;
  parentKey?: string;
}

export interface PerspectiveSeed {
  key: string;
  name: string;
  sortOrder: number;
}

export interface GoalSeed {
  key: string;
  title: string;
  description?: string;
  level: GoalLevel;
  perspectiveKey: string;
  orgUnitKey: string;
  year: number;
  /** Council goals this committee goal contributes to (a committee goal may serve several). */
  parentKeys: string[];
  sortOrder: number;
  /** The goal of the year before that this one carries forward (its lineage, `Goal.previousGoalId`). */
  previousKey?: string;
}

/** The assessed fulfilment of a goal in a report period (a month: 5 = the May report). */
export interface GoalAssessmentSeed {
  goalKey: string;
  year: number;
  month: number;
  fulfilment: GoalFulfilment;
  comment?: string;
}

export interface IndicatorSeed {
  /** Stable code, shared by the same indicator measured in several org units. */
  code: string;
  orgUnitKey: string;
  name: string;
  description?: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  direction: IndicatorDirection;
  /** True when period values add up over the year (invoices handled), false for levels (sick leave %). */
  cumulative: boolean;
  /** For levels: a tertial or year without its own value is the average of its months (default: the latest). */
  levelAggregation?: 'LATEST' | 'AVERAGE';
  kind: IndicatorKind;
  goalKeys: string[];
  sortOrder: number;
  /** Shown as a tile on the overview. */
  isKey?: boolean;
  /** How a parent unit shows the units' figures (default: by the unit of measure, see the seed). */
  unitRollup?: 'SUM' | 'AVERAGE' | 'LIST';
}

/**
 * One figure set for one indicator and period. `granularity` may be coarser than the
 * indicator's periodicity: a monthly indicator also has yearly outcomes (2020, 2021).
 * periodNumber: month 1-12, tertial 1-3, 1 for a year.
 */
export interface IndicatorValueSeed {
  indicatorCode: string;
  orgUnitKey: string;
  granularity: Periodicity;
  year: number;
  periodNumber: number;
  outcome?: number;
  periodTarget?: number;
  fullYearForecast?: number;
  annualTarget?: number;
  rolling12?: number;
  /** True for values generated to fill a series between the documents' known points. */
  isSynthetic: boolean;
  comment?: string;
  /** Where the figure comes from, e.g. "000 2.1 tabell Månad". Empty for synthetic rows. */
  source?: string;
}

export interface PeriodUpdateSeed<Status> {
  year: number;
  month: number;
  status: Status;
  comment?: string;
}

export interface ActivitySeed {
  key: string;
  goalKey?: string;
  perspectiveKey: string;
  orgUnitKey: string;
  title: string;
  endDate: IsoDate;
  updates: PeriodUpdateSeed<ActivityStatus>[];
  sortOrder: number;
}

export interface AssignmentSeed {
  key: string;
  orgUnitKey: string;
  /** The plan year the assignment was given in. */
  year: number;
  source: AssignmentSource;
  caseNumber?: string;
  title: string;
  deadline?: IsoDate;
  updates: PeriodUpdateSeed<AssignmentStatus>[];
}

export type AuditActionStatus = 'NOT_STARTED' | 'ONGOING' | 'DONE';

/** A recommendation of an audit report and the committee's action for it. */
export interface AuditRecommendationSeed {
  recommendation: string;
  action?: string;
  ownerName?: string;
  dueDate?: IsoDate;
  updates: PeriodUpdateSeed<AuditActionStatus>[];
}

/** An audit report (revisionsrapport) to a unit. */
export interface AuditReportSeed {
  key: string;
  orgUnitKey: string;
  year: number;
  title: string;
  auditor: string;
  reportDate: IsoDate;
  caseNumber?: string;
  recommendations: AuditRecommendationSeed[];
}

export interface RiskCategorySeed {
  key: string;
  name: string;
  sortOrder: number;
}

export interface RiskSeed {
  key: string;
  orgUnitKey: string;
  categoryKey: string;
  title: string;
  description?: string;
  owner?: string;
  valuations: {
    valuedOn: IsoDate;
    probability: number;
    consequence: number;
    reasoning?: string;
    /** True when the documents give no valuation and the figure is made up for the demo. */
    isDemoValue: boolean;
  }[];
  mitigations: { title: string; responsible?: string; dueDate?: IsoDate; status: MitigationStatus }[];
  controls: {
    title: string;
    method?: string;
    frequency?: string;
    performedBy?: string;
    results: {
      year: number;
      month: number;
      performed: boolean;
      outcome?: ControlOutcome;
      description?: string;
      followUpAction?: string;
      /** True when the documents give no result and it is made up for the demo. */
      isDemoValue: boolean;
    }[];
  }[];
}

export interface ProjectStatusUpdateSeed {
  statusDate: IsoDate;
  time: RagStatus;
  cost: RagStatus;
  result: RagStatus;
  comment?: string;
  /** Cause and action for each dimension that is yellow or red. */
  deviations: { dimension: StatusDimension; cause: string; action: string }[];
}

export interface ProjectSeed {
  key: string;
  name: string;
  description?: string;
  owner?: string;
  manager?: string;
  phase?: ProjectPhase;
  state: ProjectState;
  plannedStart?: IsoDate;
  plannedEnd?: IsoDate;
  actualStart?: IsoDate;
  actualEnd?: IsoDate;
  pausedUntil?: IsoDate;
  budgetTkr?: number;
  costToDateTkr?: number;
  /**
   * Oldest first. `fromState` says what the project was before the first change when a document
   * shows it (a project closed in 2024 was started in 2023); later changes start from the one before.
   */
  stateChanges: { changedOn: IsoDate; fromState?: ProjectState; toState: ProjectState; reason: string }[];
  /**
   * Moves from another portfolio, oldest first: each names the portfolio the project left; the
   * last one led to the portfolio the project is listed in.
   */
  moves?: { movedOn: IsoDate; fromPortfolioKey: string; reason: string }[];
  statusUpdates: ProjectStatusUpdateSeed[];
}

export interface PortfolioSeed {
  key: string;
  orgUnitKey: string;
  name: string;
  statusUpdateIntervalWeeks: number;
  periodStatuses: { year: number; month: number; narrative: string; changes?: string }[];
  projects: ProjectSeed[];
}

export interface DemoDataset {
  orgUnits: OrgUnitSeed[];
  perspectives: PerspectiveSeed[];
  goals: GoalSeed[];
  goalAssessments: GoalAssessmentSeed[];
  indicators: IndicatorSeed[];
  indicatorValues: IndicatorValueSeed[];
  activities: ActivitySeed[];
  assignments: AssignmentSeed[];
  auditReports: AuditReportSeed[];
  riskCategories: RiskCategorySeed[];
  risks: RiskSeed[];
  portfolios: PortfolioSeed[];
  forecastRounds: ForecastRoundSeed[];
  reports: ReportSeed[];
  plans: PlanSeed[];
}

/** A unit's adopted operational plan of a year: the committee's decision adopting it. */
export interface PlanSeed {
  orgUnitKey: string;
  year: number;
  decisionDate: string;
  caseNumber: string;
}

/** An indicator's full-year forecast in a forecast round, with why it changed. */
export interface RoundForecastSeed {
  indicatorCode: string;
  orgUnitKey: string;
  fullYearForecast: number;
  comment?: string;
  /** Where the figure comes from, e.g. "000 §2.4". */
  source: string;
}

/** A forecast round of a year (the March and May forecasts of 000). */
export interface ForecastRoundSeed {
  year: number;
  name: string;
  /** ISO date the round speaks for. */
  asOf: string;
  status: 'OPEN' | 'CLOSED';
  /** True when the date is the demo data's own: the source gives the figures but not when they were made. */
  isDemoValue?: boolean;
  forecasts: RoundForecastSeed[];
}

/** A report with its analysis texts, by section: SUMMARY, a perspective's key, ECONOMY, PORTFOLIO or RISKS. */
export interface ReportSeed {
  orgUnitKey: string;
  type: 'MONTHLY' | 'INTERIM_MARCH' | 'INTERIM_AUGUST' | 'ANNUAL';
  year: number;
  month: number;
  /** The source document the texts come from. */
  source: string;
  analysisTexts: Record<string, string>;
}
