import type { FirstRunTranslations } from './sv';

export const firstRunEn: FirstRunTranslations = {
  firstRun: {
    title: 'Get started with Lägesbild',
    intro:
      'There are no users yet. Set up the municipality and its first administrator, who then sets up the organisation, the indicators and the other users.',
    setupCode: 'Setup code',
    setupCodeHint: 'The code the server wrote to its log when it started, e.g. ABCD-EFGH-JKMN.',
    cityName: "The municipality's name",
    cityNameHint: 'The top level of the organisation, e.g. Göteborgs Stad.',
    administrator: 'Administrator',
    name: 'Name',
    email: 'Email address',
    password: 'Password',
    passwordHint: 'At least 10 characters.',
    submit: 'Create and sign in',
    invalidSetupCode: "The code does not match. Check it against the server's log.",
    tooManyAttempts: 'Too many wrong codes. Try again in {{seconds}} seconds.',
    alreadySetUp: 'Lägesbild already has an administrator. Sign in instead.',
    goToSignIn: 'Go to sign-in',
  },
};
