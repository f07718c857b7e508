/** Swedish, the default language. English (en.ts) must have the same keys. */
export const sv = {
  app: {
    name: 'Lägesbild',
    skipToContent: 'Hoppa till innehållet',
    language: 'Språk',
  },
  nav: {
    label: 'Huvudmeny',
    overview: 'Översikt',
    goals: 'Mål och indikatorer',
    portfolio: 'Portfölj',
    risks: 'Risker',
    reports: 'Rapporter',
  },
  pickers: {
    orgUnit: 'Organisation',
    period: 'Period',
  },
  state: {
    loading: 'Hämtar…',
    error: 'Det gick inte att hämta uppgifterna. Försök igen om en stund.',
    retry: 'Försök igen',
    notFound: 'Sidan finns inte.',
  },
  upcoming: {
    title: '{{page}} byggs just nu',
    body: 'Den här vyn kommer i en senare version av Lägesbild. Målen och indikatorerna finns redan under Mål och indikatorer.',
    goToGoals: 'Gå till Mål och indikatorer',
  },
  goals: {
    title: 'Mål och indikatorer',
    intro: '{{unit}}: mål för {{year}} med det senaste utfallet till och med {{period}}.',
    empty: 'Det finns inga mål för {{unit}} år {{year}}.',
    contributesTo: 'Bidrar till centrala mål',
    councilGoal: 'Centralt mål',
    committeeGoal: 'Nämndmål',
    assessment: 'Bedömd måluppfyllelse',
    noIndicators: 'Målet har inga indikatorer.',
    indicatorsOf: 'Indikatorer för {{goal}}',
    column: {
      indicator: 'Indikator',
      period: 'Period',
      outcome: 'Utfall',
      target: 'Mål',
      forecast: 'Prognos helår',
      status: 'Status',
    },
    noValue: 'Inget utfall',
    synthetic: 'Genererat värde',
    syntheticHint: 'Värdet är genererat för att fylla ut serien, inte hämtat ur en rapport.',
  },
  status: {
    GREEN: 'Når målet',
    YELLOW: 'Nära målet',
    RED: 'Når inte målet',
    NOT_ASSESSED: 'Ej bedömt',
  },
  fulfilment: {
    FULFILLED: 'Uppfyllt',
    PARTLY_FULFILLED: 'Delvis uppfyllt',
    NOT_FULFILLED: 'Ej uppfyllt',
    NOT_ASSESSED: 'Ej bedömt',
  },
  periodicity: {
    YEAR: 'År',
    TERTIAL: 'Tertial',
    MONTH: 'Månad',
  },
  unit: {
    PERCENT: '%',
    COUNT: 'st',
    TKR: 'tkr',
    MNKR: 'mnkr',
    INDEX: '',
    FTE: 'åa',
    TERABYTE: 'TB',
  },
};

export type Translations = typeof sv;
