import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, Role } from '@lagesbild/db';

/** How long a session lasts without use; each use within it extends it again. */
export const SESSION_IDLE_LIFETIME_MS = 8 * 60 * 60 * 1000;

export interface SignedInUser {
  id: number;
  name: string;
  email: string;
  roles: { role: Role; orgUnitId: number }[];
  /** The stored id of the session the request came with (absent when signed in otherwise, as in tests). */
  sessionId?: string;
}

/** Sessions are stored by the hash of their token; the token itself lives only in the cookie. */
function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(prisma: PrismaClient, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.session.create({
    data: { id: sessionId(token), userId, expiresAt: new Date(now.getTime() + SESSION_IDLE_LIFETIME_MS) },
  });
  return token;
}

/**
 * The user a session token belongs to, or null when the session is unknown, expired or
 * its user deactivated. A session used after half its lifetime is extended.
 */
export async function findSessionUser(
  prisma: PrismaClient,
  token: string,
  now = new Date(),
): Promise<SignedInUser | null> {
  const session = await prisma.session.findUnique({
    where: { id: sessionId(token) },
    include: { user: { include: { roles: { select: { role: true, orgUnitId: true } } } } },
  });
  if (!session || session.expiresAt <= now || !session.user.isActive) return null;
  if (session.expiresAt.getTime() - now.getTime() < SESSION_IDLE_LIFETIME_MS / 2) {
    await prisma.session.update({
      where: { id: session.id },
      data: { expiresAt: new Date(now.getTime() + SESSION_IDLE_LIFETIME_MS) },
    });
  }
  const { id, name, email, roles } = session.user;
  return { id, name, email, roles, sessionId: session.id };
}

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId(token) } });
}

/**
 * Ends every session of a user, e.g. when an administrator deactivates the account or sets
 * a new password, but the one that is `exceptSessionId` (the administrator's own request).
 */
export async function deleteSessionsOfUser(
  prisma: Pick<PrismaClient, 'session'>,
  userId: number,
  exceptSessionId?: string,
): Promise<void> {
  await prisma.session.deleteMany({ where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) } });
}
