import type { AccessTranslations } from './sv';

export const accessEn: AccessTranslations = {
  signIn: {
    title: 'Sign in',
    intro: "Lägesbild shows your organisation's goals, indicators, forecasts, risks and projects.",
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    or: 'or',
    singleSignOn: "Sign in with the municipality's sign-on",
    invalidCredentials: 'Wrong email address or password.',
    tooManyAttempts: 'Too many failed attempts. Try again in {{seconds}} seconds.',
    demoTitle: 'Demo accounts',
    demoIntro: 'The demo data is loaded. Sign in as one of these to try a role.',
    demoAccount: 'Account',
    demoRoles: 'Role and unit',
    use: 'Use',
    useDemoAccount: 'Use the account of {{name}}',
    failure: {
      'sso-failed': "Signing in with the municipality's sign-on failed. Please try again.",
      'sso-expired': 'Signing in took too long. Please try again.',
      'sso-no-account': 'You have no account in Lägesbild. Ask an administrator to add you.',
    },
  },
  role: {
    VIEWER: 'Viewer',
    ANALYST: 'Analyst',
    PORTFOLIO_OFFICE: 'Portfolio office',
    PLANNER: 'Planner',
    APPROVER: 'Approver (department head)',
    ADMIN: 'Administrator',
  },
};
