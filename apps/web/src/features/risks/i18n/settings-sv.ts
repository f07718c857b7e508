/** Administration → Riskkategorier och riskskala: the municipality's risk scale and its risk categories. */
export const riskSettingsSv = {
  riskSettings: {
    title: 'Riskkategorier och riskskala',
    intro:
      'Kommunens riskskala och de kategorier som enheterna sorterar sina risker i. En pensionerad kategori erbjuds inte för nya risker, men riskerna i den behåller den.',
    scale: {
      heading: 'Riskskala',
      current: 'Nuvarande skala: 1–{{max}}.',
      label: 'Skala för sannolikhet och konsekvens',
      option: '1–{{max}}',
      largestValued: 'Det högsta värde någon värdering har är {{largest}}.',
      noneValued: 'Inga risker är värderade ännu.',
      save: 'Spara skalan',
      saved: 'Riskskalan är nu 1–{{max}}.',
      conflict: 'Skalan är nu 1–{{max}}.',
    },
    categories: {
      heading: 'Riskkategorier',
      listLabel: 'Riskkategorierna',
      empty: 'Det finns inga riskkategorier ännu.',
      new: 'Ny kategori',
      riskCount_zero: 'Inga risker',
      riskCount_one: '{{count}} risk',
      riskCount_other: '{{count}} risker',
      retired: 'Pensionerad',
      moved: '{{name}} är nu nummer {{position}} av {{count}}.',
      orderChanged:
        'Någon annan har ändrat kategorierna under tiden. Listan visar nu den ordning som gäller; flytta igen om du vill.',
      createTitle: 'Ny riskkategori',
      editTitle: 'Ändra {{name}}',
      name: 'Namn',
      retire: 'Pensionerad: erbjuds inte för nya risker',
      retireHint: 'Riskerna som redan finns i kategorin behåller den.',
      created: '{{name}} har lagts till.',
      saved: 'Ändringen har sparats.',
      removed: '{{name}} har tagits bort.',
      removeTitle: 'Ta bort {{name}}?',
      removeBody: 'Kategorin tas bort för alla enheter. Ingen risk hör till den.',
      inUse_one:
        '{{count}} risk hör till kategorin, så den kan inte tas bort. Pensionera den i stället (Ändra): då erbjuds den inte för nya risker.',
      inUse_other:
        '{{count}} risker hör till kategorin, så den kan inte tas bort. Pensionera den i stället (Ändra): då erbjuds den inte för nya risker.',
      removeConfirm: 'Ta bort',
      conflict: 'Kategorin heter nu {{name}} (version {{version}}).',
      conflictRetired: 'Kategorin heter nu {{name}} och är pensionerad (version {{version}}).',
    },
    validation: {
      nameTaken: 'Det finns redan en riskkategori med det namnet.',
      listFull: 'Det finns redan så många riskkategorier som går att ordna. Ta bort en innan du lägger till en ny.',
      duplicate: 'Samma kategori finns två gånger i ordningen.',
      unknownCategory: 'Ordningen har en kategori som inte finns längre. Ladda om sidan och försök igen.',
      missingCategory: 'Ordningen saknar en kategori. Ladda om sidan och försök igen.',
      categoryInUse:
        'Risker hör till kategorin, så den kan inte tas bort. Pensionera den i stället: då erbjuds den inte för nya risker.',
      fourOrFive: 'Välj skalan 1–4 eller 1–5.',
      valuationsAboveScale:
        'Värderingar har redan sannolikhet eller konsekvens {{largest}}: skalan kan inte bli mindre.',
    },
  },
};

export type RiskSettingsTranslations = typeof riskSettingsSv;
