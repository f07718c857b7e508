import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Output of a run, kept by CI and never committed (artifacts/ is ignored by git). */
export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'artifacts', 'e2e');
export const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots');

/** A full-page screenshot of a journey's step: artifacts/e2e/screenshots/<journey>-<step>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
