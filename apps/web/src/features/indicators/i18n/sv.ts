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
    thresholdHistory: {
      title: 'Tröskelvärden över tid',
      intro: 'Varje period bedöms med de tröskelvärden som gällde i periodens sista månad.',
      from: 'Gäller från och med',
      fromStart: 'Från start',
      thresholds: 'Gult / rött vid avvikelse över',
      changedAt: 'Ändrad',
      changedBy: 'Ändrad av',
    },
    valueStatus: {
      reasonShown: 'Skäl: {{reason}}',
      exported: '{{status}} (satt manuellt: {{reason}})',
      edit: 'Ändra status',
      editFor: 'Ändra status för {{period}}',
      byRule: 'Enligt regeln: {{status}}',
      status: 'Status',
      option: {
        RULE: 'Enligt regeln (beräknad)',
        GREEN: 'Grön (når målet)',
        YELLOW: 'Gul (nära målet)',
        RED: 'Röd (når inte målet)',
      },
      reason: 'Skäl',
      reasonHelp: 'Varför regelns status inte stämmer här. Skälet visas med statusen överallt där värdet visas.',
      reasonNotNeeded: 'Statusen följer regeln: inget skäl behövs.',
      noValue: 'Perioden har inget sparat värde att sätta status på.',
      conflictManual: 'Nu sparat: {{status}}, satt manuellt med skälet "{{reason}}".',
      conflictRule: 'Nu sparat: statusen följer regeln.',
      takeTheirs: 'Använd det sparade',
      savedManual: 'Statusen för {{period}} är satt manuellt.',
      savedRule: 'Statusen för {{period}} följer regeln igen.',
      validation: {
        required: 'Skriv varför statusen sätts för hand.',
        invalidStatus: 'Välj grön, gul eller röd, eller Enligt regeln.',
      },
    },
  },
};

export type IndicatorsTranslations = typeof indicatorsSv;
