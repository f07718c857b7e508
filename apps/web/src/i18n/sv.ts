import { accessSv } from '../features/access/i18n/sv';
import { assignmentsSv } from '../features/assignments/i18n/sv';
import { auditSv } from '../features/audit/i18n/sv';
import { dataEntrySv } from '../features/data-entry/i18n/sv';
import { economySv } from '../features/economy/i18n/sv';
import { exportSv } from '../features/export/i18n/sv';
import { firstRunSv } from '../features/first-run/i18n/sv';
import { forecastsSv } from '../features/forecasts/i18n/sv';
import { goalsSv } from '../features/goals/i18n/sv';
import { indicatorLibrarySv } from '../features/indicator-library/i18n/sv';
import { perspectivesSv } from '../features/perspectives/i18n/sv';
import { toDoSv } from '../features/to-do/i18n/sv';
import { reportingCalendarSv } from '../features/reporting-calendar/i18n/sv';
import { remindersSv } from '../features/reminders/i18n/sv';
import { reportingDisciplineSv } from '../features/reporting-discipline/i18n/sv';
import { indicatorsSv } from '../features/indicators/i18n/sv';
import { organisationSv } from '../features/organisation/i18n/sv';
import { planningSv } from '../features/planning/i18n/sv';
import { overviewSv } from '../features/overview/i18n/sv';
import { portfolioSv } from '../features/portfolio/i18n/sv';
import { projectLineageSv } from '../features/portfolio/i18n/lineage-sv';
import { reportsSv } from '../features/reports/i18n/sv';
import { risksSv } from '../features/risks/i18n/sv';
import { riskSettingsSv } from '../features/risks/i18n/settings-sv';
import { usersSv } from '../features/users/i18n/sv';
import { targetsSv } from '../features/targets/i18n/sv';
import { valueImportSv } from '../features/value-import/i18n/sv';
import { combineTranslations } from './combine-translations';
import { sharedSv } from './shared-sv';

/**
 * Every Swedish string: the shared ones (shared-sv.ts) and each feature's, kept beside its code.
 * English (en.ts) must have the same keys. The app starts with first-page-sv.ts and loads this
 * once the first page is on screen (i18n.ts).
 */
export const sv = combineTranslations(
  sharedSv,
  accessSv,
  assignmentsSv,
  auditSv,
  dataEntrySv,
  economySv,
  exportSv,
  firstRunSv,
  forecastsSv,
  goalsSv,
  indicatorsSv,
  organisationSv,
  planningSv,
  overviewSv,
  portfolioSv,
  reportsSv,
  risksSv,
  riskSettingsSv,
  usersSv,
  indicatorLibrarySv,
  perspectivesSv,
  reportingCalendarSv,
  remindersSv,
  reportingDisciplineSv,
  valueImportSv,
  targetsSv,
  projectLineageSv,
  toDoSv,
);

export type Translations = typeof sv;
