import { activities } from './activities';
import { assignments } from './assignments';
import { auditReports } from './audit-reports';
import type { DemoDataset } from './dataset-types';
import { forecastRounds } from './forecast-rounds';
import { goalAssessments, goals } from './goals';
import { realIndicatorValues } from './indicator-values';
import { indicators } from './indicators';
import { orgUnits } from './org-units';
import { perspectives } from './perspectives';
import { portfolios } from './portfolios';
import { plans } from './plans';
import { reports } from './reports';
import { riskCategories, risks } from './risks';
import { generateSyntheticValues } from './synthetic-values';

/**
 * The demo dataset: figures and texts transcribed from the source documents
 * (../shared/sources, documents 000–003), plus synthetic monthly values that fill the series between
 * the known points (isSynthetic: true).
 */
/** The figures the May 2023 report's summary leads with, shown as tiles on the overview. */
const KEY_INDICATOR_CODES = new Set([
  'SICK_LEAVE',
  'STAFF_TURNOVER',
  'NKI',
  'PAYSLIPS',
  'SERVICE_CASES',
  'MONTHLY_WORKERS',
]);

export const demoDataset: DemoDataset = {
  orgUnits,
  perspectives,
  goals,
  goalAssessments,
  indicators: indicators.map((indicator) => ({
    ...indicator,
    // Kommunstyrelsen's own measures of the same codes are key too, so the city's tiles roll both up.
    isKey: KEY_INDICATOR_CODES.has(indicator.code),
    // Customer satisfaction indexes of different services and surveys: listed, never averaged.
    ...(indicator.code === 'NKI' ? { unitRollup: 'LIST' as const } : {}),
  })),
  indicatorValues: [...realIndicatorValues, ...generateSyntheticValues(realIndicatorValues, indicators)],
  activities,
  assignments,
  auditReports,
  forecastRounds,
  riskCategories,
  risks,
  portfolios,
  reports,
  plans,
};

export { generateSyntheticValues, realIndicatorValues };
