import type { PrismaClient } from '@lagesbild/db';
import { verifyPassword } from '@lagesbild/db';
import { signInSchema } from '@lagesbild/types';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE, sessionCookieOptions, sessionTokenOf } from './session-cookie';
import { createSession, deleteSession } from './session-service';
import { claimAttempt, clearAccountFailures, forgetAttempt, throttleSubjects } from './sign-in-throttle';
import { findUserByEmail } from './user-by-email';

/**
 * Only JSON is accepted: a cross-site form cannot send it, and a cross-site script cannot
 * without a CORS preflight this server never grants. That is the CSRF protection here.
 */
export function requireJson(request: Request, response: Response, next: NextFunction): void {
  if (!request.is('application/json')) {
    response
      .status(415)
      .json({ error: 'unsupportedMediaType', message: 'Send JSON (Content-Type: application/json).' });
    return;
  }
  next();
}

/** Local sign-in with email and password, and sign-out. */
export function createSignInRouter(prisma: PrismaClient): express.Router {
  const router = express.Router();

  router.post('/auth/sign-in', express.json({ limit: '10kb' }), requireJson, async (request, response) => {
    const parsed = signInSchema.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({
        error: 'invalidInput',
        fieldErrors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    const { email, password } = parsed.data;
    const subjects = throttleSubjects(email, request.ip ?? 'unknown');
    const { retryAfterSeconds, attemptIds } = await claimAttempt(prisma, subjects);
    if (retryAfterSeconds > 0) {
      response
        .set('Retry-After', String(retryAfterSeconds))
        .status(429)
        .json({ error: 'tooManyAttempts', retryAfterSeconds });
      return;
    }
    const user = await findUserByEmail(prisma, email);
    const passwordMatches = await verifyPassword(user?.passwordHash, password);
    if (!user || !user.isActive || !passwordMatches) {
      // The failure was recorded when the attempt was claimed. The same answer whether or not the account exists.
      response.status(401).json({ error: 'invalidCredentials' });
      return;
    }
    await forgetAttempt(prisma, attemptIds);
    await clearAccountFailures(prisma, email);
    const token = await createSession(prisma, user.id);
    response.cookie(SESSION_COOKIE, token, sessionCookieOptions(request));
    response.json({ user: { id: user.id, name: user.name, email: user.email } });
  });

  router.post('/auth/sign-out', requireJson, async (request, response) => {
    const token = sessionTokenOf(request);
    if (token) await deleteSession(prisma, token);
    response.clearCookie(SESSION_COOKIE, { ...sessionCookieOptions(request), maxAge: undefined });
    response.status(204).end();
  });

  return router;
}
