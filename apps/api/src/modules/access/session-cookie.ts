import type { CookieOptions, Request } from 'express';
import { SESSION_IDLE_LIFETIME_MS } from './session-service';

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
