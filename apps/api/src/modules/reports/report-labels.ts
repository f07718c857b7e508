import { SWEDISH_MONTH_NAMES, tertialOfMonth } from '@lagesbild/types';
import type {
  ActivityStatus,
  AssignmentSource,
  AssignmentStatus,
  GoalFulfilment,
  IndicatorUnit,
  Periodicity,
  ProjectState,
  RagStatus,
  ReportType,
  StatusDimension,
  ValueStatus,
  YearMonth,
} from '../../generated/resolver-types';

/**
 * The Swedish words of a report, in one place: those the compiler writes into the content
 * (column labels, chart titles, sum rows) and those of the exported documents. The web app
 * has its own (apps/web/src/i18n/sv.ts) because it is translated at run time; a committee's
 * paper is always Swedish. The words follow the web app's and source 000's where they exist.
 */

export const MONTH_NAMES = SWEDISH_MONTH_NAMES;

/** "Maj", as source 000 heads a month's column: the month's first three letters. */
export function shortMonthName(month: number): string {
  const name = MONTH_NAMES[month - 1]!;
  return name.charAt(0).toUpperCase() + name.slice(1, 3);
}

/** The column heading of a period, as source 000 writes it: 2023, T2 2023, Maj 2023. */
export function periodLabel(periodicity: Periodicity, { year, month }: YearMonth): string {
  switch (periodicity) {
    case 'YEAR':
      return String(year);
    case 'TERTIAL':
      return `T${tertialOfMonth(month)} ${year}`;
    case 'MONTH':
      return `${shortMonthName(month)} ${year}`;
  }
}

const REPORT_TYPE_NAMES: Record<ReportType, string> = {
  MONTHLY: 'Månadsrapport',
  INTERIM_MARCH: 'Delårsrapport',
  INTERIM_AUGUST: 'Delårsrapport',
  ANNUAL: 'Årsrapport',
};

/** "Månadsrapport maj 2023", "Delårsrapport mars 2023", "Årsrapport 2023". */
export function reportTitle(type: ReportType, period: YearMonth): string {
  if (type === 'ANNUAL') return `${REPORT_TYPE_NAMES.ANNUAL} ${period.year}`;
  return `${REPORT_TYPE_NAMES[type]} ${MONTH_NAMES[period.month - 1]} ${period.year}`;
}

/** The report type's name alone, for file names. */
export function reportTypeName(type: ReportType): string {
  return REPORT_TYPE_NAMES[type];
}

/** The chapters of source 000 that are not one section's own title. */
export const CHAPTER_TITLES = {
  goalsAndIndicators: 'Mål och indikatorer',
  economy: 'Ekonomi',
  portfolioStatus: 'Status per månad',
  contents: 'Innehåll',
} as const;

export const DOCUMENT_WORDS = {
  compiled: 'Sammanställd',
  frozen: 'Fastställd',
  page: 'sida',
  deviatingProjects: 'Projekt med gul eller röd status',
  noDeviatingProjects: 'Inga projekt har gul eller röd status.',
  portfolioChanges: 'Förändringar',
  businessAreaResults: 'Resultat per verksamhetsområde',
  financialTable: 'Ekonomiskt utfall',
  cause: 'Orsak',
  action: 'Åtgärd',
  reportDate: 'Statusrapport',
  overdue: 'försenat',
  goals: 'Mål',
  goalsPerArea: 'Måluppfyllelse per område',
  barChart: 'Stapeldiagram',
  lineChart: 'Linjediagram',
} as const;

/** Column headings of source 000's tables. */
export const COLUMN_HEADINGS = {
  area: 'Område',
  councilGoal: 'Centrala mål',
  committeeGoal: 'Mål/delmål',
  fulfilment: 'Måluppfyllelse',
  comment: 'Kommentar',
  indicator: 'Indikator',
  forecast: 'Prognos (helår)',
  status: 'Status',
  activity: 'Aktiviteter',
  endDate: 'Slutdatum',
  assignment: 'Centrala uppdrag',
  assignmentSource: 'Uppdragsgivare',
  project: 'Projekt',
  dimension: 'Dimension',
  risk: 'Risk',
  category: 'Kategori',
  probability: 'Sannolikhet',
  consequence: 'Konsekvens',
  score: 'Riskvärde',
  mitigations: 'Åtgärder',
  financialLine: 'Tkr',
  previousYearToDate: 'Utfall ack',
  outcomeToDate: 'Utfall ack',
  budgetToDate: 'Budget ack',
  fullYearForecastOfYear: 'Prognos helår',
  fullYearBudget: 'Budget helår',
  businessAreaResult: 'Resultat, tkr',
  resultToDate: 'Ack utfall',
  businessAreaForecast: 'Prognos helår',
} as const;

export const PERIODICITY_NAMES: Record<Periodicity, string> = { YEAR: 'År', TERTIAL: 'Tertial', MONTH: 'Månad' };

/** The period target's and annual target's headings per periodicity, as source 000 writes them. */
export const TARGET_HEADINGS: Record<Periodicity, { periodTarget: string; annualTarget: string }> = {
  YEAR: { periodTarget: 'Mål', annualTarget: 'Målvärde' },
  TERTIAL: { periodTarget: 'Mål', annualTarget: 'Målvärde' },
  MONTH: { periodTarget: 'Mål', annualTarget: 'Årsmål' },
};

export const VALUE_STATUS_WORDS: Record<ValueStatus, string> = {
  GREEN: 'Grön',
  YELLOW: 'Gul',
  RED: 'Röd',
  NOT_ASSESSED: 'Ej bedömd',
};

/** After a status an analyst set in place of the status rule's, as the screen says it. */
export const STATUS_SET_BY_HAND = 'satt manuellt';

export const RAG_WORDS: Record<RagStatus, string> = { GREEN: 'Grön', YELLOW: 'Gul', RED: 'Röd' };

export const FULFILMENT_WORDS: Record<GoalFulfilment, string> = {
  FULFILLED: 'Uppfyllt',
  PARTLY_FULFILLED: 'Delvis uppfyllt',
  NOT_FULFILLED: 'Ej uppfyllt',
  NOT_ASSESSED: 'Ej bedömt',
};

export const ACTIVITY_STATUS_WORDS: Record<ActivityStatus, string> = {
  NOT_STARTED: 'Ej påbörjad',
  ONGOING: 'Pågår',
  COMPLETED: 'Klar',
  DELAYED: 'Försenad',
  CANCELLED: 'Avbruten',
};

export const ASSIGNMENT_STATUS_WORDS: Record<AssignmentStatus, string> = {
  NOT_STARTED: 'Ej påbörjad',
  ONGOING: 'Pågående',
  PROPOSED_COMPLETE: 'Föreslås förklaras fullgjort',
  DECLARED_COMPLETE: 'Förklarat fullgjort',
};

export const ASSIGNMENT_SOURCE_WORDS: Record<AssignmentSource, string> = {
  COUNCIL_BUDGET: 'Kommunfullmäktiges budget',
  COUNCIL_OTHER: 'Kommunfullmäktige utanför budget',
  EXECUTIVE_BOARD: 'Kommunstyrelsen',
};

export const PROJECT_STATE_WORDS: Record<ProjectState, string> = {
  NOT_STARTED: 'Ej startat',
  STARTED: 'Startat',
  PAUSED: 'Pausat',
  CLOSED: 'Avslutat',
  WILL_NOT_START: 'Kommer ej att startas',
};

export const DIMENSION_WORDS: Record<StatusDimension, string> = { TIME: 'Tid', COST: 'Kostnad', RESULT: 'Resultat' };

/** Unit labels after a figure: the documents' own, which the layout builder writes too. */
export { UNIT_LABELS } from '../../documents';

/** A unit of measure in words, for a chart's title: "(procent)", "(årsarbetare)". */
export const UNIT_WORDS: Record<IndicatorUnit, string> = {
  PERCENT: 'procent',
  COUNT: 'antal',
  TKR: 'tkr',
  MNKR: 'mnkr',
  INDEX: 'index',
  FTE: 'årsarbetare',
  TERABYTE: 'terabyte',
  DAYS: 'dagar',
};

/** The words the compiler writes into a report's content: chart titles, series and sum rows. */
export const CONTENT_WORDS = {
  monthlyIndicators: 'månadsindikatorer',
  outcomeAndTarget: 'utfall och mål',
  outcome: 'Utfall',
  target: 'Mål',
  outcomeToDate: 'Ack utfall',
  fullYearForecast: 'Prognos helår',
  operations: 'förvaltning',
  development: 'utveckling',
  operationsSum: 'Summa förvaltning',
  developmentSum: 'Summa utveckling',
  result: 'Resultat, tkr',
  resultPerBusinessArea: 'Resultat per verksamhetsområde, tkr',
} as const;

/**
 * The marks a report puts after a figure that is not a stored, reported figure, and the note
 * under the table that explains each, as the screen marks them: a value the demo data generated
 * to fill a series ("Genererat värde"), a risk valuation made up for the demo ("demovärde"), a
 * figure summed from the units below ("Summerat från N enheter").
 */
export const FIGURE_MARKS = {
  GENERATED: {
    symbol: '*',
    note: 'Genererat värde: fyller ut serien mellan kända punkter, inte hämtat ur en rapport.',
  },
  DEMO_VALUE: {
    symbol: '†',
    note: 'Demovärde: källdokumenten anger ingen värdering, siffrorna är påhittade för demon.',
  },
  ROLLED_UP: {
    symbol: 'Σ',
    note: (units: readonly string[]) =>
      `Summerat från ${units.length} ${units.length === 1 ? 'enhet' : 'enheter'}: ${units.join(', ')} (beräknat, inte lagrat).`,
  },
} as const;
