export const accessSv = {
  signIn: {
    title: 'Logga in',
    intro: 'Lägesbild visar mål, indikatorer, prognoser, risker och projekt för din organisation.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    or: 'eller',
    singleSignOn: 'Logga in med kommunens inloggning',
    invalidCredentials: 'Fel e-postadress eller lösenord.',
    tooManyAttempts: 'För många misslyckade försök. Försök igen om {{seconds}} sekunder.',
    demoTitle: 'Demokonton',
    demoIntro: 'Demodata är laddade. Logga in som en av dessa för att prova en roll.',
    demoAccount: 'Konto',
    demoRoles: 'Roll och enhet',
    use: 'Använd',
    useDemoAccount: 'Använd kontot för {{name}}',
    failure: {
      'sso-failed': 'Inloggningen via kommunens inloggning misslyckades. Försök igen.',
      'sso-expired': 'Inloggningen tog för lång tid. Försök igen.',
      'sso-no-account': 'Du har inget konto i Lägesbild. Be en administratör att lägga upp dig.',
    },
  },
  role: {
    VIEWER: 'Läsare',
    ANALYST: 'Analytiker',
    PORTFOLIO_OFFICE: 'Portföljkontoret',
    PLANNER: 'Planerare',
    APPROVER: 'Fastställer rapporter (förvaltningschef)',
    ADMIN: 'Administratör',
  },
};

export type AccessTranslations = typeof accessSv;
