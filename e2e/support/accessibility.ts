import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ARTIFACTS_DIR } from './artifacts';

/** WCAG 2.1 AA is what Swedish public-sector web apps must meet; best practices are reported too. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it is now, prints one line for it (also collected in
 * artifacts/e2e/axe-summary.txt) and fails the test, at its end, on any serious or
 * critical violation. Call it once the page shows its data.
 */
export async function checkAccessibility(page: Page, pageName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  const minor = results.violations.filter((violation) => !blocking.includes(violation));
  const describe = (violations: typeof results.violations) =>
    violations.map((violation) => `${violation.id} ×${violation.nodes.length}`).join(', ');
  const line =
    `axe ${blocking.length === 0 ? 'ok  ' : 'FAIL'} ${pageName}: ` +
    `${blocking.length} serious/critical${blocking.length ? ` (${describe(blocking)})` : ''}, ` +
    `${minor.length} moderate/minor${minor.length ? ` (${describe(minor)})` : ''}, ${results.passes.length} rules passed`;
  console.log(line);
  appendFileSync(join(ARTIFACTS_DIR, 'axe-summary.txt'), `${line}\n`);
  expect
    .soft(
      blocking.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        elements: violation.nodes.map((node) => node.target.join(' ')),
      })),
      `serious or critical accessibility violations on ${pageName}`,
    )
    .toEqual([]);
}
