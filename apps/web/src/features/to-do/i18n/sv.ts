export const toDoSv = {
  toDo: {
    title: 'Att göra',
    intro:
      'Det du ansvarar för att rapportera: indikatorer du äger eller som din enhet ska rapportera, målbedömningar, aktiviteters och uppdrags status, projektens statusrapporter, rapportavsnitt att skriva och rapporter att fastställa. Listan visar det som är försenat (upp till tre månader) och det som ska vara klart inom en månad.',
    summary_one: '{{count}} sak att göra',
    summary_other: '{{count}} saker att göra',
    overdueSummary: '{{count}} försenade',
    empty: 'Du har inget att rapportera just nu.',
    deadline: 'Sista dag {{date}}',
    overdue: 'Försenad',
    dueIn_one: 'om {{count}} dag',
    dueIn_other: 'om {{count}} dagar',
    dueToday: 'i dag',
    groupLabel: 'Sista dag {{date}}',
    navLabel: 'Att göra',
    navCount_one: '{{count}} sak att göra',
    navCount_other: '{{count}} saker att göra',
    kind: {
      INDICATOR_VALUE: 'Indikatorvärde',
      GOAL_ASSESSMENT: 'Målbedömning',
      ACTIVITY_STATUS: 'Aktivitetens status',
      ASSIGNMENT_UPDATE: 'Uppdragets status',
      PROJECT_STATUS_UPDATE: 'Projektets statusrapport',
      REPORT_SECTION: 'Rapportavsnitt att skriva',
      REPORT_APPROVAL: 'Rapport att fastställa',
    },
  },
};
