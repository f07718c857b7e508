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
  // One statement, not the three of a nested include: every request of every user asks this.
  const [session] = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."id", s."expiresAt", u."id" AS "userId", u."name", u."email", u."isActive",
      coalesce(
        json_agg(json_build_object('role', r."role", 'orgUnitId', r."orgUnitId") ORDER BY r."id")
          FILTER (WHERE r."id" IS NOT NULL),
        '[]'
      ) AS "roles"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "RoleAssignment" r ON r."userId" = u."id"
    WHERE s."id" = ${sessionId(token)}
    GROUP BY s."id", u."id"`;
  if (!session || session.expiresAt <= now || !session.isActive) return null;
  if (session.expiresAt.getTime() - now.getTime() < SESSION_IDLE_LIFETIME_MS / 2) {
    await prisma.session.update({
      where: { id: session.id },
      data: { expiresAt: new Date(now.getTime() + SESSION_IDLE_LIFETIME_MS) },
    });
  }
  const { userId, name, email, roles } = session;
  return { id: userId, name, email, roles, sessionId: session.id };
}

interface SessionRow {
  id: string;
  expiresAt: Date;
  userId: number;
  name: string;
  email: string;
  isActive: boolean;
  roles: SignedInUser['roles'];
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
