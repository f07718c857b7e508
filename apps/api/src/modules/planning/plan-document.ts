import type { IndicatorModel, IndicatorValueModel, Periodicity, PlanModel, PrismaClient } from '@lagesbild/db';
import { toIsoDate } from '@lagesbild/types';
import type { Request } from 'express';
import type { RequestContextFactory } from '../../context';
import { LayoutBuilder, figure } from '../../documents';
import type { DocumentLayout, ExportedDocument, LayoutTable } from '../../documents';
import { notSignedIn } from '../../errors';
import { PLAN_YEARS_BEFORE, planYearFigures } from '../indicators';
import { findPerspectivesOfYear } from '../perspectives';
import { unitsCoveredByPlan } from './plan-snapshot';

/**
 * The operational plan as a document (PDF and Word, rendered by the reports module's
 * renderers): source 001's chapter 7, "Nämndmål, indikatorer och aktiviteter", a section per
 * perspective with its goals beside the council goals they serve, its indicators in a table
 * per periodicity (outcomes of the two years before the last, the last year's forecast and
 * the year's target), and its activities.
 *
 * It shows the plan as it stands: an adopted plan is locked, so that is its adopted content;
 * a draft (never adopted, or a new revision being worked on) says so on every page.
 */

/** The Swedish words of the plan's document, as source 001 writes them. */
const WORDS = {
  plan: 'Verksamhetsplan',
  draft: 'utkast',
  chapter: 'Nämndmål, indikatorer och aktiviteter',
  councilGoal: 'Centrala mål',
  committeeGoal: 'Mål/delmål',
  goalsOf: 'Mål',
  periodicity: 'Periodicitet',
  indicator: 'Indikator',
  outcome: 'Utfall',
  forecast: 'Prognos',
  annualTarget: 'Årsmål',
  indicatorsOf: 'Indikatorer',
  activity: 'Aktiviteter',
  owner: 'Ansvarig',
  endDate: 'Slutdatum',
  noIndicators: 'Inga indikatorer är kopplade till målen.',
  noActivities: 'Inga aktiviteter är kopplade till målen.',
  noGoals: 'Planen har inga mål ännu.',
} as const;

const PERIODICITY_NAMES: Record<Periodicity, string> = { YEAR: 'År', TERTIAL: 'Tertial', MONTH: 'Månad' };
/** Source 001's order of the indicator tables within a perspective. */
const PERIODICITY_ORDER: Periodicity[] = ['YEAR', 'TERTIAL', 'MONTH'];

/** What the plan's document is made from, read in a fixed number of statements. */
export interface PlanDocumentData {
  orgUnitName: string;
  year: number;
  /** Null while the unit has no plan record of the year (nothing adopted yet): a draft. */
  plan: Pick<PlanModel, 'status' | 'revision' | 'decisionDate' | 'caseNumber'> | null;
  /** The last adopted revision's decision, for a draft of a later revision. */
  lastAdopted: { number: number; decisionDate: Date; caseNumber: string } | null;
  perspectives: {
    name: string;
    goals: {
      title: string;
      councilGoals: string[];
      indicators: { indicator: IndicatorModel; values: IndicatorValueModel[] }[];
      activities: { title: string; owner: string | null; endDate: Date | null }[];
    }[];
  }[];
}

/**
 * The plan of a unit's year as its document shows it; null when the unit does not exist. Its
 * statements do not grow with the goals, indicators or activities: the unit, its plan and
 * last revision, the units the plan covers (two), the goals with their council goals,
 * indicators and activities (one each, Prisma's includes), the indicators' values and the
 * perspectives' names.
 */
export async function readPlanDocumentData(
  prisma: PrismaClient,
  orgUnitId: number,
  year: number,
): Promise<PlanDocumentData | null> {
  const orgUnit = await prisma.orgUnit.findUnique({ where: { id: orgUnitId }, select: { name: true } });
  if (!orgUnit) return null;
  const [plan, lastAdopted, units] = await Promise.all([
    prisma.plan.findUnique({ where: { orgUnitId_year: { orgUnitId, year } } }),
    prisma.planRevision.findFirst({
      where: { plan: { orgUnitId, year } },
      orderBy: { number: 'desc' },
      select: { number: true, decisionDate: true, caseNumber: true },
    }),
    unitsCoveredByPlan(prisma, orgUnitId, year),
  ]);
  const goals = await prisma.goal.findMany({
    where: { orgUnitId: { in: units }, year, retiredAt: null },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    include: {
      parentLinks: { include: { parent: { select: { title: true, sortOrder: true, id: true } } } },
      indicators: { include: { indicator: true } },
      activities: {
        where: { retiredAt: null },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        include: { owner: { select: { name: true } } },
      },
    },
  });
  const indicatorIds = [...new Set(goals.flatMap((goal) => goal.indicators.map((link) => link.indicatorId)))];
  const [values, perspectives] = await Promise.all([
    indicatorIds.length === 0
      ? []
      : prisma.indicatorValue.findMany({
          where: { indicatorId: { in: indicatorIds }, year: { gte: year - PLAN_YEARS_BEFORE, lte: year } },
        }),
    findPerspectivesOfYear(
      prisma,
      goals.map((goal) => goal.perspectiveId),
      year,
    ),
  ]);
  const valuesOf = new Map<number, IndicatorValueModel[]>();
  for (const value of values) valuesOf.set(value.indicatorId, [...(valuesOf.get(value.indicatorId) ?? []), value]);
  const bySortOrder = <Row extends { sortOrder: number; id: number }>(a: Row, b: Row) =>
    a.sortOrder - b.sortOrder || a.id - b.id;
  return {
    orgUnitName: orgUnit.name,
    year,
    plan,
    lastAdopted,
    perspectives: perspectives.map((perspective) => ({
      name: perspective.name,
      goals: goals
        .filter((goal) => goal.perspectiveId === perspective.id)
        .map((goal) => ({
          title: goal.title,
          councilGoals: goal.parentLinks
            .map((link) => link.parent)
            .sort(bySortOrder)
            .map((parent) => parent.title),
          indicators: goal.indicators
            .map((link) => link.indicator)
            .filter((indicator) => indicator.retiredAt === null)
            .sort(bySortOrder)
            .map((indicator) => ({ indicator, values: valuesOf.get(indicator.id) ?? [] })),
          activities: goal.activities.map((activity) => ({
            title: activity.title,
            owner: activity.owner?.name ?? activity.ownerName,
            endDate: activity.endDate,
          })),
        })),
    })),
  };
}

const isDraft = (data: PlanDocumentData) => data.plan?.status !== 'ADOPTED';

/** "Antagen 2022-12-13, dnr DEMO-2022-0001"; for a draft, "Utkast" and the last decision when there was one. */
function dateLineOf(data: PlanDocumentData): string {
  const { plan, lastAdopted } = data;
  if (plan?.status === 'ADOPTED' && plan.decisionDate) {
    const revision = plan.revision > 1 ? `, revision ${plan.revision}` : '';
    return `Antagen ${toIsoDate(plan.decisionDate)}, dnr ${plan.caseNumber ?? '–'}${revision}`;
  }
  const revision = plan && plan.revision > 1 ? ` till revision ${plan.revision}` : '';
  const previous = lastAdopted
    ? ` (revision ${lastAdopted.number} antagen ${toIsoDate(lastAdopted.decisionDate)}, dnr ${lastAdopted.caseNumber})`
    : '';
  return `Utkast${revision}, ej antagen${previous}`;
}

/** A goal beside the council goals it serves (each row says them all: a blank cell would read as "none"). */
function goalTable(perspectiveName: string, goals: PlanDocumentData['perspectives'][number]['goals']): LayoutTable {
  return {
    caption: `${WORDS.goalsOf}, ${perspectiveName}`,
    showCaption: false,
    columns: [
      { heading: WORDS.councilGoal, align: 'left', width: 1 },
      { heading: WORDS.committeeGoal, align: 'left', width: 1 },
    ],
    rows: goals.map((goal) => ({ cells: [{ text: sentences(goal.councilGoals) }, { text: goal.title }] })),
  };
}

/** Goals' titles in one cell: most are sentences with their full stop, the others are separated by one. */
const sentences = (titles: string[]) =>
  titles.map((title, index) => (index < titles.length - 1 && !/[.!?]$/.test(title) ? `${title}.` : title)).join(' ');

function indicatorTable(
  periodicity: Periodicity,
  indicators: { indicator: IndicatorModel; values: IndicatorValueModel[] }[],
  year: number,
): LayoutTable {
  const name = PERIODICITY_NAMES[periodicity];
  return {
    caption: `${WORDS.indicatorsOf} (${name})`,
    showCaption: false,
    columns: [
      { heading: WORDS.periodicity, align: 'left', width: 1.2 },
      { heading: `${WORDS.indicator} (${name})`, align: 'left', width: 3.4 },
      { heading: `${WORDS.outcome} ${year - 3}`, align: 'right', width: 1.3 },
      { heading: `${WORDS.outcome} ${year - 2}`, align: 'right', width: 1.3 },
      { heading: `${WORDS.forecast} ${year - 1}`, align: 'right', width: 1.3 },
      { heading: WORDS.annualTarget, align: 'right', width: 1.3 },
    ],
    rows: indicators.map(({ indicator, values }) => {
      const figures = planYearFigures(indicator, values, year);
      return {
        cells: [
          { text: name },
          { text: indicator.name },
          ...figures.outcomes.map((outcome) => ({ text: figure(outcome.value, indicator.unit) })),
          { text: figure(figures.forecast.value, indicator.unit) },
          { text: figure(figures.annualTarget, indicator.unit) },
        ],
      };
    }),
  };
}

function activityTable(
  perspectiveName: string,
  activities: PlanDocumentData['perspectives'][number]['goals'][number]['activities'],
): LayoutTable {
  return {
    caption: `${WORDS.activity}, ${perspectiveName}`,
    showCaption: false,
    columns: [
      { heading: WORDS.activity, align: 'left', width: 4 },
      { heading: WORDS.owner, align: 'left', width: 2 },
      { heading: WORDS.endDate, align: 'left', width: 1.3 },
    ],
    rows: activities.map((activity) => ({
      cells: [
        { text: activity.title },
        { text: activity.owner ?? '' },
        { text: activity.endDate ? toIsoDate(activity.endDate) : '' },
      ],
    })),
  };
}

/** The plan's title: "Verksamhetsplan 2023", "Verksamhetsplan 2023, utkast". */
function titleOf(data: PlanDocumentData): string {
  return `${WORDS.plan} ${data.year}${isDraft(data) ? `, ${WORDS.draft}` : ''}`;
}

/** The plan's document in the layout the report renderers place. */
export function planDocumentLayout(data: PlanDocumentData): DocumentLayout {
  const builder = new LayoutBuilder();
  const title = titleOf(data);
  builder.chapter(WORDS.chapter);
  builder.markdown(`${dateLineOf(data)}.`);
  if (data.perspectives.length === 0) builder.markdown(WORDS.noGoals);
  for (const perspective of data.perspectives) {
    builder.section(perspective.name);
    builder.table(goalTable(perspective.name, perspective.goals));
    // An indicator measuring two goals of the perspective is listed once, at its first goal.
    const seen = new Set<number>();
    const indicators = perspective.goals
      .flatMap((goal) => goal.indicators)
      .filter(({ indicator }) => !seen.has(indicator.id) && seen.add(indicator.id));
    if (indicators.length === 0) builder.markdown(WORDS.noIndicators);
    for (const periodicity of PERIODICITY_ORDER) {
      const ofPeriodicity = indicators.filter(({ indicator }) => indicator.periodicity === periodicity);
      if (ofPeriodicity.length > 0) builder.table(indicatorTable(periodicity, ofPeriodicity, data.year));
    }
    const activities = perspective.goals.flatMap((goal) => goal.activities);
    if (activities.length === 0) builder.markdown(WORDS.noActivities);
    else builder.table(activityTable(perspective.name, activities));
  }
  return {
    orgUnitName: data.orgUnitName,
    title,
    dateLine: dateLineOf(data),
    footerText: `${data.orgUnitName}, ${title}`,
    headings: builder.headings,
    blocks: builder.blocks,
  };
}

/** The plan's document and its file's name: "Verksamhetsplan-2023-Intraservice", "…-utkast-…" for a draft. */
export function exportedPlanDocument(data: PlanDocumentData): ExportedDocument {
  return {
    layout: planDocumentLayout(data),
    fileNameWords: [WORDS.plan, String(data.year), ...(isDraft(data) ? [WORDS.draft] : []), data.orgUnitName],
  };
}

/**
 * The plan's document for the signed-in user of an HTTP request, with the access of /graphql
 * (the same request context): notSignedIn() without a session (401); null for a malformed or
 * unknown unit or year, or a unit whose subtree the user may not read, which the document
 * covers (404, not telling which units exist).
 */
export async function readPlanDocumentForRequest(
  prisma: PrismaClient,
  contextOf: RequestContextFactory,
  request: Request,
  orgUnitIdParam: string,
  yearParam: string,
): Promise<ExportedDocument | null> {
  const context = await contextOf(request);
  if (!context.viewer) throw notSignedIn();
  const orgUnitId = Number(orgUnitIdParam);
  const year = Number(yearParam);
  if (!/^\d+$/.test(orgUnitIdParam) || !Number.isSafeInteger(orgUnitId) || orgUnitId <= 0) return null;
  if (!/^\d{4}$/.test(yearParam) || year < 1900) return null;
  if (!context.access.canReadSubtree(orgUnitId)) return null;
  const data = await readPlanDocumentData(prisma, orgUnitId, year);
  return data && exportedPlanDocument(data);
}

/** `readPlan` for the reports module's createPlanExportRouter: `createPlanExportRouter(planDocumentReader(prisma, contextOf))`. */
export const planDocumentReader =
  (prisma: PrismaClient, contextOf: RequestContextFactory) =>
  (request: Request, orgUnitId: string, year: string): Promise<ExportedDocument | null> =>
    readPlanDocumentForRequest(prisma, contextOf, request, orgUnitId, year);
