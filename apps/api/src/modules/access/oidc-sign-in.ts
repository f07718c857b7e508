import type { PrismaClient } from '@lagesbild/db';
import express from 'express';
import type { Request, Response } from 'express';
import * as openid from 'openid-client';
import { runAudited } from '../audit';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { createSession } from './session-service';
import { findUserByEmail } from './user-by-email';

/** Single sign-on through an OpenID Connect provider (e.g. Microsoft Entra ID). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This app's callback as registered with the provider: https://…/auth/oidc/callback. */
  redirectUrl: string;
  /** Plain http to the provider, for a provider on this machine in tests; never in production. */
  allowInsecureHttp: boolean;
}

/** The flow's secrets between the redirect to the provider and its answer, in an httpOnly cookie. */
const FLOW_COOKIE = 'lagesbild_oidc';
const FLOW_LIFETIME_MS = 10 * 60 * 1000;

interface FlowState {
  codeVerifier: string;
  state: string;
  nonce: string;
  next: string;
}

/** The email of the person: `email`, or Entra ID's `preferred_username` when it is one. */
function emailOf(claims: Record<string, unknown>): string | undefined {
  for (const candidate of [claims.email, claims.preferred_username]) {
    if (typeof candidate === 'string' && candidate.includes('@')) return candidate;
  }
  return undefined;
}

/** Only paths of this app are followed after sign-in, never another site. */
function safeNext(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/**
 * /auth/oidc/sign-in sends the browser to the provider (authorization code flow with PKCE,
 * state and nonce); /auth/oidc/callback takes its answer, finds the account by its subject
 * (or links it by email the first time) and starts a session. Accounts are created by
 * administrators: an unknown person is not let in.
 */
export function createOidcRouter(
  prisma: PrismaClient,
  auditedPrisma: PrismaClient,
  settings: OidcSettings,
): express.Router {
  const router = express.Router();
  let configuration: Promise<openid.Configuration> | undefined;
  const discover = () => {
    configuration ??= openid
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowInsecureHttp ? { execute: [openid.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  const failed = (request: Request, response: Response, reason: string) => {
    response.clearCookie(FLOW_COOKIE, { ...sessionCookieOptions(request), maxAge: undefined });
    response.redirect(`/logga-in?fel=${encodeURIComponent(reason)}`);
  };

  router.get('/auth/oidc/sign-in', async (request, response) => {
    const config = await discover();
    const flow: FlowState = {
      codeVerifier: openid.randomPKCECodeVerifier(),
      state: openid.randomState(),
      nonce: openid.randomNonce(),
      next: safeNext(request.query.nasta),
    };
    response.cookie(FLOW_COOKIE, JSON.stringify(flow), { ...sessionCookieOptions(request), maxAge: FLOW_LIFETIME_MS });
    const url = openid.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUrl,
      scope: 'openid email profile',
      code_challenge: await openid.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    response.redirect(url.href);
  });

  router.get('/auth/oidc/callback', async (request, response) => {
    const raw = (request.cookies as Record<string, string | undefined>)[FLOW_COOKIE];
    if (!raw) return failed(request, response, 'sso-expired');
    const flow = JSON.parse(raw) as FlowState;
    let subject: string;
    let email: string | undefined;
    try {
      const config = await discover();
      const tokens = await openid.authorizationCodeGrant(config, new URL(request.originalUrl, settings.redirectUrl), {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      const claims = tokens.claims();
      if (!claims) return failed(request, response, 'sso-failed');
      subject = claims.sub;
      email = emailOf(claims);
      // Some providers put the email only in the userinfo answer, not in the ID token.
      email ??= emailOf(await openid.fetchUserInfo(config, tokens.access_token, subject));
    } catch (error) {
      console.error('Single sign-on failed:', error);
      return failed(request, response, 'sso-failed');
    }

    let user = await prisma.user.findUnique({ where: { oidcSubject: subject } });
    if (!user && email) {
      const byEmail = await findUserByEmail(prisma, email, { oidcSubject: null });
      if (byEmail) {
        user = await runAudited(auditedPrisma, 'linkSingleSignOn', byEmail.id, (tx) =>
          tx.user.update({ where: { id: byEmail.id }, data: { oidcSubject: subject, version: { increment: 1 } } }),
        );
      }
    }
    if (!user?.isActive) return failed(request, response, 'sso-no-account');

    response.clearCookie(FLOW_COOKIE, { ...sessionCookieOptions(request), maxAge: undefined });
    response.cookie(SESSION_COOKIE, await createSession(prisma, user.id), sessionCookieOptions(request));
    response.redirect(flow.next);
  });

  return router;
}
