import type { PrismaClient } from '@lagesbild/db';
import type { CookieOptions, Request } from 'express';
import { findSessionUser, SESSION_IDLE_LIFETIME_MS } from './session-service';
import type { SignedInUser } from './session-service';

export const SESSION_COOKIE = 'lagesbild_session';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), and Secure
 * everywhere but on this machine, where there is no TLS to demand.
 */
export function sessionCookieOptions(request: Request): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: !LOCAL_HOSTS.has(request.hostname),
    path: '/',
    maxAge: SESSION_IDLE_LIFETIME_MS,
  };
}

/** The session token a request carries in its cookie, if any. */
export function sessionTokenOf(request: Request): string | undefined {
  return (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
}

/** The signed-in user of a request (its session cookie), or null: for /graphql and the file routes alike. */
export async function findRequestUser(prisma: PrismaClient, request: Request): Promise<SignedInUser | null> {
  const token = sessionTokenOf(request);
  return token ? findSessionUser(prisma, token) : null;
}
