import { hash, verify } from '@node-rs/argon2';

/** argon2id, the OWASP-recommended parameters (19 MiB, 2 iterations). */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password for storage (shared by the demo seed and the API's sign-in). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Checks a password against a stored hash. Without a stored hash (an unknown account),
 * it still spends the time of one verification, so timing does not reveal the account.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await timingDecoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

const timingDecoy = hashPassword('not a real password, only to spend time');
