import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read off a log (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * The one-time code that guards the first-run page: printed to the server's log at start
 * while no user exists, so only whoever can read that log creates the first administrator.
 * Kept in this process's memory only; used once, then gone.
 */
export class SetupCode {
  #digest: Buffer | null;

  constructor(readonly code: string) {
    this.#digest = digestOf(code);
  }

  static generate(): SetupCode {
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    );
    return new SetupCode(groups.join('-'));
  }

  /** Compared in constant time (digests of equal length), ignoring case, spaces and dashes. */
  matches(candidate: string): boolean {
    if (!this.#digest) return false;
    return timingSafeEqual(this.#digest, digestOf(candidate));
  }

  /** After the first administrator is created the code opens nothing again. */
  consume(): void {
    this.#digest = null;
  }

  get used(): boolean {
    return this.#digest === null;
  }
}

function digestOf(code: string): Buffer {
  return createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest();
}
