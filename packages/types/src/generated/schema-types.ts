export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/**
 * A goal: a council goal (KF-mål, "centralt mål") or a committee goal (nämndmål, "mål/delmål")
 * that contributes to one or more council goals.
 */
export type Goal = {
  __typename?: 'Goal';
  /** The assessed fulfilment in the report period (a month), or the latest one before it; null when never assessed. */
  assessment?: Maybe<GoalAssessment>;
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
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
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
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type GoalFulfilment = 'FULFILLED' | 'NOT_ASSESSED' | 'NOT_FULFILLED' | 'PARTLY_FULFILLED';

export type GoalLevel = 'COMMITTEE' | 'COUNCIL';

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type Indicator = {
  __typename?: 'Indicator';
  /** Shared by the same indicator in several org units, so they can be compared. */
  code: Scalars['String']['output'];
  /** True for volumes that add up over the year; their values are year-to-date (May holds January–May). False for levels (rates). */
  cumulative: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  direction: IndicatorDirection;
  id: Scalars['ID']['output'];
  kind: IndicatorKind;
  /**
   * The latest value with an outcome, at the indicator's own periodicity, in a period that has
   * begun by the given month: in May, tertial 2 (May–August) so far counts, as in the monthly report.
   */
  latestValue?: Maybe<IndicatorValue>;
  name: Scalars['String']['output'];
  orgUnit: OrgUnit;
  periodicity: Periodicity;
  unit: IndicatorUnit;
};

/** An indicator (or a financial line, kind FINANCIAL) and its values per period. */
export type IndicatorLatestValueArgs = {
  upTo: MonthInput;
};

export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'ON_TARGET';

export type IndicatorKind = 'FINANCIAL' | 'PERFORMANCE';

export type IndicatorUnit = 'COUNT' | 'FTE' | 'INDEX' | 'MNKR' | 'PERCENT' | 'TERABYTE' | 'TKR';

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
  outcome?: Maybe<Scalars['Float']['output']>;
  /** The period as a key: `2023` (year), `2023-T2` (tertial) or `2023-05` (month). */
  period: Scalars['String']['output'];
  /** Month 1–12, tertial 1–3, or 1 for a year. */
  periodNumber: Scalars['Int']['output'];
  periodTarget?: Maybe<Scalars['Float']['output']>;
  rolling12?: Maybe<Scalars['Float']['output']>;
  /** The status from the status rule (or a reasoned override). */
  status: ValueStatus;
  year: Scalars['Int']['output'];
};

/** A report period: a month of a year. */
export type MonthInput = {
  /** 1 to 12. */
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

/**
 * A node of the organisation tree: the city, a committee and its administration
 * (nämnd/förvaltning), a business area (verksamhetsområde) or a department.
 */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** The units directly below this one, in their display order. */
  children: Array<OrgUnit>;
  /** Stable identifier used in links and the URL, e.g. `intraservice`. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: OrgUnitKind;
  /** The latest month with a real (not generated) monthly outcome of this unit's indicators: its default report period. */
  latestReportMonth?: Maybe<YearMonth>;
  name: Scalars['String']['output'];
  /** The unit above this one; null for the city. */
  parent?: Maybe<OrgUnit>;
};

export type OrgUnitKind = 'BUSINESS_AREA' | 'CITY' | 'COMMITTEE' | 'DEPARTMENT';

export type Periodicity = 'MONTH' | 'TERTIAL' | 'YEAR';

/** A perspective of the steering model: Kund och ägare, Medarbetare, Process, Ekonomi, Hållbarhet. */
export type Perspective = {
  __typename?: 'Perspective';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The goals of an org unit for a year (its own committee goals and the council goals they serve), in display order. */
  goals: Array<Goal>;
  /** The latest month with a real (not generated) monthly outcome of any unit. Null in an empty database. */
  latestReportMonth?: Maybe<YearMonth>;
  /** One org unit by its code, or null when there is none. */
  orgUnit?: Maybe<OrgUnit>;
  /** Every org unit, parents before children and siblings in display order. */
  orgUnits: Array<OrgUnit>;
  /** The perspectives, in display order. */
  perspectives: Array<Perspective>;
};

export type QueryGoalsArgs = {
  orgUnitCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type QueryOrgUnitArgs = {
  code: Scalars['String']['input'];
};

/** Green, yellow or red from the status rule, or not assessed when outcome or target is missing. */
export type ValueStatus = 'GREEN' | 'NOT_ASSESSED' | 'RED' | 'YELLOW';

/** A month of a year. */
export type YearMonth = {
  __typename?: 'YearMonth';
  month: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};
