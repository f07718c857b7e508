export const perspectivesSv = {
  perspectives: {
    title: 'Perspektiv',
    intro:
      'Stadens perspektiv för ett år: namn, ordning och beskrivning. Ett namnbyte gäller bara det valda året; mål och rapporter från andra år behåller sina namn.',
    year: 'År',
    listLabel: 'Perspektiven {{year}}',
    empty: 'Året {{year}} har inga perspektiv ännu.',
    new: 'Nytt perspektiv',
    copyFromPrevious: 'Kopiera från föregående år',
    copied: 'Perspektiven från föregående år har kopierats till {{year}}.',
    saved: 'Ändringen har sparats.',
    removed: '{{name}} har tagits bort från {{year}}.',
    noDescription: 'Ingen beskrivning.',
    createTitle: 'Nytt perspektiv för {{year}}',
    editTitle: 'Ändra {{name}} ({{year}})',
    name: 'Namn',
    description: 'Beskrivning',
    descriptionHint: 'Vad perspektivet omfattar. Visas för året {{year}}.',
    removeTitle: 'Ta bort {{name}} från {{year}}?',
    removeBody: 'Perspektivet tas bara bort från {{year}}. Andra år behåller det.',
    removeConfirm: 'Ta bort',
    conflict: 'Perspektivet heter nu {{name}} (version {{version}}).',
    orderChanged:
      'Någon annan har ändrat ordningen under tiden. Listan visar nu den ordning som gäller; flytta igen om du vill.',
    validation: {
      nameTaken: 'Året har redan ett perspektiv med det namnet.',
      listFull: 'Året har redan så många perspektiv som går att ordna. Ta bort ett innan du lägger till ett nytt.',
      usedByGoals: 'Årets mål hör till perspektivet.',
      usedByActivities: 'Årets aktiviteter hör till perspektivet.',
      usedByReports: 'Årets rapporter har ett avsnitt för perspektivet.',
      notTheYearsPerspectives: 'Årets perspektiv har ändrats under tiden. Ladda om sidan och försök igen.',
      yearHasPerspectives: 'Året har redan perspektiv.',
      noEarlierYear: 'Det finns inget tidigare år med perspektiv att kopiera.',
      duplicate: 'Samma perspektiv finns två gånger.',
    },
  },
};

export type PerspectivesTranslations = typeof perspectivesSv;
