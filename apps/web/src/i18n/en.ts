import { accessEn } from '../features/access/i18n/en';
import { assignmentsEn } from '../features/assignments/i18n/en';
import { auditEn } from '../features/audit/i18n/en';
import { dataEntryEn } from '../features/data-entry/i18n/en';
import { economyEn } from '../features/economy/i18n/en';
import { exportEn } from '../features/export/i18n/en';
import { firstRunEn } from '../features/first-run/i18n/en';
import { forecastsEn } from '../features/forecasts/i18n/en';
import { goalsEn } from '../features/goals/i18n/en';
import { indicatorLibraryEn } from '../features/indicator-library/i18n/en';
import { indicatorsEn } from '../features/indicators/i18n/en';
import { organisationEn } from '../features/organisation/i18n/en';
import { overviewEn } from '../features/overview/i18n/en';
import { portfolioEn } from '../features/portfolio/i18n/en';
import { reportsEn } from '../features/reports/i18n/en';
import { risksEn } from '../features/risks/i18n/en';
import { usersEn } from '../features/users/i18n/en';
import { valueImportEn } from '../features/value-import/i18n/en';
import { combineTranslations } from './combine-translations';
import type { SharedTranslations, Translations } from './sv';

const sharedEn: SharedTranslations = {
  app: {
    name: 'Lägesbild',
    signOut: 'Sign out',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    skipToContent: 'Skip to content',
    language: 'Language',
    actions: 'Actions',
  },
  nav: {
    label: 'Main menu',
    overview: 'Overview',
    goals: 'Goals and indicators',
    assignments: 'Assignments',
    economy: 'Economy',
    portfolio: 'Portfolio',
    risks: 'Risks',
    reports: 'Reports',
    auditLog: 'Audit log',
    users: 'Users',
    organisation: 'Organisation',
    indicatorLibrary: 'Indicators',
    dataEntry: 'Enter values',
    forecastAccuracy: 'Forecasts',
  },
  pickers: {
    chooseOrgUnit: 'Choose an organisation',
    unknownUnit: 'The unit does not exist, or you are not allowed to see it.',
    orgUnit: 'Organisation',
    period: 'Period',
  },
  state: {
    loading: 'Loading…',
    error: 'The data could not be fetched. Please try again shortly.',
    retry: 'Try again',
    notFound: 'There is no such page.',
  },
  upcoming: {
    title: '{{page}} is being built',
    body: 'This view comes in a later version of Lägesbild. Goals and indicators are already under Goals and indicators.',
    goToGoals: 'Go to Goals and indicators',
  },
  validation: {
    invalidCaseNumber: 'Write the case number like SLK-2022-01441.',
    onlyWhenDeclaredComplete: 'Given only when the assignment is declared complete.',
    userOrName: 'Give either a user or a name, not both.',
    importFinished: 'The import is already saved or cancelled.',
    report: {
      alreadyExists: 'The unit already has such a report for the period.',
      monthDoesNotMatchType:
        'The month does not match the report type (interim March: March, August: August, annual: December).',
      notDraft: 'The report is not a draft.',
      notSubmitted: 'The report has not been submitted.',
      approvedIsFrozen: 'The report is approved and cannot be changed.',
    },
    forecastRoundClosed: "The year's forecast rounds are closed: the full-year forecast cannot change.",
    roundAlreadyOpen: 'A forecast round of the year is already open. Close it first.',
    roundNameTaken: 'The year already has a forecast round of that name.',
    roundBeforeLast: 'The date lies before a round already held.',
    roundClosed: 'The forecast round is closed.',
    dateOutsideYear: 'The date must lie within the year.',
    notANumber: 'Enter a number, e.g. 5,9 or 1 506 000.',
    duplicateValue: 'The same indicator and period appear twice.',
    invalid: 'Invalid value.',
    invalidCode: 'A code holds only letters, digits, - _ and . and starts with a letter or digit.',
    codeTaken: 'There is already a unit with that code.',
    parentClosed: 'The unit is closed and cannot take new units below it.',
    cycle: 'A unit cannot move under itself or a unit below it.',
    unitClosed: 'The unit is closed.',
    beforeUnitOpened: "The date lies before the unit's first day.",
    beforeLatestChange: "The date lies before the unit's latest change.",
    openChildren: 'Close or move the units below it first.',
    required: 'Fill in this field.',
    tooLong: 'The text is too long.',
    invalidEmail: 'Enter a valid email address.',
    emailTaken: 'There is already an account with that email address.',
    passwordTooShort: 'The password needs at least 10 characters.',
    outOfRange: 'The value is out of range.',
    percentRange: 'A percentage lies between 0 and 100.',
    notNegative: 'The value cannot be negative.',
    invalidPeriod: 'Write the period as 2023, 2023-T2 or 2023-05.',
    periodNotInPeriodicity: "The period does not fit the indicator's periodicity.",
    invalidId: 'Unknown record.',
    unknownOrgUnit: 'Unknown org unit.',
    invalidCharacters: 'The text holds characters that are not allowed.',
    tooMany: 'Too many.',
    invalidVersion: 'Invalid version.',
    causeRequired: 'Give the cause when the status is yellow or red.',
    actionRequired: 'Give the action when the status is yellow or red.',
    invalidDate: 'Enter a valid date (YYYY-MM-DD).',
    dateInFuture: 'The date cannot be in the future.',
    endBeforeStart: 'The end cannot be before the start.',
    resumeBeforePause: 'The project must resume after it is paused.',
    actionNotAllowed: "The change is not possible in the project's current state.",
    unknownPortfolio: 'Unknown portfolio.',
    portfolioNotAllowed: 'You may not move projects to that portfolio.',
    outOfScale: 'The value is outside the risk scale.',
    unknownCategory: 'Unknown category.',
    riskOfOtherUnit: 'The risk belongs to another unit than the control.',
    outcomeWithoutPerformance: 'A control not performed has no result.',
    indicatorRetired: 'The indicator is retired and takes no new values.',
    definitionHasValues:
      'The indicator already has values, so this cannot change without reinterpreting them. Retire this indicator and create a new one instead.',
    indicatorCodeTaken: 'The unit already has an indicator with this code.',
    invalidIndicatorCode: 'The code may hold only letters, digits and - _ .',
    invalidExternalCode: 'Enter a Kolada id: a capital letter and five digits, e.g. N00945.',
    redBelowYellow: 'The red threshold cannot come before the yellow one.',
    unknownUser: 'Unknown or inactive user.',
  },
  apiError: {
    UNAUTHENTICATED: 'You are not signed in.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'There is no such record.',
    NETWORK: 'The server could not be reached.',
  },
  conflict: {
    message: 'Someone else has saved a change since you opened the form.',
    keepMine: 'Save my values anyway',
  },
  status: {
    GREEN: 'On target',
    YELLOW: 'Close to target',
    RED: 'Not on target',
    NOT_ASSESSED: 'Not assessed',
  },
  activityStatus: {
    NOT_STARTED: 'Not started',
    ONGOING: 'Ongoing',
    COMPLETED: 'Completed',
    DELAYED: 'Delayed',
    CANCELLED: 'Cancelled',
  },
  assignmentStatus: {
    NOT_STARTED: 'Not started',
    ONGOING: 'Ongoing',
    PROPOSED_COMPLETE: 'Proposed complete',
    DECLARED_COMPLETE: 'Declared complete',
  },
  assignmentSource: {
    COUNCIL_BUDGET: "Council's budget",
    COUNCIL_OTHER: 'Council, outside the budget',
    EXECUTIVE_BOARD: 'Executive board',
  },
  fulfilment: {
    FULFILLED: 'Fulfilled',
    PARTLY_FULFILLED: 'Partly fulfilled',
    NOT_FULFILLED: 'Not fulfilled',
    NOT_ASSESSED: 'Not assessed',
  },
  periodicity: {
    YEAR: 'Year',
    TERTIAL: 'Tertial',
    MONTH: 'Month',
  },
  unit: {
    PERCENT: '%',
    COUNT: 'pcs',
    TKR: 'kSEK',
    MNKR: 'MSEK',
    INDEX: '',
    FTE: 'FTE',
    TERABYTE: 'TB',
    DAYS: 'days',
  },
};

export const en: Translations = combineTranslations(
  sharedEn,
  accessEn,
  assignmentsEn,
  auditEn,
  dataEntryEn,
  economyEn,
  exportEn,
  firstRunEn,
  forecastsEn,
  goalsEn,
  indicatorsEn,
  organisationEn,
  overviewEn,
  portfolioEn,
  reportsEn,
  risksEn,
  usersEn,
  indicatorLibraryEn,
  valueImportEn,
);
