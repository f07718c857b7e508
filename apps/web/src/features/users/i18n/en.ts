import type { UsersTranslations } from './sv';

export const usersEn: UsersTranslations = {
  users: {
    title: 'Users',
    new: 'New user',
    newTitle: 'New user',
    editTitle: 'Change {{name}}',
    edit: 'Change',
    email: 'Email address',
    name: 'Name',
    password: 'Password',
    newPassword: 'New password',
    passwordHint: "At least 10 characters. Leave empty for accounts that only use the municipality's sign-on.",
    active: 'The account is active',
    roles: 'Roles',
    role: 'Role',
    addRole: 'Add a role',
    removeRole: 'Remove the role',
    status: 'Status',
    activeLabel: 'Active',
    inactiveLabel: 'Deactivated',
    singleSignOn: "municipality's sign-on",
  },
};
