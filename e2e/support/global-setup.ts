import { mkdirSync, rmSync } from 'node:fs';
import { ARTIFACTS_DIR, SCREENSHOTS_DIR } from './artifacts';
import { smtpPortOf, startMailCatcher } from './mail-catcher';

/**
 * Each run starts with empty output, so what is there afterwards is this run's. The SMTP server
 * the app's reminder mails go to runs until the end of the run (the function returned is the
 * teardown); the app retries the mails it could not send before it was listening.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  rmSync(`${ARTIFACTS_DIR}/axe-summary.txt`, { force: true });
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return startMailCatcher(smtpPortOf(Number(process.env.E2E_PORT ?? 4200)));
}
