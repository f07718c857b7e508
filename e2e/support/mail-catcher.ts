import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ARTIFACTS_DIR } from './artifacts';

/** Where the journeys' SMTP server leaves what it receives, one JSON file per mail. */
export const MAIL_DIR = join(ARTIFACTS_DIR, 'mail');

/**
 * The journeys' app sends its reminder mails here (playwright.config.ts): three ports above the
 * app's, since the journeys' second and third instances take the two ports above it
 * (first-administrator.spec.ts and setting-up.spec.ts).
 */
export const smtpPortOf = (appPort: number): number => appPort + 3;

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

/**
 * A real SMTP server (smtp-server) in the Playwright runner, so the reminder mails of the app under
 * test arrive somewhere the journeys can read: nothing leaves the machine.
 */
export async function startMailCatcher(port: number): Promise<() => Promise<void>> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const caught: CaughtMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          };
          count += 1;
          writeFileSync(join(MAIL_DIR, `${String(count).padStart(4, '0')}.json`), JSON.stringify(caught, null, 2));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The mails received so far, in order. */
export function caughtMails(): CaughtMail[] {
  if (!existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(MAIL_DIR, file), 'utf8')) as CaughtMail);
}
