export const targetsSv = {
  targets: {
    title: 'Målvärden och budget',
    intro:
      '{{unit}}, {{year}}: årsmål och periodmål per indikator, och budgeten per ekonomisk rad och verksamhetsområde, bredvid utfallet två år bakåt och den senaste prognosen.',
    help: 'Skriv tal som i Excel (5,9 eller 1 506 000) eller klistra in ett block från Excel i den cell där det ska börja. Piltangenterna och Enter flyttar mellan cellerna, Esc ångrar cellen och Ctrl+Z den senaste ändringen. För ackumulerade indikatorer är periodmålet hittills i år, som utfallet.',
    keyboardHelp:
      'Piltangenterna och Enter flyttar mellan cellerna, Esc ångrar cellen, Ctrl+Z den senaste ändringen. Ett block från Excel klistras in från cellen.',
    year: 'År',
    includeSubunits: 'Visa underliggande enheter',
    tabs: { label: 'Målvärden eller budget', PERFORMANCE: 'Indikatorernas mål', FINANCIAL: 'Budget' },
    budgetHelp:
      'Budgeten är de ekonomiska radernas mål: periodmålet är budget ackumulerat till och med perioden, årsmålet budget helår. Resultat förvaltning och Resultat utveckling per verksamhetsområde är budgeten för förvaltning och utveckling som Ekonomi visar.',
    empty: {
      PERFORMANCE: 'Enheten har inga indikatorer i bruk.',
      FINANCIAL: 'Enheten har inga ekonomiska rader. Visa underliggande enheter för verksamhetsområdenas resultat.',
    },
    periodicity: { MONTH: 'Indikatorer per månad', TERTIAL: 'Indikatorer per tertial', YEAR: 'Indikatorer per år' },
    indicator: 'Indikator',
    outcome: 'Utfall {{year}}',
    forecast: 'Prognos {{year}}',
    annualTarget: 'Årsmål {{year}}',
    cumulative: 'Periodmålen är ackumulerade (hittills i år)',
    readOnly: 'Du kan läsa målvärdena men inte ändra dem: det gör enhetens planerare.',
    save_zero: 'Spara',
    save_one: 'Spara {{count}} ändrad rad',
    save_other: 'Spara {{count}} ändrade rader',
    undo: 'Ångra senaste ändringen',
    allOrNothing: 'Allt sparas tillsammans, eller inget om något värde är felaktigt.',
    invalidCells_one: '{{count}} cell är felaktig. Inget har sparats; rätta den markerade cellen och spara igen.',
    invalidCells_other: '{{count}} celler är felaktiga. Inget har sparats; rätta de markerade cellerna och spara igen.',
    conflict_one: 'Någon annan har ändrat {{count}} av raderna sedan du öppnade sidan. Inget har sparats.',
    conflict_other: 'Någon annan har ändrat {{count}} av raderna sedan du öppnade sidan. Inget har sparats.',
    proposal: 'Förslag',
    proposalHelp: 'Kopierat från {{year}} vid överrullningen: bekräfta eller ändra',
    proposals_one:
      '{{count}} rad har förslag till målvärden, kopierade från {{year}} vid överrullningen. Bekräfta dem som årets målvärden, eller ändra och spara dem. När planen antas blir förslagen de antagna målvärdena.',
    proposals_other:
      '{{count}} rader har förslag till målvärden, kopierade från {{year}} vid överrullningen. Bekräfta dem som årets målvärden, eller ändra och spara dem. När planen antas blir förslagen de antagna målvärdena.',
    confirmProposals: 'Bekräfta förslag',
    saveBeforeConfirming: 'Spara eller ångra dina ändringar innan du bekräftar förslagen.',
    reload: 'Hämta det som nu är sparat',
    notice: {
      saved_one: '{{count}} rad sparad.',
      saved_other: '{{count}} rader sparade.',
      clipped: 'Det inklistrade blocket var större än tabellen: det som inte fick plats klistrades inte in.',
      nothingToSave: 'Inget har ändrats.',
      confirmed_one: 'Förslagen på {{count}} rad är bekräftade som årets målvärden.',
      confirmed_other: 'Förslagen på {{count}} rader är bekräftade som årets målvärden.',
    },
  },
};

export type TargetsTranslations = typeof targetsSv;
