export const dataEntrySv = {
  dataEntry: {
    correction: {
      explanation:
        'Perioden är stängd: värdena är rapporterade och låsta. En ändring nu är en rättelse och sparas med skälet i granskningsloggen.',
      reason: 'Skäl till rättelsen',
      help: 'Till exempel vad som var fel och var det rätta värdet kommer ifrån.',
      rowExplanation:
        'Perioden är stängd: det som rapporterats är låst. En ändring nu är en rättelse och sparas med skälet i granskningsloggen.',
    },
    saveColumn: 'Spara',
    title: 'Registrera värden',
    intro: '{{unit}}, {{period}}: indikatorernas värden, målens bedömning och aktiviteternas status för perioden.',
    valuesTitle: 'Indikatorer, {{period}}',
    valuesHelp:
      'Varje indikator rapporteras för den period månaden ligger i: månaden, tertialet eller året. R12, rullande tolv månader som källan redovisar dem, anges bara för månadsindikatorer. Skriv tal som i Excel (5,9 eller 1 506 000) eller klistra in ett block från Excel i den cell där det ska börja. Piltangenterna och Enter flyttar mellan cellerna, Esc ångrar cellen och Ctrl+Z den senaste ändringen.',
    noIndicators: '{{unit}} äger inga indikatorer. Välj den enhet som äger dem.',
    readOnly: 'Du kan läsa värdena men inte ändra dem: det gör enhetens analytiker.',
    save_zero: 'Spara',
    save_one: 'Spara {{count}} ändrad rad',
    save_other: 'Spara {{count}} ändrade rader',
    undo: 'Ångra senaste ändringen',
    allOrNothing: 'Allt sparas tillsammans, eller inget om något värde är felaktigt.',
    invalidCells_one: '{{count}} cell är felaktig. Inget har sparats; rätta den markerade cellen och spara igen.',
    invalidCells_other: '{{count}} celler är felaktiga. Inget har sparats; rätta de markerade cellerna och spara igen.',
    conflict_one:
      'Någon annan har sparat {{count}} av raderna sedan du öppnade sidan. Inget har sparats. Det som nu är sparat står under cellerna.',
    conflict_other:
      'Någon annan har sparat {{count}} av raderna sedan du öppnade sidan. Inget har sparats. Det som nu är sparat står under cellerna.',
    notice: {
      saved_one: '{{count}} rad sparad.',
      saved_other: '{{count}} rader sparade.',
      clipped: 'Det inklistrade blocket var större än tabellen: det som inte fick plats klistrades inte in.',
      nothingToSave: 'Inget är ändrat.',
    },
    export: { title: 'Indikatorer {{unit}} {{period}}', unit: 'Enhet' },
    grid: {
      keyboardHelp:
        'Indikatorer som rader och deras värden som redigerbara celler. Piltangenterna flyttar mellan cellerna, Enter går till nästa rad, Esc återställer cellen, Ctrl+Z ångrar den senaste ändringen.',
      indicator: 'Indikator',
      period: 'Period',
      outcome: 'Utfall',
      periodTarget: 'Periodmål',
      annualTarget: 'Årsmål',
      fullYearForecast: 'Prognos helår',
      rolling12: 'R12',
      rolling12Long: 'Rullande tolv månader till och med månaden',
      rolling12NotApplicable: 'Ingen R12: den anges bara för månadsindikatorer',
      comment: 'Kommentar',
      unsaved: 'Ändrad, inte sparad',
      generated: 'Genererat värde',
      changedByOthers: 'Ändrad av någon annan',
      theirValue: 'Sparat nu: {{value}}',
    },
    goalsTitle: 'Målens bedömning, {{period}}',
    activitiesTitle: 'Aktiviteternas status, {{period}}',
    goal: 'Mål',
    fulfilment: 'Måluppfyllelse',
    activity: 'Aktivitet',
    activityStatus: 'Status',
    comment: 'Kommentar',
    endDate: 'Slutdatum {{date}}',
    noGoals: 'Enheten har inga nämndmål för året.',
    noActivities: 'Enheten har inga aktiviteter.',
    savedRow: 'Sparad',
    rowConflict: 'Någon annan har sparat: {{status}}.',
  },
};

export type DataEntryTranslations = typeof dataEntrySv;
