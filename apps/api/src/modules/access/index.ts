/** Users, roles, sessions and sign-in (password and single sign-on). */
export { accessResolvers, accessRules } from './access-resolvers';
export { createAccessLoaders } from './access-loaders';
export { createOidcRouter } from './oidc-sign-in';
export type { OidcSettings } from './oidc-sign-in';
export { findRequestUser, SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
export { createSession } from './session-service';
export type { SignedInUser } from './session-service';
export { createSignInRouter } from './sign-in-routes';
export { createFirstRunRouter } from './first-run-routes';
export { createAdministrator } from './first-administrator-service';
export type { AdministratorCreation, NewAdministrator } from './first-administrator-service';
export { SetupCode } from './setup-code';
