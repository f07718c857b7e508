import type { EconomyTranslations } from './sv';

export const economyEn: EconomyTranslations = {
  economy: {
    title: 'Economy',
    intro: '{{unit}}: outcome accumulated up to {{period}} and the full-year forecast, in kSEK.',
    noFigures: 'There are no financial figures for {{unit}} up to {{period}}.',
    linesTitle: 'Costs and result',
    chartDescription:
      'Bar chart: outcome and budget accumulated up to {{period}} per cost line. The table below holds the same figures.',
    line: 'Line',
    previousYearToDate: 'Outcome to date, last year',
    outcomeToDate: 'Outcome to date',
    budgetToDate: 'Budget to date',
    deviationToDate: 'Deviation to date',
    fullYearForecast: 'Full-year forecast',
    fullYearBudget: 'Full-year budget',
    businessAreasTitle: 'Result per business area, kSEK',
    businessArea: 'Business area',
    total: 'Total {{unit}}',
    operationsToDate: 'Operations, to date',
    operationsForecast: 'Operations, full-year forecast',
    developmentToDate: 'Development, to date',
    developmentForecast: 'Development, full-year forecast',
    roundForecasts: 'Forecast rounds',
    showForecasts: 'Show',
    forecastsOfLine: ' forecasts of {{line}}',
    roundForecastsTitle: '{{line}}: forecast by forecast round {{year}}',
    projectionTitle: '{{line}}: statistical projection of the year {{year}}',
  },
};
