import { mkdirSync, rmSync } from 'node:fs';
import { ARTIFACTS_DIR, SCREENSHOTS_DIR } from './artifacts';

/** Each run starts with empty output, so what is there afterwards is this run's. */
export default function globalSetup(): void {
  rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  rmSync(`${ARTIFACTS_DIR}/axe-summary.txt`, { force: true });
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
}
