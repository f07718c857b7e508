/** Splitting and merging projects, and a project's lineage (its origins and successors). */
export const projectLineageSv = {
  projectLineage: {
    split: 'Dela projekt',
    merge: 'Slå ihop projekt',
    splitTitle: 'Dela projekt: {{project}}',
    mergeTitle: 'Slå ihop projekt: {{project}}',
    splitIntro:
      'Projektet avslutas på datumet och de nya projekten börjar då. Varje nytt projekt anger det här som sitt ursprung, och dess historik finns kvar.',
    mergeIntro:
      'Projekten avslutas på datumet och ett nytt projekt börjar då. Det nya projektet anger dem alla som sitt ursprung.',
    splitOn: 'Datum för delningen',
    mergedOn: 'Datum för sammanslagningen',
    reason: 'Skäl',
    parts: 'Nya projekt',
    part: 'Nytt projekt {{number}}',
    partName: 'Namn',
    partPortfolio: 'Portfölj',
    partOwner: 'Projektägare',
    partManager: 'Projektledare',
    partBudget: 'Andel av budgeten, tkr',
    addPart: 'Lägg till projekt',
    removePart: 'Ta bort nytt projekt {{number}}',
    budgetOfOrigin: 'Projektets budget är {{budget}} tkr.',
    sources: 'Projekt att slå ihop med {{project}}',
    noSources: 'Det finns inga andra pågående projekt som du får slå ihop med det här.',
    newProject: 'Det nya projektet',
    name: 'Namn',
    portfolio: 'Portfölj',
    owner: 'Projektägare',
    manager: 'Projektledare',
    budget: 'Budget, tkr',
    budgetHint: 'Lämna tomt för summan av projektens budgetar.',
    conflict:
      'Ett av projekten har ändrats sedan du öppnade formuläret. Spara igen för att använda det som nu är sparat.',
    origin: 'Ursprung',
    splitFrom: 'delat {{date}}',
    mergedFrom: 'sammanslaget {{date}}',
    splitInto: 'Delades i',
    mergedInto: 'Slogs ihop till',
    lineage: 'Ursprung och efterföljare',
    kind: { SPLIT: 'Delning', MERGE: 'Sammanslagning' },
  },
};

export type ProjectLineageTranslations = typeof projectLineageSv;
