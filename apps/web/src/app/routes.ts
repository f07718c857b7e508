/** The app's pages and their paths (Swedish, as the user sees them). */
export const ROUTES = {
  overview: '/oversikt',
  toDo: '/att-gora',
  goals: '/mal',
  plan: '/verksamhetsplan',
  assignments: '/uppdrag',
  economy: '/ekonomi',
  forecastAccuracy: '/prognoser',
  reportingDiscipline: '/inrapportering',
  indicator: '/indikatorer',
  portfolio: '/portfolj',
  project: '/portfolj/projekt',
  dataEntry: '/registrera',
  targets: '/malvarden',
  risks: '/risker',
  reports: '/rapporter',
  auditLog: '/granskningslogg',
  users: '/anvandare',
  organisation: '/organisation',
  indicatorLibrary: '/administration/indikatorer',
  perspectives: '/administration/perspektiv',
  riskSettings: '/administration/riskkategorier',
  reportingCalendar: '/administration/rapporteringskalender',
  sendLog: '/administration/utskick',
  myPage: '/min-sida',
  signIn: '/logga-in',
  firstRun: '/forsta-start',
} as const;

export type NavigationRoute =
  | 'toDo'
  | 'overview'
  | 'goals'
  | 'plan'
  | 'assignments'
  | 'economy'
  | 'forecastAccuracy'
  | 'reportingDiscipline'
  | 'portfolio'
  | 'risks'
  | 'reports'
  | 'dataEntry'
  | 'targets'
  | 'auditLog'
  | 'users'
  | 'organisation'
  | 'indicatorLibrary'
  | 'perspectives'
  | 'riskSettings'
  | 'reportingCalendar'
  | 'sendLog';

/** Pages for analysts (of any unit): entering values. */
export const ANALYST_ROUTES: NavigationRoute[] = ['dataEntry'];

/**
 * Pages gathered under one menu of the main navigation, so that the tabs fit in one row at
 * 1366 px however many pages a role brings: what an administrator keeps, and what a planner
 * plans. A group with no page for the user is not shown.
 */
export interface NavigationGroup {
  name: 'administration' | 'planning';
  routes: NavigationRoute[];
}

/** Planning the year: for planners and administrators. */
export const PLANNING_GROUP: NavigationGroup = { name: 'planning', routes: ['targets'] };

/** Pages for administrators of the whole organisation. */
export const ADMINISTRATION_GROUP: NavigationGroup = {
  name: 'administration',
  routes: [
    'organisation',
    'users',
    'indicatorLibrary',
    'perspectives',
    'riskSettings',
    'reportingCalendar',
    'sendLog',
    'auditLog',
  ],
};

export const NAVIGATION_ORDER: NavigationRoute[] = [
  // What is due from the user, first, with its count: seen as they sign in. The overview (the
  // landing page) follows, so the arrow keys move from it to the goals as before.
  'toDo',
  'overview',
  'goals',
  'plan',
  'assignments',
  'economy',
  'forecastAccuracy',
  'reportingDiscipline',
  'portfolio',
  'risks',
  'reports',
];
