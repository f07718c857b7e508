import type { GraphQLResolveInfo } from 'graphql';
import type {
  OrgUnitModel as OrgUnitModelRow,
  PerspectiveModel as PerspectiveModelRow,
  GoalModel as GoalModelRow,
  GoalAssessmentModel as GoalAssessmentModelRow,
  IndicatorModel as IndicatorModelRow,
  IndicatorValueModel as IndicatorValueModelRow,
} from '@lagesbild/db';
import type { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Goal: ResolverTypeWrapper<GoalModelRow>;
  GoalAssessment: ResolverTypeWrapper<GoalAssessmentModelRow>;
  GoalFulfilment: GoalFulfilment;
  GoalLevel: GoalLevel;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorModelRow>;
  IndicatorDirection: IndicatorDirection;
  IndicatorKind: IndicatorKind;
  IndicatorUnit: IndicatorUnit;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueModelRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MonthInput: MonthInput;
  OrgUnit: ResolverTypeWrapper<OrgUnitModelRow>;
  OrgUnitKind: OrgUnitKind;
  Periodicity: Periodicity;
  Perspective: ResolverTypeWrapper<PerspectiveModelRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ValueStatus: ValueStatus;
  YearMonth: ResolverTypeWrapper<YearMonth>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  Goal: GoalModelRow;
  GoalAssessment: GoalAssessmentModelRow;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorModelRow;
  IndicatorValue: IndicatorValueModelRow;
  Int: Scalars['Int']['output'];
  MonthInput: MonthInput;
  OrgUnit: OrgUnitModelRow;
  Perspective: PerspectiveModelRow;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  YearMonth: YearMonth;
};

export type GoalResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal'],
> = {
  assessment?: Resolver<
    Maybe<ResolversTypes['GoalAssessment']>,
    ParentType,
    ContextType,
    RequireFields<GoalAssessmentArgs, 'upTo'>
  >;
  children?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['GoalLevel'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalAssessmentResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['GoalAssessment'] = ResolversParentTypes['GoalAssessment'],
> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fulfilment?: Resolver<ResolversTypes['GoalFulfilment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cumulative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndicatorDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  latestValue?: Resolver<
    Maybe<ResolversTypes['IndicatorValue']>,
    ParentType,
    ContextType,
    RequireFields<IndicatorLatestValueArgs, 'upTo'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgUnit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  periodicity?: Resolver<ResolversTypes['Periodicity'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
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
  outcome?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolling12?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit'],
> = {
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrgUnitKind'], ParentType, ContextType>;
  latestReportMonth?: Resolver<Maybe<ResolversTypes['YearMonth']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
};

export type PerspectiveResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Perspective'] = ResolversParentTypes['Perspective'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  goals?: Resolver<
    Array<ResolversTypes['Goal']>,
    ParentType,
    ContextType,
    RequireFields<QueryGoalsArgs, 'orgUnitCode' | 'year'>
  >;
  latestReportMonth?: Resolver<Maybe<ResolversTypes['YearMonth']>, ParentType, ContextType>;
  orgUnit?: Resolver<
    Maybe<ResolversTypes['OrgUnit']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrgUnitArgs, 'code'>
  >;
  orgUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  perspectives?: Resolver<Array<ResolversTypes['Perspective']>, ParentType, ContextType>;
};

export type YearMonthResolvers<
  ContextType = RequestContext,
  ParentType extends ResolversParentTypes['YearMonth'] = ResolversParentTypes['YearMonth'],
> = {
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Goal?: GoalResolvers<ContextType>;
  GoalAssessment?: GoalAssessmentResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  Perspective?: PerspectiveResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  YearMonth?: YearMonthResolvers<ContextType>;
};
