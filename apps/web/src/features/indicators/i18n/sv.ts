export const indicatorsSv = {
  indicator: {
    back: '← Tillbaka till mål och indikatorer',
    forecast: 'Prognos helår',
    rolling12: 'Rullande 12 månader',
    compareWith: 'Jämför med',
    compareHint: 'Välj enheter',
    levelHint: {
      LATEST: 'Ett tertial eller år utan eget värde visar den senaste månadens nivå.',
      AVERAGE: 'Ett tertial eller år utan eget värde visar medelvärdet av månaderna.',
    },
    notFound: 'Indikatorn finns inte, eller så har du inte behörighet till den.',
    outcome: 'Utfall',
    target: 'Mål',
    previousYear: 'Samma period föregående år',
    granularity: 'Visa per',
    chart: 'Diagram',
    table: 'Tabell',
    cumulative: 'ackumuleras över året',
    cumulativeHint:
      'Värdena är ackumulerade från årets början, som i månadsrapporten: maj visar januari–maj, ett tertial eller år visar läget vid periodens slut.',
    chartDescription:
      'Linjediagram över {{name}}: utfall, mål, prognos och samma period föregående år, och jämförda enheters utfall. Samma siffror finns under fliken Tabell. Genererade värden visas som ihåliga punkter.',
  },
};

export type IndicatorsTranslations = typeof indicatorsSv;
