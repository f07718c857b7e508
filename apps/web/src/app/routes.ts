/** The app's pages and their paths (Swedish, as the user sees them). */
export const ROUTES = {
  overview: '/oversikt',
  goals: '/mal',
  assignments: '/uppdrag',
  economy: '/ekonomi',
  forecastAccuracy: '/prognoser',
  indicator: '/indikatorer',
  portfolio: '/portfolj',
  project: '/portfolj/projekt',
  dataEntry: '/registrera',
  risks: '/risker',
  reports: '/rapporter',
  auditLog: '/granskningslogg',
  users: '/anvandare',
  organisation: '/organisation',
  indicatorLibrary: '/administration/indikatorer',
  signIn: '/logga-in',
  firstRun: '/forsta-start',
} as const;

export type NavigationRoute =
  | 'overview'
  | 'goals'
  | 'assignments'
  | 'economy'
  | 'forecastAccuracy'
  | 'portfolio'
  | 'risks'
  | 'reports'
  | 'dataEntry'
  | 'auditLog'
  | 'users'
  | 'organisation'
  | 'indicatorLibrary';

/** Pages for administrators of the whole organisation. */
export const ADMINISTRATION_ROUTES: NavigationRoute[] = ['organisation', 'users', 'indicatorLibrary', 'auditLog'];

/** Pages for analysts (of any unit): entering values. */
export const ANALYST_ROUTES: NavigationRoute[] = ['dataEntry'];

export const NAVIGATION_ORDER: NavigationRoute[] = [
  'overview',
  'goals',
  'assignments',
  'economy',
  'forecastAccuracy',
  'portfolio',
  'risks',
  'reports',
];
