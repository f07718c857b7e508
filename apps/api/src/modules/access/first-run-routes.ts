import type { PrismaClient } from '@lagesbild/db';
import { hashPassword } from '@lagesbild/db';
import { firstRunInputSchema } from '@lagesbild/types';
import express from 'express';
import { runAudited } from '../audit';
import { createAdministrator } from './first-administrator-service';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { createSession } from './session-service';
import type { SetupCode } from './setup-code';
import { requireJson } from './sign-in-routes';
import { claimAttempt, forgetAttempt } from './sign-in-throttle';

/** The first run's guesses of the code are counted together, whoever sends them, and per address as sign-in's are. */
const SETUP_CODE_SUBJECT = 'setup-code';

/**
 * POST /auth/first-run: while no user exists, whoever holds the setup code the server
 * printed creates the city, its perspectives and its first administrator in one audited
 * transaction, and is signed in as that administrator.
 *
 * Answers: 201 { user }; 400 { fieldErrors } (the code is one of the fields); 409
 * { error: 'alreadySetUp' } once any user exists; 429 as sign-in does.
 */
export function createFirstRunRouter(
  prisma: PrismaClient,
  guardedPrisma: PrismaClient,
  setupCode: SetupCode | null,
): express.Router {
  const router = express.Router();

  router.post('/auth/first-run', express.json({ limit: '10kb' }), requireJson, async (request, response) => {
    const parsed = firstRunInputSchema.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({
        error: 'invalidInput',
        fieldErrors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    if (!setupCode || setupCode.used || (await prisma.user.findFirst({ select: { id: true } }))) {
      response.status(409).json({ error: 'alreadySetUp' });
      return;
    }
    const { retryAfterSeconds, attemptIds } = await claimAttempt(prisma, [
      SETUP_CODE_SUBJECT,
      `address:${request.ip ?? 'unknown'}`,
    ]);
    if (retryAfterSeconds > 0) {
      response
        .set('Retry-After', String(retryAfterSeconds))
        .status(429)
        .json({ error: 'tooManyAttempts', retryAfterSeconds });
      return;
    }
    const input = parsed.data;
    if (!setupCode.matches(input.setupCode)) {
      response
        .status(400)
        .json({ error: 'invalidInput', fieldErrors: [{ field: 'setupCode', message: 'invalidSetupCode' }] });
      return;
    }
    await forgetAttempt(prisma, attemptIds);
    const passwordHash = await hashPassword(input.password);
    const created = await runAudited(guardedPrisma, 'firstRun', null, (tx) =>
      createAdministrator(
        tx,
        { email: input.email, name: input.name, passwordHash, cityName: input.cityName },
        { onlyIntoEmptyInstallation: true },
      ),
    );
    if (created.kind !== 'created') {
      response.status(409).json({ error: 'alreadySetUp' });
      return;
    }
    setupCode.consume();
    const token = await createSession(prisma, created.user.id);
    response.cookie(SESSION_COOKIE, token, sessionCookieOptions(request));
    response.status(201).json({ user: { id: created.user.id, name: created.user.name, email: created.user.email } });
  });

  return router;
}
