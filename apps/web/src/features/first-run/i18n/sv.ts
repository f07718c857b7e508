export const firstRunSv = {
  firstRun: {
    title: 'Kom igång med Lägesbild',
    intro:
      'Det finns ännu inga användare. Lägg upp kommunen och dess första administratör. Administratören lägger sedan upp organisationen, indikatorerna och de andra användarna.',
    setupCode: 'Engångskod',
    setupCodeHint: 'Koden som servern skrev i sin logg när den startade, t.ex. ABCD-EFGH-JKMN.',
    cityName: 'Kommunens namn',
    cityNameHint: 'Organisationens översta nivå, t.ex. Göteborgs Stad.',
    administrator: 'Administratör',
    name: 'Namn',
    email: 'E-postadress',
    password: 'Lösenord',
    passwordHint: 'Minst 10 tecken.',
    submit: 'Skapa och logga in',
    invalidSetupCode: 'Koden stämmer inte. Kontrollera den mot serverns logg.',
    tooManyAttempts: 'För många felaktiga koder. Försök igen om {{seconds}} sekunder.',
    alreadySetUp: 'Lägesbild har redan en administratör. Logga in i stället.',
    goToSignIn: 'Till inloggningen',
  },
};

export type FirstRunTranslations = typeof firstRunSv;
