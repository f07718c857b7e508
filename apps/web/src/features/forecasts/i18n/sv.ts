export const forecastsSv = {
  forecasts: {
    title: 'Prognos per prognosomgång {{year}}',
    openRound: 'Prognoser som ändras nu sparas i {{name}}.',
    allClosed: 'Årets prognosomgångar är stängda.',
    none: 'Indikatorn har ingen prognos i årets prognosomgångar.',
    chartDescription:
      'Stegdiagram över helårsprognosen för {{name}} i varje prognosomgång {{year}}. Tabellfliken har samma siffror.',
    tableCaption: 'Helårsprognosen för {{name}} per prognosomgång {{year}}',
    round: 'Prognosomgång',
    asOf: 'Per',
    statusLabel: 'Läge',
    forecast: 'Prognos helår',
    change: 'Förändring mot föregående',
    comment: 'Kommentar',
    carriedOver: 'Oförändrad sedan föregående omgång.',
    admin: {
      title: 'Prognosomgångar {{year}}',
      none: 'Inga prognosomgångar för {{year}}: helårsprognoserna sparas bara på värdena.',
      close: 'Stäng {{name}}',
      name: 'Ny prognosomgång',
      namePlaceholder: 'Prognos augusti {{year}}',
      open: 'Öppna prognosomgång',
    },
    status: { OPEN: 'Öppen', CLOSED: 'Stängd' },
    entryNotice: 'Ändrade helårsprognoser sparas i prognosomgången {{name}}.',
    entryClosed: 'Prognosomgångarna för {{year}} är stängda: helårsprognoserna kan inte ändras.',
    noRounds: 'Det finns inga prognosomgångar för {{year}}.',
  },
  projection: {
    title: 'Statistisk prognos för helåret {{year}}',
    none: 'Det finns inget utfall för året till och med {{period}} att räkna fram en statistisk prognos från.',
    projected: 'Statistisk prognos helår',
    humanForecast: 'Inmatad prognos helår',
    difference: 'Statistisk minus inmatad',
    noForecast: 'Det finns ingen inmatad helårsprognos för året att jämföra med.',
    zeroForecast: 'Den inmatade prognosen är 0, så skillnaden kan inte anges i procent och flaggas inte.',
    differs:
      'Den statistiska prognosen skiljer sig mer än {{tolerance}} från den inmatade. Se över antagandena bakom prognosen.',
    agrees: 'Den statistiska prognosen ligger inom {{tolerance}} från den inmatade.',
    method: {
      SEASONAL_PROFILE:
        'Metod: säsongsprofil. Utfallet ackumulerat till och med {{period}} delas med den andel av förra årets helårsutfall som var nådd vid samma månad ({{share}}).',
      STRAIGHT_PACE:
        'Metod: rak takt. Utfallet ackumulerat till och med {{period}} räknas upp till helår (× 12 ÷ {{months}}), eftersom förra årets utfall saknas eller var noll vid samma månad.',
      LATEST_LEVEL:
        'Metod: senaste nivå. En nivå, t.ex. en andel som redovisas hittills i år, antas ligga kvar där den var {{period}} året ut.',
      AVERAGE_SO_FAR:
        'Metod: medelvärde hittills. Helåret är månadernas medelvärde och antas bli medelvärdet av månaderna till och med {{period}}.',
    },
    generated:
      'Prognosen bygger delvis på genererade värden (utfall som fyller ut serien, inte rapporterade), så den är osäkrare än metoden ger sken av.',
    caveat:
      'Den statistiska prognosen räknas bara fram ur utfallet hittills och vet inget om beslut eller händelser under resten av året. Den flaggas när den skiljer sig mer än {{tolerance}} från den inmatade prognosen, samma gräns för alla indikatorer.',
  },
  accuracy: {
    title: 'Prognosträffsäkerhet',
    year: 'År',
    intro:
      '{{unit}} med underliggande enheter: hur nära helårsutfallet {{year}} låg prognoserna i årets prognosomgångar?',
    explainError:
      'Fel = prognos minus utfall vid årets slut, i indikatorns egen enhet: positivt när prognosen var för hög. Relativt fel = felet delat med utfallet; det anges bara när både prognos och utfall är större än noll, eftersom ett resultat nära noll annars ger orimligt stora procenttal.',
    explainMeans:
      'Medelfelet (MAE) per indikator är medelvärdet av omgångarnas absoluta fel, i indikatorns enhet; det kan inte jämföras mellan indikatorer med olika enheter. Sammanfattningen per omgång och enhet är därför det genomsnittliga relativa felet (MAPE), som saknar enhet. Genererade utfall visas men räknas inte in i medelvärdena.',
    noRoundsAtAll: 'Det finns inga prognosomgångar ännu.',
    noForecasts: '{{unit}} har inga prognoser i prognosomgångarna {{year}}.',
    summaryTitle: 'Genomsnittligt relativt fel (MAPE)',
    totalExplained_one:
      'Prognoserna för {{unit}} med underliggande enheter låg i genomsnitt så långt från utfallet, räknat på {{count}} prognos med rapporterat utfall.',
    totalExplained_other:
      'Prognoserna för {{unit}} med underliggande enheter låg i genomsnitt så långt från utfallet, räknat på {{count}} prognoser med rapporterat utfall.',
    noComparison:
      'Ingen prognos kan jämföras ännu: året saknar rapporterat helårsutfall för de prognostiserade indikatorerna, eller så saknar de relativt fel.',
    byRoundTitle: 'Per prognosomgång: blir senare omgångar bättre?',
    byRoundChart:
      'Stapeldiagram: genomsnittligt relativt fel per prognosomgång för {{unit}} {{year}}; lägre är bättre. Tabellfliken har samma siffror.',
    byRoundCaption: 'Genomsnittligt relativt fel per prognosomgång, {{unit}} {{year}}',
    byUnitTitle: 'Per enhet',
    byUnitCaption: 'Genomsnittligt relativt fel per enhet, {{unit}} {{year}}',
    indicatorsTitle: 'Per indikator',
    tableCaption: 'Prognosträffsäkerhet {{unit}} {{year}}',
    indicator: 'Indikator',
    unit: 'Enhet',
    index: 'index',
    outcome: 'Utfall helår',
    noOutcome: 'Saknas',
    generated: 'Genererat',
    yes: 'Ja',
    error: 'Fel',
    errorShort: 'fel {{error}}',
    relativeErrorPercent: 'Relativt fel (%)',
    meanAbsoluteError: 'Medelfel (MAE)',
    meanAbsolutePercentageError: 'Relativt medelfel (MAPE)',
    meanAbsolutePercentageErrorPercent: 'Relativt medelfel, MAPE (%)',
    comparedForecasts: 'Antal prognoser',
    demoDated: 'Datumet för {{rounds}} är ett demovärde: källan anger prognosen men inte när den gjordes.',
  },
};

export type ForecastsTranslations = typeof forecastsSv;
