export const economySv = {
  economy: {
    title: 'Ekonomi',
    intro: '{{unit}}: utfall ackumulerat till och med {{period}} och prognos för helåret, i tkr.',
    noFigures: 'Det finns inga ekonomiska uppgifter för {{unit}} till och med {{period}}.',
    linesTitle: 'Kostnader och resultat',
    chartDescription:
      'Stapeldiagram: utfall och budget ackumulerat till och med {{period}} per kostnadspost. Samma siffror finns i tabellen nedanför.',
    line: 'Post',
    previousYearToDate: 'Utfall ack fg år',
    outcomeToDate: 'Utfall ack',
    budgetToDate: 'Budget ack',
    deviationToDate: 'Avvikelse ack',
    fullYearForecast: 'Prognos helår',
    fullYearBudget: 'Budget helår',
    businessAreasTitle: 'Resultat per verksamhetsområde, tkr',
    businessArea: 'Verksamhetsområde',
    total: 'Summa {{unit}}',
    operationsToDate: 'Förvaltning, ack utfall',
    operationsForecast: 'Förvaltning, prognos helår',
    developmentToDate: 'Utveckling, ack utfall',
    developmentForecast: 'Utveckling, prognos helår',
    roundForecasts: 'Prognosomgångar',
    showForecasts: 'Visa',
    forecastsOfLine: ' prognoser för {{line}}',
    roundForecastsTitle: '{{line}}: prognos per prognosomgång {{year}}',
    projectionTitle: '{{line}}: statistisk prognos för helåret {{year}}',
  },
};

export type EconomyTranslations = typeof economySv;
