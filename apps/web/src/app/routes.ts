/** The app's pages and their paths (Swedish, as the user sees them). */
export const ROUTES = {
  overview: '/oversikt',
  goals: '/mal',
  portfolio: '/portfolj',
  risks: '/risker',
  reports: '/rapporter',
} as const;

export type RouteName = keyof typeof ROUTES;

export const NAVIGATION_ORDER: RouteName[] = ['overview', 'goals', 'portfolio', 'risks', 'reports'];
