export const usersSv = {
  users: {
    title: 'Användare',
    new: 'Ny användare',
    newTitle: 'Ny användare',
    editTitle: 'Ändra {{name}}',
    edit: 'Ändra',
    email: 'E-postadress',
    name: 'Namn',
    password: 'Lösenord',
    newPassword: 'Nytt lösenord',
    passwordHint: 'Minst 10 tecken. Lämna tomt för konton som bara loggar in via kommunens inloggning.',
    active: 'Kontot är aktivt',
    roles: 'Roller',
    role: 'Roll',
    addRole: 'Lägg till roll',
    removeRole: 'Ta bort rollen',
    status: 'Status',
    activeLabel: 'Aktiv',
    inactiveLabel: 'Inaktiverad',
    singleSignOn: 'kommunens inloggning',
  },
};

export type UsersTranslations = typeof usersSv;
