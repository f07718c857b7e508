import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './support/chromium';
import { smtpPortOf } from './support/mail-catcher';

/**
 * `pnpm e2e`: browser journeys in Debian's Chromium against the built app, started the way
 * a user starts it (`pnpm start`: the web app built and served by the API) on a fresh
 * embedded database with the demo data. Output (screenshots, the axe summary, traces of
 * failures) goes to artifacts/e2e/, which is not committed.
 */
const port = Number(process.env.E2E_PORT ?? 4200);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database each run: the command removes what a previous run on this port left.
const dataDir = join(tmpdir(), `lagesbild-e2e-${port}`, 'pglite');

export default defineConfig({
  // Paths here are relative to this folder.
  testDir: '.',
  outputDir: '../artifacts/e2e/test-results',
  globalSetup: './support/global-setup.ts',
  // The journeys share one database and some of them write to it: one at a time, in file order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // On CI a journey that fails is run once more. Both attempts are printed at the end of CI's
  // output (scripts/print-e2e-failures.mjs), a journey that passed only on its retry as flaky,
  // so a flaky step is seen and mended instead of hidden; one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../artifacts/e2e/results.json' }]],
  use: {
    baseURL,
    locale: 'sv-SE',
    viewport: { width: 1280, height: 900 },
    // The app's menus and dialogs then open without a transition (theme.ts): a click lands on the
    // item it aims at, not on its neighbour while the menu still grows.
    reducedMotion: 'reduce',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `rm -rf "${dataDir}" && pnpm start`,
    cwd: '..',
    url: `${baseURL}/health`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO_DATA: 'true',
      // Reminder mails go to the SMTP server of the global setup (support/mail-catcher.ts), at any hour.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPortOf(port)),
      SMTP_FROM: 'Lägesbild <noreply@lagesbild.example.se>',
      PUBLIC_URL: baseURL,
      REMINDER_SEND_HOUR: '0',
    },
    reuseExistingServer: false,
    // Building the web app and seeding a fresh database take a minute or two on two busy cores.
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
