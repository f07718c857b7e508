import type { ForecastsTranslations } from './sv';

export const forecastsEn: ForecastsTranslations = {
  forecasts: {
    title: 'Forecast by forecast round {{year}}',
    openRound: 'Forecasts changed now are kept in {{name}}.',
    allClosed: "The year's forecast rounds are closed.",
    none: "The indicator has no forecast in the year's forecast rounds.",
    chartDescription:
      'Step chart of the full-year forecast of {{name}} in each forecast round of {{year}}. The Table tab holds the same figures.',
    tableCaption: 'The full-year forecast of {{name}} by forecast round {{year}}',
    round: 'Forecast round',
    asOf: 'As of',
    statusLabel: 'State',
    forecast: 'Full-year forecast',
    change: 'Change from previous',
    comment: 'Comment',
    carriedOver: 'Unchanged since the previous round.',
    admin: {
      title: 'Forecast rounds {{year}}',
      none: 'No forecast rounds for {{year}}: full-year forecasts are kept on the values only.',
      close: 'Close {{name}}',
      name: 'New forecast round',
      namePlaceholder: 'Prognos augusti {{year}}',
      open: 'Open forecast round',
    },
    status: { OPEN: 'Open', CLOSED: 'Closed' },
    entryNotice: 'Changed full-year forecasts are kept in the forecast round {{name}}.',
    entryClosed: 'The forecast rounds of {{year}} are closed: the full-year forecasts cannot change.',
    noRounds: 'There are no forecast rounds for {{year}}.',
  },
  projection: {
    title: 'Statistical projection of the year {{year}}',
    none: 'The year has no outcome up to {{period}} to project from.',
    projected: 'Statistical projection, full year',
    humanForecast: 'Entered full-year forecast',
    difference: 'Projection minus forecast',
    noForecast: 'No full-year forecast has been entered for the year to compare with.',
    zeroForecast: 'The entered forecast is 0, so the difference cannot be given in per cent and is not flagged.',
    differs:
      'The statistical projection differs by more than {{tolerance}} from the entered forecast. Review the assumptions behind the forecast.',
    agrees: 'The statistical projection is within {{tolerance}} of the entered forecast.',
    method: {
      SEASONAL_PROFILE:
        "Method: seasonal profile. The year-to-date outcome up to {{period}} is divided by the share of last year's full-year outcome reached by the same month ({{share}}).",
      STRAIGHT_PACE:
        "Method: straight pace. The year-to-date outcome up to {{period}} is scaled to a full year (× 12 ÷ {{months}}), since last year's outcome is missing or was zero by the same month.",
      LATEST_LEVEL:
        'Method: latest level. A level, such as a rate reported for the year so far, is assumed to stay where it was in {{period}} for the rest of the year.',
      AVERAGE_SO_FAR:
        "Method: average so far. The year is the months' average and is assumed to be the average of the months up to {{period}}.",
    },
    generated:
      'The projection rests partly on generated values (outcomes filling the series, not reported), so it is less certain than the method suggests.',
    caveat:
      'The statistical projection is worked out from the outcome so far alone and knows nothing of decisions or events in the rest of the year. It is flagged when it differs by more than {{tolerance}} from the entered forecast, the same limit for every indicator.',
  },
  accuracy: {
    title: 'Forecast accuracy',
    year: 'Year',
    intro:
      "{{unit}} and the units below it: how close to the {{year}} outcome were the forecasts of the year's forecast rounds?",
    explainError:
      "Error = forecast minus the outcome at year end, in the indicator's own unit: positive when the forecast was too high. Relative error = the error divided by the outcome; given only when forecast and outcome are both above zero, since a result near zero would otherwise give absurdly large percentages.",
    explainMeans:
      "The mean absolute error (MAE) per indicator is the mean of the rounds' absolute errors, in the indicator's unit; it cannot be compared between indicators of different units. The summary per round and unit is therefore the mean absolute percentage error (MAPE), which has no unit. Generated outcomes are shown but not counted in the means.",
    noRoundsAtAll: 'There are no forecast rounds yet.',
    noForecasts: '{{unit}} has no forecasts in the forecast rounds of {{year}}.',
    summaryTitle: 'Mean absolute percentage error (MAPE)',
    totalExplained_one:
      'How far the forecasts of {{unit}} and the units below it lay from the outcome on average, over {{count}} forecast with a reported outcome.',
    totalExplained_other:
      'How far the forecasts of {{unit}} and the units below it lay from the outcome on average, over {{count}} forecasts with a reported outcome.',
    noComparison:
      'No forecast can be compared yet: the forecast indicators have no reported full-year outcome for the year, or no relative error.',
    byRoundTitle: 'Per forecast round: are later rounds better?',
    byRoundChart:
      'Bar chart: mean absolute percentage error per forecast round for {{unit}} {{year}}; lower is better. The Table tab holds the same figures.',
    byRoundCaption: 'Mean absolute percentage error per forecast round, {{unit}} {{year}}',
    byUnitTitle: 'Per unit',
    byUnitCaption: 'Mean absolute percentage error per unit, {{unit}} {{year}}',
    indicatorsTitle: 'Per indicator',
    tableCaption: 'Forecast accuracy {{unit}} {{year}}',
    indicator: 'Indicator',
    unit: 'Unit',
    index: 'index',
    outcome: 'Full-year outcome',
    noOutcome: 'Missing',
    generated: 'Generated',
    yes: 'Yes',
    error: 'Error',
    errorShort: 'error {{error}}',
    relativeErrorPercent: 'Relative error (%)',
    meanAbsoluteError: 'Mean absolute error (MAE)',
    meanAbsolutePercentageError: 'Mean absolute percentage error (MAPE)',
    meanAbsolutePercentageErrorPercent: 'Mean absolute percentage error, MAPE (%)',
    comparedForecasts: 'Forecasts',
    demoDated: 'The date of {{rounds}} is a demo value: the source gives the forecast but not when it was made.',
  },
};
